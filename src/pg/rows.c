/* rows.c - turns an engine result into rows of the diplo composite types */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/tuplestore.h"

#include "diplo_pg.h"

#define MAX_COLS 12

/* Helpers filling values[i] / nulls[i]. */
static void
put_text(Datum *values, bool *nulls, int i, const char *s)
{
	nulls[i] = (s == NULL);
	values[i] = s ? CStringGetTextDatum(s) : (Datum) 0;
}

static void
put_int(Datum *values, bool *nulls, int i, int v)
{
	nulls[i] = false;
	values[i] = Int32GetDatum(v);
}

/* a year, 0 meaning none */
static void
put_year(Datum *values, bool *nulls, int i, int v)
{
	nulls[i] = (v == 0);
	values[i] = Int32GetDatum(v);
}

static void
put_array(Datum *values, bool *nulls, int i, const char **items, int n)
{
	Datum	   *elems;
	bool	   *enulls;
	int			dims[1];
	int			lbs[1];
	int			k;

	nulls[i] = false;
	if (items == NULL || n <= 0)
	{
		values[i] = PointerGetDatum(construct_empty_array(TEXTOID));
		return;
	}
	elems = palloc(sizeof(Datum) * n);
	enulls = palloc(sizeof(bool) * n);
	for (k = 0; k < n; k++)
	{
		enulls[k] = (items[k] == NULL);
		elems[k] = items[k] ? CStringGetTextDatum(items[k]) : (Datum) 0;
	}
	dims[0] = n;
	lbs[0] = 1;
	values[i] = PointerGetDatum(construct_md_array(elems, enulls, 1, dims, lbs,
												   TEXTOID, -1, false,
												   TYPALIGN_INT));
}

static int	expected_cols[] = {8, 8, 11, 11, 7, 7, 4};

/*
 * Put the rows of one kind of result into the materialized SRF result of
 * fcinfo.  Engine offsets are 0-based and end-exclusive; SQL offsets are
 * 1-based as substr() counts, so 1 is added to both.
 */
/* the rows of diplo.mentions */
static void
emit_mentions(Tuplestorestate *store, TupleDesc desc, const dx_result *res)
{
	Datum		v[MAX_COLS];
	bool		n[MAX_COLS];
	int			i;

	for (i = 0; i < res->nmentions; i++)
	{
		const dx_mention *m = &res->mentions[i];

		CHECK_FOR_INTERRUPTS();
		put_text(v, n, 0, dx_kind_name(m->kind));
		put_text(v, n, 1, dx_form_name(m->form));
		put_text(v, n, 2, m->surface);
		put_text(v, n, 3, m->normal);
		put_int(v, n, 4, m->start + 1);
		put_int(v, n, 5, m->end + 1);
		put_int(v, n, 6, m->sentence);
		put_int(v, n, 7, m->entity + 1);
		n[7] = (m->entity < 0);
		tuplestore_putvalues(store, desc, v, n);
	}
}

/* the rows of diplo.entities */
static void
emit_entities(Tuplestorestate *store, TupleDesc desc, const dx_result *res)
{
	Datum		v[MAX_COLS];
	bool		n[MAX_COLS];
	int			i;

	for (i = 0; i < res->nentities; i++)
	{
		const dx_entity *e = &res->entities[i];

		CHECK_FOR_INTERRUPTS();
		put_text(v, n, 0, dx_kind_name(e->kind));
		put_text(v, n, 1, e->name);
		put_text(v, n, 2, e->code);
		put_text(v, n, 3, e->country);
		put_text(v, n, 4, e->role);
		put_array(v, n, 5, e->aliases, e->naliases);
		put_int(v, n, 6, e->mentions);
		put_int(v, n, 7, e->first_pos + 1);
		tuplestore_putvalues(store, desc, v, n);
	}
}

/* the rows of diplo.agreements */
static void
emit_agreements(Tuplestorestate *store, TupleDesc desc, const dx_result *res)
{
	Datum		v[MAX_COLS];
	bool		n[MAX_COLS];
	int			i;

	for (i = 0; i < res->nagreements; i++)
	{
		const dx_agreement *a = &res->agreements[i];

		CHECK_FOR_INTERRUPTS();
		put_text(v, n, 0, a->doc_type);
		put_text(v, n, 1, a->title);
		put_array(v, n, 2, a->aliases, a->naliases);
		put_array(v, n, 3, a->parties, a->nparties);
		put_array(v, n, 4, a->signatories, a->nsignatories);
		put_text(v, n, 5, a->status);
		put_year(v, n, 6, a->valid_from);
		put_year(v, n, 7, a->valid_to);
		put_int(v, n, 8, a->sentence);
		put_int(v, n, 9, a->start + 1);
		put_int(v, n, 10, a->end + 1);
		tuplestore_putvalues(store, desc, v, n);
	}
}

