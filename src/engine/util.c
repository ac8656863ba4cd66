/* util.c - small helpers over tokens and strings shared by the engine's passes. */
#include "internal.h"
#include "morph.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

char *
dx_tokens_text(dx_doc *d, int t0, int t1)
{
	if (t0 < 0 || t1 > d->text.ntoks || t0 >= t1)
		return dx_strdup(d->a, "");
	return dx_strndup(d->a, d->text.src + d->text.toks[t0].b0,
					  d->text.toks[t1 - 1].b1 - d->text.toks[t0].b0);
}

int
dx_sentence_start(const dx_doc *d, int tok)
{
	int			s = d->text.toks[tok].sent;
	int			lo = tok - DX_CLAUSE;

	while (tok > 0 && tok > lo && d->text.toks[tok - 1].sent == s)
		tok--;
	return tok;
}

int
dx_sentence_end(const dx_doc *d, int tok)
{
	int			s = d->text.toks[tok].sent;
	int			hi = tok + DX_CLAUSE;

	while (tok < d->text.ntoks && tok < hi && d->text.toks[tok].sent == s)
		tok++;
	return tok;
}

/* index the mentions by their first token, for the fact passes */
int
dx_index_mentions(dx_doc *d)
{
	int			i;

	d->tokment = dx_alloc_raw(d->a, sizeof(int) * (d->text.ntoks + 1));
	d->ment_next = dx_alloc(d->a, sizeof(int) * (d->nments + 1));
	if (d->tokment == NULL || d->ment_next == NULL)
		return -1;
	d->tokment[d->text.ntoks] = 0;	/* as zeroed memory had it, past the end */
	for (i = 0; i < d->text.ntoks; i++)
		d->tokment[i] = -1;
	for (i = d->nments - 1; i >= 0; i--)
	{
		int			t = d->ments[i].t0;

		d->ment_next[i] = d->tokment[t];
		d->tokment[t] = i;
	}
	return 0;
}

const char *
dx_capitalize(dx_arena *a, const char *s)
{
	size_t		i = 0,
				n = strlen(s);
	int32_t		c;
	char	   *out;
	int			k;

	if (n == 0)
		return s;
	c = dx_utf8_next(s, n, &i);
	out = dx_alloc(a, n + 8);
	if (out == NULL)
		return s;
	k = dx_utf8_put(out, u_toupper(c));
	memcpy(out + k, s + i, n - i);
	out[k + n - i] = '\0';
	return out;
}

int
dx_strs_has(const char **arr, int n, const char *s)
{
	int			i;

	for (i = 0; i < n; i++)
		if (arr[i] && s && strcmp(arr[i], s) == 0)
			return 1;
	return 0;
}

int
dx_startswith(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

void
dx_add_str(dx_doc *d, const char ***arr, int *n, int *cap, const char *s)
{
	const char **slot;

	if (s == NULL || dx_strs_has(*arr, *n, s))
		return;
	slot = DX_PUSH(d->a, *arr, *n, *cap);
	if (slot)
		*slot = s;
}

/* a finite verb, an infinitive or a reflexive form, written in lower case */
int
dx_verb_form(const dx_tok *t)
{
	return t->type == TK_WORD && !(t->flags & TF_CAP) && t->nchars >= 4 && dx_verb_ending(t->low);
}

/* the year a token of four digits gives (1900-2100), else 0 */
int
dx_year_of(const dx_tok *t)
{
	int			y;

	if (t->type != TK_NUM || t->b1 - t->b0 != 4)
		return 0;
	y = atoi(t->low);
	return y >= 1900 && y <= 2100 ? y : 0;
}

/*
 * A word that may be a noun or adjective in the genitive singular or in a
 * plural in -ов/-ев/-ых/-их: "продовольствия", "сельскохозяйственного",
 * "журналистов".
 */
int
dx_genitive_form(const dx_tok *t)
{
	return t->type == TK_WORD && dx_genitive_ending(t->low);
}

/* a word in an adjectival ending (any case, gender or number) */
int
dx_adjective_form(const dx_tok *t)
{
	return t->type == TK_WORD && t->nchars >= 4 && (t->shape & TS_ADJ_ENDING);
}

/*
 * Words that put an act in the future, for documents and events alike:
 * "будет подписан", "планируется", "предстоящий визит", "намерены".
 */
int
dx_future_cue(const dx_doc *d, int tok)
{
	return dx_tok_has_cue(d, tok, CUE_FUTURE);
}

/* an infinitive: подписать, вести, провести */
int
dx_infinitive(const dx_tok *t)
{
	return t->type == TK_WORD && !(t->flags & TF_CAP) && t->nchars >= 4 &&
		dx_infinitive_ending(t->low);
}

/* the UTF-8 character at s is a capital: Cyrillic А-Я or Ё, Latin A-Z */
int
dx_upper_at(const char *s)
{
	const unsigned char *u = (const unsigned char *) s;

	return (u[0] >= 'A' && u[0] <= 'Z') ||
		(u[0] == 0xD0 && ((u[1] >= 0x90 && u[1] <= 0xAF) || u[1] == 0x81));
}

int
dx_stop(dx_doc *d)
{
	if (!d->stopped && d->opts->interrupt && d->opts->interrupt(d->opts->interrupt_arg))
		d->stopped = 1;
	return d->stopped || d->a->failed;
}
