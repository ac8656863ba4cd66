/*
 * entities.c - the entity store (entities, aliases, mentions) and the pass
 * that finds them, in this order: persons the lexicon knows, offices naming a
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

/* ---------------------------------------------------------------- entities */


static uint32_t
ix_hash(int tag, const char *key, size_t len)
{
	uint32_t	h = 2166136261u ^ (uint32_t) tag;
	size_t		i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char) key[i]) * 16777619u;
	return h ^ (h >> 15);
}

static dx_ixnode *
ix_find(const dx_doc *d, int tag, const char *key, size_t len, uint32_t h)
{
	uint32_t	mask,
				i;

	if (d->ix == NULL)
		return NULL;
	mask = (uint32_t) d->ix_cap - 1;
	for (i = h & mask;; i = (i + 1) & mask)
	{
		dx_ixnode  *x = &d->ix[i];

		if (x->key == NULL)
			return x;
		if (x->hash == h && x->tag == (uint32_t) tag && x->keylen == len &&
			memcmp(x->key, key, len) == 0)
			return x;
	}
}

void
dx_ix_add(dx_doc *d, int tag, const char *key, size_t len, int ent)
{
	uint32_t	h;
	dx_ixnode  *x;

	if (key == NULL || len >= (1 << 24))
		return;
	if (d->ix == NULL || 2 * (d->ix_n + 1) > d->ix_cap)
	{
		int			ncap = d->ix_cap ? d->ix_cap * 2 : 64,
					i;
		dx_ixnode  *old = d->ix;
		int			oldcap = d->ix_cap;

		d->ix = dx_alloc_lone(d->a, sizeof(dx_ixnode) * ncap);
		if (d->ix == NULL)
		{
			d->ix = old;
			return;
		}
		d->ix_cap = ncap;
		for (i = 0; i < oldcap; i++)
			if (old[i].key != NULL)
				*ix_find(d, old[i].tag, old[i].key, old[i].keylen, old[i].hash) = old[i];
		dx_arena_release(d->a, old, sizeof(dx_ixnode) * oldcap);
	}
	h = ix_hash(tag, key, len);
	x = ix_find(d, tag, key, len, h);
	if (x->key == NULL)
	{
		x->hash = h;
		x->tag = tag;
		x->key = key;
		x->keylen = len;
		x->nids = 1;
		x->one = ent;
		d->ix_n++;
		return;
	}
	if ((x->nids == 1 ? x->one : x->ids[x->nids - 1]) == ent)
		return;
	/* the list's room is the power of two from 4 up that holds it */
	if (x->nids == 1 || (x->nids >= 4 && (x->nids & (x->nids - 1)) == 0))
	{
		int		   *ids = dx_alloc_raw(d->a, sizeof(int) * (x->nids < 4 ? 4 : 2 * x->nids));

		if (ids == NULL)
			return;
		if (x->nids == 1)
			ids[0] = x->one;
		else
			memcpy(ids, x->ids, sizeof(int) * x->nids);
		x->ids = ids;
	}
	x->ids[x->nids++] = ent;
}

const int *
dx_ix_get(const dx_doc *d, int tag, const char *key, size_t len, int *n)
{
	dx_ixnode  *x = key ? ix_find(d, tag, key, len, ix_hash(tag, key, len)) : NULL;

	if (x == NULL || x->key == NULL)
	{
		*n = 0;
		return NULL;
	}
	*n = x->nids;
	return x->nids == 1 ? &x->one : x->ids;
}

static int
cmp_int(const void *a, const void *b)
{
	int			x = *(const int *) a,
				y = *(const int *) b;

	return x < y ? -1 : x > y;
}

int
dx_ix_sorted(const dx_doc *d, int tag, const char *key, size_t keylen, int *out, int max)
{
	int			n,
				i,
				k = 0;
	const int  *ids = dx_ix_get(d, tag, key, keylen, &n);

	if (n > max)
		n = max;
	if (n <= 0)
		return 0;
	memcpy(out, ids, sizeof(int) * n);
	if (n > 1)
		qsort(out, n, sizeof(int), cmp_int);
	for (i = 0; i < n; i++)
		if (k == 0 || out[k - 1] != out[i])
			out[k++] = out[i];
	return k;
}

size_t
dx_prefix_len(const char *s)
{
	size_t		n = 0;

	while (n < 4 && s[n])
		n++;
	return n;
}

void
dx_set_entity_name(dx_doc *d, int ent, const char *name)
{
	d->ents[ent].name = name;
	if (name)
		dx_ix_add(d, DX_IX_NAME + d->ents[ent].kind, name, strlen(name), ent);
}

int
dx_stop(dx_doc *d)
{
	if (!d->stopped && d->opts->interrupt && d->opts->interrupt(d->opts->interrupt_arg))
		d->stopped = 1;
	return d->stopped || d->a->failed;
}

