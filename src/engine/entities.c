/*
 * entities.c - the ordered pass that finds entities (their store is
 * store.c), in this order: persons the lexicon knows, offices naming a
 * person (offices.c), places named by a generic noun (places.c), persons by
 * rule and names alone (persons.c), offices after a name and offices standing
 * for a person (offices.c), then states, places and organisations from the
 * lexicon and by rule (here, places.c, orgs.c).
 */
#include "internal.h"
#include "entities.h"
#include "morph.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

/*
 * A state body: МИД Литвы, Министерства иностранных дел Казахстана,
 * японский МИД, or a capitalised Минздрав on its own.
 */
static void
org_head(dx_doc *d, const dx_span *s, int adj_tok)
{
	const lex_entry *le = dx_entry(d, s->entry);
	int			n = d->text.ntoks;
	int			t0 = s->t0,
				t1 = s->t1;
	const char *country = NULL;
	dx_buf		b;
	const char *name;
	int			ent;

	dx_buf_init(&b, d->a);
	if (s->t1 < n && dx_span_kind_at(d, s->t1) == LK_COUNTRY &&
		d->spans[d->tokspan[s->t1]].t0 == s->t1)
	{
		const dx_span *cs = &d->spans[d->tokspan[s->t1]];

		dx_buf_adds(&b, dx_capitalize(d->a, le->term));
		dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, dx_tokens_text(d, cs->t0, cs->t1));
		country = dx_entry(d, cs->entry)->code;
		t1 = cs->t1;
	}
	else if (adj_tok >= 0 || (s->t0 > 0 && dx_span_kind_at(d, s->t0 - 1) == LK_COUNTRY_ADJ &&
							   d->spans[d->tokspan[s->t0 - 1]].t1 == s->t0))
	{
		int			at = adj_tok >= 0 ? adj_tok : d->spans[d->tokspan[s->t0 - 1]].t0;
		int			ae = dx_tok_entry_kind(d, at, LK_COUNTRY_ADJ);
		char	   *adj = dx_tokens_text(d, at, at + 1);
		char	   *nom = dx_adjective_nominative(d->a, adj, dx_noun_gender(d->lex->words[le->w0].low));

		if (ae < 0)
			return;
		dx_buf_adds(&b, nom ? nom : adj);
		dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, le->term);
		country = dx_entry(d, ae)->code;
		t0 = at;
	}
	/* a name of several words (Верховный суд) is one first in a sentence too */
	else if ((d->text.toks[s->t0].flags & TF_CAP) &&
			 (!(d->text.toks[s->t0].flags & TF_FIRST) || strchr(le->term, ' ') != NULL))
		dx_buf_adds(&b, le->term);
	else if (d->lex->words[le->w0].allcaps || (d->text.toks[s->t0].flags & TF_CAP && le->nw == 1))
		dx_buf_adds(&b, le->term);
	else
		return;					/* "министерство" alone is no name */
	name = dx_strdup(d->a, dx_buf_str(&b));
	ent = dx_entity_by_name(d, DX_ORGANIZATION, name);
	if (ent < 0)
	{
		ent = dx_new_entity(d, DX_ORGANIZATION, name);
		if (ent >= 0)
			d->ents[ent].country = country;
	}
	dx_add_mention(d, t0, t1, DX_ORGANIZATION, DX_FORM_NAME, name, ent);
}

/* a state's Latin name standing inside a Latin-script name: France-Presse, Bank of China */
static int
latin_inside_name(const dx_doc *d, const dx_span *s)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks;

	if (!(t[s->t0].flags & TF_LAT) || (t[s->t0].flags & TF_CYR))
		return 0;
	if (s->t1 < n && t[s->t1].type == TK_HYPHEN)
		return 1;
	if (s->t0 > 0 && (t[s->t0 - 1].type == TK_HYPHEN ||
					  ((t[s->t0 - 1].flags & TF_LAT) && !(t[s->t0 - 1].flags & TF_CYR) &&
					   t[s->t0 - 1].type == TK_WORD)))
		return 1;
	if (s->t1 < n && (t[s->t1].flags & TF_LAT) && !(t[s->t1].flags & TF_CYR) &&
		(t[s->t1].flags & TF_CAP) && t[s->t1].type == TK_WORD)
		return 1;
	return 0;
}

