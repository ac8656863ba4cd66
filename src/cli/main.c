/* main.c - command-line driver: reads news text, prints the engine's extraction as JSON. */
#include "diplo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef DX_DEFAULT_LEXICON
#define DX_DEFAULT_LEXICON "data/lexicon"
#endif

static void
usage(void)
{
	fprintf(stderr,
			"usage: diplo-extract [--lexicon DIR] [--published YYYY-MM-DD] [--lines] [FILE...]\n"
			"  Reads each FILE (or standard input) as one UTF-8 document and prints its\n"
			"  extraction as one JSON object per line.  With --lines every input line is\n"
			"  a document.  The lexicon directory holds the *.tsv files (default %s,\n"
			"  or $DIPLO_LEXICON).\n", DX_DEFAULT_LEXICON);
}

static char *
read_all(FILE *f, size_t *len)
{
	size_t		cap = 1 << 16,
				n = 0;
	char	   *buf = malloc(cap);

	if (buf == NULL)
		return NULL;
	for (;;)
	{
		size_t		r;

		if (n == cap)
		{
			char	   *nb;

			cap *= 2;
			nb = realloc(buf, cap);
			if (nb == NULL)
			{
				free(buf);
				return NULL;
			}
			buf = nb;
		}
		r = fread(buf + n, 1, cap - n, f);
		if (r == 0)
			break;
		n += r;
	}
	*len = n;
	return buf;
}

static int
emit(const dx_lexicon *lex, const char *text, size_t len, const dx_options *opts)
{
	dx_status	st;
	dx_result  *r = dx_extract(lex, text, len, opts, &st);
	char	   *json;
	size_t		jlen;

	if (r == NULL)
	{
		fprintf(stderr, "diplo-extract: extraction failed (status %d)\n", (int) st);
		return 1;
	}
	json = dx_result_json(r, &jlen);
	dx_result_free(r);
	if (json == NULL)
	{
		fprintf(stderr, "diplo-extract: out of memory\n");
		return 1;
	}
	fwrite(json, 1, jlen, stdout);
	fputc('\n', stdout);
	free(json);
	return 0;
}

static int
run_file(const dx_lexicon *lex, FILE *f, int lines, const dx_options *opts)
{
	size_t		len;
	char	   *text = read_all(f, &len);
	int			rc = 0;

	if (text == NULL)
	{
		fprintf(stderr, "diplo-extract: cannot read input\n");
		return 1;
	}
	if (!lines)
		rc = emit(lex, text, len, opts);
	else
	{
		size_t		s = 0,
					i;

		for (i = 0; i <= len; i++)
		{
			if (i == len || text[i] == '\n')
			{
				if (i > s)
					rc |= emit(lex, text + s, i - s, opts);
				s = i + 1;
			}
		}
	}
	free(text);
	return rc;
}

int
main(int argc, char **argv)
{
	const char *dir = getenv("DIPLO_LEXICON");
	dx_options	opts;
	dx_lexicon *lex;
	char		err[512];
	int			i,
				lines = 0,
				nfiles = 0,
				rc = 0;

	memset(&opts, 0, sizeof(opts));
	if (dir == NULL)
		dir = DX_DEFAULT_LEXICON;
	for (i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "--lexicon") == 0 && i + 1 < argc)
			dir = argv[++i];
		else if (strcmp(argv[i], "--published") == 0 && i + 1 < argc)
		{
			int			y,
						m,
						d;

			if (sscanf(argv[++i], "%d-%d-%d", &y, &m, &d) != 3)
			{
				usage();
				return 2;
			}
			opts.published = y * 10000 + m * 100 + d;
		}
		else if (strcmp(argv[i], "--lines") == 0)
			lines = 1;
		else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
		{
			usage();
			return 0;
		}
		else if (argv[i][0] == '-' && argv[i][1] != '\0')
		{
			usage();
			return 2;
		}
		else
			nfiles++;
	}
	lex = dx_lexicon_create();
	if (lex == NULL || dx_lexicon_load_dir(lex, dir, err, sizeof(err)) != 0 ||
		dx_lexicon_finish(lex) != 0)
	{
		fprintf(stderr, "diplo-extract: %s\n", lex ? err : "out of memory");
		dx_lexicon_free(lex);
		return 1;
	}
	if (nfiles == 0)
		rc = run_file(lex, stdin, lines, &opts);
	for (i = 1; i < argc; i++)
	{
		FILE	   *f;

		if (strcmp(argv[i], "--lexicon") == 0 || strcmp(argv[i], "--published") == 0)
		{
			i++;
			continue;
		}
		if (argv[i][0] == '-' && argv[i][1] != '\0')
			continue;
		f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
		if (f == NULL)
		{
			fprintf(stderr, "diplo-extract: cannot open %s\n", argv[i]);
			rc = 1;
			continue;
		}
		rc |= run_file(lex, f, lines, &opts);
		if (f != stdin)
			fclose(f);
	}
	dx_lexicon_free(lex);
	return rc;
}
