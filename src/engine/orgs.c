/*
 * orgs.c - organisations the lexicon does not list: capitalised phrases on a
 * generic head noun (Верховный суд, Общество защиты притесняемых народов),
 * names in quotation marks after such a noun (компания «Ростех»), and names
 * written in Latin letters inside Russian text (Reuters, Ryanair).
 */
#include "internal.h"
#include "entities.h"
#include "morph.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

/* the name of a body goes on past them: комитет по ..., фонд за ... */
#define ORG_TAIL_PREPS (GR_P_PO | GR_P_ZA | GR_P_PROTIV | GR_P_DLYA | GR_P_PRI)
/* a pronoun is never a word of a name: наш, этот, который */
#define PRONOUN_ADJS (GR_POSS_ADJ | GR_DEMO_ADJ | GR_WHICH)

static int
covered_by_org(const dx_doc *d, int j)
{
	return d->tokorg[j];
}

static int
free_tok(const dx_doc *d, int j)
{
	int			k = dx_span_kind_at(d, j);

	if (d->tokperson[j] >= 0)
		return 0;
	return k == LK_NONE || (k == LK_ORG_HEAD && !covered_by_org(d, j));
}

/* the organisation-type head entry token j names, -1 (see form_lexicon) */
static int
org_type_at(const dx_doc *d, int j)
{
	if (j < 0 || j >= d->text.ntoks)
		return -1;
	return d->flex[d->text.toks[j].form].orgtype;
}

/*
 * The rules below that look at every token start only at a token of some
 * shape (a capitalised word, a quotation mark, ...), which no rule changes.
 * One scan over the tokens lists, for each rule, the tokens where it may
 * start (a necessary test only: the rule still makes all of its own); each
 * rule then walks its list, not the whole text.
 */
enum
{
	OC_PHRASE,					/* phrase_orgs: a capitalised word */
	OC_HEAD,					/* head_name_orgs: a capitalised word after one in lower case */
	OC_COMPOUND,				/* compound_orgs: a long capitalised Cyrillic word */
	OC_LATIN,					/* latin_orgs: a capitalised Latin word */
	OC_ABBR,					/* abbr_orgs: a Cyrillic word in capitals */
	OC_QUOTED,					/* quoted_orgs: a token before a quotation mark */
	OC_SOURCE,					/* source_orgs: a word in lower case before a quoted name */
	OC_LEGAL,					/* legal_form_orgs: an opening quotation mark */
	OC_DOMAIN,					/* domain_orgs: a capitalised word glued to a mark */
	OC_OWNED,					/* owned_orgs: a word in lower case before a capitalised one or "при" */
	OC_NRULES					/* the frequent ones first: the bits are walked from the lowest */
};

#define OC_CHUNK 64

typedef struct org_cands
{
	int		   *list[OC_NRULES];	/* per rule: the tokens it may start at, in order */
	int			count[OC_NRULES];
	int			cyr,			/* tokens with Cyrillic letters */
				lat;			/* ... with Latin letters and no Cyrillic */
	void	   *mem;			/* the lists' memory (dx_alloc_lone) */
	size_t		size;
} org_cands;

/* the rules token i may start (a bit per OC_ rule) */
static unsigned
cand_bits(const dx_tok *toks, int n, int i)
{
	const dx_tok *t = &toks[i];
	unsigned	b = 0;

	if (i + 2 < n)
	{
		if (t->type == TK_QUOTE && t->qkind != QK_CLOSE)
			b |= 1u << OC_LEGAL;
		if (toks[i + 1].type == TK_QUOTE)
			b |= 1u << OC_QUOTED;
		if (t->type == TK_WORD && !(t->flags & TF_CAP) &&
			(toks[i + 1].type == TK_QUOTE || toks[i + 2].type == TK_QUOTE))
			b |= 1u << OC_SOURCE;
		if (t->type == TK_WORD && (t->flags & TF_CAP) && t->nchars >= 2 && toks[i + 1].type == TK_PUNCT &&
			!(toks[i + 1].flags & TF_SPACE))
			b |= 1u << OC_DOMAIN;
	}
	if (t->type != TK_WORD)
		return b;
	if (!(t->flags & TF_CAP) && i + 2 < n && toks[i + 1].type == TK_WORD &&
		((toks[i + 1].flags & TF_CAP) ||
		 (toks[i + 1].nchars == 3 && (dx_gram_form(toks[i + 1].low, strlen(toks[i + 1].low)) & GR_P_PRI))))
		b |= 1u << OC_OWNED;
	if ((t->flags & TF_ALLCAPS) && (t->flags & TF_CYR) && t->nchars >= 3 && t->nchars <= 8)
		b |= 1u << OC_ABBR;
	if (!(t->flags & TF_CAP))
		return b;
	b |= 1u << OC_PHRASE;
	if ((t->flags & TF_LAT) && !(t->flags & TF_CYR))
		b |= 1u << OC_LATIN;
	if ((t->flags & TF_CYR) && !(t->flags & TF_ALLCAPS))
	{
		if (t->nchars >= 7)
			b |= 1u << OC_COMPOUND;
		if (t->nchars >= 4 && i >= 1 && i + 1 < n && toks[i - 1].type == TK_WORD &&
			!(toks[i - 1].flags & TF_CAP))
			b |= 1u << OC_HEAD;
	}
	return b;
}

/*
 * Fills c; on running out of memory (the arena's failed flag stops every
 * polled loop then) or on a stop, the lists are left empty.
 */
static void
scan_candidates(dx_doc *d, org_cands *c)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	unsigned short *bits;
	int			i,
				i0,
				r,
				total = 0,
				at[OC_NRULES];

	memset(c, 0, sizeof(*c));
	if (n == 0)
		return;
	/* first the bits, in the memory the lists will take over */
	bits = dx_alloc_lone(d->a, sizeof(unsigned short) * (size_t) n);
	if (bits == NULL)
		return;
	/* polled every OC_CHUNK tokens: a turn is a few tests of one token */
	for (i0 = 0; i0 < n && !DX_POLL(d, i0); i0 += OC_CHUNK)
		for (i = i0; i < n && i < i0 + OC_CHUNK; i++)
		{
			unsigned	b = cand_bits(toks, n, i),
						m;

			bits[i] = (unsigned short) b;
			for (r = 0, m = b; m; r++, m >>= 1)
				c->count[r] += m & 1u;
			if (toks[i].flags & TF_CYR)
				c->cyr++;
			else if (toks[i].flags & TF_LAT)
				c->lat++;
		}
	if (i0 < n)
	{
		dx_arena_release(d->a, bits, sizeof(unsigned short) * (size_t) n);
		memset(c, 0, sizeof(*c));
		return;
	}
	for (r = 0; r < OC_NRULES; r++)
		total += c->count[r];
	c->size = sizeof(int) * (size_t) (total > 0 ? total : 1);
	c->mem = dx_alloc_lone(d->a, c->size);
	if (c->mem == NULL)
	{
		dx_arena_release(d->a, bits, sizeof(unsigned short) * (size_t) n);
		memset(c, 0, sizeof(*c));
		return;
	}
	for (r = 0, total = 0; r < OC_NRULES; r++)
	{
		c->list[r] = (int *) c->mem + total;
		at[r] = 0;
		total += c->count[r];
	}
	for (i = 0; i < n; i++)
	{
		unsigned	m;

		for (r = 0, m = bits[i]; m; r++, m >>= 1)
			if (m & 1u)
				c->list[r][at[r]++] = i;
	}
	dx_arena_release(d->a, bits, sizeof(unsigned short) * (size_t) n);
}

/*
 * The first token from `from` on where rule r may start, ntoks when there
 * is none; *x is the rule's place in its list, moving forward only.
 */
static int
next_cand(const dx_doc *d, const org_cands *c, int r, int *x, int from)
{
	while (*x < c->count[r] && c->list[r][*x] < from)
		(*x)++;
	return *x < c->count[r] ? c->list[r][*x] : d->text.ntoks;
}

#define FOR_CANDS(d, c, r, x, i) \
	for ((x) = 0, (i) = next_cand((d), (c), (r), &(x), 0); (i) < (d)->text.ntoks && !DX_POLL((d), (i)); \
		 (i) = next_cand((d), (c), (r), &(x), (i) + 1))

static int
add_org(dx_doc *d, int t0, int t1, const char *name)
{
	int			ent = dx_entity_by_name(d, DX_ORGANIZATION, name);

	if (ent < 0)
		ent = dx_new_entity(d, DX_ORGANIZATION, name);
	return dx_add_mention(d, t0, t1, DX_ORGANIZATION, DX_FORM_NAME, name, ent);
}

/* an adjective the dictionary knows, of none of the lexeme classes in `not` */
static int
adjective_not_of(const dx_doc *d, int j, uint64_t not)
{
	dx_ocparse	p[8];
	const char *low = d->text.toks[j].low;
	int			n = dx_morph_analyse(d->lex, low, strlen(low), p, 8),
				k,
				adj = 0;

	for (k = 0; k < n; k++)
	{
		if (p[k].predicted)
			return 0;
		if (p[k].gram & not)
			return 0;
		if (p[k].gram & DX_G(ADJF))
			adj = 1;
	}
	return adj;
}

/*
 * The nominative of the adjective at token j in the gender of its head, as
 * the dictionary inflects it (Окружного -> Окружной, not the ending's guess
 * Окружный); NULL when the dictionary has no adjective's analysis of it
 */
static const char *
dict_adjective_nominative(dx_doc *d, int j, int gender)
{
	const dx_tok *t = &d->text.toks[j];
	uint64_t	g = gender == DX_FEM ? DX_G(femn) : gender == DX_NEUT ? DX_G(neut) :
		gender == DX_PLUR ? DX_G(plur) : DX_G(masc);
	char		buf[128];
	int			r,
				k;

	dx_ocparse	p[8];
	int			np;

	if (!dx_morph_has_dict(d->lex) || (t->flags & TF_ALLCAPS) || !(t->flags & TF_CYR))
		return NULL;
	np = dx_morph_analyse(d->lex, t->low, strlen(t->low), p, 8);
	for (k = 0; k < np; k++)
		if (p[k].gram & (DX_G(Supr) | DX_G(Anum)))
			return NULL;
	r = dx_morph_nominative(d->lex, t->low, strlen(t->low), DX_G(ADJF) | g, buf, sizeof(buf));
	if (r <= 0)
		return NULL;
	/*
	 * only a change of the ending (three letters at most): the dictionary's
	 * lemma of a comparative or an ordinal is another word (Высший ->
	 * высокий, Первом -> один), and it writes ё where the text has е
	 */
	for (k = 0; buf[k] && buf[k] == t->low[k]; k++)
		;
	if (strlen(t->low) > (size_t) k + 6)
		return NULL;
	return (t->flags & TF_CAP) ? dx_capitalize(d->a, buf) : dx_strdup(d->a, buf);
}