/* ---------------------------------------------------------------- the spans */

/* the token maps the entity layer fills; -1 when out of memory */
static int
alloc_token_maps(dx_doc *d)
{
	int			n = d->text.ntoks;
	int			i;

	d->tokperson = dx_alloc(d->a, sizeof(int) * (n + 1));
	d->tokname = dx_alloc(d->a, sizeof(int) * (n + 1));
	d->tokquoted = dx_alloc(d->a, n + 1);
	d->tokorg = dx_alloc(d->a, n + 1);
	d->tokplace = dx_alloc(d->a, n + 1);
	d->tokbody = dx_alloc(d->a, n + 1);
	if (d->tokperson == NULL || d->tokname == NULL || d->tokquoted == NULL || d->tokorg == NULL ||
		d->tokplace == NULL || d->tokbody == NULL)
		return -1;
	dx_mark_quoted_names(d);
	for (i = 0; i < n; i++)
		d->tokperson[i] = d->tokname[i] = -1;
	return 0;
}

/* persons the lexicon knows by full name */
static void
lexicon_persons(dx_doc *d)
{
	int			k;

	for (k = 0; k < d->nspans && !DX_POLL(d, k); k++)
	{
		dx_span    *s = &d->spans[k];

		if (s->kind == LK_PERSON)
			dx_lexicon_person(d, s->t0, s->t1, s->entry);
	}
}

/* a state named by its name */
static void
country_span(dx_doc *d, const dx_span *s, const lex_entry *le)
{
	int			ent;

	if (latin_inside_name(d, s) || dx_inside_other_name(d, s, 0))
		return;					/* France-Presse, Bank of China, .РФ */
	ent = dx_country_entity(d, le);
	dx_add_mention(d, s->t0, s->t1, DX_COUNTRY, DX_FORM_NAME, dx_country_normal(le), ent);
}

/* a state named by its adjective */
static void
country_adj_span(dx_doc *d, const dx_span *s, const lex_entry *le)
{
	int			ce = dx_country_entity(d, le);
	const char *nm = ce >= 0 ? d->ents[ce].name : le->name;

	dx_add_mention(d, s->t0, s->t1, DX_COUNTRY, DX_FORM_ADJECTIVE, nm, ce);
}

/* a capital standing for its state; 0 when it stands for itself */
static int
capital_metonym_span(dx_doc *d, const dx_span *s, const lex_entry *le)
{
	const char *cname;
	int			ent;

	if (!dx_capital_metonym(d, s))
		return 0;
	cname = dx_lex_state_name(d->lex, le->code);
	ent = dx_entity_of_country(d, le->code);
	if (ent < 0)
	{
		ent = dx_new_entity(d, DX_COUNTRY, cname);
		if (ent >= 0)
			dx_set_country_code(d, ent, le->code);
	}
	/* the mention's nominative is the capital's own name */
	dx_add_mention(d, s->t0, s->t1, DX_COUNTRY, DX_FORM_NAME, le->name, ent);
	return 1;
}

/*
 * A state that no longer exists (СССР, Османская империя): a place mention,
 * no country (it has no current code) and no location entity.
 */
static void
former_state_span(dx_doc *d, const dx_span *s, const lex_entry *le)
{
	if (latin_inside_name(d, s) || dx_inside_other_name(d, s, 0))
		return;
	dx_add_mention(d, s->t0, s->t1, DX_LOCATION, DX_FORM_NAME, le->term, -1);
}

/*
 * A place: one entity per canonical name (canon: Санкт-Петербург for
 * Петербург; a seat used as a place passes the name the text uses), named
 * as the story first names it, or by the canonical name once the story
 * uses it; the story's other names are its aliases.  The mention keeps the
 * text's own name in the nominative.
 */
