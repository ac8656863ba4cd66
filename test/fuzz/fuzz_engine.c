/* fuzz_engine.c - libFuzzer target: dx_extract and dx_result_json on any bytes, with invariants on the result. */
#include "diplo.h"
#include "morph.h"

#include <unicode/uchar.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * The shipped lexicon, loaded once.  Its directory is $DIPLO_LEXICON, else
 * data/lexicon (relative to the working directory: run from the repository
 * root, as test/fuzz/run.sh does).
 */
static dx_lexicon *lex = NULL;

/* Byte offset of every character start, plus one past the end. */
static size_t *cstart = NULL;
static size_t cstart_cap = 0;

#define FAIL(...) \
	do { \
		fprintf(stderr, "fuzz_engine: invariant violated: "); \
		fprintf(stderr, __VA_ARGS__); \
		fprintf(stderr, "\n"); \
		abort(); \
	} while (0)

/*
 * Length in bytes of the UTF-8 sequence at s[i..len), following the
 * engine's documented rule: a byte that does not start a complete, shortest,
 * in-range sequence (no surrogates) is one character (U+FFFD) on its own.
 * Written independently of the engine's decoder on purpose.
 */
static size_t
seq_len(const unsigned char *s, size_t len, size_t i)
{
	unsigned char b = s[i];
	size_t		n;
	uint32_t	c;
	size_t		k;

	if (b < 0x80)
		return 1;
	if (b >= 0xC2 && b <= 0xDF)
		n = 2;
	else if (b >= 0xE0 && b <= 0xEF)
		n = 3;
	else if (b >= 0xF0 && b <= 0xF4)
		n = 4;
	else
		return 1;
	if (i + n > len)
		return 1;
	c = b & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
	for (k = 1; k < n; k++)
	{
		if ((s[i + k] & 0xC0) != 0x80)
			return 1;
		c = (c << 6) | (s[i + k] & 0x3F);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
		c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 1;
	return n;
}

/* Fill cstart[]; returns the number of characters. */
static size_t
index_chars(const uint8_t *data, size_t size)
{
	size_t		i = 0,
				n = 0;

	if (size + 1 > cstart_cap)
	{
		free(cstart);
		cstart_cap = size + 1;
		cstart = malloc(sizeof(size_t) * cstart_cap);
		if (cstart == NULL)
			abort();
	}
	while (i < size)
	{
		cstart[n++] = i;
		i += seq_len(data, size, i);
	}
	cstart[n] = size;
	return n;
}

/* start/end within [0, nchars], start < end; surface (if given) is the slice. */
static void
check_span(const char *what, int idx, int start, int end, const char *surface,
		   const uint8_t *data, size_t nchars)
{
	size_t		b0,
				b1;
	const uint8_t *nul;

	if (start < 0 || end < 0 || (size_t) end > nchars || start >= end)
		FAIL("%s %d: offsets [%d, %d) outside [0, %zu) or empty", what, idx,
			 start, end, nchars);
	if (surface == NULL)
		return;
	b0 = cstart[start];
	b1 = cstart[end];
	/* result strings are NUL-terminated: a NUL byte in the text ends them */
	nul = memchr(data + b0, 0, b1 - b0);
	if (nul != NULL)
		b1 = (size_t) (nul - data);
	if (strlen(surface) != b1 - b0 || memcmp(surface, data + b0, b1 - b0) != 0)
		FAIL("%s %d: surface \"%s\" is not the text at [%d, %d) (%zu bytes at byte %zu)",
			 what, idx, surface, start, end, b1 - b0, b0);
}

/* the code point of the sequence of n bytes at s (n from seq_len); U+FFFD for a lone byte */
static uint32_t
code_point(const unsigned char *s, size_t n)
{
	uint32_t	c;
	size_t		k;

	if (n == 1)
		return s[0] < 0x80 ? s[0] : 0xFFFD;
	c = s[0] & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
	for (k = 1; k < n; k++)
		c = (c << 6) | (s[k] & 0x3F);
	return c;
}

/*
 * A quote's text is the slice [start, end) of the text, or that slice with
 * one or more attributions cut out: the quote's pieces appear in order in
 * the slice, the first at its start, the last at its end (or at a NUL byte,
 * where C strings end), and every cut between two pieces holds a dash (a
 * character of Unicode class Pd, or U+2212, as the tokenizer's dashes).
 * Checked with one bit set per quote byte: F holds the slice positions that
 * the quote's bytes so far can end at; from the least of them, every position
 * after the next dash can go on too.
 */
static void
check_quote(int idx, int start, int end, const char *quote,
			const uint8_t *data, size_t nchars)
{
	const uint8_t *sl;
	size_t		m,
				n = strlen(quote),
				words,
				i,
				q;
	size_t	   *dash_end;		/* end of the first dash at or after i; m + 1 if none */
	uint64_t   *mask,
			   *f,
			   *g;
	int			ok = 0;

	check_span("quote", idx, start, end, NULL, data, nchars);
	sl = data + cstart[start];
	m = cstart[end] - cstart[start];
	if (n == m && memcmp(quote, sl, m) == 0)
		return;
	{
		const uint8_t *nul = memchr(sl, 0, m);

		if (nul != NULL && n == (size_t) (nul - sl) && memcmp(quote, sl, n) == 0)
			return;
	}
	words = (m + 1) / 64 + 1;
	dash_end = malloc(sizeof(size_t) * (m + 1));
	mask = calloc(256 * words, sizeof(uint64_t));
	f = calloc(words, sizeof(uint64_t));
	g = calloc(words, sizeof(uint64_t));
	if (dash_end == NULL || mask == NULL || f == NULL || g == NULL)
		abort();
	dash_end[m] = m + 1;
	{
		size_t		next = m + 1;
		size_t		k;

		/* every character start, then from the end: the first dash at or after it */
		for (i = 0; i < m; i++)
			dash_end[i] = 0;
		for (i = 0; i < m;)
		{
			size_t		l = seq_len(sl, m, i);

			dash_end[i] = l;	/* the character's length for now */
			i += l;
		}
		for (i = m; i-- > 0;)
		{
			if (dash_end[i] != 0)
			{
				size_t		l = dash_end[i];
				uint32_t	c = code_point(sl + i, l);

				if (c == '-' || c == 0x2212 || u_charType((UChar32) c) == U_DASH_PUNCTUATION)
					next = i + l;
			}
			dash_end[i] = next;
		}
		for (k = 0; k < m; k++)
			mask[sl[k] * words + k / 64] |= UINT64_C(1) << (k % 64);
	}
	f[0] = 1;					/* the quote starts at the slice's start */
	for (q = 0; q < n; q++)
	{
		const uint64_t *mk = &mask[(uint8_t) quote[q] * words];
		size_t		least = m + 1,
					x;
		int			any = 0;

		for (i = 0; i < words; i++)
			if (f[i])
			{
				least = i * 64 + (size_t) __builtin_ctzll(f[i]);
				break;
			}
		if (least > m)
			break;
		/* a cut needs a dash: from the least end, positions from x on go on too */
		x = q == 0 ? m + 1 : dash_end[least];
		for (i = 0; i < words; i++)
		{
			uint64_t	reach = f[i];

			if (x <= m && (i + 1) * 64 > x)
				reach |= i * 64 >= x ? ~UINT64_C(0) : ~UINT64_C(0) << (x - i * 64);
			g[i] = reach & mk[i];
		}
		/* a matched byte moves its position on by one */
		for (i = words; i-- > 0;)
		{
			f[i] = (g[i] << 1) | (i > 0 ? g[i - 1] >> 63 : 0);
			any |= f[i] != 0;
		}
		if (!any)
			break;
	}
	if (q == n)
	{
		/* the last piece ends at the slice's end, or at a NUL that ends the string */
		if (f[m / 64] & (UINT64_C(1) << (m % 64)))
			ok = 1;
		for (i = 0; !ok && i < m; i++)
			if (sl[i] == 0 && (f[i / 64] & (UINT64_C(1) << (i % 64))))
				ok = 1;
	}
	free(dash_end);
	free(mask);
	free(f);
	free(g);
	if (!ok)
		FAIL("quote %d: \"%s\" is not the text at [%d, %d) with attributions cut out",
			 idx, quote, start, end);
}

static int
valid_utf8(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		size_t		n = seq_len((const unsigned char *) s, len, i);

		if (n == 1 && (unsigned char) s[i] >= 0x80)
			return 0;
		i += n;
	}
	return 1;
}