/* the nominative of [t0, head] + the tail as written */
static const char *
phrase_name(dx_doc *d, int t0, int head, int head_entry, int t1)
{
	const lex_entry *he = dx_entry(d, head_entry);
	const char *lemma = d->lex->words[he->w0].low;
	int			gender = dx_noun_gender(lemma);
	dx_buf		b;
	int			j;

	dx_buf_init(&b, d->a);
	for (j = t0; j < head; j++)
	{
		char	   *w = dx_tokens_text(d, j, j + 1);
		const char *nom = d->text.toks[j].type == TK_WORD ? dict_adjective_nominative(d, j, gender) : NULL;

		if (nom == NULL && d->text.toks[j].type == TK_WORD)
			nom = dx_adjective_nominative(d->a, w, gender);

		if (d->text.toks[j].type == TK_HYPHEN)
		{
			dx_buf_addc(&b, '-');
			continue;
		}
		if (b.len && (d->text.toks[j].flags & TF_SPACE))
			dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, nom ? nom : w);
	}
	if (b.len)
		dx_buf_addc(&b, ' ');
	if (d->lex->words[he->w0].allcaps)
		dx_buf_adds(&b, he->term);
	else if (d->text.toks[head].flags & TF_CAP)
		dx_buf_adds(&b, dx_capitalize(d->a, lemma));
	else
		dx_buf_adds(&b, lemma);
	if (t1 > head + 1)
	{
		dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, dx_tokens_text(d, head + 1, t1));
	}
	return dx_strdup(d->a, dx_buf_str(&b));
}

/*
 * A word that may be in the genitive, also a plural in -ий or -ств
 * (отношений, государств), common in bodies' names
 */
static int
genitive_word(const dx_tok *t)
{
	return dx_genitive_form(t) || (t->type == TK_WORD && dx_bare_gen_plural(t->low));
}

/* a verb, adverb or short participle by its most probable analysis: стал, вчера */
static int
verb_word(const dx_doc *d, const dx_tok *t)
{
	dx_ocparse	p[4];

	return dx_morph_has_dict(d->lex) && t->type == TK_WORD &&
		dx_morph_analyse(d->lex, t->low, strlen(t->low), p, 4) > 0 &&
		(p[0].gram & (DX_G(VERB) | DX_G(INFN) | DX_G(GRND) | DX_G(PRTS) | DX_G(ADVB)));
}

/* a lexicon kind that names a place: a state, a capital, a city, a region */
static int
place_kind(int k)
{
	return k == LK_COUNTRY || k == LK_CAPITAL || k == LK_CITY || k == LK_REGION;
}

/*
 * A body's field after the state or body it belongs to: "по" or "против" at
 * j and a word in lower case after it (Комитет ООН по правам человека, Бюро
 * США по патентам и товарным знакам, комитет ООН против пыток), not one that
 * opens an adverbial phrase (Совет ЕС по итогам встречи, по данным).
 */
static int
field_follows(const dx_doc *d, int j, int s1)
{
	const dx_tok *u;

	if (j + 1 >= s1 || !(dx_tok_gram(d, j) & (GR_P_PO | GR_P_PROTIV)))
		return 0;
	u = &d->text.toks[j + 1];
	return u->type == TK_WORD && !(u->flags & TF_CAP) && dx_span_kind_at(d, j + 1) == LK_NONE &&
		!dx_tok_has_cue(d, j + 1, CUE_PO_CLAUSE) && !dx_verb_form(u) &&
		!(dx_tok_gram(d, j + 1) & (GR_DEMO | PRONOUN_ADJS));
}

/* the oblique cases (genitive, dative, instrumental, locative) word t may be in */
static uint64_t
oblique_cases(const dx_doc *d, const dx_tok *t)
{
	dx_ocparse	p[8];
	uint64_t	c = 0;
	int			np,
				i;

	if (!dx_morph_has_dict(d->lex) || t->type != TK_WORD)
		return 0;
	np = dx_morph_analyse(d->lex, t->low, strlen(t->low), p, 8);
	for (i = 0; i < np; i++)
		c |= p[i].gram & (DX_G(gent) | DX_G(datv) | DX_G(ablt) | DX_G(loct));
	return c;
}

/*
 * Token j is the first part of a compound adjective written with a hyphen,
 * the adjective after it: крымско-татарского, бюджетно-финансового
 */
static int
compound_first(const dx_doc *d, int j, int s1)
{
	const dx_tok *t = d->text.toks;

	return j + 2 < s1 && t[j].type == TK_WORD && (t[j].flags & TF_CYR) && !(t[j].flags & TF_ALLCAPS) &&
		t[j + 1].type == TK_HYPHEN && !(t[j + 1].flags & TF_SPACE) && t[j + 2].type == TK_WORD &&
		!(t[j + 2].flags & (TF_SPACE | TF_CAP)) && dx_adjective_form(&t[j + 2]);
}

/* words that may continue an organisation's name after its head */
static int
tail_end(const dx_doc *d, int j0, int s1)
{
	int			j = j0,
				last = j0,
				seen_prep = 0,
				sphere = 0;		/* "в сфере", "в области" seen in the field */
	uint64_t	field_cases = 0;	/* the cases of the words after the last preposition */

	while (j < s1 && j - j0 < 14)
	{
		const dx_tok *t = &d->text.toks[j];
		int			k = dx_span_kind_at(d, j);
		int			conj = (dx_tok_gram(d, j) & GR_AND) != 0,
					prep = conj || (dx_tok_gram(d, j) & ORG_TAIL_PREPS),
					closes = -1;	/* the end of a state or body that closes the name */

		/* a state or body in the genitive closes the name: ... Эстонии, ... НАТО */
		if (k == LK_COUNTRY || k == LK_ORG || k == LK_CAPITAL || k == LK_CITY || k == LK_REGION)
			closes = d->spans[d->tokspan[j]].t1;
		/*
		 * Совет при президенте России по ...: the office the body is
		 * attached to, the state after it, and the body's field
		 */
		else if ((dx_tok_gram(d, j) & GR_P_PRI) && dx_span_kind_at(d, j + 1) == LK_OFFICE &&
				 d->spans[d->tokspan[j + 1]].t0 == j + 1 && d->spans[d->tokspan[j + 1]].t1 <= s1)
		{
			closes = d->spans[d->tokspan[j + 1]].t1;
			if (closes < s1 && place_kind(dx_span_kind_at(d, closes)) &&
				d->spans[d->tokspan[closes]].t0 == closes && d->spans[d->tokspan[closes]].t1 <= s1)
				closes = d->spans[d->tokspan[closes]].t1;
		}
		if (closes >= 0)
		{
			j = last = closes;
			/* ... but for the body's field: Комитет ООН по правам человека */
			if (field_follows(d, j, s1))
			{
				seen_prep = 1;
				field_cases = 0;
				j++;
				continue;
			}
			break;
		}
		if (d->tokplace[j])
		{
			/* a place named by the places pass closes it too: ... Южной Калифорнии */
			while (j < s1 && d->tokplace[j])
				j++;
			last = j;
			break;
		}
		if (t->type == TK_HYPHEN && j + 1 < s1)
		{
			j++;
			continue;
		}
		if (!(t->flags & TF_CAP) && k == LK_NONE && compound_first(d, j, s1))
		{
			j += 2;
			continue;
		}
		/*
		 * the field goes on with its sphere, a list in it joined by commas:
		 * Федеральная служба по надзору в сфере связи, информационных
		 * технологий и массовых коммуникаций
		 */
		if (seen_prep && (dx_tok_gram(d, j) & GR_P_V) && j + 1 < s1 && dx_tok_has_cue(d, j + 1, CUE_FIELD_NOUN) &&
			!(d->text.toks[j + 1].flags & TF_CAP))
		{
			sphere = 1;
			field_cases = 0;
			j++;
			continue;
		}
		if (sphere && dx_tok_punct(t, ',') && j + 1 < s1 && d->text.toks[j + 1].type == TK_WORD &&
			!(d->text.toks[j + 1].flags & TF_CAP) && dx_span_kind_at(d, j + 1) == LK_NONE &&
			(field_cases & oblique_cases(d, &d->text.toks[j + 1])))
		{
			j++;
			continue;
		}
		/* Институт имени Роберта Коха, Театр им. Йозефа Бойса: a person's name closes it */
		if (t->type == TK_WORD && dx_tok_has_cue(d, j, CUE_NAMED_AFTER))
		{
			int			e = j + 1;

			if (e < s1 && dx_tok_punct(&d->text.toks[e], '.'))
				e++;
			if (e < s1 && d->text.toks[e].type == TK_WORD && (d->text.toks[e].flags & TF_CAP))
			{
				while (e < s1 && e - j < 6 && d->text.toks[e].type == TK_WORD &&
					   (d->text.toks[e].flags & TF_CAP))
				{
					e++;
					/* initials: В. И. Ленина */
					if (e < s1 && dx_tok_punct(&d->text.toks[e], '.') && d->text.toks[e - 1].nchars == 1)
						e++;
				}
				last = e;
			}
			break;
		}
		/* a quoted name after a body's noun in the tail: Высший совет партии «Единая Россия» */
		if (t->type == TK_QUOTE && t->qkind != QK_CLOSE && j > j0 && org_type_at(d, j - 1) >= 0)
		{
			int			c;

			for (c = j + 1; c < s1 && c < j + 8; c++)
				if (d->text.toks[c].type == TK_QUOTE && d->text.toks[c].qkind != QK_OPEN)
					break;
			if (c < s1 && c < j + 8 && c > j + 1 && (d->text.toks[j + 1].flags & TF_CAP))
				last = c + 1;
			break;
		}
		/* a state's adjective before a noun in the genitive: Восточный комитет германской экономики */
		if (k == LK_COUNTRY_ADJ && j + 1 < s1 && genitive_word(t) &&
			d->text.toks[j + 1].type == TK_WORD && !(d->text.toks[j + 1].flags & TF_CAP) &&
			dx_span_kind_at(d, j + 1) == LK_NONE && genitive_word(&d->text.toks[j + 1]) &&
			!dx_adjective_form(&d->text.toks[j + 1]))
		{
			j += 2;
			last = j;
			continue;
		}
		/* an office in the genitive plural is part of a body's name: Палата представителей, Совет директоров */
		if (k == LK_OFFICE && t->type == TK_WORD && !(t->flags & TF_CAP) &&
			dx_gen_plural_ending(t->low))
			k = LK_NONE;
		if (t->type != TK_WORD || (t->flags & TF_CAP) || dx_verb_form(t) || k != LK_NONE || verb_word(d, t) ||
			dx_verb_code(d, j) || (dx_tok_gram(d, j) & PRONOUN_ADJS))
			break;
		if (!prep && t->nchars <= 2)
			break;
		/* "по итогам", "по сути": an adverbial phrase, no field of the body */
		if ((dx_tok_gram(d, j) & GR_P_PO) && j + 1 < s1 && dx_tok_has_cue(d, j + 1, CUE_PO_CLAUSE))
			break;
		/*
		 * Before any preposition a name goes on in the genitive (Комитет
		 * защиты журналистов); "и" joins another genitive (Министерство
		 * промышленности и торговли), not a new subject ("Церковь и
		 * национализм уже давно").
		 */
		if (!seen_prep && !prep && !genitive_word(t))
			break;
		/*
		 * "и" right after the head joins two subjects (Общественный совет и
		 * полпредства); in the field it joins two words of one case (по
		 * патентам и товарным знакам)
		 */
		if (conj && (seen_prep && dx_morph_has_dict(d->lex) ?
					 j + 1 >= s1 || !(field_cases & oblique_cases(d, &d->text.toks[j + 1])) :
					 j == j0 || j + 1 >= s1 || !genitive_word(&d->text.toks[j + 1])))
			break;
		if (prep && !conj)
		{
			seen_prep = 1;
			field_cases = 0;
		}
		else if (seen_prep && !conj)
			field_cases |= oblique_cases(d, t);
		j++;
		if (!prep)
			last = j;
	}
	return last;
}

