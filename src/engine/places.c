/*
 * places.c - states and places: the nominative of a state's mention, capitals
 * standing for their state, places named by a generic noun, and names of
 * states or places that are part of another name.
 */
#include "internal.h"
#include "entities.h"
#include "morph.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

/* a seat of a body (Кремль, Брюссель) after them is named as a place */
#define SEAT_PREPS (GR_P_V | GR_P_IZ | GR_P_NA | GR_P_U | GR_P_OKOLO | GR_P_NAD | GR_P_POD | \
					GR_P_PERED | GR_P_CHEREZ)
/* a capital after them is the city, not its state (not между: relations between states) */
#define PLACE_PREPS (GR_P_V | GR_P_IZ | GR_P_DO | GR_P_CHEREZ | GR_P_POD | GR_P_OKOLO | GR_P_NAD | \
					 GR_P_NA | GR_P_K | GR_P_PO | GR_P_OT | GR_P_U | GR_P_PRI | \
					 GR_P_ZA | GR_P_VOKRUG | GR_P_POSREDI)

/* ---------------------------------------------------------------- states */

/*
 * The nominative a state's mention reports: the term the text matched
 * ("Республики Казахстан" -> "Республика Казахстан", "Англии" -> "Англия"),
 * except a stem listed for a fleeting vowel (Египт for Египта), which gives
 * the state's name.
 */
const char *
dx_country_normal(const lex_entry *le)
{
	int			nt = dx_utf8_chars(le->term),
				nn = dx_utf8_chars(le->name);

	if (strcmp(le->term, le->name) != 0 && !strchr(le->term, ' ') && !strchr(le->name, ' ') &&
		nn == nt + 1 && nt >= 3)
	{
		/* the same letters up to the last one of the stem: Египт, Египет */
		size_t		k = strlen(le->term) - 1;

		while (k > 0 && ((unsigned char) le->term[k] & 0xC0) == 0x80)
			k--;
		if (strncmp(le->term, le->name, k) == 0)
			return le->name;
	}
	return le->term;
}

int
dx_country_entity(dx_doc *d, const lex_entry *le)
{
	int			e = dx_entity_of_country(d, le->code);

	if (e < 0)
	{
		const char *name = le->name;

		/* the canonical name of the state: its country row's name */
		e = dx_new_entity(d, DX_COUNTRY, name);
		if (e >= 0)
			dx_set_country_code(d, e, le->code);
	}
	return e;
}

/* ---------------------------------------------------------------- places */

/*
 * A generic noun of the class geo_noun (река, деревня, город, остров) before
 * a place's own name: the name after it is a place ("в устье реки
 * Славянки", "в деревне Иттан Уали", "города Феникс").
 */
static void adjective_places(dx_doc *d);
static void adjective_known_places(dx_doc *d);
static void adjective_after_places(dx_doc *d);
static void dictionary_places(dx_doc *d);
static void street_places(dx_doc *d);
static void state_part_places(dx_doc *d);
static void spaced_hyphen_places(dx_doc *d);
static void coordinated_places(dx_doc *d, int j, int head);

static int
geo_noun_lemma(const char *word, void *arg)
{
	return dx_str_has_cue((const dx_lexicon *) arg, word, CUE_GEO_NOUN);
}

/* the location entity of that name, found or made (with its state) */
static int
place_entity(dx_doc *d, const char *name, const char *country)
{
	int			ent = dx_entity_by_name(d, DX_LOCATION, name);

	if (ent < 0)
	{
		ent = dx_new_entity(d, DX_LOCATION, name);
		if (ent >= 0 && country)
			d->ents[ent].country = country;
	}
	return ent;
}

/* a place mention of tokens [t0, t1), its entity found or made (with its state) */
static void
add_place(dx_doc *d, int t0, int t1, const char *name, const char *country)
{
	int			k;

	dx_add_mention(d, t0, t1, DX_LOCATION, DX_FORM_NAME, name, place_entity(d, name, country));
	for (k = t0; k < t1; k++)
		d->tokplace[k] = 1;
}

/*
 * The dictionary knows the word only as a place's name, in the genitive of a
 * word that declines (Дагестана, not Кунцево).
 */
static int
place_genitive(const dx_doc *d, const char *low)
{
	const dx_ocdict *dict = dx_morph_dict(d->lex);
	dx_ocparse	p[16];
	int			np,
				k,
				gent = 0;

	if (dict == NULL || (np = dx_morph_lookup(d->lex, low, strlen(low), p, 16)) <= 0)
		return 0;
	for (k = 0; k < np; k++)
	{
		if (!(p[k].gram & DX_G(Geox)) || !(p[k].gram & DX_G(NOUN)) || (p[k].gram & DX_G(Fixd)))
			return 0;
		if (p[k].gram & DX_G(gent))
			gent = 1;
	}
	return gent;
}

void
dx_find_generic_places(dx_doc *d)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	int			i;
	/* the split of each distinct word form, worked out once: 0 not yet, 1 none, 2 found */
	unsigned char *split = dx_alloc(d->a, (size_t) d->text.nforms + 1);
	const char **splits = dx_alloc_raw(d->a, sizeof(const char *) * 3 * ((size_t) d->text.nforms + 1));

	if (split == NULL || splits == NULL)
		return;					/* out of memory: the arena says so */
	for (i = 0; i + 1 < n && !DX_POLL(d, i); i++)
	{
		const dx_tok *t = &toks[i];
		int			j,
					end,
					f = t->form;
		const char *ending = NULL,
				   *nom_end,
				   *name_end;
		const char *name;
		const char *known_country = NULL;

		/* cheap tests first: a word before a capitalised word */
		if (t->type != TK_WORD || ((t->flags & TF_CAP) && !(t->flags & TF_FIRST)) ||
			!(toks[i + 1].flags & TF_CAP) || toks[i + 1].type != TK_WORD)
			continue;
		if (split[f] == 0)
		{
			split[f] = dx_noun_case_split(t->low, geo_noun_lemma, (void *) d->lex, &splits[3 * f],
										  &splits[3 * f + 1], &splits[3 * f + 2]) ? 2 : 1;
		}
		if (split[f] != 2)
			continue;
		ending = splits[3 * f];
		nom_end = splits[3 * f + 1];
		name_end = splits[3 * f + 2];
		/* the name: up to three capitalised words the lexicon does not know, on the noun's line */
		j = i + 1;
		end = j;
		while (end < n && end - j < 3 && !(toks[end].flags & TF_NL) &&
			   dx_is_cap_word(d, end) && (toks[end].flags & TF_CYR) &&
			   dx_span_kind_at(d, end) == LK_NONE && d->tokperson[end] < 0 && !d->tokquoted[end] &&
			   !dx_function_word(toks[end].low))
		{
			end++;
			while (end + 1 < n && toks[end].type == TK_HYPHEN && !(toks[end + 1].flags & TF_SPACE) &&
				   toks[end + 1].type == TK_WORD)
				end += 2;
		}
		/* "округа Южный Портсмут": adjectives before a place the lexicon knows name a place of their own */
		if (end > j && end < n && !(toks[end].flags & TF_NL) && d->tokspan[end] >= 0 &&
			d->spans[d->tokspan[end]].t0 == end && (toks[end].flags & TF_CAP) &&
			(d->spans[d->tokspan[end]].kind == LK_CITY || d->spans[d->tokspan[end]].kind == LK_CAPITAL ||
			 d->spans[d->tokspan[end]].kind == LK_REGION))
		{
			int			a = j;

			while (a < end && toks[a].type == TK_WORD && dx_adjective_form(&toks[a]))
				a++;
			if (a == end)
			{
				const lex_entry *pe = dx_entry(d, d->spans[d->tokspan[end]].entry);

				known_country = pe->code ? pe->code : pe->country;
				end = d->spans[d->tokspan[end]].t1;
			}
		}
		/* "командующий войсками округа Александр Постников": a given name opens a person's name */
		if (end == j || (end - j >= 2 && dx_tok_entry_kind(d, j, LK_GIVEN) >= 0))
			continue;
		/*
		 * "районе Дагестана": a word the dictionary knows only as a place,
		 * in the genitive, is a place of its own (the dictionary's pass
		 * names it in the nominative), not the name of the noun's place
		 */
		if (end == j + 1 && known_country == NULL && place_genitive(d, toks[j].low) &&
			!(*ending && dx_ends(toks[j].low, ending) && strcmp(ending, nom_end) != 0))
			continue;
		name = dx_tokens_text(d, j, end);
		/* a name that agrees with its noun: реки Славянки -> Славянка */
		if (end == j + 1 && *ending && *nom_end && strcmp(ending, nom_end) != 0 &&
			dx_ends(toks[j].low, ending) && strlen(name) > strlen(ending) + 2)
		{
			dx_buf		b;

			dx_buf_init(&b, d->a);
			dx_buf_adds(&b, dx_strndup(d->a, name, strlen(name) - strlen(ending)));
			dx_buf_adds(&b, name_end);
			name = dx_buf_str(&b);
		}
		add_place(d, j, end, name, known_country);
		i = end - 1;
	}
	adjective_places(d);
	adjective_known_places(d);
	adjective_after_places(d);
	spaced_hyphen_places(d);
	street_places(d);
	dictionary_places(d);
	state_part_places(d);
}