static void
add_location(dx_doc *d, const dx_span *s, const lex_entry *le, const char *canon,
			 const char *country)
{
	int			ent;

	if (dx_place_off_earth(d, le))
	{
		/* Луна, МКС: a place mention, no location entity */
		dx_add_mention(d, s->t0, s->t1, DX_LOCATION, DX_FORM_NAME, le->term, -1);
		return;
	}
	if (canon == NULL || *canon == '\0')
		canon = le->term;
	ent = dx_entity_by_canonical(d, DX_LOCATION, canon);
	if (ent >= 0)
	{
		dx_ent	   *o = &d->ents[ent];

		/* the canonical name replaces a shorter one as the entity's name */
		if (strcmp(le->term, canon) == 0 && strcmp(o->name, canon) != 0)
		{
			dx_add_alias(d, o, o->name);
			dx_set_entity_name(d, ent, canon);
		}
	}
	else
	{
		ent = dx_entity_by_name(d, DX_LOCATION, le->term);
		if (ent < 0)
		{
			ent = dx_new_entity(d, DX_LOCATION, le->term);
			if (ent >= 0)
				d->ents[ent].country = country;
		}
		if (ent >= 0)
			dx_ix_add(d, DX_IX_CANONICAL, canon, strlen(canon), ent);
	}
	if (ent >= 0)
		dx_add_alias(d, &d->ents[ent], le->term);
	dx_add_mention(d, s->t0, s->t1, DX_LOCATION, DX_FORM_NAME, le->term, ent);
}

/*
 * "в Волжском": a form in -ом, -ем of both a town named by a noun (Волжск,
 * its instrumental) and one named by an adjective (Волжский, its
 * locative, the case after в and на) is the latter's.
 */
static const lex_entry *
adjective_town(const dx_doc *d, const dx_span *s, const lex_entry *le)
{
	const dx_lexicon *lex = d->lex;
	const dx_tok *t = &d->text.toks[s->t0];
	int			k;

	if (s->t1 != s->t0 + 1 || le->nw != 1 || le->kind != LK_CITY ||
		dx_masc_neut_adjective_nominative(lex->words[le->w0].low) ||
		!dx_om_em_ending(t->low))
		return le;
	for (k = dx_lex_lookup(lex, t->low, (int) strlen(t->low)); k >= 0; k = lex->posts[k].next)
	{
		const lex_entry *o = &lex->entries[lex->posts[k].entry];

		if (o != le && o->kind == LK_CITY && o->nw == 1 &&
			dx_masc_neut_adjective_nominative(lex->words[o->w0].low))
			return o;
	}
	return le;
}

/* a capital, city or region */
static void
place_span(dx_doc *d, const dx_span *s, const lex_entry *le)
{
	le = adjective_town(d, s, le);
	if (d->tokperson[s->t0] >= 0 || dx_inside_other_name(d, s, 1) || dx_not_a_place(d, s, le))
		return;					/* the word names a person or a thing here */
	if (dx_place_before_surname(d, s))
		return;
	/* "Ла-Манш": a short capitalised word and a hyphen before the place make one name */
	if (s->t0 >= 2 && d->text.toks[s->t0 - 1].type == TK_HYPHEN &&
		!(d->text.toks[s->t0 - 1].flags & TF_SPACE) && !(d->text.toks[s->t0].flags & TF_SPACE) &&
		d->text.toks[s->t0 - 2].type == TK_WORD && (d->text.toks[s->t0 - 2].flags & TF_CAP) &&
		(d->text.toks[s->t0 - 2].flags & TF_CYR) && !(d->text.toks[s->t0 - 2].flags & TF_ALLCAPS) &&
		d->text.toks[s->t0 - 2].nchars <= 3 &&
		dx_span_kind_at(d, s->t0 - 2) == LK_NONE && d->tokperson[s->t0 - 2] < 0)
	{
		dx_span		whole = *s;
		lex_entry	named = *le;
		dx_buf		b;

		dx_buf_init(&b, d->a);
		dx_buf_adds(&b, dx_tokens_text(d, s->t0 - 2, s->t0));
		dx_buf_adds(&b, le->term);
		named.term = dx_strdup(d->a, dx_buf_str(&b));
		whole.t0 = s->t0 - 2;
		add_location(d, &whole, &named, named.term, le->code ? le->code : le->country);
		return;
	}
	add_location(d, s, le, le->name, le->code ? le->code : le->country);
}