/*
 * "Суд Пакистана оправдал ...", "Суд Милана приговорил ...": a court of a
 * state or a city first in a sentence, its head and the place in the
 * genitive after it.  Only a court: the corpora do not agree on "Правительство
 * Японии" (a body, or a state after a common noun), and "Центр Москвы" is a
 * part of a city.
 */
static int
place_tail(const dx_doc *d, int head, int a, int t1)
{
	const char *code = dx_entry(d, org_type_at(d, head))->code;

	if (a >= t1 || !genitive_word(&d->text.toks[a]) || code == NULL || strcmp(code, "court") != 0)
		return 0;
	if (place_kind(dx_span_kind_at(d, a)) && d->spans[d->tokspan[a]].t1 == t1)
		return 1;
	return 0;
}

/*
 * A relational adjective (Федеральный, Футбольная, Лондонская): one the
 * dictionary knows, of no qualitative, pronominal or ordinal lexeme.  At the
 * start of a sentence it opens a body's name before a head noun, where
 * "Первая партия", "Новая служба", "Эта комиссия" open a common noun.
 */
static int
relational_adjective(const dx_doc *d, int j)
{
	return adjective_not_of(d, j, DX_G(Qual) | DX_G(Apro) | DX_G(Anum) | DX_G(Supr));
}

/*
 * A capitalised word in [a, b): a name after a description of its bearer
 * (Новостное агентство Reuters, Федеральный суд округа Колумбия)
 */
static int
capital_between(const dx_doc *d, int a, int b)
{
	for (; a < b; a++)
		if (d->text.toks[a].type == TK_WORD && (d->text.toks[a].flags & TF_CAP))
			return 1;
	return 0;
}

/*
 * A state or a body the lexicon names in [a, b): "Пакистанская служба Радио
 * Свобода" is a part of the body named, not a body of the state's adjective
 */
static int
named_between(const dx_doc *d, int a, int b)
{
	for (; a < b; a++)
		if (dx_span_kind_at(d, a) == LK_ORG || dx_span_kind_at(d, a) == LK_COUNTRY)
			return 1;
	return 0;
}

static void
phrase_orgs(dx_doc *d, const org_cands *oc)
{
	int			n = d->text.ntoks;
	int			x,
				i;

	FOR_CANDS(d, oc, OC_PHRASE, x, i)
	{
		const dx_tok *t = &d->text.toks[i];
		int			head = -1,
					he = -1,
					stadj,
					j,
					s1,
					t1;

		/*
		 * a state's adjective inside a sentence, capitalised, opens a body's
		 * name with a complement after its head: Американское бюро по
		 * сельскому хозяйству, Немецкий совет по этике, Российский институт
		 * культурологии
		 */
		stadj = !free_tok(d, i) && dx_span_kind_at(d, i) == LK_COUNTRY_ADJ && !(t->flags & TF_FIRST) &&
			d->spans[d->tokspan[i]].t0 == i && d->spans[d->tokspan[i]].t1 == i + 1 && d->tokperson[i] < 0;
		if ((!free_tok(d, i) && !stadj) || covered_by_org(d, i) || t->type != TK_WORD || !(t->flags & TF_CAP))
			continue;
		/* capitalised adjectives, then the head noun */
		j = i;
		while (j < n && j - i < 6 && (free_tok(d, j) || (j == i && stadj)))
		{
			/* Русская винно-водочная компания: a compound adjective */
			if (!stadj && compound_first(d, j, n) && free_tok(d, j + 2))
				j += 2;
			if (!dx_adjective_form(&d->text.toks[j]) || org_type_at(d, j) >= 0)
				break;
			j++;
		}
		if (j < n && free_tok(d, j) && (he = org_type_at(d, j)) >= 0)
			head = j;
		if (head < 0)
			continue;
		s1 = dx_sentence_end(d, head);
		t1 = tail_end(d, head + 1, s1);
		if (stadj && (head == i || t1 == head + 1 || dx_plural_like(d->text.toks[head].low) ||
					  named_between(d, head + 1, t1)))
			continue;
		/*
		 * a sentence that opens with "Первая партия ...": an adjective, not
		 * a name; but a court and its city are one (Окружной суд Амстердама)
		 */
		if (head > i && (t->flags & TF_FIRST) && !(d->text.toks[head].flags & TF_CAP) &&
			!(place_tail(d, head, head + 1, t1) &&
			  adjective_not_of(d, i, DX_G(Apro) | DX_G(Anum) | DX_G(Supr))) &&
			(!relational_adjective(d, i) || (head - i < 2 && t1 < head + 3) ||
			 dx_plural_like(d->text.toks[head].low) || capital_between(d, head + 1, t1 < s1 ? t1 + 1 : t1)))
			continue;
		if (head == i)
		{
			/* a head alone: only a capitalised one with words after it */
			if ((t->flags & TF_FIRST) && t1 - head < 3 && !place_tail(d, head, head + 1, t1))
				continue;
			if (t1 == head + 1 || (t->flags & TF_ALLCAPS))
				continue;
		}
		{
			int			m = add_org(d, i, t1, phrase_name(d, i, head, he, t1));
			int			j2;

			/* Правительство Монголии, Министерство ... Республики Казахстан: a state's body */
			for (j2 = head + 1; m >= 0 && j2 < t1; j2++)
				if (dx_span_kind_at(d, j2) == LK_COUNTRY && d->ments[m].entity >= 0 &&
					d->ents[d->ments[m].entity].country == NULL)
					d->ents[d->ments[m].entity].country =
						dx_entry(d, d->spans[d->tokspan[j2]].entry)->code;
		}
		i = t1 - 1;
	}
}

/*
 * "комитет ООН против пыток", "совет при президенте по правам человека": a
 * head noun in lower case, the state or body it belongs to (or "при" and the
 * office it is attached to) and its field after "по" or "против" name a body
 * (see tail_end); without the field it is a common noun (комитет ООН).
 */
static void
owned_orgs(dx_doc *d, const org_cands *oc)
{
	const dx_tok *toks = d->text.toks;
	int			x,
				i;

	FOR_CANDS(d, oc, OC_OWNED, x, i)
	{
		int			he = org_type_at(d, i),
					k = dx_span_kind_at(d, i + 1),
					t1,
					j,
					field = 0;

		if (he < 0 || toks[i].type != TK_WORD || (toks[i].flags & TF_CAP) || !free_tok(d, i) ||
			covered_by_org(d, i))
			continue;
		if (!((k == LK_ORG || place_kind(k)) && d->spans[d->tokspan[i + 1]].t0 == i + 1) &&
			!(dx_tok_gram(d, i + 1) & GR_P_PRI))
			continue;
		t1 = tail_end(d, i + 1, dx_sentence_end(d, i));
		for (j = i + 2; j + 1 < t1 && !field; j++)
			field = (dx_tok_gram(d, j) & (GR_P_PO | GR_P_PROTIV)) && !covered_by_org(d, j);
		/* "по борьбе с COVID-19": a field cut short before its complement */
		if (!field || (t1 < d->text.ntoks && (dx_tok_gram(d, t1) & GR_P_S)))
			continue;
		add_org(d, i, t1, phrase_name(d, i, i, he, t1));
		i = t1 - 1;
	}
}

/*
 * "Университет Барселоны", "Университета Южной Калифорнии": a capitalised
 * head noun of a body before capitalised words was read as a person's name
 * (a given name and a surname); the span is the body's.  The person's
 * mention becomes the organisation's, and the person, left with no mention,
 * is not reported.
 */
static void
claim_person_spans(dx_doc *d)
{
	int			k,
				x,
				nm = d->nments,
				nclaimed = 0;
	int			claimed[32];

	for (k = 0; k < nm && !DX_POLL(d, k); k++)
	{
		dx_ment    *m = &d->ments[k];
		int			t0 = m->t0,
					he,
					t1,
					j,
					ent;
		const char *name;

		if (m->kind != DX_PERSON || m->t1 - t0 < 2 || m->entity < 0 ||
			!(d->text.toks[t0].flags & TF_CAP) || (d->text.toks[t0].flags & TF_ALLCAPS) ||
			(he = org_type_at(d, t0)) < 0 || dx_tok_entry_kind(d, t0, LK_GIVEN) >= 0)
			continue;
		for (j = t0; j < m->t1; j++)
			d->tokperson[j] = d->tokname[j] = -1;
		/* the name goes on after the words read as a person's: ... Южной Калифорнии */
		t1 = tail_end(d, t0 + 1, dx_sentence_end(d, t0));
		if (t1 <= m->t1)
			t1 = tail_end(d, m->t1, dx_sentence_end(d, t0));
		name = phrase_name(d, t0, t0, he, t1);
		ent = dx_entity_by_name(d, DX_ORGANIZATION, name);
		if (ent < 0)
			ent = dx_new_entity(d, DX_ORGANIZATION, name);
		if (ent < 0)
			continue;
		d->ents[m->entity].mentions--;
		if (nclaimed < 32)
			claimed[nclaimed++] = m->entity;
		m = &d->ments[k];
		m->t1 = t1;
		m->kind = DX_ORGANIZATION;
		m->form = DX_FORM_NAME;
		m->normal = name;
		m->entity = ent;
		d->ents[ent].mentions++;
		if (d->ents[ent].first_tok < 0 || t0 < d->ents[ent].first_tok)
		{
			d->ents[ent].first_tok = t0;
			d->ents[ent].first_c = d->text.toks[t0].c0;
		}
		for (j = t0; j < t1; j++)
			d->tokorg[j] = 1;
	}
	/* a claimed person left with no name (профессор ... as its descriptor) is no person */
	for (x = 0; x < nclaimed; x++)
	{
		int			named = 0;

		for (k = 0; k < nm && !named; k++)
			named = d->ments[k].entity == claimed[x] && d->ments[k].form == DX_FORM_NAME;
		for (k = 0; k < nm && !named; k++)
			if (d->ments[k].entity == claimed[x])
			{
				d->ments[k].entity = -1;
				d->ents[claimed[x]].mentions--;
			}
	}
}

