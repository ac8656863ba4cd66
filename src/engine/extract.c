/* extract.c - the engine's entry point: runs the passes over one document and builds the result. */
#include "internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct dx_result_priv
{
	dx_arena	arena;
} dx_result_priv;

static const char *const KIND_NAMES[] = {"person", "country", "location", "organization"};
static const char *const FORM_NAMES[] = {"name", "adjective", "descriptor"};

const char *
dx_kind_name(dx_kind kind)
{
	return (unsigned) kind < 4 ? KIND_NAMES[kind] : "other";
}

const char *
dx_form_name(dx_form form)
{
	return (unsigned) form < 3 ? FORM_NAMES[form] : "name";
}

/* the two states the story is most about, and the weight of the next one */
static void
main_countries(dx_doc *d)
{
	int		   *w = dx_alloc(d->a, sizeof(int) * (d->nents + 1));
	int			top[3] = {-1, -1, -1};
	int			i,
				k;

	d->main_country[0] = d->main_country[1] = -1;
	d->main_weight[0] = d->main_weight[1] = d->third_weight = 0;
	if (w == NULL)
		return;
	for (i = 0; i < d->nments; i++)
	{
		const dx_ment *m = &d->ments[i];

		if (m->entity < 0)
			continue;
		if (m->kind == DX_COUNTRY)
			w[m->entity] += 2;
		else if (m->kind == DX_PERSON && d->ents[m->entity].country)
		{
			int			c = dx_entity_of_country(d, d->ents[m->entity].country);

			if (c >= 0)
				w[c] += 1;
		}
	}
	for (k = 0; k < 3; k++)
		for (i = 0; i < d->nents; i++)
			if (d->ents[i].kind == DX_COUNTRY && w[i] > 0 && i != top[0] && i != top[1] &&
				(top[k] < 0 || w[i] > w[top[k]]))
				top[k] = i;
	for (k = 0; k < 2; k++)
	{
		d->main_country[k] = top[k];
		d->main_weight[k] = top[k] >= 0 ? w[top[k]] : 0;
	}
	d->third_weight = top[2] >= 0 ? w[top[2]] : 0;
}

static int
cmp_ment(const void *a, const void *b)
{
	const dx_ment *x = a,
			   *y = b;

	if (x->t0 != y->t0)
		return x->t0 - y->t0;
	return y->t1 - x->t1;
}

static int
build_result(dx_doc *d, dx_result *r)
{
	int		   *map = dx_alloc(d->a, sizeof(int) * (d->nents + 1));
	int			i,
				n = 0;

	if (map == NULL)
		return -1;
	if (d->nments > 1)
		qsort(d->ments, d->nments, sizeof(dx_ment), cmp_ment);
	/* entities in order of first mention, only those mentioned */
	r->entities = dx_alloc(d->a, sizeof(dx_entity) * (d->nents + 1));
	r->mentions = dx_alloc(d->a, sizeof(dx_mention) * (d->nments + 1));
	if (r->entities == NULL || r->mentions == NULL)
		return -1;
	for (i = 0; i < d->nents; i++)
		map[i] = -1;
	for (i = 0; i < d->nments; i++)
	{
		int			e = d->ments[i].entity;

		if (e >= 0 && map[e] < 0)
		{
			dx_entity  *o = &r->entities[n];
			const dx_ent *s = &d->ents[e];

			o->kind = s->kind;
			o->name = s->name;
			/* a country's ISO code; an organisation's lexicon key */
			o->code = s->kind == DX_ORGANIZATION ? s->lex_code : s->code;
			o->country = s->kind == DX_COUNTRY ? s->code : s->country;
			o->role = s->role;
			o->aliases = s->aliases;
			o->naliases = s->naliases;
			o->mentions = s->mentions;
			o->first_pos = s->first_c;
			map[e] = n++;
		}
	}
	r->nentities = n;
	for (i = 0; i < d->nments; i++)
	{
		const dx_ment *m = &d->ments[i];
		dx_mention *o = &r->mentions[i];

		o->kind = m->kind;
		o->form = m->form;
		o->start = d->text.toks[m->t0].c0;
		o->end = d->text.toks[m->t1 - 1].c1;
		o->surface = dx_tokens_text(d, m->t0, m->t1);
		o->normal = m->normal;
		o->sentence = d->text.toks[m->t0].sent + 1;
		o->entity = m->entity >= 0 ? map[m->entity] : -1;
	}
	r->nmentions = d->nments;
	r->agreements = d->agrs;
	r->nagreements = d->nagrs;
	r->events = d->evs;
	r->nevents = d->nevs;
	r->amounts = d->amts;
	r->namounts = d->namts;
	r->quotes = d->quotes;
	r->nquotes = d->nquotes;
	r->nsentences = d->text.nsents;
	r->sentences = NULL;
	if (d->text.nsents > 0)
	{
		r->sentences = dx_alloc(d->a, sizeof(dx_sentence) * (size_t) d->text.nsents);
		if (r->sentences == NULL)
			return -1;
		for (i = 0; i < d->text.nsents; i++)
			r->sentences[i].start = r->sentences[i].end = -1;
		for (i = 0; i < d->text.ntoks; i++)
		{
			const dx_tok *t = &d->text.toks[i];

			if (t->sent < 0 || t->sent >= d->text.nsents)
				continue;
			if (r->sentences[t->sent].start < 0)
			{
				r->sentences[t->sent].start = t->c0;
				r->sentences[t->sent].bstart = t->b0;
			}
			r->sentences[t->sent].end = t->c1;
			r->sentences[t->sent].bend = t->b1;
		}
	}
	return d->a->failed ? -1 : 0;
}