static void
check_result(const dx_result *r, const uint8_t *data, size_t size)
{
	size_t		nchars = index_chars(data, size);
	int			i;
	char	   *json;
	size_t		jlen = 0;

	if (r->nmentions < 0 || r->nentities < 0 || r->nagreements < 0 ||
		r->nevents < 0 || r->namounts < 0 || r->nquotes < 0 || r->nsentences < 0)
		FAIL("negative count");
	for (i = 0; i < r->nmentions; i++)
	{
		const dx_mention *m = &r->mentions[i];

		check_span("mention", i, m->start, m->end, m->surface, data, nchars);
		if (m->normal == NULL)
			FAIL("mention %d: no normal form", i);
		if (m->entity < -1 || m->entity >= r->nentities)
			FAIL("mention %d: entity %d of %d", i, m->entity, r->nentities);
		if (m->sentence < 1 || m->sentence > r->nsentences)
			FAIL("mention %d: sentence %d of %d", i, m->sentence, r->nsentences);
	}
	for (i = 0; i < r->nentities; i++)
	{
		const dx_entity *e = &r->entities[i];

		if (e->name == NULL)
			FAIL("entity %d: no name", i);
		if (e->first_pos < 0 || (size_t) e->first_pos >= nchars)
			FAIL("entity %d: first_pos %d of %zu", i, e->first_pos, nchars);
	}
	for (i = 0; i < r->namounts; i++)
	{
		const dx_amount *a = &r->amounts[i];

		check_span("amount", i, a->start, a->end, a->surface, data, nchars);
		if (a->value == NULL || a->currency == NULL)
			FAIL("amount %d: no value or currency", i);
	}
	for (i = 0; i < r->nquotes; i++)
	{
		const dx_quote *q = &r->quotes[i];

		if (q->quote == NULL)
			FAIL("quote %d: no text", i);
		check_quote(i, q->start, q->end, q->quote, data, nchars);
	}
	for (i = 0; i < r->nagreements; i++)
		check_span("agreement", i, r->agreements[i].start, r->agreements[i].end,
				   NULL, data, nchars);
	for (i = 0; i < r->nevents; i++)
		check_span("event", i, r->events[i].start, r->events[i].end,
				   NULL, data, nchars);

	json = dx_result_json(r, &jlen);
	if (json == NULL)
		FAIL("dx_result_json returned NULL");
	if (jlen != strlen(json) || jlen < 2 || json[0] != '{' || json[jlen - 1] != '}')
		FAIL("JSON of %zu bytes is not one object", jlen);
	if (!valid_utf8(json, jlen))
		FAIL("JSON is not valid UTF-8");
	free(json);
}