/*
 * The closing quotation mark of a capitalised name quoted at q (at most seven
 * tokens), -1 if there is none
 */
static int
quoted_name_end(const dx_doc *d, int q)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	int			c;

	if (q + 1 >= n || toks[q].type != TK_QUOTE || toks[q].qkind == QK_CLOSE ||
		!(toks[q + 1].flags & TF_CAP))
		return -1;
	for (c = q + 1; c < n && c < q + 8; c++)
		if (toks[c].type == TK_QUOTE && toks[c].qkind != QK_OPEN)
			break;
	if (c >= n || c >= q + 8 || c == q + 1)
		return -1;
	return c;
}

/*
 * An organisation named by the quoted name [q + 1, c); the entity is named
 * with the abbreviation of its type before it when type >= 0 (РИА Новости)
 */
static void
add_quoted_org(dx_doc *d, int q, int c, int type)
{
	const char *name = dx_tokens_text(d, q + 1, c);
	const char *ename = name;
	int			ent;

	/* a name the lexicon knows keeps its entity */
	if (d->tokspan[q + 1] >= 0 && dx_span_kind_at(d, q + 1) == LK_ORG)
		return;
	if (type >= 0)
	{
		dx_buf		b;

		dx_buf_init(&b, d->a);
		dx_buf_adds(&b, dx_tokens_text(d, type, type + 1));
		dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, name);
		ename = dx_strdup(d->a, dx_buf_str(&b));
	}
	ent = dx_entity_by_name(d, DX_ORGANIZATION, ename);
	if (ent < 0)
		ent = dx_new_entity(d, DX_ORGANIZATION, ename);
	dx_add_mention(d, q + 1, c, DX_ORGANIZATION, DX_FORM_NAME, name, ent);
}

/*
 * After a quoted organisation at c (its closing mark), the next quoted name of
 * a list that goes on with a comma or "и", maybe after an adjective in
 * lower case: компании «Альфа», «Бета» и немецкая «Гамма».  Returns the
 * closing mark of the name added, -1 if the list ends.
 */
static int
quoted_list_next(dx_doc *d, int c)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	int			j = c + 1,
				e;

	if (j >= n)
		return -1;
	if (toks[j].type == TK_PUNCT && toks[j].low[0] == ',' && toks[j].low[1] == '\0')
		j++;
	else if (!(toks[j].type == TK_WORD && (dx_tok_gram(d, j) & GR_AND)))
		return -1;
	else
		j++;
	if (j < n && toks[j].type == TK_WORD && (dx_tok_gram(d, j) & GR_AND) && toks[j - 1].type == TK_PUNCT)
		j++;
	if (j < n && toks[j].type == TK_WORD && !(toks[j].flags & TF_CAP) && (toks[j].shape & TS_ADJ_ENDING) &&
		!dx_tok_gram(d, j))
		j++;
	if (j >= n || toks[j].sent != toks[c].sent || (e = quoted_name_end(d, j)) < 0)
		return -1;
	add_quoted_org(d, j, e, -1);
	return e;
}

/*
 * A Cyrillic abbreviation the lexicon does not know, of a body's type or
 * legal form when a quoted name follows it: РИА «Новости», ГУП «Водоканал»
 */
static int
type_abbr(const dx_doc *d, int i)
{
	const dx_tok *t = &d->text.toks[i];

	return t->type == TK_WORD && (t->flags & TF_ALLCAPS) && (t->flags & TF_CYR) && t->nchars >= 2 &&
		t->nchars <= 8 && dx_span_kind_at(d, i) == LK_NONE && d->tokperson[i] < 0 &&
		!dx_tok_has_cue(d, i, CUE_ABBR_STOP) && !(dx_tok_gram(d, i) & GR_NUM);
}

/* компания «Ростех», НАК «Нафтогаз Украины»: a quoted name after a head noun */
static void
quoted_orgs(dx_doc *d, const org_cands *oc)
{
	int			x,
				i;

	FOR_CANDS(d, oc, OC_QUOTED, x, i)
	{
		int			he = org_type_at(d, i),
					abbr = he < 0 && type_abbr(d, i),
					q,
					c;

		/*
		 * or a player's or coach's word before a club's name: тренер «...»;
		 * or an abbreviation of the body's type: РИА «...», ГУП «...»
		 */
		if ((he < 0 && !(d->text.toks[i].type == TK_WORD && !(d->text.toks[i].flags & TF_CAP) &&
						 dx_tok_has_cue(d, i, CUE_SPORT_ROLE)) && !abbr) ||
			(c = quoted_name_end(d, q = i + 1)) < 0)
			continue;
		add_quoted_org(d, q, c, abbr ? i : -1);
		{
			int			e;

			while ((e = quoted_list_next(d, c)) >= 0)
				c = e;
		}
		i = c;
	}
}

/*
 * A name in quotation marks right after a verb of speech or a word that
 * introduces a source names the source, a news outlet or a body: сообщает
 * «Вечерний вестник», рассказали «Известиям», передает «Интерфакс», со ссылкой
 * на «Радио Север», в интервью «Голосу Америки».  Direct speech after a verb
 * takes a colon; after a verb of naming (назвал «...» проектом) the name is a
 * thing's.  A short name only, with no verb in it.
 */
static void
source_orgs(dx_doc *d, const org_cands *oc)
{
	const dx_tok *toks = d->text.toks;
	int			x,
				i;

	FOR_CANDS(d, oc, OC_SOURCE, x, i)
	{
		const char *vc;
		int			source = 0,
					q,
					c,
					j;

		/* the cheap tests first: a quotation mark right after the word or after a preposition */
		if (toks[i].type != TK_WORD || (toks[i].flags & TF_CAP) ||
			(toks[i + 1].type != TK_QUOTE && toks[i + 2].type != TK_QUOTE))
			continue;
		if (dx_tok_has_cue(d, i, CUE_SOURCE_WORD))
			source = 1;
		else if (!((vc = dx_verb_code(d, i)) && strcmp(vc, "speech") == 0) ||
				 dx_verbal_noun_ending(toks[i].low) || dx_tok_has_cue(d, i, CUE_CALL_VERB))
			continue;
		q = i + 1;
		if (source && toks[q].type == TK_WORD && (dx_tok_gram(d, q) & GR_PREP))
			q++;
		if ((c = quoted_name_end(d, q)) < 0 || c - q - 1 > 4 || toks[c].sent != toks[i].sent)
			continue;
		for (j = q + 1; j < c; j++)
			if (d->tokperson[j] >= 0 || (toks[j].type == TK_WORD && j > q + 1 && verb_word(d, &toks[j])))
				break;
		if (j < c || verb_word(d, &toks[q + 1]))
			continue;
		if (!d->tokorg[q + 1])
			add_quoted_org(d, q, c, -1);
		i = c;
	}
}

static int
latin_word(const dx_tok *t)
{
	return t->type == TK_WORD && (t->flags & TF_LAT) && !(t->flags & TF_CYR);
}

/* a token a Latin-script name may take: free, or a Latin state name inside it (Bank of China) */
static int
latin_free(const dx_doc *d, int j)
{
	return free_tok(d, j) || (dx_span_kind_at(d, j) == LK_COUNTRY && latin_word(&d->text.toks[j]) &&
							  !covered_by_org(d, j));
}

/*
 * "ТМА-7", "STS-124", "HTML5-версия": a model or a standard, not a body; so
 * is a code of two or more letters and three or more digits in one word (a
 * flight, a product, a trial: SU1234, XYZ100)
 */
static int
model_number(const dx_doc *d, int j)
{
	const char *w = d->text.toks[j].low;
	int			letters = 0,
				digits = 0;

	while (*w >= 'a' && *w <= 'z')
		w++, letters++;
	while (*w >= '0' && *w <= '9')
		w++, digits++;
	if (*w == '\0' && letters >= 2 && digits >= 3)
		return 1;
	return j + 2 < d->text.ntoks && d->text.toks[j + 1].type == TK_HYPHEN &&
		d->text.toks[j + 2].type == TK_NUM;
}

static int
roman_numeral(const char *low)
{
	const char *c;

	for (c = low; *c; c++)
		if (!strchr("ivxlcdm", *c))
			return 0;
	return *low != '\0';
}

/*
 * Is token i inside a passage of foreign prose: a stretch with no Cyrillic
 * word in it and at least three Latin words in lower case other than the
 * links of a name (of, and)?  A quoted post in English, a book's German
 * title: the capitalised words in it are no bodies.
 */
static int
in_latin_prose(const dx_doc *d, int i)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				a = i,
				b = i,
				j,
				lower = 0;

	while (a > 0 && !(toks[a - 1].type == TK_WORD && (toks[a - 1].flags & TF_CYR)) && i - a < 60)
		a--;
	while (b < n && !(toks[b].type == TK_WORD && (toks[b].flags & TF_CYR)) && b - i < 60)
		b++;
	for (j = a; j < b && lower < 3; j++)
		if (latin_word(&toks[j]) && !(toks[j].flags & TF_CAP) && toks[j].nchars > 2 &&
			!(dx_tok_gram(d, j) & GR_LATIN_LINK) &&
			!(j > 0 && !(toks[j].flags & TF_SPACE) && toks[j - 1].type != TK_QUOTE &&
			  !dx_tok_punct(&toks[j - 1], '(')))
			lower++;
	return lower >= 3;
}

/*
 * "Nord Stream 2", "Nord Stream 2 AG": a small number after a Latin name of
 * two words or more is part of it, and so are the capitalised Latin words
 * after the number.  Not a date or an amount after a name ("Deutsche Welle
 * 5 марта", "Deutsche Bank 5 млрд", "5,5", "5%").  Returns the end of the
 * name with its number, or j when token j starts none.
 */