int
dx_new_entity(dx_doc *d, dx_kind kind, const char *name)
{
	dx_ent	   *e = DX_PUSH(d->a, d->ents, d->nents, d->cap_ents);

	if (e == NULL)
		return -1;
	e->kind = kind;
	e->first_c = -1;
	e->first_tok = -1;
	dx_set_entity_name(d, d->nents - 1, name);
	return d->nents - 1;
}

void
dx_add_alias(dx_doc *d, dx_ent *e, const char *alias)
{
	if (alias == NULL || strcmp(alias, e->name) == 0)
		return;
	dx_add_str(d, &e->aliases, &e->naliases, &e->cap_aliases, alias);
}

/* the first entity of a kind that is called name now */
int
dx_entity_by_name(const dx_doc *d, dx_kind kind, const char *name)
{
	int			n,
				i,
				best = -1;
	const int  *ids = dx_ix_get(d, DX_IX_NAME + kind, name, strlen(name), &n);

	/* a renamed entity stays listed under its old names: check the name */
	for (i = 0; i < n; i++)
		if (d->ents[ids[i]].kind == kind && strcmp(d->ents[ids[i]].name, name) == 0 &&
			(best < 0 || ids[i] < best))
			best = ids[i];
	return best;
}

void
dx_set_country_code(dx_doc *d, int ent, const char *code)
{
	d->ents[ent].code = code;
	if (code)
		dx_ix_add(d, DX_IX_CODE, code, strlen(code), ent);
}

int
dx_entity_of_country(dx_doc *d, const char *code)
{
	int			n,
				i;
	const int  *ids = dx_ix_get(d, DX_IX_CODE, code, strlen(code), &n);

	for (i = 0; i < n; i++)
		if (d->ents[ids[i]].kind == DX_COUNTRY && d->ents[ids[i]].code &&
			strcmp(d->ents[ids[i]].code, code) == 0)
			return ids[i];
	return -1;
}

int
dx_add_mention(dx_doc *d, int t0, int t1, dx_kind kind, dx_form form, const char *normal, int ent)
{
	dx_ment    *m;
	int			i;

	/* one mention per span and kind */
	for (i = d->nments - 1; i >= 0 && i >= d->nments - 8; i--)
		if (d->ments[i].t0 == t0 && d->ments[i].t1 == t1 && d->ments[i].kind == kind)
			return i;
	m = DX_PUSH(d->a, d->ments, d->nments, d->cap_ments);
	if (m == NULL)
		return -1;
	m->t0 = t0;
	m->t1 = t1;
	m->kind = kind;
	m->form = form;
	m->normal = normal;
	m->entity = ent;
	if (kind == DX_ORGANIZATION)
		for (i = t0; i < t1; i++)
			d->tokorg[i] = 1;
	if (ent >= 0)
	{
		dx_ent	   *e = &d->ents[ent];

		e->mentions++;
		if (e->first_tok < 0 || t0 < e->first_tok)
		{
			e->first_tok = t0;
			e->first_c = d->text.toks[t0].c0;
		}
		if (kind == DX_PERSON)
			for (i = t0; i < t1; i++)
			{
				d->tokperson[i] = ent;
				if (form == DX_FORM_NAME)
					d->tokname[i] = ent;
			}
	}
	return d->nments - 1;
}

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
	else if ((d->text.toks[s->t0].flags & TF_CAP) && !(d->text.toks[s->t0].flags & TF_FIRST))
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

/* ---------------------------------------------------------------- the pass */

