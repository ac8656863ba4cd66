/*
 * store.c - the entity store of one document: entities, their names and
 * aliases, mentions, and the index of entities under string keys (names,
 * state codes, surnames).  It lies below the passes: entities.c, persons.c,
 * offices.c, places.c, orgs.c and the fact passes add to it and read it; it
 * calls none of them.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

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

int
dx_entity_by_canonical(const dx_doc *d, dx_kind kind, const char *canon)
{
	int			n,
				i;
	const int  *ids = dx_ix_get(d, DX_IX_CANONICAL, canon, strlen(canon), &n);

	for (i = 0; i < n; i++)
		if (d->ents[ids[i]].kind == kind)
			return ids[i];
	return -1;
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

	/*
	 * A person's name that covers a shorter name of the same person found
	 * before (Биби, then Азию Биби) is one mention: the shorter one grows.
	 */
	if (kind == DX_PERSON && form == DX_FORM_NAME && ent >= 0)
	{
		int			inside = 0;

		for (i = t0; i < t1; i++)
			if (d->tokname[i] == ent)
				inside = 1;
		for (i = d->nments - 1; inside && i >= 0 && i >= d->nments - 4096; i--)
		{
			m = &d->ments[i];
			if (m->kind == DX_PERSON && m->form == DX_FORM_NAME && m->entity == ent &&
				t0 <= m->t0 && m->t1 <= t1 && t1 - t0 > m->t1 - m->t0)
			{
				int			k;

				m->t0 = t0;
				m->t1 = t1;
				m->normal = normal;
				for (k = t0; k < t1; k++)
					d->tokperson[k] = d->tokname[k] = ent;
				if (t0 < d->ents[ent].first_tok)
				{
					d->ents[ent].first_tok = t0;
					d->ents[ent].first_c = d->text.toks[t0].c0;
				}
				return i;
			}
		}
	}
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

uint8_t *
dx_named_as_written(dx_doc *d, dx_kind kind, int form)
{
	uint8_t    *w = dx_alloc(d->a, d->nents + 1);
	int			k;

	if (w == NULL)
		return NULL;
	memset(w, 0, d->nents + 1);
	for (k = 0; k < d->nments && !DX_POLL(d, k); k++)
	{
		const dx_ment *m = &d->ments[k];

		if (m->entity >= 0 && m->entity < d->nents && m->kind == kind &&
			(form < 0 || m->form == (dx_form) form) && d->ents[m->entity].name &&
			strcmp(dx_tokens_text(d, m->t0, m->t1), d->ents[m->entity].name) == 0)
			w[m->entity] = 1;
	}
	return w;
}
