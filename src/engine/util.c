/* util.c - small helpers over tokens and strings shared by the engine's passes. */
#include "internal.h"
#include "morph.h"

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

int
dx_in_list(const char *w, const char *const *list)
{
	int			i;

	for (i = 0; list[i]; i++)
		if (strcmp(w, list[i]) == 0)
			return 1;
	return 0;
}

int
dx_ends_any(const char *w, const char *const *list)
{
	size_t		n = strlen(w);
	int			i;

	/* the word's length once, not once per ending (dx_ends) */
	for (i = 0; list[i]; i++)
	{
		size_t		m = strlen(list[i]);

		if (n >= m && memcmp(w + n - m, list[i], m) == 0)
			return 1;
	}
	return 0;
}

/* a finite verb, an infinitive or a reflexive form, written in lower case */
int
dx_verb_form(const dx_tok *t)
{
	static const char *const ends[] = {
		"ся", "сь", "ать", "ять", "ить", "уть", "ала", "ила", "ела", "ыла", "яла", "ало", "ило",
		"ело", "ыло", "яло", "али", "или", "ели", "ыли", "яли", "ает", "яет", "еет", "ует", "ают",
		"яют", "уют", "еют", "ил", NULL
	};

	return t->type == TK_WORD && !(t->flags & TF_CAP) && t->nchars >= 4 && dx_ends_any(t->low, ends);
}

/*
 * A word that may be a noun or adjective in the genitive singular or in a
 * plural in -ов/-ев/-ых/-их: "продовольствия", "сельскохозяйственного",
 * "журналистов".
 */
int
dx_genitive_form(const dx_tok *t)
{
	static const char *const ends[] = {
		"а", "я", "ы", "и", "ого", "его", "ой", "ей", "ых", "их", "ов", "ев", NULL
	};

	return t->type == TK_WORD && dx_ends_any(t->low, ends);
}

/* a word in an adjectival ending (any case, gender or number) */
int
dx_adjective_form(const dx_tok *t)
{
	static const char *const ends[] = {
		"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им",
		"ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими", NULL
	};

	return t->type == TK_WORD && t->nchars >= 4 && dx_ends_any(t->low, ends);
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
		(dx_ends(t->low, "ть") || dx_ends(t->low, "ти"));
}

/* tokens [t0, t1) are words in Latin letters only */
static int
latin_name(const dx_doc *d, int t0, int t1)
{
	int			j;

	for (j = t0; j < t1; j++)
	{
		const unsigned char *c = (const unsigned char *) d->text.toks[j].low;

		if (d->text.toks[j].type != TK_WORD)
			continue;
		for (; *c; c++)
			if (*c >= 0x80)
				return 0;
	}
	return 1;
}

/*
 * A state's name inside another name: after a capitalised word that is not
 * the first of the sentence nor a name of its own ("Винтерсхалл Нидерланды
 * Транспорт энд Трейдинг").
 */
static int
inside_name(const dx_doc *d, int j, int s0)
{
	const dx_tok *p = j > s0 ? &d->text.toks[j - 1] : NULL;

	return p && p->type == TK_WORD && (p->flags & TF_CAP) && j - 1 > s0 &&
		d->tokspan[j - 1] < 0 && d->tokperson[j - 1] < 0;
}

/*
 * Tokens [s0, s1) name a side that can bind a state (an office or official,
 * a government body, ministry or parliament, an international body, a state
 * named other than as a place or inside a company's name), or else a
 * company or a trade union (банк, авиакомпания, профсоюз, a firm named in
 * Latin letters), or neither.
 */
int
dx_sides_of(const dx_doc *d, int s0, int s1)
{
	static const char *const place_preps[] = {"в", "во", "на", "из", "через", NULL};
	int			j,
				company = 0,
				last_company = -10;

	for (j = s0; j < s1; j++)
	{
		int			ents[8],
					n = dx_tok_entries(d, j, LK_ORG_TYPE, ents, 8),
					x;
		int			k = dx_span_kind_at(d, j);

		for (x = 0; x < n; x++)
		{
			const char *c = dx_entry(d, ents[x])->code;

			if (c == NULL)
				continue;
			if (strcmp(c, "company") == 0 || dx_startswith(d->text.toks[j].low, "профсоюз"))
			{
				company = 1;
				last_company = j;
			}
			else if (strcmp(c, "government") == 0 || strcmp(c, "parliament") == 0 ||
					 strcmp(c, "diplomatic") == 0)
				return SIDES_STATE;
		}
		if (k == LK_OFFICE || k == LK_ORG_HEAD)
			return SIDES_STATE;
		if (d->tokperson[j] >= 0 && d->ents[d->tokperson[j]].role_class)
			return SIDES_STATE;
		/*
		 * "банк Китая": a state in a company's name does not act, nor does
		 * one named as a place ("в Италии", "через Украину")
		 */
		if (k == LK_COUNTRY && !d->tokorg[j] && j - last_company > 2 &&
			!(j > 0 && dx_in_list(d->text.toks[j - 1].low, place_preps)) &&
			!inside_name(d, j, s0))
			return SIDES_STATE;
	}
	DX_FOR_MENTIONS(d, s0, s1, i)
	{
		const dx_ment *m = &d->ments[i];

		if (m->kind != DX_ORGANIZATION || m->entity < 0)
			continue;
		if (d->ents[m->entity].canonical && d->ents[m->entity].country == NULL)
			return SIDES_STATE;
		/* Shell, Wintershall, Uniper: a name in Latin letters is a firm's */
		if (d->ents[m->entity].canonical == NULL && latin_name(d, m->t0, m->t1))
			company = 1;
	}
	return company ? SIDES_COMPANY : SIDES_NONE;
}

/* the UTF-8 character at s is a capital: Cyrillic А-Я or Ё, Latin A-Z */
int
dx_upper_at(const char *s)
{
	const unsigned char *u = (const unsigned char *) s;

	return (u[0] >= 'A' && u[0] <= 'Z') ||
		(u[0] == 0xD0 && ((u[1] >= 0x90 && u[1] <= 0xAF) || u[1] == 0x81));
}