/* Interrupt callback: counts calls and stops at call number stop_at (0 never). */
typedef struct
{
	unsigned	calls;
	unsigned	stop_at;
} interrupt_state;

static int
count_interrupt(void *arg)
{
	interrupt_state *s = arg;

	s->calls++;
	return s->stop_at != 0 && s->calls >= s->stop_at;
}

/*
 * Every word of the input (bytes between ASCII separators) through the
 * OpenCorpora dictionary when it is installed: analyses, every form of each
 * analysis' lexeme and the nominative; lengths must match what was written.
 */
static void
check_morph(const uint8_t *data, size_t size)
{
	size_t		i = 0;

	if (!dx_morph_has_dict(lex))
		return;
	while (i < size)
	{
		size_t		start;
		dx_ocparse	p[8];
		char		buf[256];
		int			n,
					a,
					f,
					len;

		while (i < size && data[i] < 0x80 && data[i] != '-' &&
			   !((data[i] | 0x20) >= 'a' && (data[i] | 0x20) <= 'z'))
			i++;
		start = i;
		while (i < size && (data[i] >= 0x80 || data[i] == '-' ||
							((data[i] | 0x20) >= 'a' && (data[i] | 0x20) <= 'z')))
			i++;
		if (i == start)
			continue;
		n = dx_morph_analyse(lex, (const char *) data + start, i - start, p, 8);
		if (n < 0 || n > 8)
			FAIL("dx_morph_analyse gave %d analyses", n);
		for (a = 0; a < n; a++)
		{
			int			nf = dx_ocdict_nforms(dx_morph_dict(lex), &p[a]);

			if (nf <= 0)
				FAIL("an analysis without forms");
			for (f = 0; f < nf; f++)
			{
				len = dx_ocdict_form(dx_morph_dict(lex), &p[a], f, buf, sizeof(buf), NULL);
				if (len >= 0 && (size_t) len != strlen(buf))
					FAIL("form length %d, written %zu", len, strlen(buf));
			}
		}
		len = dx_morph_nominative(lex, (const char *) data + start, i - start, 0,
								  buf, sizeof(buf));
		if (len >= 0 && (size_t) len != strlen(buf))
			FAIL("nominative length %d, written %zu", len, strlen(buf));
	}
}

