/* text.h - UTF-8 decoding, normalisation for matching, tokens and sentences. */
#ifndef DX_TEXT_H
#define DX_TEXT_H

#include <stdint.h>
#include "arena.h"

typedef enum dx_toktype
{
	TK_WORD = 0,				/* letters, maybe with digits (G20) */
	TK_NUM,						/* digits only */
	TK_PUNCT,					/* . , ; : ! ? ( ) ... */
	TK_QUOTE,					/* quotation marks, see qkind */
	TK_DASH,					/* a dash standing between spaces */
	TK_HYPHEN,					/* a hyphen or dash joining two words */
	TK_SYMBOL					/* $, %, other symbols */
} dx_toktype;

/* flags */
#define TF_CAP		0x01		/* first letter upper case */
#define TF_ALLCAPS	0x02		/* two or more letters, all upper case */
#define TF_CYR		0x04		/* has Cyrillic letters */
#define TF_LAT		0x08		/* has Latin letters */
#define TF_SPACE	0x10		/* white space before the token */
#define TF_NL		0x20		/* a line break before the token */
#define TF_FIRST	0x40		/* first token of its sentence */
#define TF_ABBR		0x80		/* starts with two capitals: МИДа, ООН */

/* quotation mark kinds */
#define QK_OPEN		1			/* « „ ‹ */
#define QK_CLOSE	2			/* » ‛ › */
#define QK_EITHER	3			/* " “ ” ' */

typedef struct dx_tok
{
	int			b0,
				b1;				/* byte offsets, end exclusive */
	int			c0,
				c1;				/* character offsets, end exclusive */
	int			sent;			/* 0-based sentence index */
	int			form;			/* index into dx_text.forms */
	const char *low;			/* normalised lower-case form (NUL-ended),
								 * shared by all tokens of the same form */
	int			nchars;			/* characters as written */
	uint8_t		type;
	uint8_t		flags;
	uint8_t		qkind;
	uint8_t		shape;			/* TS_* bits of its form */
} dx_tok;

/* the shape of a form: what its ending says, worked out once per form */
#define TS_ADJ_ENDING	0x01	/* ends as an adjective does
								 * (dx_adjective_ending) */

/*
 * A distinct written form in one document.  A story repeats its words, so the
 * tokenizer normalises each form once and the passes that depend on the form
 * alone (lexicon lookups, cue verbs) work per form, not per token.  Everything
 * here follows from the bytes as written: equal bytes, equal form.
 */
typedef struct dx_wform
{
	const char *low;			/* normalised lower-case form (NUL-ended) */
	int			lowlen;			/* bytes of low */
	int			b0;				/* first occurrence in the source text */
	int			rawlen;			/* bytes as written */
	uint32_t	hash;			/* of the bytes as written */
	uint64_t	gram;			/* GR_* flags of the form (grammar.h) */
	uint8_t		shape;			/* TS_* bits */
} dx_wform;

typedef struct dx_text
{
	const char *src;
	size_t		len;
	dx_tok	   *toks;
	int			ntoks;
	int			nsents;
	int			nchars;			/* characters in the whole text */
	dx_wform   *forms;
	int			nforms;
	int			cap_forms;
	int		   *fslots;			/* hash table of form indexes, -1 empty */
	int			nfslots;		/* power of two */
} dx_text;

/* Decode one UTF-8 sequence at s[i..len); invalid bytes give U+FFFD, 1 byte. */
int32_t		dx_utf8_next(const char *s, size_t len, size_t *i);
/* Number of characters of a NUL-terminated UTF-8 string (lead bytes). */
int			dx_utf8_chars(const char *s);
/* Append the UTF-8 form of c; returns bytes written (max 4). */
int			dx_utf8_put(char *out, int32_t c);

/*
 * Normalise a word for matching: lower case, ё->е, Latin look-alikes inside
 * Cyrillic words mapped to Cyrillic, combining marks folded.  Result in the
 * arena.
 */
char	   *dx_normalize(dx_arena *a, const char *s, size_t len, int *outlen);

/* Tokenize and split into sentences; returns 0 or -1 when out of memory or cancelled. */
int			dx_tokenize(dx_arena *a, const char *src, size_t len, dx_text *out,
						int (*interrupt) (void *), void *arg);

/* Helpers over tokens */
static inline int
dx_tok_is(const dx_tok *t, const char *low)
{
	const char *a = t->low;

	while (*a && *low && *a == *low)
		a++, low++;
	return *a == '\0' && *low == '\0';
}

int			dx_tok_punct(const dx_tok *t, char c);

/* the closed classes (GR_* of grammar.h) of a token's form */
static inline uint64_t
dx_form_gram(const dx_text *x, const dx_tok *t)
{
	return x->forms[t->form].gram;
}

#endif