size_t
dx_memory_budget(const dx_options *opts, size_t len)
{
	if (opts != NULL && opts->max_memory != 0)
		return opts->max_memory;
	if (len > (SIZE_MAX - DX_MEMORY_BASE) / DX_MEMORY_PER_BYTE)
		return SIZE_MAX;
	return len * DX_MEMORY_PER_BYTE + DX_MEMORY_BASE;
}

size_t
dx_result_memory(const dx_result *res)
{
	const dx_result_priv *priv;

	if (res == NULL)
		return 0;
	priv = res->priv;
	return priv->arena.total;
}

static int
no_interrupt(void *arg)
{
	(void) arg;
	return 0;
}

/* the mentions indexed by token, the story's main states and the sums */
static int
index_and_amounts(dx_doc *d)
{
	int			rc = dx_index_mentions(d);

	if (rc == 0)
	{
		main_countries(d);
		rc = dx_find_amounts(d);
	}
	return rc;
}

/* the passes after the tokenizer, in order: each reads what those before found */
static int	(*const passes[]) (dx_doc *d) = {
	dx_match_lexicon,
	dx_find_entities,
	index_and_amounts,
	dx_find_agreements,
	dx_find_events,
	dx_find_quotes
};

/* an empty result in an arena of its own, with the memory budget; NULL when out of memory */
static dx_result *
new_result(const dx_options *opts, size_t len, dx_status *status)
{
	dx_result_priv *priv = calloc(1, sizeof(dx_result_priv));
	dx_result  *r;
	size_t		budget;

	if (priv == NULL)
	{
		if (status)
			*status = DX_ERR_NOMEM;
		return NULL;
	}
	dx_arena_init(&priv->arena);
	r = dx_alloc(&priv->arena, sizeof(dx_result));
	if (r == NULL)
	{
		free(priv);
		if (status)
			*status = DX_ERR_NOMEM;
		return NULL;
	}
	r->priv = priv;
	budget = dx_memory_budget(opts, len);
	priv->arena.limit = budget == SIZE_MAX ? 0 : budget;
	return r;
}

/* every pass over the document, then the result: 0, -1 out of memory, -2 stopped */
static int
run_passes(dx_doc *d, const char *text, size_t len, dx_result *r)
{
	const dx_options *opts = d->opts;
	size_t		i;
	int			rc;

	rc = dx_tokenize(d->a, text, len, &d->text, opts->interrupt ? opts->interrupt : no_interrupt,
					 opts->interrupt_arg);
	if (rc == 0 && dx_stop(d))
		rc = -2;
	for (i = 0; rc == 0 && i < sizeof(passes) / sizeof(passes[0]); i++)
	{
		rc = passes[i] (d);
		if (rc == 0 && dx_stop(d))
			rc = -2;
	}
	if (rc == 0)
		rc = build_result(d, r);
	return rc;
}

dx_result *
dx_extract(const dx_lexicon *lex, const char *text, size_t len,
		   const dx_options *opts, dx_status *status)
{
	dx_result  *r;
	dx_doc		d;
	dx_options	defaults;
	int			rc;

	if (status)
		*status = DX_OK;
	if (opts == NULL)
	{
		memset(&defaults, 0, sizeof(defaults));
		opts = &defaults;
	}
	r = new_result(opts, len, status);
	if (r == NULL || text == NULL || len == 0 || lex == NULL || !lex->finished)
		return r;

	memset(&d, 0, sizeof(d));
	d.a = &((dx_result_priv *) r->priv)->arena;
	d.lex = lex;
	d.opts = opts;
	d.published = opts->published;
	d.main_country[0] = d.main_country[1] = -1;
	d.nstory_years = -1;
	rc = run_passes(&d, text, len, r);
	if (rc != 0)
	{
		dx_result_priv *priv = r->priv;
		int			cancelled = d.stopped || (!d.a->failed && (rc == -2 || (opts->interrupt &&
																			  opts->interrupt(opts->interrupt_arg))));

		if (status)
			*status = d.a->over_limit ? DX_ERR_MEMORY_LIMIT :
				cancelled ? DX_ERR_CANCELLED : DX_ERR_NOMEM;
		dx_arena_free(&priv->arena);
		free(priv);
		return NULL;
	}
	return r;
}

void
dx_result_free(dx_result *res)
{
	dx_result_priv *priv;

	if (res == NULL)
		return;
	priv = res->priv;
	dx_arena_free(&priv->arena);
	free(priv);
}