int			LLVMFuzzerInitialize(int *argc, char ***argv);
int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *dir = getenv("DIPLO_LEXICON");
	char		err[512] = "";

	(void) argc;
	(void) argv;
	if (dir == NULL || *dir == '\0')
		dir = "data/lexicon";
	lex = dx_lexicon_create();
	if (lex == NULL || dx_lexicon_load_dir(lex, dir, err, sizeof(err)) != 0 ||
		dx_lexicon_finish(lex) != 0 || dx_lexicon_size(lex) == 0)
	{
		fprintf(stderr, "fuzz_engine: cannot load the lexicon from %s: %s\n"
				"(run from the repository root or set DIPLO_LEXICON)\n", dir, err);
		exit(2);
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dx_options	opts;
	interrupt_state is = {0, 0};
	dx_status	st = DX_ERR_NOMEM;
	dx_result  *r;
	uint32_t	h = 2166136261u;
	size_t		i;

	/* a cheap hash of the input picks the date and the cancel variant */
	for (i = 0; i < size; i++)
		h = (h ^ data[i]) * 16777619u;

	memset(&opts, 0, sizeof(opts));
	opts.published = (h & 1) ? 20220824 : 0;
	opts.interrupt = count_interrupt;
	opts.interrupt_arg = &is;

	r = dx_extract(lex, (const char *) data, size, &opts, &st);
	if (r == NULL)
		FAIL("dx_extract returned NULL (status %d) without being cancelled", (int) st);
	if (st != DX_OK)
		FAIL("dx_extract returned a result with status %d", (int) st);
	check_result(r, data, size);
	dx_result_free(r);
	check_morph(data, size);

	/*
	 * One input in four again, cancelled at one of the interrupt checks the
	 * first run made: the engine must give NULL with DX_ERR_CANCELLED and
	 * free everything (the leak checker runs at exit).
	 */
	if (is.calls > 0 && (h >> 8) % 4 == 0)
	{
		interrupt_state cs = {0, 1 + (h >> 10) % is.calls};

		opts.interrupt_arg = &cs;
		st = DX_OK;
		r = dx_extract(lex, (const char *) data, size, &opts, &st);
		if (r != NULL)
		{
			/* stopped after the last check: a full result is fine */
			check_result(r, data, size);
			dx_result_free(r);
		}
		else if (st != DX_ERR_CANCELLED)
			FAIL("cancelled extraction gave status %d", (int) st);
	}
	return 0;
}