/*
 * A name of two words the lexicon writes with a hyphen, written with a space
 * instead (в Сан Луисе, Коста Рика, Эль Сальвадор): two capitalised words
 * whose forms are the first and the last word of a state's or place's name
 * of the shape "word-word".  The state is a state's mention, the place a
 * place's, named as the text spells it (Сан Луис); the second word alone is
 * no place (Сальвадор).
 */
static void
spaced_hyphen_places(dx_doc *d)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	int			i;

	for (i = 0; i + 1 < n && !DX_POLL(d, i); i++)
	{
		int			k,
					found = -1;

		if (toks[i].type != TK_WORD || toks[i + 1].type != TK_WORD ||
			!(toks[i].flags & TF_CAP) || !(toks[i + 1].flags & TF_CAP) ||
			!(toks[i].flags & TF_CYR) || !(toks[i + 1].flags & TF_SPACE) ||
			(toks[i + 1].flags & TF_NL) || toks[i + 1].sent != toks[i].sent ||
			d->tokplace[i] || d->tokplace[i + 1] || d->tokperson[i] >= 0 || d->tokperson[i + 1] >= 0 ||
			(i > 0 && toks[i - 1].type == TK_HYPHEN && !(toks[i].flags & TF_SPACE)) ||
			(i + 2 < n && toks[i + 2].type == TK_HYPHEN && !(toks[i + 2].flags & TF_SPACE)))
			continue;
		for (k = dx_tpost(d, i); k >= 0 && found < 0; k = d->lex->posts[k].next)
		{
			const lex_posting *p = &d->lex->posts[k];
			const lex_entry *e = &d->lex->entries[p->entry];
			int			k2;

			if (p->word != 0 || e->nw != 3 || d->lex->words[e->w0 + 1].type != TK_HYPHEN ||
				(e->kind != LK_COUNTRY && e->kind != LK_CAPITAL && e->kind != LK_CITY && e->kind != LK_REGION))
				continue;
			for (k2 = dx_tpost(d, i + 1); k2 >= 0; k2 = d->lex->posts[k2].next)
				if (d->lex->posts[k2].entry == p->entry && d->lex->posts[k2].word == 2)
				{
					found = p->entry;
					break;
				}
		}
		if (found < 0)
			continue;
		{
			const lex_entry *e = &d->lex->entries[found];

			if (e->kind == LK_COUNTRY)
			{
				dx_add_mention(d, i, i + 2, DX_COUNTRY, DX_FORM_NAME, dx_country_normal(e),
							   dx_country_entity(d, e));
				d->tokplace[i] = d->tokplace[i + 1] = 1;
			}
			else
			{
				/* the place's name in the nominative with the text's spelling: Сан Луис */
				char	   *name = dx_strdup(d->a, e->term);
				char	   *h = name ? strchr(name, '-') : NULL;

				if (h)
					*h = ' ';
				if (name)
					add_place(d, i, i + 2, name, e->code ? e->code : e->country);
			}
		}
		i++;
	}
}

/*
 * A part of a state that news also name for the whole state (Англия for the
 * United Kingdom): the lexicon lists the word as a name of the state and as
 * a region of the same state.  The text names both: the state, and the part
 * as a place ("в Англии", "чемпионат Англии").
 */
static void
state_part_places(dx_doc *d)
{
	int			k;

	for (k = 0; k < d->nspans && !DX_POLL(d, k); k++)
	{
		const dx_span *s = &d->spans[k];
		const lex_entry *c,
				   *r;
		int			re;

		if (s->kind != LK_COUNTRY || s->t1 != s->t0 + 1 || d->tokplace[s->t0] ||
			d->tokperson[s->t0] >= 0 || (re = dx_tok_entry_kind(d, s->t0, LK_REGION)) < 0)
			continue;
		c = dx_entry(d, s->entry);
		r = dx_entry(d, re);
		if (!c->code || !r->code || strcmp(c->code, r->code) != 0)
			continue;
		/* unlike add_place, tokplace stays unset: the token names the state too */
		dx_add_mention(d, s->t0, s->t1, DX_LOCATION, DX_FORM_NAME, r->name, place_entity(d, r->name, r->code));
	}
}

/*
 * The gender of a noun for the adjectives that agree with it, from its first
 * noun analysis (DX_PLUR for a plural); 0 when the dictionary has none.  With
 * want_plur >= 0 only an analysis of that number (1 plural) counts; with
 * cue >= 0 only one whose lemma is of that cue class.  The nominative of the
 * analysis is written to nom (when not NULL).
 */