/* the lexicon's entry names a body's seat (Кремль, Брюссель), not the body */
static int
seat_entry(const lex_entry *le)
{
	return le->role && strcmp(le->role, "seat") == 0;
}

/*
 * One entity per organisation, named as the text first names it in full
 * (Еврокомиссия, not the canonical Европейская комиссия); other names
 * become aliases.
 */
static int
lexicon_org_entity(dx_doc *d, const lex_entry *le)
{
	int			x,
				k,
				ent = -1,
				seat = seat_entry(le);
	const int  *ids = dx_ix_get(d, DX_IX_CANONICAL, le->name, strlen(le->name), &x);

	for (k = 0; k < x && ent < 0; k++)
		if (d->ents[ids[k]].kind == DX_ORGANIZATION && d->ents[ids[k]].canonical &&
			strcmp(d->ents[ids[k]].canonical, le->name) == 0)
			ent = ids[k];
	if (ent < 0)
	{
		/* a seat standing for a body is named as the body: Брюссель for the European Union */
		ent = dx_new_entity(d, DX_ORGANIZATION, seat ? le->name : le->term);
		if (ent >= 0)
		{
			d->ents[ent].country = le->country;
			d->ents[ent].canonical = le->name;
			d->ents[ent].lex_code = le->code;
			dx_ix_add(d, DX_IX_CANONICAL, le->name, strlen(le->name), ent);
		}
	}
	if (ent >= 0)
	{
		dx_ent	   *o = &d->ents[ent];
		int			abbr = d->lex->words[le->w0].allcaps && le->nw == 1;

		/* a full name replaces an abbreviation as the entity's name (a seat is not a name) */
		if (!abbr && o->name_is_abbr && !seat)
		{
			dx_add_alias(d, o, o->name);
			o->name = le->term;
			o->name_is_abbr = 0;
		}
		else if (o->mentions == 0)
			o->name_is_abbr = abbr;
		dx_add_alias(d, o, le->term);
		dx_add_alias(d, o, le->name);
	}
	return ent;
}

/*
 * The state of a seat whose name is a place's name: a city of the lexicon
 * (Брюссель, a capital of Belgium, for the European Union; *is_place 1) or
 * a street (Даунинг-стрит; *is_place 2); NULL and 0 for a building (Кремль,
 * Белый дом).
 */
static const char *
seat_place_name(const dx_doc *d, const dx_span *s, const lex_entry *le, int *is_place)
{
	int			e = -1;

	*is_place = 0;
	if (s->t1 == s->t0 + 1)
	{
		e = dx_tok_entry_kind(d, s->t0, LK_CAPITAL);
		if (e < 0)
			e = dx_tok_entry_kind(d, s->t0, LK_CITY);
	}
	if (e >= 0)
	{
		*is_place = 1;
		return dx_entry(d, e)->code ? dx_entry(d, e)->code : dx_entry(d, e)->country;
	}
	/* Даунинг-стрит: the last word of a name of several is a street's noun */
	if (s->t1 - s->t0 > 1 && dx_tok_has_cue(d, s->t1 - 1, CUE_STREET_NOUN))
	{
		*is_place = 2;
		return le->country;
	}
	return NULL;
}