static int
numbered_name_end(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				e = j + 1;

	if (j >= n || toks[j].type != TK_NUM || toks[j].nchars > 2 || !(toks[j].flags & TF_SPACE) ||
		(toks[j].flags & TF_NL))
		return j;
	if (e < n && !(toks[e].flags & TF_SPACE) && !(toks[e].flags & TF_NL) &&
		(toks[e].type == TK_NUM || toks[e].type == TK_SYMBOL ||
		 (toks[e].type == TK_PUNCT && (toks[e].low[0] == ',' || toks[e].low[0] == '.') &&
		  e + 1 < n && toks[e + 1].type == TK_NUM && !(toks[e + 1].flags & TF_SPACE))))
		return j;
	if (e < n && toks[e].type == TK_WORD && (toks[e].flags & TF_CYR) &&
		(genitive_word(&toks[e]) || (dx_tok_gram(d, e) & (GR_NUM | GR_SCALE_3 | GR_SCALE_6 |
														 GR_SCALE_9 | GR_SCALE_12))))
		return j;
	while (e < n && e - j < 4 && latin_word(&toks[e]) && (toks[e].flags & TF_CAP) &&
		   !(toks[e].flags & TF_NL) && latin_free(d, e))
		e++;
	return e;
}

/*
 * A known name in Latin letters of two words or more before a number:
 * "Nord Stream 2" is the name with its number (see numbered_name_end).
 */
static void
numbered_orgs(dx_doc *d)
{
	int			k,
				j;

	for (k = 0; k < d->nments; k++)
	{
		dx_ment    *m = &d->ments[k];
		int			e;

		if (m->kind != DX_ORGANIZATION || m->form != DX_FORM_NAME || m->t1 - m->t0 < 2 ||
			!latin_word(&d->text.toks[m->t1 - 1]) || !latin_word(&d->text.toks[m->t0]))
			continue;
		e = numbered_name_end(d, m->t1);
		if (e <= m->t1)
			continue;
		for (j = m->t1; j < e; j++)
			d->tokorg[j] = 1;
		m->normal = dx_tokens_text(d, m->t0, e);
		m->t1 = e;
	}
}

static void
latin_orgs(dx_doc *d, const org_cands *oc)
{
	int			n = d->text.ntoks;
	int			x,
				i;

	if (oc->cyr < oc->lat * 3)
		return;					/* not a Russian text with Latin names in it */
	FOR_CANDS(d, oc, OC_LATIN, x, i)
	{
		const dx_tok *t = &d->text.toks[i];
		int			j,
					stop = 0,
					last;

		if (!latin_word(t) || !(t->flags & TF_CAP) || !free_tok(d, i) || model_number(d, i))
			continue;
		/* "Nord Stream 2 AG": the words after a known name's number are in it already */
		if (i > 0 && covered_by_org(d, i) && d->text.toks[i - 1].type == TK_NUM && covered_by_org(d, i - 1))
			continue;
		/* pravo.gov.ru/Document/View, watch?v=T0nW: a part of a web address */
		if (i > 0 && !(t->flags & TF_SPACE) && (d->text.toks[i - 1].type == TK_PUNCT ||
												d->text.toks[i - 1].type == TK_SYMBOL) &&
			d->text.toks[i - 1].b1 - d->text.toks[i - 1].b0 == 1 && strchr("/=?&#", d->text.toks[i - 1].low[0]))
			continue;
		last = i + 1;
		j = i + 1;
		while (j < n && j - i < 8)
		{
			const dx_tok *u = &d->text.toks[j];

			if (latin_word(u) && (u->flags & TF_CAP) && latin_free(d, j) && !(u->flags & TF_NL))
				last = ++j;
			else if (latin_word(u) && j > i && d->text.toks[j - 1].type == TK_PUNCT &&
					 !(u->flags & TF_SPACE))
				last = ++j;		/* NEWSru.com, Lenta.ru: a domain */
			else if (latin_word(u) && (dx_tok_gram(d, j) & GR_LATIN_LINK))
				j++;
			else if ((u->type == TK_PUNCT && u->low[0] == '.' && !(u->flags & TF_SPACE) &&
					  j + 1 < n && latin_word(&d->text.toks[j + 1]) &&
					  !(d->text.toks[j + 1].flags & TF_SPACE)) ||
					 (u->type == TK_HYPHEN) ||
					 (u->type == TK_SYMBOL && u->low[0] == '&'))
				j++;
			else
				break;
			if (j > last && j < n && !latin_word(&d->text.toks[j]) && d->text.toks[j].type != TK_NUM &&
				d->text.toks[j].type != TK_PUNCT && d->text.toks[j].type != TK_HYPHEN)
				break;
		}
		if (last - i >= 2 && numbered_name_end(d, last) > last)
			last = numbered_name_end(d, last);
		/* terms in Latin letters that are not organisations: covid, www */
		if (dx_tok_has_cue(d, i, CUE_LATIN_STOP) || in_latin_prose(d, i))
			stop = 1;
		/* "8,2 G": a unit after a number; "VII съезд": a Roman numeral */
		if (last == i + 1 && (t->nchars == 1 || roman_numeral(t->low)))
			stop = 1;
		/*
		 * A Latin name in brackets spells what precedes it: a body only
		 * after a body ("Комитет защиты журналистов (КЗЖ) (Committee to
		 * Protect Journalists)"), else a thing («Шахматный турнир Корус»
		 * (Corus Chess Tournament)).
		 */
		if (i >= 2 && dx_tok_punct(&d->text.toks[i - 1], '(') && !d->tokorg[i - 2] &&
			!(i >= 3 && dx_tok_punct(&d->text.toks[i - 2], ')') && d->tokorg[i - 3]))
			stop = 1;
		/* "конкурс The Best of Blogs", "автомобили ЗАЗ Forza": the name of a thing */
		if (i > 0 && d->text.toks[i - 1].type == TK_WORD && !(d->text.toks[i - 1].flags & TF_CAP) &&
			dx_tok_has_cue(d, i - 1, CUE_LATIN_THING))
			stop = 1;
		/* "PR-компания", "HTML5-версия": part of a Russian word */
		if (last < n && d->text.toks[last].type == TK_HYPHEN && last + 1 < n &&
			!(d->text.toks[last + 1].flags & (TF_SPACE | TF_CAP)) && (d->text.toks[last + 1].flags & TF_CYR))
			stop = 1;
		/* "Джоэл Саймон (Joel Simon)", "Раскассэ (La Rascasse)": the Latin spelling of what precedes */
		if (i >= 2 && dx_tok_punct(&d->text.toks[i - 1], '(') &&
			(d->tokperson[i - 2] >= 0 || dx_span_kind_at(d, i - 2) == LK_CITY ||
			 dx_span_kind_at(d, i - 2) == LK_REGION || dx_span_kind_at(d, i - 2) == LK_COUNTRY))
		{
			stop = 1;
			if (d->tokname[i - 2] >= 0 && last < n && dx_tok_punct(&d->text.toks[last], ')'))
				dx_add_mention(d, i, last, DX_PERSON, DX_FORM_NAME, dx_tokens_text(d, i, last),
							   d->tokname[i - 2]);
		}
		if (!stop)
			add_org(d, i, last, dx_tokens_text(d, i, last));
		i = last - 1;
	}
}

/*
 * Does the quoted name [q + 1, c) end in a legal form (legal_form): АГ,
 * Ltd., Б.В.?  Single letters with dots between them are looked up without
 * the dots (бв).
 */
static int
legal_form_end(const dx_doc *d, int q, int c)
{
	const dx_tok *toks = d->text.toks;
	int			j = c - 1;

	if (j > q + 1 && dx_tok_punct(&toks[j], '.') && !(toks[j].flags & TF_SPACE))
		j--;
	if (j <= q + 1 || toks[j].type != TK_WORD || !(toks[j].flags & TF_CAP))
		return 0;
	if (toks[j].nchars > 1)
		return dx_tok_has_cue(d, j, CUE_LEGAL_FORM);
	if (j - 2 > q && dx_tok_punct(&toks[j - 1], '.') && !(toks[j - 1].flags & TF_SPACE) &&
		!(toks[j].flags & TF_SPACE) && toks[j - 2].type == TK_WORD && toks[j - 2].nchars == 1 &&
		strlen(toks[j - 2].low) + strlen(toks[j].low) < 16)
	{
		char		buf[16];

		strcpy(buf, toks[j - 2].low);
		strcat(buf, toks[j].low);
		return dx_str_has_cue(d->lex, buf, CUE_LEGAL_FORM);
	}
	return 0;
}

/*
 * "Альфа Трейдинг энд Финанс Б.В.", «Бета Холдинг Австрия АГ»: a name in
 * quotation marks that ends in a company's legal form is the company's,
 * whatever word precedes it, and all of it: the words inside (a firm the
 * lexicon knows, a state) are parts of the name, not mentions of their own.
 */
static void
legal_form_orgs(dx_doc *d, const org_cands *oc)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	int			x,
				i;

	FOR_CANDS(d, oc, OC_LEGAL, x, i)
	{
		int			c,
					k,
					j,
					out = 0;

		/* marks glued to the name: "Северного потока" Nord ... closes, it opens nothing */
		if (toks[i].type != TK_QUOTE || toks[i].qkind == QK_CLOSE || (toks[i + 1].flags & TF_SPACE) ||
			toks[i + 1].type != TK_WORD || !(toks[i + 1].flags & TF_CAP))
			continue;
		/* capitalised words, and short link words (энд, of) between them */
		for (c = i + 2; c < n && c < i + 16; c++)
			if (toks[c].type == TK_QUOTE || (toks[c].flags & TF_NL) ||
				(toks[c].type == TK_WORD && !(toks[c].flags & TF_CAP) && toks[c].nchars > 3))
				break;
		if (c >= n || toks[c].type != TK_QUOTE || toks[c].qkind == QK_OPEN || (toks[c].flags & TF_SPACE) ||
			!legal_form_end(d, i, c))
			continue;
		/* the mentions inside give way to the company's */
		for (k = 0; k < d->nments; k++)
		{
			const dx_ment *m = &d->ments[k];

			if (m->t0 > i && m->t1 <= c)
			{
				if (m->entity >= 0)
					d->ents[m->entity].mentions--;
				continue;
			}
			d->ments[out++] = *m;
		}
		d->nments = out;
		for (j = i + 1; j < c; j++)
			d->tokperson[j] = d->tokname[j] = -1;
		if (add_org(d, i + 1, c, dx_tokens_text(d, i + 1, c)) >= 0)
			for (j = i + 1; j < c; j++)
				d->tokorg[j] = 1;
		i = c;
	}
}