static int
noun_agreement(const dx_doc *d, const char *word, int want_plur, int cue, char *nom, size_t nomlen)
{
	char		lemma[256];
	const dx_ocdict *dict = dx_morph_dict(d->lex);
	dx_ocparse	p[16];
	int			n,
				k;

	if (dict == NULL)
		return 0;
	n = dx_morph_analyse(d->lex, word, strlen(word), p, 16);
	for (k = 0; k < n; k++)
	{
		uint64_t	g = p[k].gram;

		if (!(g & DX_G(NOUN)) || (want_plur == 1 && !(g & DX_G(plur))) ||
			(want_plur == 0 && (g & DX_G(plur))))
			continue;
		if (cue >= 0 && (dx_ocdict_lemma(dict, &p[k], lemma, sizeof(lemma)) < 0 ||
						 !dx_str_has_cue(d->lex, lemma, (dx_cue) cue)))
			continue;
		if (nom && dx_ocdict_inflect(dict, &p[k], DX_G(nomn), DX_G_POS | DX_G_GENDERS | DX_G_NUMBERS,
									 nom, nomlen) < 0)
			continue;
		return (g & DX_G(plur)) ? DX_PLUR : (g & DX_G(femn)) ? DX_FEM : (g & DX_G(neut)) ? DX_NEUT : DX_MASC;
	}
	return 0;
}

/*
 * A capitalised possessive adjective of the short declension, which names
 * seas, straits and the like after a person (Баренцево море, в Баренцевом
 * море, Берингова пролива, Марьиной роще): a stem in -ев-/-ёв-/-ов-/-ин-/-ын-
 * and a short ending, and the dictionary does not know the word as a full
 * adjective (Садовом, Дворцовой are full; it knows баренцев as a short
 * one).  Returns the byte length of the stem in the lower-case form, 0 when
 * it is not one.
 */
static size_t
possessive_stem(const dx_doc *d, const dx_tok *t)
{
	const dx_ocdict *dict = dx_morph_dict(d->lex);
	dx_ocparse	p[16];
	size_t		stem;
	int			np,
				j;

	if (dict == NULL || t->type != TK_WORD || !(t->flags & TF_CAP) || !(t->flags & TF_CYR) ||
		(t->flags & TF_ALLCAPS) || t->nchars < 5)
		return 0;
	/* the ending first: most words have no possessive stem, and need no look-up */
	if ((stem = dx_possessive_stem(t->low)) == 0)
		return 0;
	np = dx_morph_lookup(d->lex, t->low, strlen(t->low), p, 16);
	for (j = 0; j < np; j++)
	{
		char		lemma[256];

		if (!(p[j].gram & DX_G(ADJF)))
			continue;
		/* a full adjective (садовый) declines so; a short one's lemma is its stem (баренцев) */
		if (dx_ocdict_lemma(dict, &p[j], lemma, sizeof(lemma)) < 0 || !dx_possessive_suffix(lemma))
			return 0;
	}
	return stem;
}

/* an adjective before a place's generic noun: any adjectival ending, or a short possessive */
static int
place_adjective(const dx_doc *d, const dx_tok *t)
{
	return dx_adjective_form(t) || possessive_stem(d, t) > 0;
}

/* the nominative of a short possessive (its stem's length n) agreeing with gender */
static char *
possessive_nominative(dx_arena *a, const char *text, size_t n, int gender)
{
	const char *end = dx_possessive_ending(gender);
	size_t		el = strlen(end);
	char	   *r = dx_alloc(a, n + el + 1);

	if (r == NULL)
		return NULL;
	memcpy(r, text, n);
	memcpy(r + n, end, el + 1);
	return r;
}

/*
 * First token of the capitalised adjectives before token head (at most
 * three, a hyphenated compound counting as one: Северо-Западный), or head
 * when there is none.  The first one must be capitalised.
 */
static int
adjectives_before(const dx_doc *d, int head, int max, int country_adj)
{
	const dx_tok *toks = d->text.toks;
	int			j = head,
				words = 0;

	while (j > 0 && words < max && toks[j - 1].sent == toks[head].sent &&
		   place_adjective(d, &toks[j - 1]) && (toks[j - 1].flags & TF_CYR) &&
		   d->tokperson[j - 1] < 0 && !d->tokquoted[j - 1] && !d->tokplace[j - 1] &&
		   (dx_span_kind_at(d, j - 1) == LK_NONE ||
			(country_adj && dx_span_kind_at(d, j - 1) == LK_COUNTRY_ADJ &&
			 d->spans[d->tokspan[j - 1]].t0 == j - 1 && d->spans[d->tokspan[j - 1]].t1 == j)))
	{
		j--;
		words++;
		/* Ханты-Мансийский, Северо-Западный: a compound */
		if (j > 1 && toks[j - 1].type == TK_HYPHEN && !(toks[j - 1].flags & TF_SPACE) &&
			!(toks[j].flags & TF_SPACE) && toks[j - 2].type == TK_WORD && (toks[j - 2].flags & TF_CAP) &&
			dx_span_kind_at(d, j - 2) == LK_NONE)
			j -= 2;
	}
	/* the first word capitalised, the others lower case: Северный Ледовитый океан has two */
	while (j < head && !(toks[j].flags & TF_CAP))
		j++;
	return j;
}

/* the adjectives [t0, head) in the nominative agreeing with gender, then the head's name */
static const char *
adjective_place_name(dx_doc *d, int t0, int head, int gender, const char *head_name)
{
	dx_buf		b;
	int			j;

	dx_buf_init(&b, d->a);
	for (j = t0; j < head; j++)
	{
		const dx_tok *t = &d->text.toks[j];
		char	   *w = dx_tokens_text(d, j, j + 1);
		size_t		stem = possessive_stem(d, t);
		char	   *nom = stem > 0 && strlen(w) > strlen(t->low) - stem ?
			possessive_nominative(d->a, w, strlen(w) - (strlen(t->low) - stem), gender) :
			t->type == TK_WORD && dx_adjective_form(t) ?
			dx_adjective_nominative(d->a, w, gender) : NULL;

		if (j > t0 && (t->flags & TF_SPACE))
			dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, nom ? nom : w);
	}
	dx_buf_addc(&b, ' ');
	dx_buf_adds(&b, head_name);
	return dx_buf_str(&b);
}

/*
 * Places named by capitalised adjectives before a generic noun of the class
 * place_head (Мёртвое море, на Британских островах, Манежной площади,
 * Северо-Западного федерального округа): the adjectives agree with the noun,
 * and the name is the phrase in the nominative, the noun keeping its number.
 * Needs the dictionary, which tells the noun's lemma, gender and number.
 */
static void
adjective_places(dx_doc *d)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	int			i;

	if (!dx_morph_has_dict(d->lex))
		return;
	for (i = 1; i < n && !DX_POLL(d, i); i++)
	{
		const dx_tok *t = &toks[i];
		char		nom[256];
		int			j,
					gender;

		/* cheap tests first: a Cyrillic word after a capitalised adjective */
		if (t->type != TK_WORD || !(t->flags & TF_CYR) || (t->flags & TF_ALLCAPS) ||
			!place_adjective(d, &toks[i - 1]) || dx_span_kind_at(d, i) != LK_NONE ||
			d->tokplace[i] || d->tokperson[i] >= 0 || d->tokquoted[i])
			continue;
		j = adjectives_before(d, i, 3, 1);
		if (j == i || (toks[j].flags & TF_FIRST))
			continue;
		/*
		 * a short possessive before an abbreviation or a capital is a
		 * surname before an initial (Петрова О.), not a place (о. for остров)
		 */
		if (((t->flags & TF_CAP) || t->nchars < 3) && possessive_stem(d, &toks[i - 1]) > 0)
			continue;
		gender = noun_agreement(d, t->low, dx_adjective_number(toks[i - 1].low), CUE_PLACE_HEAD,
								nom, sizeof(nom));
		if (!gender)
		{
			coordinated_places(d, j, i);
			continue;
		}
		add_place(d, j, i + 1, adjective_place_name(d, j, i, gender, nom), NULL);
	}
}