/* the rows of diplo.events */
static void
emit_events(Tuplestorestate *store, TupleDesc desc, const dx_result *res)
{
	Datum		v[MAX_COLS];
	bool		n[MAX_COLS];
	int			i;

	for (i = 0; i < res->nevents; i++)
	{
		const dx_event *e = &res->events[i];

		CHECK_FOR_INTERRUPTS();
		put_text(v, n, 0, e->event_type);
		put_text(v, n, 1, e->status);
		put_array(v, n, 2, e->countries, e->ncountries);
		put_text(v, n, 3, e->guest);
		put_text(v, n, 4, e->host);
		put_array(v, n, 5, e->persons, e->npersons);
		put_text(v, n, 6, e->location);
		put_text(v, n, 7, e->cameo);
		put_int(v, n, 8, e->sentence);
		put_int(v, n, 9, e->start + 1);
		put_int(v, n, 10, e->end + 1);
		tuplestore_putvalues(store, desc, v, n);
	}
}

/* the rows of diplo.amounts */
static void
emit_amounts(Tuplestorestate *store, TupleDesc desc, const dx_result *res)
{
	Datum		v[MAX_COLS];
	bool		n[MAX_COLS];
	int			i;

	for (i = 0; i < res->namounts; i++)
	{
		const dx_amount *a = &res->amounts[i];

		CHECK_FOR_INTERRUPTS();
		n[0] = (a->value == NULL);
		v[0] = a->value == NULL ? (Datum) 0 :
			DirectFunctionCall3(numeric_in,
								CStringGetDatum(a->value),
								ObjectIdGetDatum(InvalidOid),
								Int32GetDatum(-1));
		put_text(v, n, 1, a->currency);
		put_text(v, n, 2, a->about);
		put_text(v, n, 3, a->surface);
		put_int(v, n, 4, a->start + 1);
		put_int(v, n, 5, a->end + 1);
		put_int(v, n, 6, a->sentence);
		tuplestore_putvalues(store, desc, v, n);
	}
}

/* the rows of diplo.quotes */
static void
emit_quotes(Tuplestorestate *store, TupleDesc desc, const dx_result *res)
{
	Datum		v[MAX_COLS];
	bool		n[MAX_COLS];
	int			i;

	for (i = 0; i < res->nquotes; i++)
	{
		const dx_quote *q = &res->quotes[i];

		CHECK_FOR_INTERRUPTS();
		put_text(v, n, 0, q->speaker);
		put_text(v, n, 1, q->speaker_role);
		put_text(v, n, 2, q->speaker_country);
		put_text(v, n, 3, q->quote);
		put_int(v, n, 4, q->start + 1);
		put_int(v, n, 5, q->end + 1);
		put_int(v, n, 6, q->sentence);
		tuplestore_putvalues(store, desc, v, n);
	}
}

/* the rows of diplo_internal.sentences: each sentence and its text */
static void
emit_sentences(Tuplestorestate *store, TupleDesc desc, const dx_result *res, text *doc)
{
	Datum		v[MAX_COLS];
	bool		n[MAX_COLS];
	int			i;

	for (i = 0; i < res->nsentences && res->sentences != NULL; i++)
	{
		const dx_sentence *s = &res->sentences[i];

		CHECK_FOR_INTERRUPTS();
		if (s->start < 0)
			continue;
		put_int(v, n, 0, i + 1);
		put_int(v, n, 1, s->start + 1);
		put_int(v, n, 2, s->end + 1);
		/* the text as a slice of the document's bytes, not by characters */
		if (s->bend <= (size_t) VARSIZE_ANY_EXHDR(doc) && s->bstart <= s->bend)
		{
			v[3] = PointerGetDatum(cstring_to_text_with_len(VARDATA_ANY(doc) + s->bstart,
															(int) (s->bend - s->bstart)));
			n[3] = false;
		}
		else
			n[3] = true;
		tuplestore_putvalues(store, desc, v, n);
	}
}

void
diplo_emit_rows(FunctionCallInfo fcinfo, diplo_rowkind kind,
				const dx_result *res)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	TupleDesc	desc = rsinfo->setDesc;
	Tuplestorestate *store = rsinfo->setResult;

	if (desc->natts != expected_cols[kind])
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("result type has %d columns, expected %d",
						desc->natts, expected_cols[kind]),
				 errdetail("The SQL definition does not match the loaded library.")));

	if (res == NULL)
		return;

	switch (kind)
	{
		case DIPLO_ROWS_MENTIONS:
			emit_mentions(store, desc, res);
			break;
		case DIPLO_ROWS_ENTITIES:
			emit_entities(store, desc, res);
			break;
		case DIPLO_ROWS_AGREEMENTS:
			emit_agreements(store, desc, res);
			break;
		case DIPLO_ROWS_EVENTS:
			emit_events(store, desc, res);
			break;
		case DIPLO_ROWS_AMOUNTS:
			emit_amounts(store, desc, res);
			break;
		case DIPLO_ROWS_QUOTES:
			emit_quotes(store, desc, res);
			break;
		case DIPLO_ROWS_SENTENCES:
			emit_sentences(store, desc, res, PG_GETARG_TEXT_PP(0));
			break;
	}
}