int
dx_find_entities(dx_doc *d)
{
	int			n = d->text.ntoks;
	int			i,
				k;

	d->tokperson = dx_alloc(d->a, sizeof(int) * (n + 1));
	d->tokname = dx_alloc(d->a, sizeof(int) * (n + 1));
	d->tokquoted = dx_alloc(d->a, n + 1);
	d->tokorg = dx_alloc(d->a, n + 1);
	d->tokplace = dx_alloc(d->a, n + 1);
	if (d->tokperson == NULL || d->tokname == NULL || d->tokquoted == NULL || d->tokorg == NULL ||
		d->tokplace == NULL)
		return -1;
	dx_mark_quoted_names(d);
	for (i = 0; i < n; i++)
		d->tokperson[i] = d->tokname[i] = -1;

	/* 1. persons the lexicon knows by full name, and offices naming a person */
	for (k = 0; k < d->nspans && !DX_POLL(d, k); k++)
	{
		dx_span    *s = &d->spans[k];

		if (s->kind == LK_PERSON)
			dx_lexicon_person(d, s->t0, s->t1, s->entry);
	}
	dx_find_office_persons(d);
	if (dx_stop(d))
		return d->stopped ? -2 : -1;

	/* 1b. places a generic noun introduces: реки Славянки, деревне Иттан Уали */
	dx_find_generic_places(d);
	if (dx_stop(d))
		return d->stopped ? -2 : -1;

	/* 2. persons by rule: given name + surname, initials */
	dx_find_rule_persons(d);
	if (dx_stop(d))
		return d->stopped ? -2 : -1;

	/* 2b. an office after a name and a comma: "Дмитрий Медведев, президент России," */
	dx_find_offices_after_names(d);
	if (dx_stop(d))
		return d->stopped ? -2 : -1;

	/* 3. surnames and given names alone */
	dx_find_names_alone(d);
	if (dx_stop(d))
		return d->stopped ? -2 : -1;

	/* 4. offices standing for a person: глава казахстанского государства */
	dx_find_office_descriptors(d);
	if (dx_stop(d))
		return d->stopped ? -2 : -1;

	/* 5. states, places, organisations */
	for (k = 0; k < d->nspans && !DX_POLL(d, k); k++)
	{
		dx_span    *s = &d->spans[k];
		const lex_entry *le = dx_entry(d, s->entry);
		int			ent;

		switch (s->kind)
		{
			case LK_COUNTRY:
				if (latin_inside_name(d, s) || dx_inside_other_name(d, s, 0))
					break;		/* France-Presse, Bank of China, .РФ */
				ent = dx_country_entity(d, le);
				dx_add_mention(d, s->t0, s->t1, DX_COUNTRY, DX_FORM_NAME, dx_country_normal(le), ent);
				break;
			case LK_COUNTRY_ADJ:
				{
					int			ce = dx_country_entity(d, le);
					const char *nm = ce >= 0 ? d->ents[ce].name : le->name;

					dx_add_mention(d, s->t0, s->t1, DX_COUNTRY, DX_FORM_ADJECTIVE, nm, ce);
				}
				break;
			case LK_CAPITAL:
				if (dx_capital_metonym(d, s))
				{
					const char *cname = dx_lex_state_name(d->lex, le->code);

					ent = dx_entity_of_country(d, le->code);
					if (ent < 0)
					{
						ent = dx_new_entity(d, DX_COUNTRY, cname);
						if (ent >= 0)
							dx_set_country_code(d, ent, le->code);
					}
					/* the mention's nominative is the capital's own name */
					dx_add_mention(d, s->t0, s->t1, DX_COUNTRY, DX_FORM_NAME, le->name, ent);
					break;
				}
				/* FALLTHROUGH */
			case LK_CITY:
			case LK_REGION:
				if (d->tokperson[s->t0] >= 0 || dx_inside_other_name(d, s, 1) || dx_not_a_place(d, s, le))
					break;		/* the word names a person or a thing here */
				if (dx_place_before_surname(d, s))
					break;
				/* a place keeps the name the text uses, in the nominative */
				ent = dx_entity_by_name(d, DX_LOCATION, le->term);
				if (ent < 0)
				{
					ent = dx_new_entity(d, DX_LOCATION, le->term);
					if (ent >= 0)
						d->ents[ent].country = le->code ? le->code : le->country;
				}
				dx_add_mention(d, s->t0, s->t1, DX_LOCATION, DX_FORM_NAME, le->term, ent);
				break;
			case LK_ORG:
				/* a seat used as a place: в Кремле, из Белого дома, БРЮССЕЛЬ, 5 мая */
				if (le->role && strcmp(le->role, "seat") == 0 && dx_seat_as_place(d, s))
				{
					ent = dx_entity_by_name(d, DX_LOCATION, le->term);
					if (ent < 0)
					{
						ent = dx_new_entity(d, DX_LOCATION, le->term);
						if (ent >= 0)
							d->ents[ent].country = le->country;
					}
					dx_add_mention(d, s->t0, s->t1, DX_LOCATION, DX_FORM_NAME, le->term, ent);
					break;
				}
				{
					/*
					 * One entity per organisation, named as the text first
					 * names it in full (Еврокомиссия, not the canonical
					 * Европейская комиссия); other names become aliases.
					 */
					int			x;

					const int  *ids = dx_ix_get(d, DX_IX_CANONICAL, le->name, strlen(le->name), &x);

					ent = -1;
					for (int k2 = 0; k2 < x && ent < 0; k2++)
						if (d->ents[ids[k2]].kind == DX_ORGANIZATION && d->ents[ids[k2]].canonical &&
							strcmp(d->ents[ids[k2]].canonical, le->name) == 0)
							ent = ids[k2];
					if (ent < 0)
					{
						ent = dx_new_entity(d, DX_ORGANIZATION, le->term);
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

						/* a full name replaces an abbreviation as the entity's name */
						if (!abbr && o->name_is_abbr)
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
						break;
					}
					dx_add_mention(d, s->t0, s->t1, DX_ORGANIZATION, DX_FORM_NAME, le->term, ent);
				}
				break;
			case LK_ORG_HEAD:
				org_head(d, s, -1);
				break;
			case LK_OFFICE:
				{
					/* глава МИД Литвы, главы японского МИДа: the body inside the office */
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
				break;
			default:
				break;
		}
	}
	{
		int			rc = dx_find_organizations(d);

		if (rc != 0)
			return rc;
	}
	return d->a->failed ? -1 : 0;
}