/*
 * The lemma (nominative singular) and gender of a plural noun of the class
 * place_head (морей: море, DX_NEUT); 0 when the word is none.
 */
static int
plural_place_head(const dx_doc *d, const char *word, char *lemma, size_t len)
{
	const dx_ocdict *dict = dx_morph_dict(d->lex);
	dx_ocparse	p[16];
	int			n,
				k;

	if (dict == NULL)
		return 0;
	n = dx_morph_analyse(d->lex, word, strlen(word), p, 16);
	for (k = 0; k < n; k++)
	{
		uint64_t	g = p[k].gram;

		if (!(g & DX_G(NOUN)) || !(g & DX_G(plur)) ||
			dx_ocdict_lemma(dict, &p[k], lemma, len) < 0 || !dx_str_has_cue(d->lex, lemma, CUE_PLACE_HEAD))
			continue;
		if (g & (DX_G(femn) | DX_G(neut) | DX_G(masc)))
			return (g & DX_G(femn)) ? DX_FEM : (g & DX_G(neut)) ? DX_NEUT : DX_MASC;
	}
	return 0;
}

/*
 * Two places of one generic noun named together: capitalised adjectives in
 * the singular joined by и before the noun in the plural ("Черного и
 * Азовского морей", "Первомайского и Ленинского округов").  Each adjective
 * names one place, the noun's singular: Чёрное море, Азовское море.  The
 * adjectives of the second place are [j, head).
 */
static void
coordinated_places(dx_doc *d, int j, int head)
{
	const dx_tok *toks = d->text.toks;
	char		lemma[256];
	int			gender,
				j0;

	if (j < 3 || dx_adjective_number(toks[head - 1].low) != 0 || !(dx_tok_gram(d, j - 1) & GR_AND) ||
		toks[j - 1].sent != toks[head].sent ||
		(gender = plural_place_head(d, toks[head].low, lemma, sizeof(lemma))) == 0)
		return;
	j0 = adjectives_before(d, j - 1, 3, 0);
	if (j0 == j - 1 || (toks[j0].flags & TF_FIRST) || dx_adjective_number(toks[j - 2].low) != 0)
		return;
	{
		/* the first mention's words are the adjectives alone (Черное), its place the whole name */
		const char *name = adjective_place_name(d, j0, j - 1, gender, lemma);
		size_t		adj = strlen(name) - strlen(lemma) - 1;
		int			k;

		dx_add_mention(d, j0, j - 1, DX_LOCATION, DX_FORM_NAME, dx_strndup(d->a, name, adj),
					   place_entity(d, name, NULL));
		for (k = j0; k < j - 1; k++)
			d->tokplace[k] = 1;
	}
	add_place(d, j, head + 1, adjective_place_name(d, j, head, gender, lemma), NULL);
}

/*
 * A street or a square named after someone or something: площади Тараса
 * Шевченко -> площадь Тараса Шевченко.  The noun (of the class street_noun
 * by its dictionary lemma) goes into the nominative singular, the
 * capitalised words after it stay as written (a genitive).
 */
static void
street_places(dx_doc *d)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	int			i;

	if (!dx_morph_has_dict(d->lex))
		return;
	for (i = 0; i + 1 < n && !DX_POLL(d, i); i++)
	{
		const dx_tok *t = &toks[i];
		char		nom[256];
		int			e;
		dx_buf		b;

		if (t->type != TK_WORD || (t->flags & TF_CAP) || !(t->flags & TF_CYR) ||
			!dx_is_cap_word(d, i + 1) || toks[i + 1].sent != t->sent || d->tokplace[i])
			continue;
		e = i + 1;
		while (e < n && e - i <= 3 && dx_is_cap_word(d, e) && (toks[e].flags & TF_CYR) &&
			   toks[e].sent == t->sent && !(toks[e].flags & TF_NL) &&
			   dx_span_kind_at(d, e) == LK_NONE && !d->tokplace[e] && !d->tokquoted[e] &&
			   (e > i + 1 || dx_genitive_form(&toks[e])))
			e++;
		if (e == i + 1 || !noun_agreement(d, t->low, 0, CUE_STREET_NOUN, nom, sizeof(nom)))
			continue;
		dx_buf_init(&b, d->a);
		dx_buf_adds(&b, nom);
		dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, dx_tokens_text(d, i + 1, e));
		add_place(d, i, e, dx_buf_str(&b), NULL);
		i = e - 1;
	}
}

/*
 * Tokens [t0, t1) are one part of a short name in quotation marks whose words
 * are all capitalised: a club's or a company's name («Манчестер Юнайтед»,
 * «Престон Норт Энд», «ЛУКОЙЛ — Западная Сибирь»), not the place.
 */
static int
part_of_quoted_name(const dx_doc *d, int t0, int t1)
{
	const dx_tok *toks = d->text.toks;
	int			q0 = t0 - 1,
				q1 = t1,
				k;

	if (!d->tokquoted[t0])
		return 0;
	while (q0 >= 0 && toks[q0].type != TK_QUOTE)
		q0--;
	while (q1 < d->text.ntoks && toks[q1].type != TK_QUOTE)
		q1++;
	if (q0 < 0 || q1 >= d->text.ntoks || (q0 == t0 - 1 && q1 == t1))
		return 0;
	for (k = q0 + 1; k < q1; k++)
		if (toks[k].type == TK_WORD && !(toks[k].flags & TF_CAP))
			return 0;
	return 1;
}

/*
 * Tokens [t0, t1) are part of a name in quotation marks of at most
 * QUOTED_NAME_MAX tokens whose words are capitalised (but for a particle
 * between hyphens: Техрик-э-Лабаик) and one of which names no state or place:
 * a party's or a company's name («Единая Россия», «Путь Грузии»), not a pair
 * of states («Россия — Африка»), which names them.
 */
#define QUOTED_NAME_MAX 10

