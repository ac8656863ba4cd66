/*
 * ocdict_bench.c - speed of the OpenCorpora reader (`make ocbench`): time to
 * open the dictionary, its memory, and words analysed per second (analyses
 * plus the normal form of each), for the Cyrillic words of the given texts
 * and for the same words made unknown (prediction).  Prints figures only.
 *
 *   test/bench/ocdict_bench [DICT_DIR] FILE...
 */
#include "ocdict.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct words
{
	char	  **w;
	size_t		n,
				cap;
} words;

static void
add_word(words *ws, const char *s, size_t len)
{
	if (ws->n == ws->cap)
	{
		ws->cap = ws->cap ? ws->cap * 2 : 4096;
		ws->w = realloc(ws->w, ws->cap * sizeof(char *));
		if (!ws->w)
			exit(2);
	}
	ws->w[ws->n] = malloc(len + 1);
	if (!ws->w[ws->n])
		exit(2);
	memcpy(ws->w[ws->n], s, len);
	ws->w[ws->n][len] = '\0';
	ws->n++;
}

/* runs of Cyrillic letters (two-byte UTF-8 from U+0400 to U+04FF) */
static void
read_words(words *ws, const char *path)
{
	FILE	   *f = fopen(path, "rb");
	char		buf[1 << 16];
	size_t		n;

	if (!f)
	{
		perror(path);
		exit(2);
	}
	while ((n = fread(buf, 1, sizeof(buf) - 1, f)) > 0)
	{
		size_t		i = 0,
					start = 0;
		int			in = 0;

		buf[n] = '\0';
		while (i <= n)
		{
			unsigned char c = (unsigned char) buf[i];
			int			cyr = i + 1 < n && (c == 0xD0 || c == 0xD1) &&
				((unsigned char) buf[i + 1] & 0xC0) == 0x80;

			if (cyr && !in)
			{
				in = 1;
				start = i;
			}
			else if (!cyr && in)
			{
				add_word(ws, buf + start, i - start);
				in = 0;
			}
			i += cyr ? 2 : 1;
		}
	}
	fclose(f);
}

static void
run(const dx_ocdict *d, const words *ws, int predict, const char *what)
{
	dx_ocparse	p[32];
	char		lemma[256];
	double		t0 = now(),
				t;
	size_t		done = 0,
				analyses = 0,
				i;

	do
	{
		for (i = 0; i < ws->n; i++)
		{
			const char *w = ws->w[i];
			int			n = predict ? dx_ocdict_predict(d, w, strlen(w), p, 32)
				: dx_ocdict_analyse(d, w, strlen(w), p, 32);

			if (n > 0)
				dx_ocdict_lemma(d, &p[0], lemma, sizeof(lemma));
			analyses += (size_t) n;
		}
		done += ws->n;
		t = now() - t0;
	} while (t < 1.0);
	printf("%-28s %9.0f words/s  (%.2f analyses per word)\n", what, done / t,
		   (double) analyses / (double) done);
}

int
main(int argc, char **argv)
{
	const char *dir = NULL;
	char		err[512];
	dx_ocdict  *d;
	words		ws = {0};
	double		t0;
	int			a = 1;

	if (argc > 1 && strchr(argv[1], '.') == NULL)
		dir = argv[a++];
	for (; a < argc; a++)
		read_words(&ws, argv[a]);
	if (ws.n == 0)
	{
		fprintf(stderr, "usage: ocdict_bench [DICT_DIR] FILE...  (files with Russian words)\n");
		return 2;
	}
	t0 = now();
	d = dx_ocdict_open(dir, err, sizeof(err));
	if (!d)
	{
		fprintf(stderr, "ocdict_bench: %s\n", err);
		return 1;
	}
	printf("dictionary %s\n", dir ? dir : dx_ocdict_default_dir());
	printf("open                         %9.1f ms\n", (now() - t0) * 1000);
	printf("memory (mapped + heap)       %9.2f MB\n", dx_ocdict_memory(d) / 1048576.0);
	printf("words in the texts           %9zu\n", ws.n);
	run(d, &ws, 0, "analyse + normal form");
	run(d, &ws, 1, "predict + normal form");
	dx_ocdict_close(d);
	return 0;
}
