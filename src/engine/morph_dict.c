/*
 * morph_dict.c - the OpenCorpora dictionary of a lexicon: opened when the
 * lexicon is finished or loaded from an image, closed with it, asked by the
 * passes through morph.h.
 */
#include "hash.h"
#include "lexicon.h"
#include "morph.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/*
 * The analyses of a word follow from its bytes, and the words of news recur
 * from story to story: the dictionary's answers for the documents of a
 * process are kept in a bounded cache, a slot per hash (a word of the same
 * hash takes it over) and a pool of words and analyses that starts over, all
 * slots emptied, once full.  Without memory every word is looked up.  Like
 * the matcher's cache (match.c) it is written through a const lexicon: one
 * document at a time per lexicon.
 */
#define PC_SLOTS	65536		/* power of two */
#define PC_POOL		(1 << 22)	/* bytes of the words and analyses kept */
#define PC_MAXLEN	120			/* longer words are not kept */
#define PC_MAXN		32			/* nor words of more analyses */

/*
 * An analysis is kept without the unused end of its stem: the bytes up to
 * the stem and stemlen bytes of it (the rest of the stem is zero, as
 * dx_ocdict_analyse leaves it), about a third of the whole.
 */
#define PC_HEAD			offsetof(dx_ocparse, stem)
#define PC_STEMLEN_AT	offsetof(dx_ocparse, stemlen)

typedef struct pc_entry
{
	uint32_t	off;			/* offset + 1 in pool of the word, then its
								 * analyses; 0: empty */
	uint32_t	hash;
	uint16_t	len;			/* bytes of the word */
	uint8_t		max;			/* the most analyses asked for */
	uint8_t		n;				/* analyses given */
} pc_entry;

static const dx_ocparse pc_zero;

struct dx_parsecache
{
	pc_entry	slots[PC_SLOTS];
	size_t		used;
	unsigned char pool[PC_POOL];
};

void
dx_lex_open_morph(dx_lexicon *lex)
{
	if (lex != NULL && lex->morph_dict == NULL)
		lex->morph_dict = dx_ocdict_open(NULL, NULL, 0);	/* NULL when absent */
	if (lex != NULL && lex->morph_dict != NULL && lex->parse_cache == NULL)
		lex->parse_cache = calloc(1, sizeof(struct dx_parsecache));
}

int
dx_morph_has_dict(const dx_lexicon *lex)
{
	return lex != NULL && lex->morph_dict != NULL;
}

const dx_ocdict *
dx_morph_dict(const dx_lexicon *lex)
{
	return lex != NULL ? lex->morph_dict : NULL;
}

int
dx_morph_analyse(const dx_lexicon *lex, const char *word, size_t len,
				 dx_ocparse *out, int max)
{
	struct dx_parsecache *c;
	pc_entry   *e;
	uint32_t	h;
	size_t		need;
	int			n,
				k;
	unsigned char mx;

	if (!dx_morph_has_dict(lex))
		return 0;
	c = lex->parse_cache;
	if (c == NULL || len > PC_MAXLEN || max <= 0 || max > 255)
		return dx_ocdict_analyse(lex->morph_dict, word, len, out, max);
	mx = (unsigned char) max;
	h = dx_fnv1a_from(dx_fnv1a(word, len), &mx, 1);
	e = &c->slots[h & (PC_SLOTS - 1)];
	if (e->off && e->hash == h && e->len == len && e->max == max &&
		memcmp(c->pool + e->off - 1, word, len) == 0)
	{
		const unsigned char *q = c->pool + e->off - 1 + len;

		for (k = 0; k < e->n; k++)
		{
			size_t		sz = PC_HEAD + q[PC_STEMLEN_AT],
						b;
			unsigned char *o = (unsigned char *) &out[k];

			/*
			 * a few bytes, copied a word at a time onto the analysis zeroed
			 * whole (sizes known to the compiler, no string instructions)
			 */
			out[k] = pc_zero;
			for (b = 0; b + 8 <= sz; b += 8)
				memcpy(o + b, q + b, 8);
			for (; b < sz; b++)
				o[b] = q[b];
			q += sz;
		}
		return e->n;
	}
	n = dx_ocdict_analyse(lex->morph_dict, word, len, out, max);
	if (n < 0 || n > PC_MAXN)
		return n;
	need = len;
	for (k = 0; k < n; k++)
		need += PC_HEAD + out[k].stemlen;
	if (c->used + need > PC_POOL)
	{
		memset(c->slots, 0, sizeof(c->slots));
		c->used = 0;
	}
	memcpy(c->pool + c->used, word, len);
	{
		unsigned char *q = c->pool + c->used + len;

		for (k = 0; k < n; k++)
		{
			size_t		sz = PC_HEAD + out[k].stemlen;

			memcpy(q, &out[k], sz);
			q += sz;
		}
	}
	e->off = (uint32_t) c->used + 1;
	e->hash = h;
	e->len = (uint16_t) len;
	e->max = (uint8_t) max;
	e->n = (uint8_t) n;
	c->used += need;
	return n;
}

/*
 * A word the dictionary knows is analysed by its look-up alone, and one it
 * does not by guesses only (dx_ocdict_analyse), so the cached analyses tell
 * the look-up's answer: none when they are guesses.
 */
int
dx_morph_lookup(const dx_lexicon *lex, const char *word, size_t len,
				dx_ocparse *out, int max)
{
	int			n = dx_morph_analyse(lex, word, len, out, max);

	return n > 0 && out[0].predicted ? 0 : n;
}

/* 1 when the UTF-8 text starts with a capital Cyrillic letter */
static int
cyr_capital(const unsigned char *s, size_t len)
{
	return len >= 2 && s[0] == 0xD0 && ((s[1] >= 0x90 && s[1] <= 0xAF) || s[1] == 0x81);
}

/* capitalise the first letter of a lower-case Cyrillic word, in place */
static void
cyr_capitalise(unsigned char *s, size_t len)
{
	if (len < 2)
		return;
	if (s[0] == 0xD0 && s[1] >= 0xB0 && s[1] <= 0xBF)
		s[1] -= 0x20;			/* а..п -> А..П */
	else if (s[0] == 0xD1 && s[1] >= 0x80 && s[1] <= 0x8F)
	{
		s[0] = 0xD0;			/* р..я -> Р..Я */
		s[1] += 0x20;
	}
	else if (s[0] == 0xD1 && s[1] == 0x91)
	{
		s[0] = 0xD0;			/* ё -> Ё */
		s[1] = 0x81;
	}
}

int
dx_morph_nominative(const dx_lexicon *lex, const char *word, size_t len,
					uint64_t need, char *buf, size_t buflen)
{
	dx_ocparse	p[32];
	int			i,
				n,
				r;

	n = dx_morph_analyse(lex, word, len, p, 32);
	for (i = 0; i < n; i++)
	{
		if ((p[i].gram & need) != need)
			continue;
		r = dx_ocdict_inflect(lex->morph_dict, &p[i], DX_G(nomn),
							  DX_G_POS | DX_G_GENDERS | DX_G_NUMBERS | DX_G_NAMES,
							  buf, buflen);
		if (r < 0)
			continue;
		if (cyr_capital((const unsigned char *) word, len))
			cyr_capitalise((unsigned char *) buf, (size_t) r);
		return r;
	}
	return -1;
}