static int
inside_quoted_name(const dx_doc *d, int t0, int t1)
{
	const dx_tok *toks = d->text.toks;
	int			q0 = t0 - 1,
				q1 = t1,
				k,
				other = 0;

	while (q0 >= 0 && t0 - q0 <= QUOTED_NAME_MAX && toks[q0].type != TK_QUOTE)
		q0--;
	while (q1 < d->text.ntoks && q1 - t1 < QUOTED_NAME_MAX && toks[q1].type != TK_QUOTE)
		q1++;
	if (q0 < 0 || q1 >= d->text.ntoks || toks[q0].type != TK_QUOTE || toks[q1].type != TK_QUOTE ||
		toks[q0].qkind == QK_CLOSE || toks[q1].qkind == QK_OPEN || q1 - q0 - 1 > QUOTED_NAME_MAX ||
		toks[q0].sent != toks[q1].sent || (q0 == t0 - 1 && q1 == t1))
		return 0;
	for (k = q0 + 1; k < q1; k++)
	{
		int			kind = dx_span_kind_at(d, k);

		if (toks[k].type != TK_WORD)
			continue;
		if (!(toks[k].flags & TF_CAP) &&
			!(toks[k - 1].type == TK_HYPHEN && toks[k + 1].type == TK_HYPHEN &&
			  !(toks[k].flags & TF_SPACE) && !(toks[k + 1].flags & TF_SPACE)))
			return 0;
		if (kind != LK_COUNTRY && kind != LK_CAPITAL && kind != LK_CITY && kind != LK_REGION &&
			kind != LK_COUNTRY_ADJ)
			other = 1;
	}
	return other;
}

/*
 * A capitalised adjective before a place the lexicon knows is part of its
 * name: Западная Сибирь, Восточного Иерусалима, Южной Калифорнии.
 */
static void
adjective_known_places(dx_doc *d)
{
	int			k;

	if (!dx_morph_has_dict(d->lex))
		return;
	for (k = 0; k < d->nspans && !DX_POLL(d, k); k++)
	{
		const dx_span *s = &d->spans[k];
		const lex_entry *le;
		char		low[256];
		int			j,
					gender;

		if ((s->kind != LK_REGION && s->kind != LK_CITY && s->kind != LK_CAPITAL) || s->t0 == 0 ||
			!dx_adjective_form(&d->text.toks[s->t0 - 1]) || d->tokplace[s->t0])
			continue;
		j = adjectives_before(d, s->t0, 1, 0);
		/* a given name in -ом, -ой before a town that is a surname too: Иваном Ямадой */
		if (j == s->t0 || (d->text.toks[j].flags & TF_FIRST) || part_of_quoted_name(d, j, s->t1) ||
			dx_tok_entry_kind(d, j, LK_GIVEN) >= 0)
			continue;
		le = dx_entry(d, s->entry);
		if (strlen(le->term) >= sizeof(low))
			continue;
		strcpy(low, d->lex->words[le->w0].low);
		if (le->nw != 1 || !(gender = noun_agreement(d, low, -1, -1, NULL, 0)))
			continue;
		add_place(d, j, s->t1, adjective_place_name(d, j, s->t0, gender, le->term),
				  le->code ? le->code : le->country);
	}
}

/*
 * The gender (DX_MASC ...) of a noun analysis of the word noun that an
 * adjective analysis of adj agrees with in case, number and gender; 0 when
 * none does (Ростове Великом, not Самаре Горячий).
 */
static int
agreeing_adjective(const dx_doc *d, const char *noun, const char *adj)
{
	dx_ocparse	pn[16],
				pa[16];
	int			nn,
				na,
				i,
				j;

	if (dx_morph_dict(d->lex) == NULL)
		return 0;
	nn = dx_morph_analyse(d->lex, noun, strlen(noun), pn, 16);
	na = dx_morph_analyse(d->lex, adj, strlen(adj), pa, 16);
	for (i = 0; i < nn; i++)
	{
		uint64_t	g = pn[i].gram;

		if (!(g & DX_G(NOUN)))
			continue;
		for (j = 0; j < na; j++)
		{
			uint64_t	h = pa[j].gram;

			if (!(h & DX_G(ADJF)) || !(h & g & DX_G_CASES) ||
				((g & DX_G(plur)) != (h & DX_G(plur))) ||
				(!(g & DX_G(plur)) && !(h & g & (DX_G(masc) | DX_G(femn) | DX_G(neut)))))
				continue;
			return (g & DX_G(plur)) ? DX_PLUR : (g & DX_G(femn)) ? DX_FEM : (g & DX_G(neut)) ? DX_NEUT : DX_MASC;
		}
	}
	return 0;
}

/*
 * A capitalised adjective after a town the lexicon knows is part of its name
 * (Ростов Великий, Устюг Великий: an old word order of Russian place names)
 * when no noun follows it that it could qualify instead.
 */
static void
adjective_after_places(dx_doc *d)
{
	const dx_tok *toks = d->text.toks;
	int			k;

	if (!dx_morph_has_dict(d->lex))
		return;
	for (k = 0; k < d->nspans && !DX_POLL(d, k); k++)
	{
		const dx_span *s = &d->spans[k];
		const lex_entry *le;
		const dx_tok *a;
		char	   *w,
				   *nom;
		int			gender;
		dx_buf		b;

		if ((s->kind != LK_CITY && s->kind != LK_REGION) || s->t1 >= d->text.ntoks ||
			d->tokplace[s->t0] || d->tokquoted[s->t0])
			continue;
		a = &toks[s->t1];
		if (a->type != TK_WORD || !(a->flags & TF_CAP) || !(a->flags & TF_CYR) || (a->flags & TF_FIRST) ||
			a->sent != toks[s->t0].sent || a->nchars < 4 || dx_span_kind_at(d, s->t1) != LK_NONE ||
			d->tokperson[s->t1] >= 0 || d->tokquoted[s->t1] || d->tokplace[s->t1])
			continue;
		/* "в Лондоне Британский музей", "в Москве Государственная дума" */
		if (s->t1 + 1 < d->text.ntoks && toks[s->t1 + 1].type == TK_WORD &&
			toks[s->t1 + 1].sent == a->sent && (toks[s->t1 + 1].flags & TF_SPACE) &&
			((toks[s->t1 + 1].flags & TF_CAP) || (!dx_function_word(toks[s->t1 + 1].low) &&
												  agreeing_adjective(d, toks[s->t1 + 1].low, a->low))))
			continue;
		le = dx_entry(d, s->entry);
		if (le->nw != 1 || s->t1 != s->t0 + 1)
			continue;
		if (!(gender = agreeing_adjective(d, toks[s->t0].low, a->low)))
			continue;
		w = dx_tokens_text(d, s->t1, s->t1 + 1);
		if ((nom = dx_adjective_nominative(d->a, w, gender)) == NULL)
			continue;
		dx_buf_init(&b, d->a);
		dx_buf_adds(&b, le->term);
		dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, nom);
		add_place(d, s->t0, s->t1 + 1, dx_buf_str(&b), le->code ? le->code : le->country);
	}
}

/* is the lower-case word the name of a state in the lexicon? */
static int
state_name(const dx_doc *d, const char *low)
{
	int			k;

	for (k = dx_lex_lookup(d->lex, low, (int) strlen(low)); k >= 0; k = d->lex->posts[k].next)
	{
		const lex_entry *e = &d->lex->entries[d->lex->posts[k].entry];

		if (e->nw == 1 && (e->kind == LK_COUNTRY || e->kind == LK_FORMER_STATE))
			return 1;
	}
	return 0;
}

/* the dictionary knows the word, and not as a name of any kind */
static int
common_word(const dx_lexicon *lex, const char *low)
{
	dx_ocparse	p[16];
	int			np = dx_morph_lookup(lex, low, strlen(low), p, 16),
				k;

	for (k = 0; k < np; k++)
		if (p[k].gram & DX_G_NAMES)
			return 0;
	return np > 0;
}