/* a Cyrillic abbreviation the lexicon does not know: ФИДЕ, ГРУ */
static void
abbr_orgs(dx_doc *d, const org_cands *oc)
{
	int			x,
				i;

	FOR_CANDS(d, oc, OC_ABBR, x, i)
	{
		const dx_tok *t = &d->text.toks[i];

		if (t->type != TK_WORD || !(t->flags & TF_ALLCAPS) || !(t->flags & TF_CYR) ||
			t->nchars < 3 || t->nchars > 8 || !free_tok(d, i) || model_number(d, i))
			continue;
		/* a headline in capitals is not an abbreviation */
		if ((i > 0 && (d->text.toks[i - 1].flags & TF_ALLCAPS) && d->text.toks[i - 1].nchars > 2) ||
			(i + 1 < d->text.ntoks && (d->text.toks[i + 1].flags & TF_ALLCAPS) &&
			 d->text.toks[i + 1].nchars > 2))
			continue;
		/* the type of the body named in quotation marks after it: РИА «Новости» */
		if (i + 2 < d->text.ntoks && d->text.toks[i + 1].type == TK_QUOTE && d->tokorg[i + 2])
			continue;
		/* the kind of the body named in Latin letters after it: НПО Amnesty International */
		if (dx_tok_has_cue(d, i, CUE_BODY_ABBR) && i + 1 < d->text.ntoks && d->text.toks[i + 1].type == TK_WORD &&
			(d->text.toks[i + 1].flags & TF_LAT) && !(d->text.toks[i + 1].flags & TF_CYR) &&
			(d->text.toks[i + 1].flags & TF_CAP))
			continue;
		/* abbreviations that name things, not organisations: СМИ, ВВП */
		if (!dx_tok_has_cue(d, i, CUE_ABBR_STOP) && !(dx_tok_gram(d, i) & GR_NUM))
			add_org(d, i, i + 1, dx_tokens_text(d, i, i + 1));
	}
}

/*
 * Росприроднадзор, Роспотребнадзор, Росстат, Мосгордума, Мособлдума: one
 * word built on "Рос", "Мосгор" or "Мособл", the way Russian federal and
 * Moscow bodies are named.  Not a name of a person (Ростислав, Ростовцев)
 * or a known place (Ростов).  The persons' pass asks it too: such a word
 * is the body an office is of, no word of its holder's name ("с главой
 * Росстата Аркадием Фоминым").
 */
int
dx_body_compound(const dx_doc *d, int i)
{
	const dx_tok *t = &d->text.toks[i];

	return t->type == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_ALLCAPS) &&
		(t->flags & TF_CYR) && t->nchars >= 7 &&
		dx_tok_has_cue(d, i, CUE_BODY_PREFIX) &&
		!dx_tok_has_cue(d, i, CUE_ROS_WORD) &&
		!dx_person_name_ending(t->low) && dx_tok_entry_kind(d, i, LK_GIVEN) < 0 &&
		!(i + 1 < d->text.ntoks && d->text.toks[i + 1].type == TK_HYPHEN);
}

/*
 * "Глава Центризбиркома Фомин", "с главой Совбеза Аркадием Фоминым": a
 * capitalised word built like a body's name (dx_body_compound), or one the
 * dictionary knows, and only as an organisation's name, names a body, no
 * person: before a name after an office, the body the office is of.
 */
int
dx_body_word(const dx_doc *d, int i)
{
	const dx_tok *t = &d->text.toks[i];
	dx_ocparse	p[16];
	int			n,
				k;

	if (dx_body_compound(d, i))
		return 1;
	if (t->type != TK_WORD || !(t->flags & TF_CAP) || !(t->flags & TF_CYR) || (t->flags & TF_ALLCAPS) ||
		(n = dx_morph_lookup(d->lex, d->text.src + t->b0, (size_t) (t->b1 - t->b0), p, 16)) <= 0)
		return 0;
	for (k = 0; k < n; k++)
		if (!(p[k].gram & DX_G(Orgn)) || (p[k].gram & (DX_G_NAMES & ~DX_G(Orgn))))
			return 0;
	return 1;
}

/* the nominative the dictionary gives a word it knows as a noun at token i, NULL if none */
static char *
compound_dictionary_nominative(dx_doc *d, int i)
{
	const dx_tok *t = &d->text.toks[i];
	const char *surf = d->text.src + t->b0;
	size_t		len = (size_t) (t->b1 - t->b0);
	dx_ocparse	p[4];
	char		buf[256];

	if (dx_morph_lookup(d->lex, surf, len, p, 4) <= 0 || !(p[0].gram & DX_G(NOUN)) ||
		dx_morph_nominative(d->lex, surf, len, DX_G(NOUN) | DX_G(sing), buf, sizeof(buf)) <= 0)
		return NULL;
	return dx_strdup(d->a, buf);
}

static void
compound_orgs(dx_doc *d, const org_cands *oc)
{
	int			x,
				i;

	FOR_CANDS(d, oc, OC_COMPOUND, x, i)
	{
		const dx_tok *t = &d->text.toks[i];
		char	   *nom;

		if (!dx_body_compound(d, i) || !free_tok(d, i) || d->tokquoted[i])
			continue;
		/*
		 * the nominative: the dictionary's, when it knows the word
		 * (Мосгорсуда -> Мосгорсуд); else by the ending: Росприроднадзора ->
		 * Росприроднадзор, Мосгордумы -> Мосгордума
		 */
		nom = compound_dictionary_nominative(d, i);
		if (nom == NULL)
			nom = dx_compound_nominative(d->a, dx_tokens_text(d, i, i + 1), t->low);
		add_org(d, i, i + 1, nom);
	}
}

/*
 * "лидер партии Мутахидда Маджлис-э-Амал Фазлур Рехман": the body's own
 * name, unquoted, that the offices read between the body's noun and its
 * head's name (tokbody) is an organisation's name as written.
 */
static void
body_name_orgs(dx_doc *d)
{
	int			n = d->text.ntoks,
				i = 0;

	if (d->tokbody == NULL)
		return;
	while (i < n && !DX_POLL(d, i))
	{
		int			e = i,
					free = 1;

		if (!d->tokbody[i])
		{
			i++;
			continue;
		}
		while (e < n && d->tokbody[e])
		{
			if (covered_by_org(d, e) || d->tokperson[e] >= 0)
				free = 0;
			e++;
		}
		if (free)
			add_org(d, i, e, dx_tokens_text(d, i, e));
		i = e;
	}
}

/*
 * "инновационном центре Сколково", "оператора Билайн", "авиакомпания
 * Аэрофлот": a generic head in lower case before one capitalised word of
 * its own, with no quotation marks; the name is that word.
 */
static void
head_name_orgs(dx_doc *d, const org_cands *oc)
{
	int			x,
				i;
	int			n = d->text.ntoks;

	FOR_CANDS(d, oc, OC_HEAD, x, i)
	{
		const dx_tok *h = &d->text.toks[i - 1];
		const dx_tok *t = &d->text.toks[i];

		/* cheap tests first: a capitalised Cyrillic word after a lower-case one */
		if (t->type != TK_WORD || !(t->flags & TF_CAP) || !(t->flags & TF_CYR) ||
			(t->flags & TF_ALLCAPS) || t->nchars < 4 || h->type != TK_WORD || (h->flags & TF_CAP) ||
			!dx_tok_has_cue(d, i - 1, CUE_COMPANY_HEAD) || org_type_at(d, i - 1) < 0 || !free_tok(d, i) ||
			d->tokquoted[i] || d->tokperson[i] >= 0 || dx_tok_entry_kind(d, i, LK_GIVEN) >= 0 ||
			dx_adjective_form(t) || dx_surname_oblique(t->low) || (t->flags & TF_FIRST) ||
			t->sent != h->sent || dx_verb_or_plural_ending(t->low))
			continue;			/* "центром Чумакова": named after a person */
		{
			int			e = i + 1,
						linked = 0;

			/*
			 * "МакЛарен-Мерседес": a compound joined by a hyphen, maybe by a
			 * short particle in lower case too (Техрик-э-Лабаик)
			 */
			for (;;)
			{
				const dx_tok *tk = d->text.toks;

				if (e + 1 < n && tk[e].type == TK_HYPHEN && !(tk[e].flags & TF_SPACE) &&
					!(tk[e + 1].flags & TF_SPACE) && (tk[e + 1].flags & TF_CAP))
					e += 2;
				else if (e + 3 < n && tk[e].type == TK_HYPHEN && !(tk[e].flags & TF_SPACE) &&
						 tk[e + 1].type == TK_WORD && !(tk[e + 1].flags & (TF_CAP | TF_SPACE)) &&
						 tk[e + 1].nchars <= 3 && tk[e + 2].type == TK_HYPHEN &&
						 !(tk[e + 2].flags & TF_SPACE) && !(tk[e + 3].flags & TF_SPACE) &&
						 (tk[e + 3].flags & TF_CAP))
				{
					e += 4;
					linked = 1;
				}
				else
					break;
			}
			/* such a name may end in its state's name: Техрик-э-Лабаик Пакистан */
			if (linked && e < n && (d->text.toks[e].flags & TF_CAP) && dx_span_kind_at(d, e) == LK_COUNTRY &&
				d->tokspan[e] >= 0 && !dx_genitive_form(&d->text.toks[d->spans[d->tokspan[e]].t1 - 1]))
				e = d->spans[d->tokspan[e]].t1;
			/*
			 * one word only: a name of two words is a person's ("центра
			 * Джонсона"); a linked name may stand before a person's
			 */
			if (e < n && ((d->text.toks[e].type == TK_WORD && (d->text.toks[e].flags & TF_CAP) &&
						   !(linked && d->tokperson[e] >= 0)) ||
						  (d->text.toks[e].type == TK_HYPHEN && !(d->text.toks[e].flags & TF_SPACE))))
				continue;
			add_org(d, i, e, dx_tokens_text(d, i, e));
			i = e - 1;
		}
	}
}

/* mention m goes to entity ent: its old entity loses it */
static void
move_mention(dx_doc *d, dx_ment *m, int ent)
{
	if (m->entity >= 0)
		d->ents[m->entity].mentions--;
	m->entity = ent;
	d->ents[ent].mentions++;
	if (d->ents[ent].first_tok < 0 || m->t0 < d->ents[ent].first_tok)
	{
		d->ents[ent].first_tok = m->t0;
		d->ents[ent].first_c = d->text.toks[m->t0].c0;
	}
}

/*
 * Mention m now covers [m->t0, t1) and names the organisation called name:
 * its old entity loses it (an entity left with none is not reported).
 */
static void
retarget_mention(dx_doc *d, dx_ment *m, int t1, const char *name)
{
	int			ent = dx_entity_by_name(d, DX_ORGANIZATION, name),
				j;

	if (ent < 0)
		ent = dx_new_entity(d, DX_ORGANIZATION, name);
	if (ent < 0)
		return;
	if (m->entity >= 0 && d->ents[ent].country == NULL)
		d->ents[ent].country = d->ents[m->entity].country;
	m->t1 = t1;
	m->normal = name;
	move_mention(d, m, ent);
	for (j = m->t0; j < t1; j++)
		d->tokorg[j] = 1;
}

