/* text.c - UTF-8 decoding, matching normalisation, tokenizer and sentence splitter. */
#include "text.h"
#include "grammar.h"
#include "morph.h"

#include <stdlib.h>
#include <stddef.h>
#include <string.h>
#include <unicode/uchar.h>

int32_t
dx_utf8_next(const char *s, size_t len, size_t *i)
{
	const unsigned char *p = (const unsigned char *) s + *i;
	size_t		left = len - *i;
	int32_t		c;
	int			n,
				k;

	if (p[0] < 0x80)
	{
		(*i)++;
		return p[0];
	}
	if ((p[0] & 0xE0) == 0xC0)
	{
		n = 2;
		c = p[0] & 0x1F;
	}
	else if ((p[0] & 0xF0) == 0xE0)
	{
		n = 3;
		c = p[0] & 0x0F;
	}
	else if ((p[0] & 0xF8) == 0xF0)
	{
		n = 4;
		c = p[0] & 0x07;
	}
	else
	{
		(*i)++;
		return 0xFFFD;
	}
	if ((size_t) n > left)
	{
		(*i)++;
		return 0xFFFD;
	}
	for (k = 1; k < n; k++)
	{
		if ((p[k] & 0xC0) != 0x80)
		{
			(*i)++;
			return 0xFFFD;
		}
		c = (c << 6) | (p[k] & 0x3F);
	}
	/* overlong forms, surrogates and out-of-range values are invalid */
	if ((n == 2 && c < 0x80) || (n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
		c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
	{
		(*i)++;
		return 0xFFFD;
	}
	*i += n;
	return c;
}

int
dx_utf8_chars(const char *s)
{
	int			n = 0;

	for (; *s; s++)
		if (((unsigned char) *s & 0xC0) != 0x80)
			n++;
	return n;
}

int
dx_utf8_put(char *out, int32_t c)
{
	if (c < 0x80)
	{
		out[0] = (char) c;
		return 1;
	}
	if (c < 0x800)
	{
		out[0] = (char) (0xC0 | (c >> 6));
		out[1] = (char) (0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000)
	{
		out[0] = (char) (0xE0 | (c >> 12));
		out[1] = (char) (0x80 | ((c >> 6) & 0x3F));
		out[2] = (char) (0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (c >> 18));
	out[1] = (char) (0x80 | ((c >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((c >> 6) & 0x3F));
	out[3] = (char) (0x80 | (c & 0x3F));
	return 4;
}

/*
 * Character classes with a fast path for ASCII and basic Cyrillic, which is
 * nearly all of a Russian news text; everything else goes to ICU.
 */
static inline int
fast_range(int32_t c)
{
	return c < 0x80 || (c >= 0x400 && c <= 0x45F);
}

static inline int
ch_alpha(int32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	if (c >= 0x400 && c <= 0x45F)
		return 1;
	return u_isalpha(c);
}

static inline int
ch_upper(int32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (c >= 0x400 && c <= 0x45F)
		return c <= 0x42F;
	return u_isupper(c) || u_istitle(c);
}

/* u_isupper, without ICU for ASCII and basic Cyrillic */
static inline int
is_upper(int32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (c >= 0x400 && c <= 0x45F)
		return c <= 0x42F;
	return u_isupper(c);
}

static inline int32_t
ch_lower(int32_t c)
{
	if (c < 0x80)
		return (c >= 'A' && c <= 'Z') ? c + 32 : c;
	if (c >= 0x410 && c <= 0x42F)
		return c + 32;
	if (c >= 0x400 && c <= 0x40F)
		return c + 80;
	if (c >= 0x430 && c <= 0x45F)
		return c;
	return u_tolower(c);
}

static inline int
ch_digit(int32_t c)
{
	if (c < 0x80)
		return c >= '0' && c <= '9';
	if (c >= 0x400 && c <= 0x45F)
		return 0;
	return u_isdigit(c);
}

static inline int32_t
next_char(const char *s, size_t len, size_t *i)
{
	const unsigned char *p = (const unsigned char *) s + *i;

	if (p[0] < 0x80)
	{
		(*i)++;
		return p[0];
	}
	if ((p[0] & 0xE0) == 0xC0 && p[0] >= 0xC2 && *i + 1 < len && (p[1] & 0xC0) == 0x80)
	{
		*i += 2;
		return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
	}
	return dx_utf8_next(s, len, i);
}

static int
is_cyr(int32_t c)
{
	return (c >= 0x400 && c <= 0x52F) || (c >= 0x1C80 && c <= 0x1C8F) ||
		(c >= 0x2DE0 && c <= 0x2DFF) || (c >= 0xA640 && c <= 0xA69F);
}

static int
is_mark(int32_t c)
{
	int8_t		t;

	if (c < 0x300 || (c >= 0x400 && c <= 0x45F))
		return 0;
	t = u_charType(c);

	return t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK || t == U_COMBINING_SPACING_MARK;
}

/* Latin letters that look like Cyrillic ones, lower case */
static int32_t
latin_lookalike(int32_t c)
{
	switch (c)
	{
		case 'a':
			return 0x430;
		case 'b':
			return 0x432;		/* в (from upper B) */
		case 'c':
			return 0x441;
		case 'e':
			return 0x435;
		case 'h':
			return 0x43D;		/* н (from upper H) */
		case 'k':
			return 0x43A;
		case 'm':
			return 0x43C;
		case 'o':
			return 0x43E;
		case 'p':
			return 0x440;
		case 't':
			return 0x442;
		case 'x':
			return 0x445;
		case 'y':
			return 0x443;
		case 'i':
			return 0x456;
		default:
			return 0;
	}
}

/*
 * dx_normalize for a word of ASCII and basic Cyrillic (U+0400..U+045F) only,
 * nearly every word of a Russian story: the same result without ICU or
 * decoding each character twice.  Returns the length written, or -1 when
 * the word has anything else and the general path must run.
 */
static int
normalize_fast(const char *s, size_t len, char *out)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i;
	int			o = 0;
	int			cyr = 0,
				lat = 0;
	int			lookalikes;

	for (i = 0; i < len; i++)
	{
		unsigned char c = p[i];

		if (c < 0x80)
			lat += ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
		else if ((c == 0xD0 || (c == 0xD1 && i + 1 < len && p[i + 1] <= 0x9F)) &&
				 i + 1 < len && (p[i + 1] & 0xC0) == 0x80)
		{
			cyr++;
			i++;
		}
		else
			return -1;
	}
	lookalikes = cyr && cyr >= lat;
	for (i = 0; i < len; i++)
	{
		int32_t		c = p[i];

		if (c < 0x80)
		{
			int32_t		m;

			if (c >= 'A' && c <= 'Z')
				c += 32;
			if (lookalikes && (m = latin_lookalike(c)) != 0)
				o += dx_utf8_put(out + o, m);
			else
				out[o++] = (char) c;
			continue;
		}
		c = ((c & 0x1F) << 6) | (p[++i] & 0x3F);
		if (c >= 0x410 && c <= 0x42F)
			c += 32;
		else if (c <= 0x40F)
			c += 80;
		if (c == 0x451)
			c = 0x435;			/* ё -> е */
		out[o++] = (char) (0xC0 | (c >> 6));
		out[o++] = (char) (0x80 | (c & 0x3F));
	}
	out[o] = '\0';
	return o;
}

char *
dx_normalize(dx_arena *a, const char *s, size_t len, int *outlen)
{
	/*
	 * Room for the longest output: an invalid byte becomes U+FFFD (three
	 * bytes), a Latin lookalike a Cyrillic letter (two), and lowering a
	 * two-byte letter may give a three-byte one.
	 */
	size_t		room = len * 3 + 4;
	char	   *out = dx_alloc_raw(a, room);
	size_t		i = 0;
	int			o = 0;
	int			cyr = 0,
				lat = 0;
	int32_t		prev = 0;
	int			prevlen = 0;

	if (out == NULL)
	{
		if (outlen)
			*outlen = 0;
		return NULL;
	}
	if ((o = normalize_fast(s, len, out)) >= 0)
	{
		dx_arena_trim(a, out, room, (size_t) o + 1);
		if (outlen)
			*outlen = o;
		return out;
	}
	o = 0;
	/* first pass: is the word Cyrillic? */
	while (i < len)
	{
		int32_t		c = next_char(s, len, &i);

		if (is_cyr(c))
			cyr++;
		else if (c < 0x250 && ch_alpha(c))
			lat++;
	}
	i = 0;
	while (i < len)
	{
		int32_t		c = next_char(s, len, &i);

		if (is_mark(c))
		{
			/* и + breve = й; е + diaeresis = ё -> е; others dropped */
			if (c == 0x306 && (prev == 0x438) && prevlen)
			{
				o -= prevlen;
				c = 0x439;
			}
			else
				continue;
		}
		else
		{
			c = ch_lower(c);
			if (c == 0x451)
				c = 0x435;		/* ё -> е */
			else if (c == 0x2019 || c == 0x2018 || c == 0x2BC)
				c = '\'';
			else if (c == 0x2010 || c == 0x2011)
				c = '-';		/* hyphen, non-breaking hyphen */
			if (cyr && cyr >= lat && c < 0x80)
			{
				int32_t		m = latin_lookalike(c);

				if (m)
					c = m;
			}
		}
		prevlen = dx_utf8_put(out + o, c);
		o += prevlen;
		prev = c;
	}
	out[o] = '\0';
	dx_arena_trim(a, out, room, (size_t) o + 1);
	if (outlen)
		*outlen = o;
	return out;
}

int
dx_tok_punct(const dx_tok *t, char c)
{
	return t->type == TK_PUNCT && t->b1 - t->b0 == 1 && t->low[0] == c;
}

static int
is_word_char(int32_t c)
{
	if (fast_range(c))
		return ch_alpha(c) || ch_digit(c);
	return u_isalnum(c) || is_mark(c);
}

static int
is_dash(int32_t c)
{
	return c == '-' || u_charType(c) == U_DASH_PUNCTUATION || c == 0x2212;
}

static int
quote_kind(int32_t c)
{
	switch (c)
	{
		case 0xAB:				/* « */
		case 0x201E:			/* „ */
		case 0x2039:			/* ‹ */
			return QK_OPEN;
		case 0xBB:				/* » */
		case 0x203A:			/* › */
			return QK_CLOSE;
		case '"':
		case 0x201C:			/* “ */
		case 0x201D:			/* ” */
		case 0x201F:
		case 0x2033:
			return QK_EITHER;
		default:
			return 0;
	}
}

/* a word after which a period does not end a sentence */
static int
is_abbrev(const dx_text *x, const dx_tok *t)
{
	if (t->type != TK_WORD)
		return 0;
	/* a single upper-case letter is an initial */
	if (t->nchars == 1 && (t->flags & TF_CAP))
		return 1;
	return (dx_form_gram(x, t) & GR_ABBREV) != 0;
}

/*
 * A hash of the bytes as written, eight at a time: it runs once per token, so
 * it must cost less than the normalisation it saves.
 */
static uint32_t
raw_hash(const char *s, size_t n)
{
	uint64_t	h = 0x9E3779B97F4A7C15ull ^ n;
	uint64_t	w;

	while (n >= 8)
	{
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xFF51AFD7ED558CCDull;
		h ^= h >> 32;
		s += 8;
		n -= 8;
	}
	if (n > 0)
	{
		w = 0;
		memcpy(&w, s, n);
		h = (h ^ w) * 0xFF51AFD7ED558CCDull;
		h ^= h >> 32;
	}
	h *= 0xC4CEB9FE1A85EC53ull;
	return (uint32_t) (h >> 32);
}

static int
grow_form_slots(dx_arena *a, dx_text *t)
{
	int			n = t->nfslots ? t->nfslots * 2 : 16;
	int		   *s = dx_alloc_raw(a, sizeof(int) * n);
	int			i;

	if (s == NULL)
		return -1;
	for (i = 0; i < n; i++)
		s[i] = -1;
	for (i = 0; i < t->nforms; i++)
	{
		int			j = (int) (t->forms[i].hash & (uint32_t) (n - 1));

		while (s[j] >= 0)
			j = (j + 1) & (n - 1);
		s[j] = i;
	}
	t->fslots = s;
	t->nfslots = n;
	return 0;
}

/*
 * What a form is follows from its bytes alone (its normalised text, its
 * grammar flags, its shape), and the words of news recur from story to
 * story while a story repeats few of its own: a cache shared by the
 * documents of a process keeps them, so that a form seen before is copied,
 * not normalised and looked up again.  It is bounded: a slot per hash (a
 * form of the same hash takes it over), each holding the bytes as written
 * and the normalised form, so that a look-up reads one slot; longer forms
 * are not kept.  Without memory it is not used.  It is the process's, not
 * locked: a process tokenizes one text at a time (a PostgreSQL backend,
 * the CLI), never several in threads.
 */
#define FC_SLOTS	16384		/* power of two */
#define FC_BYTES	112			/* bytes as written + normalised, at most */

typedef struct fc_entry
{
	uint64_t	gram;
	uint32_t	hash;			/* raw_hash of the bytes as written */
	uint8_t		rawlen;			/* 0: empty */
	uint8_t		lowlen;
	uint8_t		shape;
	uint8_t		pad;
	char		bytes[FC_BYTES];	/* as written, then normalised */
} fc_entry;

static fc_entry *fc_slots;
static int	fc_failed;

/* the slot of a form's bytes, NULL when there is no cache */
static fc_entry *
fc_slot(uint32_t h)
{
	if (fc_slots == NULL && !fc_failed)
	{
		fc_slots = calloc(FC_SLOTS, sizeof(fc_entry));
		fc_failed = fc_slots == NULL;
	}
	return fc_slots ? &fc_slots[h & (FC_SLOTS - 1)] : NULL;
}

/* keep a form worked out now in its slot */
static void
fc_keep(fc_entry *e, const char *raw, int rawlen, const dx_wform *f)
{
	if (rawlen + f->lowlen > FC_BYTES)
		return;
	memcpy(e->bytes, raw, rawlen);
	memcpy(e->bytes + rawlen, f->low, (size_t) f->lowlen);
	e->hash = f->hash;
	e->rawlen = (uint8_t) rawlen;
	e->lowlen = (uint8_t) f->lowlen;
	e->shape = f->shape;
	e->gram = f->gram;
}

/*
 * Copy the few bytes of a form (a memcpy of unknown length may be compiled to
 * a string instruction whose start-up costs more than the copy).
 */
static void
copy_short(char *dst, const char *src, size_t n)
{
	size_t		k = 0;

	for (; k + 8 <= n; k += 8)
		memcpy(dst + k, src + k, 8);
	for (; k < n; k++)
		dst[k] = src[k];
}

/* the shape bits (TS_*) of a normalised form */
static uint8_t
form_shape(const char *low, int len)
{
	return dx_adjective_ending_len(low, (size_t) len) ? TS_ADJ_ENDING : 0;
}

/* the form of the bytes src[b0, b1): found, or normalised and added; -1 when out of memory */
static int
intern_form(dx_arena *a, dx_text *t, size_t b0, size_t b1, uint32_t h)
{
	const char *raw = t->src + b0;
	int			rawlen = (int) (b1 - b0);
	int			j;
	dx_wform   *f;
	fc_entry   *c;

	if ((t->nforms + 1) * 2 > t->nfslots && grow_form_slots(a, t) != 0)
		return -1;
	for (j = (int) (h & (uint32_t) (t->nfslots - 1)); t->fslots[j] >= 0;
		 j = (j + 1) & (t->nfslots - 1))
	{
		const dx_wform *o = &t->forms[t->fslots[j]];

		if (o->hash == h && o->rawlen == rawlen && memcmp(t->src + o->b0, raw, rawlen) == 0)
			return t->fslots[j];
	}
	f = DX_PUSH_SOLE(a, t->forms, t->nforms, t->cap_forms);
	if (f == NULL)
		return -1;
	f->b0 = (int) b0;
	f->rawlen = rawlen;
	f->hash = h;
	c = fc_slot(h);
	if (c != NULL && c->rawlen == rawlen && c->hash == h && memcmp(c->bytes, raw, rawlen) == 0)
	{
		char	   *low = dx_alloc_raw(a, (size_t) c->lowlen + 1);

		if (low == NULL)
			return -1;
		copy_short(low, c->bytes + rawlen, (size_t) c->lowlen);
		low[c->lowlen] = '\0';
		f->low = low;
		f->lowlen = c->lowlen;
		f->gram = c->gram;
		f->shape = c->shape;
	}
	else
	{
		f->low = dx_normalize(a, raw, rawlen, &f->lowlen);
		if (f->low == NULL)
			return -1;
		f->gram = dx_gram_word(f->low);
		f->shape = form_shape(f->low, f->lowlen);
		if (c != NULL)
			fc_keep(c, raw, rawlen, f);
	}
	t->fslots[j] = t->nforms - 1;
	return t->nforms - 1;
}

static dx_tok *
add_tok(dx_arena *a, dx_text *t, int *cap, int type, size_t b0, size_t b1,
		int c0, int c1, int flags)
{
	dx_tok	   *k = DX_PUSH_SOLE(a, t->toks, t->ntoks, *cap);

	if (k == NULL)
		return NULL;
	k->b0 = (int) b0;
	k->b1 = (int) b1;
	k->c0 = c0;
	k->c1 = c1;
	k->type = (uint8_t) type;
	k->flags = (uint8_t) flags;
	k->form = -1;				/* intern_tokens */
	k->nchars = c1 - c0;
	return k;
}

/*
 * Bring the cache slot of a form's hash towards the processor: its first
 * line, and the second too when the bytes as written and normalised (about
 * twice rawlen) may reach into it.
 */
static void
fc_prefetch(const fc_entry *slots, uint32_t h, int rawlen)
{
#if defined(__GNUC__) || defined(__clang__)
	const char *p = (const char *) &slots[h & (FC_SLOTS - 1)];

	__builtin_prefetch(p);
	if (offsetof(fc_entry, bytes) + 2 * (size_t) rawlen > 64)
		__builtin_prefetch(p + 64);
#else
	(void) slots;
	(void) h;
	(void) rawlen;
#endif
}

/*
 * The form of every token, after the scan: the cache of forms is far larger
 * than the processor's caches, so a look-up there waits on memory; asking for
 * the slot of the token a few places ahead lets that wait overlap the work
 * on this one.
 */
#define INTERN_AHEAD 32			/* power of two, the ring below */

static int
intern_tokens(dx_arena *a, dx_text *t, int (*interrupt) (void *), void *arg)
{
	uint32_t	ring[INTERN_AHEAD];
	int			n = t->ntoks,
				i;
	const fc_entry *slots = fc_slot(0) != NULL ? fc_slots : NULL;	/* made, if it can be */

	for (i = 0; i < n && i < INTERN_AHEAD; i++)
	{
		ring[i] = raw_hash(t->src + t->toks[i].b0, (size_t) (t->toks[i].b1 - t->toks[i].b0));
		if (slots != NULL)
			fc_prefetch(slots, ring[i], t->toks[i].b1 - t->toks[i].b0);
	}
	for (i = 0; i < n; i++)
	{
		dx_tok	   *k = &t->toks[i];
		uint32_t	h = ring[i & (INTERN_AHEAD - 1)];
		int			f;

		if ((i & 0xFFFF) == 0xFFFF && interrupt && interrupt(arg))
			return -1;
		if (i + INTERN_AHEAD < n)
		{
			const dx_tok *ahead = &t->toks[i + INTERN_AHEAD];
			uint32_t	ha = raw_hash(t->src + ahead->b0, (size_t) (ahead->b1 - ahead->b0));

			ring[(i + INTERN_AHEAD) & (INTERN_AHEAD - 1)] = ha;
			if (slots != NULL)
				fc_prefetch(slots, ha, ahead->b1 - ahead->b0);
		}
		f = intern_form(a, t, (size_t) k->b0, (size_t) k->b1, h);
		if (f < 0)
			return -1;
		k->form = f;
		k->low = t->forms[f].low;
		k->shape = t->forms[f].shape;
	}
	return 0;
}

/* the tokenizer's place in the text */
typedef struct scanner
{
	dx_arena   *a;
	dx_text    *out;
	const char *src;
	size_t		len;
	size_t		i;				/* next byte */
	int			ci;				/* next character */
	int			cap;			/* room of out->toks */
	int			ws_flags;		/* TF_SPACE, TF_NL seen since the last token */
} scanner;

/*
 * Room for the tokens a text of this length usually has (about one per ten
 * bytes), so that a story's token array is not copied as it grows; a longer
 * one grows in place (DX_PUSH_SOLE).
 */
static int
reserve_tokens(scanner *sc)
{
	if (sc->len >= 64)
	{
		size_t		est = sc->len / 8 + 16,
					most = ((size_t) 1 << 30) / sizeof(dx_tok) / 2;	/* as dx_grow allows */

		sc->cap = (int) (est < most ? est : most);
		sc->out->toks = dx_alloc_raw(sc->a, sizeof(dx_tok) * (size_t) sc->cap);
		if (sc->out->toks == NULL)
			return -1;
	}
	return 0;
}

/* white space (TF_SPACE, with TF_NL for a line break) or 0 */
static int
space_flags(int32_t c)
{
	if (c < 0x80 ? (c <= ' ' || c == 0x7F) :
		(!(c >= 0x400 && c <= 0x45F) &&
		 (u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B || u_charType(c) == U_CONTROL_CHAR ||
		  u_charType(c) == U_FORMAT_CHAR)))
	{
		if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85)
			return TF_SPACE | TF_NL;
		return TF_SPACE;
	}
	return 0;
}

/* a word or number starting with character c at byte b0, character c0 */
static int
scan_word(scanner *sc, size_t b0, int c0, int32_t c)
{
	const char *src = sc->src;
	size_t		len = sc->len;
	int			flags = sc->ws_flags;
	int			nletters = 0,
				nupper = 0;
	int			first = 1;
	size_t		j;
	int32_t		d = c,
				c2 = 0;

	sc->ws_flags = 0;
	for (;;)
	{
		if (ch_alpha(d))
		{
			nletters++;
			if (ch_upper(d))
			{
				nupper++;
				if (first)
					flags |= TF_CAP;
			}
			if (is_cyr(d))
				flags |= TF_CYR;
			else if (d < 0x250)
				flags |= TF_LAT;
		}
		first = 0;
		if (sc->i >= len)
			break;
		j = sc->i;
		d = next_char(src, len, &j);
		if (is_word_char(d))
		{
			if (sc->ci - c0 == 1)
				c2 = d;
			sc->i = j;
			sc->ci++;
			continue;
		}
		/* an apostrophe between letters stays inside the word */
		if ((d == '\'' || d == 0x2019) && j < len)
		{
			size_t		j2 = j;
			int32_t		e = dx_utf8_next(src, len, &j2);

			if (u_isalpha(e) && nletters > 0)
			{
				if (sc->ci - c0 == 1)
					c2 = d;
				sc->i = j;
				sc->ci++;
				continue;
			}
		}
		break;
	}
	if (nletters >= 2 && nupper == nletters)
		flags |= TF_ALLCAPS;
	/* two capitals first: an abbreviation, maybe with an ending */
	if (c2 && is_upper(c) && is_upper(c2))
		flags |= TF_ABBR;
	if (add_tok(sc->a, sc->out, &sc->cap, nletters ? TK_WORD : TK_NUM, b0, sc->i, c0, sc->ci,
				flags) == NULL)
		return -1;
	return 0;
}

/* a mark of one character c at byte b0: punctuation, quote, dash or symbol */
static int
scan_mark(scanner *sc, size_t b0, int c0, int32_t c)
{
	const dx_text *out = sc->out;
	int			type = TK_PUNCT;
	int			qk = quote_kind(c);
	dx_tok	   *t;

	if (qk)
		type = TK_QUOTE;
	else if (is_dash(c))
	{
		/* joining hyphen: word char on both sides, no spaces */
		int			joined = 0;

		if (!sc->ws_flags && out->ntoks > 0 &&
			out->toks[out->ntoks - 1].b1 == (int) b0 &&
			(out->toks[out->ntoks - 1].type == TK_WORD || out->toks[out->ntoks - 1].type == TK_NUM) &&
			sc->i < sc->len)
		{
			size_t		j = sc->i;
			int32_t		d = dx_utf8_next(sc->src, sc->len, &j);

			if (is_word_char(d))
				joined = 1;
		}
		type = joined ? TK_HYPHEN : TK_DASH;
	}
	else if (u_charType(c) == U_CURRENCY_SYMBOL || u_charType(c) == U_MATH_SYMBOL ||
			 u_charType(c) == U_OTHER_SYMBOL || c == '%')
		type = TK_SYMBOL;
	t = add_tok(sc->a, sc->out, &sc->cap, type, b0, sc->i, c0, sc->ci, sc->ws_flags);
	if (t == NULL)
		return -1;
	t->qkind = (uint8_t) qk;
	sc->ws_flags = 0;
	return 0;
}

/* every token of the text */
static int
scan_tokens(scanner *sc, int (*interrupt) (void *), void *arg)
{
	while (sc->i < sc->len)
	{
		size_t		b0 = sc->i;
		int			c0 = sc->ci;
		int32_t		c = next_char(sc->src, sc->len, &sc->i);
		int			sp;

		sc->ci++;
		if ((sc->ci & 0xFFFF) == 0 && interrupt && interrupt(arg))
			return -1;
		if ((sp = space_flags(c)) != 0)
		{
			sc->ws_flags |= sp;
			continue;
		}
		if (is_mark(c))
			continue;			/* a stray combining mark: part of nothing */
		if (is_word_char(c) ? scan_word(sc, b0, c0, c) : scan_mark(sc, b0, c0, c))
			return -1;
	}
	sc->out->nchars = sc->ci;
	return 0;
}

/*
 * Does the sentence end after the end mark at token k?  Returns the token
 * after the run of marks that ends it, or -1; *run_end caches the end of
 * the run k is in.
 */
static int
sentence_break(const dx_text *out, int k, int *run_end)
{
	const dx_tok *t = &out->toks[k];
	int			n = k + 1;

	/*
	 * the end mark may be followed by more marks and a closing quote; every
	 * mark of such a run ends where the first does (a run of thousands of
	 * dots is read once, not once a dot)
	 */
	if (k < *run_end)
		n = *run_end;
	else
	{
		while (n < out->ntoks && !(out->toks[n].flags & TF_SPACE) &&
			   (out->toks[n].type == TK_PUNCT || (out->toks[n].type == TK_QUOTE && out->toks[n].qkind != QK_OPEN)) &&
			   !dx_tok_punct(&out->toks[n], ','))
			n++;
		*run_end = n;
	}
	if (n >= out->ntoks)
		return -1;
	if (!(out->toks[n].flags & TF_SPACE))
		return -1;
	if (t->low[0] == '.' && k > 0 && is_abbrev(out, &out->toks[k - 1]) &&
		!(out->toks[k - 1].flags & TF_ALLCAPS))
	{
		/* "в 2022 г. Токаев" is still one sentence unless a line breaks */
		return -1;
	}
	if (out->toks[n].type == TK_WORD && !(out->toks[n].flags & TF_CAP))
		return -1;
	if (dx_tok_punct(&out->toks[n], ',') || out->toks[n].type == TK_DASH)
		return -1;
	return n;
}

/* an end mark: . ! ? or an ellipsis */
static int
end_mark(const dx_tok *t)
{
	return t->type == TK_PUNCT && (t->low[0] == '.' || t->low[0] == '!' || t->low[0] == '?' ||
								   strcmp(t->low, "…") == 0);
}

/* the sentence of every token: a line break or an end mark ends one */
static int
split_sentences(dx_text *out, int (*interrupt) (void *), void *arg)
{
	int			sent = 0,
				run_end = 0,
				k;
	unsigned	polls = 0;

	for (k = 0; k < out->ntoks; k++)
	{
		dx_tok	   *t = &out->toks[k];
		int			n;

		if ((++polls & 0xFFFF) == 0 && interrupt && interrupt(arg))
			return -1;
		if (k > 0 && (t->flags & TF_NL))
		{
			if (out->toks[k - 1].sent == sent)
				sent++;
		}
		t->sent = sent;
		if (!end_mark(t) || (n = sentence_break(out, k, &run_end)) < 0)
			continue;
		/* marks up to n-1 belong to this sentence */
		while (k + 1 < n)
		{
			k++;
			out->toks[k].sent = sent;
		}
		sent++;
	}
	out->nsents = out->ntoks ? out->toks[out->ntoks - 1].sent + 1 : 0;
	return 0;
}

/* the first word of each sentence, after any opening quote or dash: TF_FIRST */
static void
mark_first_words(dx_text *out)
{
	int			k;

	for (k = 0; k < out->ntoks; k++)
	{
		int			j = k;

		if (k > 0 && out->toks[k - 1].sent == out->toks[k].sent)
			continue;
		while (j < out->ntoks && out->toks[j].sent == out->toks[k].sent &&
			   out->toks[j].type != TK_WORD && out->toks[j].type != TK_NUM)
			j++;
		if (j < out->ntoks && out->toks[j].sent == out->toks[k].sent)
			out->toks[j].flags |= TF_FIRST;
	}
}

int
dx_tokenize(dx_arena *a, const char *src, size_t len, dx_text *out,
			int (*interrupt) (void *), void *arg)
{
	scanner		sc;

	memset(out, 0, sizeof(*out));
	out->src = src;
	out->len = len;
	memset(&sc, 0, sizeof(sc));
	sc.a = a;
	sc.out = out;
	sc.src = src;
	sc.len = len;
	if (reserve_tokens(&sc) != 0 || scan_tokens(&sc, interrupt, arg) != 0 ||
		intern_tokens(a, out, interrupt, arg) != 0 ||
		split_sentences(out, interrupt, arg) != 0)
		return -1;
	mark_first_words(out);
	return 0;
}