/*
 * A capitalised word the lexicon does not know that the dictionary knows as
 * the name of a place only (Geox, and no analysis as a person's name or an
 * organisation's): Дунай, Каталонии, Гагаузию; inside a sentence also one
 * whose other analyses are common nouns (Приморья, Запада).  Its lemma is
 * the name.
 */
static void
dictionary_places(dx_doc *d)
{
	const dx_ocdict *dict = dx_morph_dict(d->lex);
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	int			i;

	uint8_t    *notplace;		/* per form: the dictionary knows it as no place only */

	if (dict == NULL || (notplace = dx_alloc(d->a, d->text.nforms + 1)) == NULL)
		return;
	memset(notplace, 0, d->text.nforms + 1);
	for (i = 0; i < n && !DX_POLL(d, i); i++)
	{
		const dx_tok *t = &toks[i];
		dx_ocparse	p[16];
		char		nom[256];
		int			np,
					k,
					geox = -1,
					other = 0;

		if (t->type != TK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_ALLCAPS) ||
			!(t->flags & TF_CYR) || t->nchars < 4 || dx_span_kind_at(d, i) != LK_NONE ||
			d->tokplace[i] || d->tokperson[i] >= 0 || d->tokquoted[i] ||
			(i + 1 < n && toks[i + 1].type == TK_HYPHEN && !(toks[i + 1].flags & TF_SPACE)) ||
			(i > 0 && toks[i - 1].type == TK_HYPHEN && !(t->flags & TF_SPACE)))
			continue;
		/*
		 * one word alone: Льюис Торренс is a person's name (a word before it
		 * capitalised only as the first of its sentence, Жители Подмосковья,
		 * does not count unless the dictionary knows it as a name)
		 */
		if ((i + 1 < n && dx_is_cap_word(d, i + 1) && toks[i + 1].sent == t->sent) ||
			(i > 0 && dx_is_cap_word(d, i - 1) && toks[i - 1].sent == t->sent &&
			 !((toks[i - 1].flags & TF_FIRST) && common_word(d->lex, toks[i - 1].low))))
			continue;
		if (notplace[t->form] || dx_surname_subject(d, i))
			continue;			/* Чадов заявил: a surname */
		np = dx_morph_lookup(d->lex, t->low, strlen(t->low), p, 16);
		for (k = 0; k < np; k++)
		{
			if ((p[k].gram & DX_G(Geox)) && (p[k].gram & DX_G(NOUN)))
			{
				if (geox < 0)
					geox = k;
			}
			else if (!(p[k].gram & DX_G(NOUN)) || (p[k].gram & DX_G_NAMES) || (t->flags & TF_FIRST))
				other = 1;
			/* else a common noun (приморье, запад): capitalised inside a sentence, the place */
		}
		if (geox < 0 || other)
		{
			if (!(t->flags & TF_FIRST))
				notplace[t->form] = 1;
			continue;
		}
		if (t->flags & TF_FIRST && geox != 0)
			continue;
		/*
		 * after the noun of a body it names the body (инновационный центр
		 * Сколково) unless it is the genitive of a word that declines: the
		 * body's place (парламент Чечни)
		 */
		if (i > 0 && toks[i - 1].type == TK_WORD && d->flex[toks[i - 1].form].orgtype >= 0 &&
			(!(p[geox].gram & DX_G(gent)) || (p[geox].gram & DX_G(Fixd))))
			continue;
		if (dx_ocdict_inflect(dict, &p[geox], DX_G(nomn), DX_G_POS | DX_G_GENDERS | DX_G_NUMBERS | DX_G_NAMES,
							  nom, sizeof(nom)) < 0)
			continue;
		/* the same word (not an abbreviation spelt out), and no state of the lexicon */
		if (strncmp(nom, t->low, 4) != 0 || state_name(d, nom))
			continue;
		if (dx_str_has_cue(d->lex, nom, CUE_WORLD_SIDE))
		{
			/* Запад: a bloc of states, not a place of the story: a mention, no entity */
			dx_add_mention(d, i, i + 1, DX_LOCATION, DX_FORM_NAME, dx_capitalize(d->a, nom), -1);
			d->tokplace[i] = 1;
			continue;
		}
		add_place(d, i, i + 1, dx_capitalize(d->a, nom), NULL);
	}
}

/* the dictionary knows the word, and not as a place's name */
static int
no_place_analysis(const dx_doc *d, const char *low)
{
	const dx_ocdict *dict = dx_morph_dict(d->lex);
	dx_ocparse	p[16];
	int			np,
				k;

	if (dict == NULL || (np = dx_morph_lookup(d->lex, low, strlen(low), p, 16)) <= 0)
		return 0;
	for (k = 0; k < np; k++)
		if (p[k].gram & DX_G(Geox))
			return 0;
	return 1;
}

/*
 * A form of a town named by an adjective in its own gender and number:
 * Хмельницкого, Хмельницком of Хмельницкий, not Хмельницкой (of the
 * region's adjective); 1 for a name that is no masculine or neuter
 * adjective (a feminine -ая may be a noun: Прая).
 */
static int
adjective_name_form(const char *term, const char *form)
{
	return !dx_masc_neut_adjective_nominative(term) || dx_masc_neut_adjective_oblique(form);
}

/*
 * A one-word place whose form here is another word: "Северном потоке",
 * "Балтийском колледже" (an adjective before a noun it agrees with), "Думаю, что" (a verb
 * opening a sentence).
 */
int
dx_not_a_place(const dx_doc *d, const dx_span *s, const lex_entry *le)
{
	const dx_tok *toks = d->text.toks;
	const dx_tok *t = &toks[s->t0];
	int			n = d->text.ntoks;

	const char *term;

	if (part_of_quoted_name(d, s->t0, s->t1))
		return 1;
	if (s->t1 != s->t0 + 1 || le->nw != 1)
		return 0;
	term = d->lex->words[le->w0].low;
	if (strcmp(t->low, term) == 0)
	{
		/* a town named by an adjective (Волжский) is one before a noun it agrees with */
		if (!dx_adjective_form(t) || s->t1 >= n || toks[s->t1].type != TK_WORD ||
			(toks[s->t1].flags & TF_CAP) || dx_function_word(toks[s->t1].low) ||
			!(dx_morph_dict(d->lex) == NULL || (t->flags & TF_FIRST) ||
			  agreeing_adjective(d, toks[s->t1].low, t->low)))
			return 0;
		return 1;
	}
	if (!adjective_name_form(term, t->low))
		return 1;
	/* inside a sentence, not before a word it does not agree with: "в Грозном прошла" */
	if (dx_adjective_form(t) && s->t1 < n && toks[s->t1].type == TK_WORD &&
		!(toks[s->t1].flags & TF_CAP) && !dx_function_word(toks[s->t1].low) &&
		(dx_morph_dict(d->lex) == NULL || (t->flags & TF_FIRST) ||
		 agreeing_adjective(d, toks[s->t1].low, t->low)))
		return 1;
	if ((t->flags & TF_FIRST) && s->t1 < n && dx_tok_punct(&toks[s->t1], ','))
		return 1;
	/*
	 * "Обе компании", "«Королева одобрила": first in a sentence or a quotation,
	 * a form the dictionary knows, but not as a place's
	 */
	if (((t->flags & TF_FIRST) || (s->t0 > 0 && toks[s->t0 - 1].type == TK_QUOTE &&
									 toks[s->t0 - 1].qkind != QK_CLOSE)) &&
		no_place_analysis(d, t->low))
		return 1;
	return 0;
}