/* a word the dictionary reads as a genitive in one of its analyses: дел */
static int
dict_genitive(const dx_doc *d, const dx_tok *t)
{
	dx_ocparse	p[8];
	int			np,
				i;

	if (!dx_morph_has_dict(d->lex) || t->type != TK_WORD)
		return 0;
	np = dx_morph_analyse(d->lex, t->low, strlen(t->low), p, 8);
	for (i = 0; i < np; i++)
		if (p[i].gram & DX_G(gent))
			return 1;
	return 0;
}

/* a lemma of the cue class geo_noun: the callback of dx_noun_case_split */
static int
geo_noun_lemma(const char *word, void *arg)
{
	return dx_str_has_cue((const dx_lexicon *) arg, word, CUE_GEO_NOUN);
}

/* the end of the place named from token j on (a state, a city, a region), -1 */
static int
place_end(const dx_doc *d, int j)
{
	if (place_kind(dx_span_kind_at(d, j)))
		return d->spans[d->tokspan[j]].t0 == j ? d->spans[d->tokspan[j]].t1 : -1;
	if (d->tokplace[j] && (j == 0 || !d->tokplace[j - 1]))
	{
		while (j < d->text.ntoks && d->tokplace[j])
			j++;
		return j;
	}
	return -1;
}

/*
 * "Министерство здравоохранения и образования Испании", "Министерство
 * иностранных дел и международного сотрудничества": a body the lexicon
 * names by a head noun and its complement in the genitive goes on past
 * "и" and another complement in the genitive (a ministry of two
 * portfolios), and to a state after them.
 */
static void
joined_complement_orgs(dx_doc *d)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	int			k;

	for (k = 0; k < d->nments && !DX_POLL(d, k); k++)
	{
		dx_ment    *m = &d->ments[k];
		int			a = m->t1,
					t1,
					j;
		const char *country = NULL;
		dx_buf		b;

		const char *e1,
				   *e2,
				   *e3;

		if (m->kind != DX_ORGANIZATION || m->form != DX_FORM_NAME || m->t1 - m->t0 < 2 || a + 2 >= n ||
			dx_span_kind_at(d, a - 1) != LK_ORG_HEAD || toks[a - 1].type != TK_WORD ||
			(toks[a - 1].flags & TF_CAP) || toks[a].type != TK_WORD || (toks[a].flags & TF_CAP) ||
			(toks[a + 1].flags & TF_NL))
			continue;
		/* Верховный суд штата Нью-Йорк: the court of a state's part, named by a place noun */
		if (dx_span_kind_at(d, a) == LK_NONE && !d->tokplace[a] &&
			(t1 = place_end(d, a + 1)) > 0 &&
			dx_noun_case_split(toks[a].low, geo_noun_lemma, (void *) d->lex, &e1, &e2, &e3) &&
			strcmp(e1, e2) != 0)
			;
		else if (!(genitive_word(&toks[a - 1]) || dict_genitive(d, &toks[a - 1])) ||
				 !(dx_tok_gram(d, a) & GR_AND) || toks[a + 1].type != TK_WORD ||
				 (toks[a + 1].flags & TF_CAP) || dx_span_kind_at(d, a + 1) != LK_NONE ||
				 !genitive_word(&toks[a + 1]) ||
				 (t1 = tail_end(d, a + 1, dx_sentence_end(d, a))) <= a + 1)
			continue;
		for (j = a + 1; j < t1; j++)
			if (dx_span_kind_at(d, j) == LK_COUNTRY)
				country = dx_entry(d, d->spans[d->tokspan[j]].entry)->code;
		dx_buf_init(&b, d->a);
		dx_buf_adds(&b, m->normal);
		dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, dx_tokens_text(d, a, t1));
		retarget_mention(d, m, t1, dx_strdup(d->a, dx_buf_str(&b)));
		if (country != NULL && m->entity >= 0 && d->ents[m->entity].country == NULL)
			d->ents[m->entity].country = country;
	}
}

/*
 * Лента.ру, Корреспондент.net, INTERFAX.RU: a news site named by its
 * domain, as written.  The domain is a word of the class domain or a short
 * Latin word (a top-level domain) after a dot, nothing between them.  A
 * body the lexicon knows (INTERFAX for Интерфакс) gives its mention to the
 * site's name: the site is what the text names.
 */
static int
top_level_domain(const dx_doc *d, int j)
{
	const dx_tok *t = &d->text.toks[j];

	if (t->type != TK_WORD || (t->flags & TF_SPACE))
		return 0;
	if (j + 2 < d->text.ntoks && !(d->text.toks[j + 1].flags & TF_SPACE) &&
		(dx_tok_punct(&d->text.toks[j + 1], '.') || dx_tok_punct(&d->text.toks[j + 1], '/')) &&
		!(d->text.toks[j + 2].flags & TF_SPACE) && d->text.toks[j + 2].type == TK_WORD)
		return 0;				/* newtimes.ru/articles: an address, not a name */
	if (dx_tok_has_cue(d, j, CUE_DOMAIN))
		return 1;
	return (t->flags & TF_LAT) && !(t->flags & TF_CYR) && t->nchars >= 2 && t->nchars <= 3;
}

static void
domain_orgs(dx_doc *d, const org_cands *oc)
{
	int			x,
				i;

	FOR_CANDS(d, oc, OC_DOMAIN, x, i)
	{
		const dx_tok *t = &d->text.toks[i];
		const char *name;
		int			k,
					found = 0;

		if (t->type != TK_WORD || !(t->flags & TF_CAP) || t->nchars < 2 ||
			!dx_tok_punct(&d->text.toks[i + 1], '.') || (d->text.toks[i + 1].flags & TF_SPACE) ||
			!top_level_domain(d, i + 2) || d->tokperson[i] >= 0)
			continue;
		/* pravo.gov.ru: a word glued to a dot before it is inside an address */
		if (i > 0 && !(t->flags & TF_SPACE) && dx_tok_punct(&d->text.toks[i - 1], '.'))
			continue;
		name = dx_tokens_text(d, i, i + 3);
		/* a word glued to its domain names the site, even an office word (Обозреватель.net) */
		if (free_tok(d, i) || (d->tokperson[i] < 0 && dx_span_kind_at(d, i) == LK_OFFICE))
		{
			add_org(d, i, i + 3, name);
			i += 2;
			continue;
		}
		/* a body the lexicon knows by the word: its one-word mention becomes the site's */
		for (k = 0; k < d->nments; k++)
			if (d->ments[k].kind == DX_ORGANIZATION && d->ments[k].t0 == i && d->ments[k].t1 == i + 1)
			{
				retarget_mention(d, &d->ments[k], i + 3, name);
				found = 1;
			}
		if (found)
			i += 2;
	}
}

/*
 * "Посольство РФ в Лондоне", "посольства Великобритании в Москве": a
 * diplomatic mission's name goes on with the place it is in.  The head is an
 * organisation type of the category diplomatic.
 */
static void
mission_places(dx_doc *d)
{
	int			n = d->text.ntoks,
				nm = d->nments,
				k;

	for (k = 0; k < nm && !DX_POLL(d, k); k++)
	{
		dx_ment    *m = &d->ments[k];
		int			ot = org_type_at(d, m->t0),
					t1 = m->t1;
		const dx_span *ps;
		const char *name;
		dx_buf		b;

		if (m->kind != DX_ORGANIZATION || m->form != DX_FORM_NAME || ot < 0 || m->entity < 0 ||
			!dx_entry(d, ot)->code || strcmp(dx_entry(d, ot)->code, "diplomatic") != 0 ||
			t1 + 1 >= n || d->text.toks[t1].sent != d->text.toks[m->t0].sent ||
			!(dx_tok_gram(d, t1) & GR_P_V) || d->tokspan[t1 + 1] < 0)
			continue;
		ps = &d->spans[d->tokspan[t1 + 1]];
		if (ps->t0 != t1 + 1 || !place_kind(ps->kind))
			continue;
		dx_buf_init(&b, d->a);
		dx_buf_adds(&b, d->ents[m->entity].name);
		dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, dx_tokens_text(d, t1, ps->t1));
		name = dx_strdup(d->a, dx_buf_str(&b));
		retarget_mention(d, m, ps->t1, name);
	}
}

/*
 * "Кафедра экономики Университета Барселоны", "Департамент Африки МИД
 * России", "Палата депутатов Национального конгресса": a body on a generic
 * head followed by the body it belongs to, in the genitive, is a division
 * of that body, and its name goes on with the other's.  The body it belongs
 * to keeps its own mention.
 */
static void
division_orgs(dx_doc *d)
{
	int			nm = d->nments,
				n = d->text.ntoks,
				k;
	int		   *starts;			/* per token: the first named body starting there, -1 */

	if (nm == 0 || n == 0)
		return;
	starts = dx_alloc_raw(d->a, sizeof(int) * (size_t) n);
	if (starts == NULL)
		return;
	for (k = 0; k < n; k++)
		starts[k] = -1;
	for (k = nm - 1; k >= 0; k--)
		if (d->ments[k].kind == DX_ORGANIZATION && d->ments[k].form == DX_FORM_NAME)
			starts[d->ments[k].t0] = k;
	for (k = 0; k < nm && !DX_POLL(d, k); k++)
	{
		dx_ment    *m = &d->ments[k];
		const dx_ment *p = NULL;
		const dx_tok *pt;
		int			j,
					head = 0;
		dx_buf		b;

		if (m->kind != DX_ORGANIZATION || m->form != DX_FORM_NAME || m->entity < 0 ||
			m->t1 >= d->text.ntoks || (d->text.toks[m->t1].flags & TF_NL))
			continue;
		for (j = m->t0; j < m->t1; j++)
		{
			if (org_type_at(d, j) >= 0)
				head = 1;
			/* "Ассамблея организации по рекомендации Совета": a clause, not a division */
			if (dx_tok_gram(d, j) & (ORG_TAIL_PREPS | GR_P_V))
				head = -1;
		}
		if (head != 1)
			continue;
		if (starts[m->t1] < 0 || starts[m->t1] == k)
			continue;
		p = &d->ments[starts[m->t1]];
		pt = &d->text.toks[p->t0];
		if (pt->type != TK_WORD || !(pt->flags & TF_CAP) ||
			!((pt->flags & TF_ALLCAPS) || dx_genitive_form(pt)))
			continue;
		dx_buf_init(&b, d->a);
		dx_buf_adds(&b, d->ents[m->entity].name);
		dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, dx_tokens_text(d, p->t0, p->t1));
		retarget_mention(d, m, p->t1, dx_strdup(d->a, dx_buf_str(&b)));
	}
}

/*
 * Mentions that name no body are dropped (an entity left with none is not
 * reported): «Спутник V», «Союз 2», a body's name with a version after it,
 * is the name of a product (a vaccine, a rocket); "британский парламент" is
 * a description.
 */