/* an organisation the lexicon knows, or its seat used as a place */
static void
org_span(dx_doc *d, const dx_span *s, const lex_entry *le)
{
	int			n = d->text.ntoks;
	int			ent,
				place,
				named_place = 0;
	const char *state = seat_entry(le) ? seat_place_name(d, s, le, &named_place) : NULL;

	/* a seat used as a place: в Кремле, из Белого дома, БРЮССЕЛЬ, 5 мая (2: the body too) */
	place = seat_entry(le) ? dx_seat_as_place(d, s) : 0;
	/*
	 * A seat that is a city or a street is named by a place's name, one
	 * mention of kind location: "в Брюсселе" of the place, in its state;
	 * "Брюссель заявил", "переговоры с Брюсселем", "пресс-секретарь
	 * Даунинг-стрит" of the body, as a capital standing for its state is of
	 * the state.  A street that is the seat of a presidency after a
	 * preposition ("на Даунинг-стрит", 2) is the place and the body at once,
	 * as a building is (в Кремле).
	 */
	if (named_place && !(named_place == 2 && place == 2))
	{
		if (place)
			add_location(d, s, le, le->term, state);
		else
			dx_add_mention(d, s->t0, s->t1, DX_LOCATION, DX_FORM_NAME, le->term,
						   lexicon_org_entity(d, le));
		return;
	}
	if (place)
	{
		add_location(d, s, le, le->term, le->country);
		if (place == 1)
			return;
	}
	ent = lexicon_org_entity(d, le);
	if (s->t1 + 1 < n && d->text.toks[s->t1].type == TK_HYPHEN &&
		d->text.toks[s->t1 + 1].type == TK_WORD &&
		(d->text.toks[s->t1 + 1].flags & TF_CAP))
	{
		/* Интерфакс-Украина: a name of its own */
		const char *full = dx_tokens_text(d, s->t0, s->t1 + 2);

		ent = dx_entity_by_name(d, DX_ORGANIZATION, full);
		if (ent < 0)
			ent = dx_new_entity(d, DX_ORGANIZATION, full);
		dx_add_mention(d, s->t0, s->t1 + 2, DX_ORGANIZATION, DX_FORM_NAME, full, ent);
		return;
	}
	dx_add_mention(d, s->t0, s->t1, DX_ORGANIZATION, DX_FORM_NAME, le->term, ent);
}

/* глава МИД Литвы, главы японского МИДа: the states and the body inside an office */
static void
office_span(dx_doc *d, const dx_span *s)
{
	int			j;

	for (j = s->t0 + 1; j < s->t1; j++)
	{
		/* a state named in the office's words: председатель КНР */
		int			ce = dx_tok_entry_kind(d, j, LK_COUNTRY);

		if (ce >= 0)
		{
			int			ent2 = dx_country_entity(d, dx_entry(d, ce));

			dx_add_mention(d, j, j + 1, DX_COUNTRY, DX_FORM_NAME, dx_entry(d, ce)->name, ent2);
		}
	}
	if (s->adj_tok >= 0)
	{
		/* the state named inside the office: глава казахстанского государства */
		int			ae = dx_tok_entry_kind(d, s->adj_tok, LK_COUNTRY_ADJ);

		if (ae >= 0)
		{
			int			ce = dx_country_entity(d, dx_entry(d, ae));

			dx_add_mention(d, s->adj_tok, s->adj_tok + 1, DX_COUNTRY, DX_FORM_ADJECTIVE,
						   ce >= 0 ? d->ents[ce].name : dx_entry(d, ae)->name, ce);
		}
	}
	/* a body the lexicon knows named in the office's words: председатель Европейского совета */
	for (j = s->t0 + 1; j < s->t1; j++)
	{
		int			end,
					oe = dx_org_entry_inside(d, j, s->t1, &end);

		if (oe >= 0)
		{
			dx_span		fake = *s;

			fake.t0 = j;
			fake.t1 = end;
			fake.entry = oe;
			fake.kind = LK_ORG;
			fake.adj_tok = -1;
			org_span(d, &fake, dx_entry(d, oe));
			j = end - 1;
		}
	}
	for (j = s->t0; j < s->t1; j++)
	{
		int			oh = dx_tok_entry_kind(d, j, LK_ORG_HEAD);

		if (oh >= 0 && j + 1 == s->t1)
		{
			dx_span		fake = *s;

			fake.t0 = j;
			fake.t1 = j + 1;
			fake.entry = oh;
			fake.kind = LK_ORG_HEAD;
			org_head(d, &fake, s->adj_tok == j - 1 ? s->adj_tok : -1);
		}
	}
}

/*
 * A word cut short by a dot before a word in lower case (Прим. ред.): an
 * abbreviation, not a declined form of a place's name that its letters
 * happen to spell (прим, a form of Прая by the rules).  The name itself,
 * and a form the dictionary knows as a place's (в Пакистане. поддерживающие,
 * a sentence written without its capital), are kept.
 */