/*
 * "Азии Биби": a place word before the surname of a person of the story is
 * that person's given name, spelt another way.  Adds the person's mention.
 */
int
dx_place_before_surname(dx_doc *d, const dx_span *s)
{
	const dx_tok *toks = d->text.toks;
	int			j = s->t1,
				k,
				n,
				x;
	const int  *ids;

	if (s->t1 != s->t0 + 1 || j >= d->text.ntoks || !dx_is_cap_word(d, j) || !(toks[j].flags & TF_SPACE))
		return 0;
	ids = dx_ix_get(d, DX_IX_SURNAME, toks[j].low, strlen(toks[j].low), &n);
	for (x = 0; x < n && x < DX_IX_SCAN; x++)
	{
		const dx_ent *e = &d->ents[ids[x]];

		k = ids[x];
		if (e->kind == DX_PERSON && e->surname && e->given && strcmp(toks[j].low, e->surname) == 0)
		{
			/* the mention is what the text wrote (Азию Биби: Азия Биби), the entity the story's name */
			dx_buf		b;

			dx_buf_init(&b, d->a);
			dx_buf_adds(&b, dx_entry(d, s->entry)->term);
			dx_buf_addc(&b, ' ');
			dx_buf_adds(&b, dx_tokens_text(d, j, j + 1));
			dx_add_mention(d, s->t0, j + 1, DX_PERSON, DX_FORM_NAME, dx_buf_str(&b), k);
			return 1;
		}
	}
	/*
	 * No such person yet: the word after is a surname when the story uses
	 * it alone too (Биби ... Биби), away from this place; the search is
	 * bounded so that long texts stay linear.
	 */
	if (dx_span_kind_at(d, j) == LK_NONE && !(toks[j].flags & TF_ALLCAPS) && (toks[j].flags & TF_CYR) &&
		(j + 1 >= d->text.ntoks || !dx_is_cap_word(d, j + 1)))
	{
		int			uses = 0,
					lo = s->t0 - 2000 > 0 ? s->t0 - 2000 : 0,
					hi = j + 2000 < d->text.ntoks ? j + 2000 : d->text.ntoks;

		for (k = lo; k < hi && uses < 2; k++)
			if (k != j && strcmp(toks[k].low, toks[j].low) == 0 && (toks[k].flags & TF_CAP) &&
				!(toks[k].flags & TF_FIRST) &&
				(k == 0 || dx_span_kind_at(d, k - 1) == LK_NONE || dx_span_kind_at(d, k - 1) == LK_OFFICE))
				uses++;
		if (uses >= 2)
		{
			const lex_entry *le = dx_entry(d, s->entry);
			dx_buf		b;
			const char *full;
			int			ent;

			dx_buf_init(&b, d->a);
			dx_buf_adds(&b, le->term);
			dx_buf_addc(&b, ' ');
			dx_buf_adds(&b, dx_tokens_text(d, j, j + 1));
			full = dx_buf_str(&b);
			ent = dx_person_entity(d, full, dx_tokens_text(d, j, j + 1), le->term,
								dx_given_name_gender(le->term));
			if (ent >= 0)
				dx_add_mention(d, s->t0, j + 1, DX_PERSON, DX_FORM_NAME, full, ent);
			return 1;
		}
	}
	return 0;
}

/*
 * A state's or place's name that is part of another name: a web domain
 * (".РФ"), a compound (Кин-Топ), a company's name, or a thing's name in
 * quotation marks after its noun (шаттл «Колумбия»).
 */
int
dx_inside_other_name(const dx_doc *d, const dx_span *s, int compound)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;

	if (s->t0 > 0 && dx_tok_punct(&toks[s->t0 - 1], '.') && !(toks[s->t0].flags & TF_SPACE))
		return 1;
	/* Западная Сибирь: part of a place named with an adjective */
	if (d->tokplace[s->t0])
		return 1;
	/* "Холдинг Швейцария АГ": among capitalised words the lexicon does not know */
	if ((s->t0 > 0 && s->t1 < n && toks[s->t0 - 1].type == TK_WORD && (toks[s->t0 - 1].flags & TF_CAP) &&
		 !(toks[s->t0 - 1].flags & TF_FIRST) && dx_span_kind_at(d, s->t0 - 1) == LK_NONE &&
		 d->tokperson[s->t0 - 1] < 0 && toks[s->t1].type == TK_WORD && (toks[s->t1].flags & TF_CAP) &&
		 dx_span_kind_at(d, s->t1) == LK_NONE && d->tokperson[s->t1] < 0 && (toks[s->t1].flags & TF_SPACE)))
		return 1;
	/* «Единая Россия», "Техрик-э-Лабаик Пакистан": a word of a quoted name not a place's */
	if (!compound && inside_quoted_name(d, s->t0, s->t1))
		return 1;
	/* Интерфакс-Украина: joined by a hyphen to the name of a body the lexicon knows */
	if (s->t0 >= 2 && toks[s->t0 - 1].type == TK_HYPHEN && !(toks[s->t0 - 1].flags & TF_SPACE) &&
		!(toks[s->t0].flags & TF_SPACE) && dx_span_kind_at(d, s->t0 - 2) == LK_ORG &&
		d->spans[d->tokspan[s->t0 - 2]].t1 == s->t0 - 1)
		return 1;
	if (compound && s->t1 + 1 < n && toks[s->t1].type == TK_HYPHEN && !(toks[s->t1].flags & TF_SPACE) &&
		!(toks[s->t1 + 1].flags & TF_SPACE) && toks[s->t1 + 1].type == TK_WORD)
		return 1;
	/* "полёта «Колумбии»", "газета «Россия»": quoted after the noun of a thing */
	if (s->t0 > 1 && toks[s->t0 - 1].type == TK_QUOTE && toks[s->t0 - 1].qkind != QK_CLOSE &&
		s->t1 < n && toks[s->t1].type == TK_QUOTE && toks[s->t1].qkind != QK_OPEN &&
		toks[s->t0 - 2].type == TK_WORD &&
		(!(toks[s->t0 - 2].flags & TF_CAP) || (toks[s->t0 - 2].flags & TF_FIRST)))
		return 1;
	return 0;
}

/*
 * The dictionary knows the word and none of its analyses is a locative
 * (Кремль; not Кремле, not an indeclinable or unknown Даунинг-стрит): 0.
 */
static int
locative_possible(const dx_doc *d, const char *low)
{
	dx_ocparse	p[16];
	int			n,
				k;

	if (dx_morph_dict(d->lex) == NULL)
		return 1;
	n = dx_morph_analyse(d->lex, low, strlen(low), p, 16);
	if (n <= 0)
		return 1;
	for (k = 0; k < n; k++)
		if (p[k].gram & (DX_G(loct) | DX_G(loc2)) || p[k].gram & DX_G(Fixd))
			return 1;
	return 0;
}