static void
drop_non_names(dx_doc *d)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	int			k,
				out = 0;

	for (k = 0; k < d->nments; k++)
	{
		const dx_ment *m = &d->ments[k];
		int			t1 = m->t1;
		int			letter = t1 < n && toks[t1].type == TK_WORD && (toks[t1].flags & TF_LAT) &&
			(toks[t1].flags & TF_CAP) && toks[t1].nchars == 1 && (toks[t1].flags & TF_SPACE);
		int			number = t1 + 1 < n && toks[t1].type == TK_NUM && (toks[t1].flags & TF_SPACE) &&
			toks[t1 + 1].type == TK_QUOTE && toks[t1 + 1].qkind != QK_OPEN &&
			m->t0 > 0 && toks[m->t0 - 1].type == TK_QUOTE && toks[m->t0 - 1].qkind != QK_CLOSE;

		/*
		 * "британский парламент", "американское посольство": a state's
		 * adjective and a body's noun in lower case describe the body, they
		 * do not name it (японский МИД, an abbreviation, does)
		 */
		int			described = m->t1 == m->t0 + 2 && dx_span_kind_at(d, m->t0) == LK_COUNTRY_ADJ &&
			!(toks[m->t0].flags & TF_CAP) && toks[m->t0 + 1].type == TK_WORD &&
			!(toks[m->t0 + 1].flags & TF_CAP);

		if (m->kind == DX_ORGANIZATION && m->form == DX_FORM_NAME &&
			(described || ((letter || number) &&
						   !(t1 + 1 < n && toks[t1 + 1].type == TK_WORD && (toks[t1 + 1].flags & TF_CAP)))))
		{
			if (m->entity >= 0)
				d->ents[m->entity].mentions--;
			continue;
		}
		d->ments[out++] = *m;
	}
	d->nments = out;
}

/* the first letter of s is a capital */
static int
upper_initial(const char *s)
{
	size_t		k = 0;
	int32_t		c = dx_utf8_next(s, strlen(s), &k);

	return c > 0 && (u_isupper(c) || u_istitle(c));
}

typedef struct named_ent
{
	const char *name;
	int			id;
} named_ent;

static int
by_entity_name(const void *a, const void *b)
{
	const named_ent *ea = a;
	const named_ent *eb = b;
	int			c = strcmp(ea->name, eb->name);

	return c ? c : ea->id - eb->id;
}

/*
 * One body named short and long in a story is one organisation: "Совет
 * безопасности" and "Совет безопасности России", "Национальный конгресс" and
 * "Национальный конгресс Бразилии".  A name whose longer forms (its words and
 * a capitalised addition) make one chain takes the longest of them; a name
 * that goes on in two ways (МИД: МИД Литвы, МИД России) is left alone.
 */
static void
merge_short_names(dx_doc *d)
{
	named_ent  *ids;
	int		   *to,
				n = 0,
				i,
				k;

	for (i = 0; i < d->nents; i++)
		if (d->ents[i].kind == DX_ORGANIZATION && d->ents[i].mentions > 0)
			n++;
	if (n < 2)
		return;
	ids = dx_alloc(d->a, sizeof(named_ent) * n);
	to = dx_alloc(d->a, sizeof(int) * d->nents);
	if (ids == NULL || to == NULL)
		return;
	n = 0;
	for (i = 0; i < d->nents; i++)
	{
		to[i] = -1;
		if (d->ents[i].kind == DX_ORGANIZATION && d->ents[i].mentions > 0)
		{
			ids[n].name = d->ents[i].name;
			ids[n++].id = i;
		}
	}
	/* "X" sorts right before every "X ...": a space is below any letter */
	qsort(ids, n, sizeof(named_ent), by_entity_name);
	for (i = 0; i < n && !DX_POLL(d, i); i++)
	{
		const char *a = ids[i].name;
		size_t		la = strlen(a);
		int			longest = -1,
					chain = 1,
					j;

		for (j = i + 1; j < n && j - i <= 16; j++)
		{
			const char *b = ids[j].name;

			if (strncmp(a, b, la) != 0 || b[la] != ' ')
				break;
			/* the addition is a name: России, ООН, Biotech */
			if (!upper_initial(b + la + 1))
			{
				chain = 0;
				break;
			}
			if (longest < 0)
				longest = ids[j].id;
			else
			{
				const char *l = d->ents[longest].name;
				size_t		ll = strlen(l);

				if (strncmp(b, l, ll) == 0 && b[ll] == ' ')
					longest = ids[j].id;
				else
				{
					chain = 0;
					break;
				}
			}
		}
		if (j - i > 16)
			chain = 0;
		if (chain && longest >= 0)
			to[ids[i].id] = longest;
	}
	for (k = 0; k < d->nments; k++)
	{
		dx_ment    *m = &d->ments[k];
		int			a;

		if (m->entity < 0 || (a = to[m->entity]) < 0)
			continue;
		dx_add_alias(d, &d->ents[a], d->ents[m->entity].name);
		move_mention(d, m, a);
	}
}

/* does token t hold word w of entry e, written in the case the lexicon writes it? */
static int
tok_holds_word(const dx_doc *d, int t, int e, int w)
{
	const lex_word *lw = &d->lex->words[dx_entry(d, e)->w0 + w];
	const dx_tok *tk = &d->text.toks[t];
	int			k;

	if (lw->allcaps ? !(tk->flags & (TF_ALLCAPS | TF_ABBR)) : lw->cap && !(tk->flags & TF_CAP))
		return 0;
	for (k = dx_tpost(d, t); k >= 0; k = d->lex->posts[k].next)
		if (d->lex->posts[k].entry == e && d->lex->posts[k].word == w)
			return 1;
	return 0;
}

/*
 * The organisation the lexicon names from token j on, ending at t1 or
 * before, -1 if none; *end is its end.  The longest one: Европейский совет
 * in "председатель Европейского совета", an office's words (entities.c
 * reports the body named inside an office).
 */
int
dx_org_entry_inside(const dx_doc *d, int j, int t1, int *end)
{
	int			k,
				best = -1,
				best_end = -1;

	if (j < 0 || j >= t1 || t1 > d->text.ntoks || d->text.toks[j].type != TK_WORD ||
		!(d->text.toks[j].flags & TF_CAP))
		return -1;
	for (k = dx_tpost(d, j); k >= 0; k = d->lex->posts[k].next)
	{
		const lex_posting *p = &d->lex->posts[k];
		const lex_entry *e = dx_entry(d, p->entry);
		int			w;

		if (p->word != 0 || e->kind != LK_ORG || j + e->nw > t1 || j + e->nw <= best_end)
			continue;
		for (w = 0; w < e->nw && tok_holds_word(d, j + w, p->entry, w); w++)
			;
		if (w == e->nw)
		{
			best = p->entry;
			best_end = j + e->nw;
		}
	}
	*end = best_end;
	return best;
}

/* a name with every word short of its last two letters (three kept at least): a key of its case forms */
static const char *
ending_free_key(dx_doc *d, const char *name)
{
	dx_buf		b;
	size_t		len = strlen(name),
				i = 0;

	dx_buf_init(&b, d->a);
	while (i < len)
	{
		size_t		w0 = i,
					cut[3] = {0, 0, 0};
		int			nch = 0;

		while (i < len && name[i] != ' ')
		{
			cut[nch % 3] = i;
			nch++;
			if (dx_utf8_next(name, len, &i) < 0)
				return NULL;
		}
		/* cut[(nch - 2) % 3]: where the last two letters start */
		if (nch > 4)
			dx_buf_add(&b, name + w0, cut[(nch - 2) % 3] - w0);
		else
			dx_buf_add(&b, name + w0, i - w0);
		dx_buf_addc(&b, ' ');
		while (i < len && name[i] == ' ')
			i++;
	}
	return dx_strdup(d->a, dx_buf_str(&b));
}

/*
 * "Окружной суд Амстердама" and "Окружного суда Амстердама", whose
 * nominative the endings guess as "Окружный суд Амстердама": a body the
 * rules named in two forms that differ in the last two letters of words is
 * one, named as the text writes it in the nominative.
 */
static void
merge_case_variants(dx_doc *d)
{
	int			i,
				j,
				k,
				n = 0;
	int		   *ids;
	const char **keys;
	uint8_t    *named;			/* the text's own nominative: dx_named_as_written */

	for (i = 0; i < d->nents; i++)
		if (d->ents[i].kind == DX_ORGANIZATION && d->ents[i].mentions > 0 && d->ents[i].canonical == NULL)
			n++;
	if (n < 2 || n > 256)
		return;
	ids = dx_alloc(d->a, sizeof(int) * n);
	keys = dx_alloc(d->a, sizeof(const char *) * n);
	named = dx_named_as_written(d, DX_ORGANIZATION, -1);
	if (ids == NULL || keys == NULL || named == NULL)
		return;
	n = 0;
	for (i = 0; i < d->nents; i++)
		if (d->ents[i].kind == DX_ORGANIZATION && d->ents[i].mentions > 0 && d->ents[i].canonical == NULL)
		{
			ids[n] = i;
			keys[n++] = ending_free_key(d, d->ents[i].name);
		}
	for (i = 0; i < n && !DX_POLL(d, i); i++)
	{
		if (keys[i] == NULL || !named[ids[i]])
			continue;
		for (j = 0; j < n; j++)
		{
			if (j == i || keys[j] == NULL || strcmp(keys[i], keys[j]) != 0 ||
				d->ents[ids[j]].mentions == 0 || named[ids[j]])
				continue;
			dx_add_alias(d, &d->ents[ids[i]], d->ents[ids[j]].name);
			for (k = 0; k < d->nments; k++)
				if (d->ments[k].entity == ids[j])
				{
					d->ments[k].normal = d->ents[ids[i]].name;
					move_mention(d, &d->ments[k], ids[i]);
				}
		}
	}
}

int
dx_find_organizations(dx_doc *d)
{
	org_cands	c;

	scan_candidates(d, &c);
	claim_person_spans(d);
	legal_form_orgs(d, &c);
	joined_complement_orgs(d);
	domain_orgs(d, &c);
	quoted_orgs(d, &c);
	source_orgs(d, &c);
	abbr_orgs(d, &c);
	phrase_orgs(d, &c);
	owned_orgs(d, &c);
	numbered_orgs(d);
	latin_orgs(d, &c);
	compound_orgs(d, &c);
	body_name_orgs(d);
	head_name_orgs(d, &c);
	if (c.mem != NULL)
		dx_arena_release(d->a, c.mem, c.size);
	mission_places(d);
	division_orgs(d);
	drop_non_names(d);
	merge_case_variants(d);
	merge_short_names(d);
	return d->stopped ? -2 : d->a->failed ? -1 : 0;
}