static int
abbreviated_form(const dx_doc *d, const dx_span *s, const lex_entry *le)
{
	const dx_tok *t = d->text.toks;

	if (s->t1 != s->t0 + 1 || le->nw != 1 || s->t1 + 1 >= d->text.ntoks)
		return 0;
	if (t[s->t1].type != TK_PUNCT || strcmp(t[s->t1].low, ".") != 0 ||
		(t[s->t1].flags & TF_SPACE))
		return 0;
	if (t[s->t1 + 1].type != TK_WORD || (t[s->t1 + 1].flags & (TF_CAP | TF_ALLCAPS)))
		return 0;
	if (strcmp(t[s->t0].low, d->lex->words[le->w0].low) == 0)
		return 0;
	{
		const dx_ocdict *dict = dx_morph_dict(d->lex);
		dx_ocparse	p[16];
		int			np,
					k;

		if (dict == NULL)
			return 1;
		np = dx_ocdict_lookup(dict, t[s->t0].low, strlen(t[s->t0].low), p, 16);
		for (k = 0; k < np; k++)
			if (p[k].gram & DX_G(Geox))
				return 0;
	}
	return 1;
}

/* states, places and organisations of the lexicon's spans */
static void
span_entities(dx_doc *d)
{
	int			k;

	for (k = 0; k < d->nspans && !DX_POLL(d, k); k++)
	{
		const dx_span *s = &d->spans[k];
		const lex_entry *le = dx_entry(d, s->entry);

		if ((s->kind == LK_COUNTRY || s->kind == LK_CAPITAL || s->kind == LK_CITY ||
			 s->kind == LK_REGION) && abbreviated_form(d, s, le))
			continue;
		switch (s->kind)
		{
			case LK_COUNTRY:
				country_span(d, s, le);
				break;
			case LK_COUNTRY_ADJ:
				country_adj_span(d, s, le);
				break;
			case LK_CAPITAL:
				/* a capital's form in a person's name (Джордж Вашингтон) is none */
				if (d->tokperson[s->t0] < 0 && capital_metonym_span(d, s, le))
					break;
				/* FALLTHROUGH */
			case LK_CITY:
			case LK_REGION:
				place_span(d, s, le);
				break;
			case LK_FORMER_STATE:
				former_state_span(d, s, le);
				break;
			case LK_ORG:
				org_span(d, s, le);
				break;
			case LK_ORG_HEAD:
				org_head(d, s, -1);
				break;
			case LK_OFFICE:
				office_span(d, s);
				break;
			default:
				break;
		}
	}
}

/* ---------------------------------------------------------------- the pass */

/*
 * The steps of the pass, in order: each reads what the ones before it
 * found (a person found by name is no place, an office after a name needs
 * the name).
 */
static void (*const entity_steps[]) (dx_doc *d) = {
	lexicon_persons,			/* persons the lexicon knows by full name */
	dx_find_office_persons,		/* offices naming a person */
	dx_find_generic_places,		/* реки Славянки, деревне Иттан Уали */
	dx_find_rule_persons,		/* given name + surname, initials */
	dx_find_offices_after_names,	/* "Дмитрий Медведев, президент России," */
	dx_find_names_alone,		/* surnames and given names alone */
	dx_find_offices_after_surnames,	/* "Сидоров является министром обороны" */
	dx_find_colleague_offices,	/* "со своим монегасским коллегой Жаном Дюпоном" */
	dx_find_office_descriptors, /* глава казахстанского государства */
	span_entities				/* states, places, organisations */
};

int
dx_find_entities(dx_doc *d)
{
	size_t		i;

	if (alloc_token_maps(d) != 0)
		return -1;
	for (i = 0; i < sizeof(entity_steps) / sizeof(entity_steps[0]); i++)
	{
		entity_steps[i] (d);
		if (dx_stop(d))
			return d->stopped ? -2 : -1;
	}
	{
		int			rc = dx_find_organizations(d);

		if (rc != 0)
			return rc;
	}
	return d->a->failed ? -1 : 0;
}