/*
 * A seat of a body (Кремль, Белый дом, Брюссель for the European Union)
 * named as a place: 1 after a preposition of place, after a word of place
 * (аэропорт Брюсселя) or in a dateline; elsewhere (Кремль заявил,
 * пресс-служба Кремля, уступка Брюсселю) 0, the body.  The seat of a
 * state's presidency (one the lexicon gives a state) after a preposition is
 * 2, the place and the body at once: "встреча в Кремле" is held in the
 * building, "в Кремле заявили", "решение принято в Кремле" speak of the
 * administration.
 */
int
dx_seat_as_place(const dx_doc *d, const dx_span *s)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	const lex_entry *le = dx_entry(d, s->entry);

	/* "давить на Кремль", "ответ на Брюссель": на with another case than the locative aims at the body */
	if (s->t0 > 0 && toks[s->t0 - 1].sent == toks[s->t0].sent && (dx_tok_gram(d, s->t0 - 1) & GR_P_NA) &&
		s->t1 == s->t0 + 1 && !locative_possible(d, toks[s->t0].low))
		return 0;
	if (s->t0 > 0 && toks[s->t0 - 1].sent == toks[s->t0].sent && (dx_tok_gram(d, s->t0 - 1) & SEAT_PREPS))
		return le->country && *le->country ? 2 : 1;
	/* аэропорт Брюсселя, мэр Брюсселя: the city */
	if (s->t0 > 0 && toks[s->t0 - 1].sent == toks[s->t0].sent && dx_tok_has_cue(d, s->t0 - 1, CUE_PLACE_CONTEXT))
		return 1;
	/* "в Королевском дворце Брюсселя": the genitive of a place named by a generic noun, as for a capital */
	if (s->t0 > 0 && toks[s->t0 - 1].sent == toks[s->t0].sent && d->tokplace[s->t0 - 1])
		return 1;
	/* a dateline: "БРЮССЕЛЬ, 5 мая", "Брюссель. 23 августа." */
	if (toks[s->t0].flags & TF_ALLCAPS)
		return 1;
	if (s->t1 + 1 < n && (dx_tok_punct(&toks[s->t1], ',') || dx_tok_punct(&toks[s->t1], '.')) &&
		toks[s->t1 + 1].type == TK_NUM)
		return 1;
	return 0;
}

/*
 * A capital standing for its state (Москва заявила, переговоры с Лондоном,
 * позиция Киева) rather than a place (в Баку, посетить Баку, мэр Лондона).
 * A place is what a preposition of place, a visit or a local office points
 * at, or a form in the locative; everything else is the state.
 */
/*
 * A list of places is followed back at most this far to the preposition
 * before it: a list of thousands of capitals once took quadratic time and
 * recursed as deep as it was long.
 */
#define METONYM_LIST 16

static int	capital_metonym(const dx_doc *d, const dx_span *s, int depth);

int
dx_capital_metonym(const dx_doc *d, const dx_span *s)
{
	return capital_metonym(d, s, 0);
}

static int
capital_metonym(const dx_doc *d, const dx_span *s, int depth)
{
	const dx_tok *t = &d->text.toks[s->t0];
	const lex_entry *e = dx_entry(d, s->entry);
	const char *lemma = d->lex->words[e->w0].low;
	int			prev = s->t0 - 1;

	/* Восточный Иерусалим: part of a place's longer name */
	if (d->tokplace[s->t0])
		return 0;
	/* a locative form (в Лондоне, о Москве) is a place */
	if (dx_prepositional_form(t->low, lemma))
		return 0;
	if (prev >= 0 && d->text.toks[prev].sent == t->sent)
	{
		if (dx_tok_gram(d, prev) & PLACE_PREPS)
			return 0;
		/* "Окружной суд Амстердама", "мэрия Москвы": a body of the city */
		if (dx_tok_entry_kind(d, prev, LK_ORG_TYPE) >= 0)
			return 0;
		/*
		 * "в столице страны Сан-Сальвадоре": a state's noun between the word
		 * of place and the capital; "в Королевском дворце Мадрида": a place
		 * named by a generic noun, the capital its genitive
		 */
		if (d->tokplace[prev] ||
			(prev > 0 && dx_tok_has_cue(d, prev, CUE_PARTY_NOUN) &&
			 d->text.toks[prev - 1].sent == t->sent && dx_tok_has_cue(d, prev - 1, CUE_PLACE_CONTEXT)))
			return 0;
		if (dx_tok_has_cue(d, prev, CUE_PLACE_CONTEXT) || (dx_verb_code(d, prev) &&
											  strcmp(dx_verb_code(d, prev), "visit") == 0))
			return 0;
		/* "в Москве и Пекине", "из Баку и Анкары": a list after a preposition */
		if (((dx_tok_gram(d, prev) & GR_AND) || dx_tok_punct(&d->text.toks[prev], ',')) &&
			prev > 0 && d->tokspan[prev - 1] >= 0)
		{
			const dx_span *o = &d->spans[d->tokspan[prev - 1]];

			if ((o->kind == LK_CAPITAL || o->kind == LK_CITY) && depth < METONYM_LIST &&
				!capital_metonym(d, o, depth + 1))
				return 0;
		}
	}
	/* "признать Иерусалим столицей", "считать Иерусалим неделимым": its status as a city */
	if (s->t1 < d->text.ntoks && d->text.toks[s->t1].sent == t->sent &&
		dx_tok_has_cue(d, s->t1, CUE_CITY_STATUS))
		return 0;
	/* "Баку, Азербайджан": a place with its state */
	if (s->t1 + 1 < d->text.ntoks && dx_tok_punct(&d->text.toks[s->t1], ',') &&
		dx_span_kind_at(d, s->t1 + 1) == LK_COUNTRY)
		return 0;
	/* a headline or a dateline: "МОСКВА, 12 мая", "Москва. 23 августа.", "Лондон: В понедельник" */
	if ((t->flags & TF_ALLCAPS) || (t->flags & TF_NL && s->t1 < d->text.ntoks &&
									(dx_tok_punct(&d->text.toks[s->t1], ',') ||
									 dx_tok_punct(&d->text.toks[s->t1], ':'))))
		return 0;
	if (s->t1 + 1 < d->text.ntoks && (dx_tok_punct(&d->text.toks[s->t1], ',') ||
									  dx_tok_punct(&d->text.toks[s->t1], '.')) &&
		d->text.toks[s->t1 + 1].type == TK_NUM)
		return 0;
	return 1;
}


/*
 * A place that is not on the Earth's map: a heavenly body or a station in
 * orbit (Луна, МКС).  Its mentions are places, but it is no location entity:
 * the locations of a story are places on the ground.
 */
int
dx_place_off_earth(const dx_doc *d, const lex_entry *le)
{
	int			len;
	const char *low;

	if (le == NULL || le->term == NULL)
		return 0;
	low = dx_normalize(d->a, le->term, strlen(le->term), &len);
	return low != NULL && dx_str_has_cue(d->lex, low, CUE_OFF_EARTH);
}
