/* result_jsonb.c - the jsonb of diplo.extract(), written directly from an engine result */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"
#include "utils/fmgrprotos.h"

#include "diplo_pg.h"

/*
 * diplo.extract() used to render the result as JSON text and parse it with
 * jsonb_in: for a large document that held the text, a tree of JsonbValues
 * (one per key and value) and the jsonb at once, twice the memory of the
 * extraction itself.  This file writes the jsonb binary format straight
 * into one buffer instead, in the layout JsonbValueToJsonb() produces
 * (utils/jsonb.h): a container is a header word, one JEntry per child (an
 * object's keys first, sorted by length and then bytes, then its values in
 * the same order) and the children's data; every JB_OFFSET_STRIDE-th JEntry
 * holds an end offset, the others a length; numerics and nested containers
 * are padded to a 4-byte boundary, the padding counted in their length.
 * The result equals jsonb_in() of dx_result_json() byte for byte (the test
 * extract_ru.sql compares them).
 */

#define JBW_MAX_DEPTH 4			/* root, array, object, array of strings */

typedef struct jbw_frame
{
	int			jentries;		/* buffer offset of the first JEntry */
	int			start;			/* buffer offset before the padding */
	int			index;			/* next JEntry to fill */
	int			count;			/* JEntries in all */
	uint32		totallen;		/* bytes of children's data so far */
} jbw_frame;

typedef struct jbw
{
	StringInfoData buf;
	jbw_frame	stack[JBW_MAX_DEPTH];
	int			depth;
} jbw;

static void
pad_to_int(jbw *w)
{
	int			pad = INTALIGN(w->buf.len) - w->buf.len;

	if (pad > 0)
		appendBinaryStringInfo(&w->buf, "\0\0\0", pad);
}

/* Fill the next JEntry of the open container for a child of len bytes. */
static void
set_entry(jbw *w, uint32 type, uint32 len)
{
	jbw_frame  *f = &w->stack[w->depth - 1];
	JEntry		meta;

	Assert(f->index < f->count);
	f->totallen += len;
	if (f->totallen > JENTRY_OFFLENMASK)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("result of diplo.extract() is too large for jsonb"),
				 errdetail("A jsonb container holds at most %d bytes.", JENTRY_OFFLENMASK)));
	if (f->index % JB_OFFSET_STRIDE == 0)
		meta = type | f->totallen | JENTRY_HAS_OFF;
	else
		meta = type | len;
	memcpy(w->buf.data + f->jentries + f->index * sizeof(JEntry), &meta, sizeof(JEntry));
	f->index++;
}

/* Open a container of n children (n pairs for an object). */
static void
open_container(jbw *w, bool object, int n)
{
	jbw_frame  *f;
	uint32		header = (uint32) n | (object ? JB_FOBJECT : JB_FARRAY);
	int			nentries = object ? 2 * n : n;

	Assert(w->depth < JBW_MAX_DEPTH);
	if ((uint32) n > JB_CMASK)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("result of diplo.extract() is too large for jsonb"),
				 errdetail("A jsonb container holds at most %d elements.", JB_CMASK)));
	f = &w->stack[w->depth++];
	f->start = w->buf.len;
	pad_to_int(w);
	appendBinaryStringInfo(&w->buf, (char *) &header, sizeof(header));
	f->jentries = w->buf.len;
	f->index = 0;
	f->count = nentries;
	f->totallen = 0;
	enlargeStringInfo(&w->buf, nentries * sizeof(JEntry));
	w->buf.len += nentries * sizeof(JEntry);
}

static void
close_container(jbw *w)
{
	jbw_frame  *f = &w->stack[--w->depth];

	Assert(f->index == f->count);
	if (w->depth > 0)
		set_entry(w, JENTRY_ISCONTAINER, w->buf.len - f->start);
}

static void
put_string(jbw *w, const char *s)
{
	size_t		n;

	if (s == NULL)
	{
		set_entry(w, JENTRY_ISNULL, 0);
		return;
	}
	n = strlen(s);
	appendBinaryStringInfo(&w->buf, s, n);
	set_entry(w, JENTRY_ISSTRING, n);
}

static void
put_numeric(jbw *w, Numeric num)
{
	int			before = w->buf.len;

	pad_to_int(w);
	appendBinaryStringInfo(&w->buf, (char *) num, VARSIZE_ANY(num));
	set_entry(w, JENTRY_ISNUMERIC, w->buf.len - before);
}

static void
put_int(jbw *w, int v)
{
	Numeric		num = int64_to_numeric(v);

	put_numeric(w, num);
	pfree(num);
}

/* an array of strings */
static void
put_strings(jbw *w, const char *const *a, int n)
{
	int			i;

	open_container(w, false, n);
	for (i = 0; i < n; i++)
		put_string(w, a[i]);
	close_container(w);
}

/*
 * One field of an object.  An object's fields are listed in the order of
 * dx_result_json() and written in jsonb's key order.
 */
typedef enum
{
	F_STR, F_INT, F_INT_OR_NULL, F_STRS, F_NUMERIC_TEXT, F_NESTED
} field_type;

typedef struct field
{
	const char *key;
	field_type	type;
	const char *s;
	int			i;
	const char *const *a;
	void		(*nested) (jbw *w, const dx_result *r);
} field;

/* jsonb's key order: shorter keys first, then by bytes */
static int
key_cmp(const char *a, const char *b)
{
	size_t		la = strlen(a),
				lb = strlen(b);

	if (la != lb)
		return la < lb ? -1 : 1;
	return memcmp(a, b, la);
}

static void
put_object(jbw *w, const dx_result *r, field *fs, int n)
{
	int			i,
				j;

	/* insertion sort: objects have at most a dozen keys */
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && key_cmp(fs[j - 1].key, fs[j].key) > 0; j--)
		{
			field		t = fs[j];

			fs[j] = fs[j - 1];
			fs[j - 1] = t;
		}
	open_container(w, true, n);
	for (i = 0; i < n; i++)
	{
		size_t		len = strlen(fs[i].key);

		appendBinaryStringInfo(&w->buf, fs[i].key, len);
		set_entry(w, JENTRY_ISSTRING, len);
	}
	for (i = 0; i < n; i++)
	{
		const field *f = &fs[i];

		switch (f->type)
		{
			case F_STR:
				put_string(w, f->s);
				break;
			case F_INT:
				put_int(w, f->i);
				break;
			case F_INT_OR_NULL:
				if (f->i == 0)
					set_entry(w, JENTRY_ISNULL, 0);
				else
					put_int(w, f->i);
				break;
			case F_STRS:
				put_strings(w, f->a, f->i);
				break;
			case F_NUMERIC_TEXT:
				{
					Numeric		num = DatumGetNumeric(DirectFunctionCall3(numeric_in,
																		  CStringGetDatum(f->s),
																		  ObjectIdGetDatum(InvalidOid),
																		  Int32GetDatum(-1)));

					put_numeric(w, num);
					pfree(num);
					break;
				}
			case F_NESTED:
				f->nested(w, r);
				break;
		}
	}
	close_container(w);
}

#define STR(k, v)		{ .key = (k), .type = F_STR, .s = (v) }
#define INT(k, v)		{ .key = (k), .type = F_INT, .i = (v) }
#define INTN(k, v)		{ .key = (k), .type = F_INT_OR_NULL, .i = (v) }
#define STRS(k, v, n)	{ .key = (k), .type = F_STRS, .a = (v), .i = (n) }

static void
put_mentions(jbw *w, const dx_result *r)
{
	int			i;

	open_container(w, false, r->nmentions);
	for (i = 0; i < r->nmentions; i++)
	{
		const dx_mention *m = &r->mentions[i];
		field		fs[] = {
			STR("kind", dx_kind_name(m->kind)),
			STR("form", dx_form_name(m->form)),
			STR("surface", m->surface),
			STR("normal", m->normal),
			INT("start_pos", m->start + 1),
			INT("end_pos", m->end + 1),
			INT("sentence", m->sentence),
			INTN("entity", m->entity >= 0 ? m->entity + 1 : 0),
		};

		CHECK_FOR_INTERRUPTS();
		put_object(w, r, fs, lengthof(fs));
	}
	close_container(w);
}

static void
put_entities(jbw *w, const dx_result *r)
{
	int			i;

	open_container(w, false, r->nentities);
	for (i = 0; i < r->nentities; i++)
	{
		const dx_entity *e = &r->entities[i];
		field		fs[] = {
			STR("kind", dx_kind_name(e->kind)),
			STR("name", e->name),
			STR("code", e->code),
			STR("country", e->country),
			STR("role", e->role),
			STRS("aliases", e->aliases, e->naliases),
			INT("mentions", e->mentions),
			INT("first_pos", e->first_pos + 1),
		};

		put_object(w, r, fs, lengthof(fs));
	}
	close_container(w);
}

static void
put_agreements(jbw *w, const dx_result *r)
{
	int			i;

	open_container(w, false, r->nagreements);
	for (i = 0; i < r->nagreements; i++)
	{
		const dx_agreement *g = &r->agreements[i];
		field		fs[] = {
			STR("doc_type", g->doc_type),
			STR("title", g->title),
			STRS("aliases", g->aliases, g->naliases),
			STRS("parties", g->parties, g->nparties),
			STRS("signatories", g->signatories, g->nsignatories),
			STR("status", g->status),
			INTN("valid_from", g->valid_from),
			INTN("valid_to", g->valid_to),
			INT("sentence", g->sentence),
			INT("start_pos", g->start + 1),
			INT("end_pos", g->end + 1),
		};

		put_object(w, r, fs, lengthof(fs));
	}
	close_container(w);
}

static void
put_events(jbw *w, const dx_result *r)
{
	int			i;

	open_container(w, false, r->nevents);
	for (i = 0; i < r->nevents; i++)
	{
		const dx_event *e = &r->events[i];
		field		fs[] = {
			STR("event_type", e->event_type),
			STR("status", e->status),
			STRS("countries", e->countries, e->ncountries),
			STR("guest", e->guest),
			STR("host", e->host),
			STRS("persons", e->persons, e->npersons),
			STR("location", e->location),
			STR("cameo", e->cameo),
			INT("sentence", e->sentence),
			INT("start_pos", e->start + 1),
			INT("end_pos", e->end + 1),
		};

		put_object(w, r, fs, lengthof(fs));
	}
	close_container(w);
}

static void
put_amounts(jbw *w, const dx_result *r)
{
	int			i;

	open_container(w, false, r->namounts);
	for (i = 0; i < r->namounts; i++)
	{
		const dx_amount *a = &r->amounts[i];
		field		fs[] = {
			{.key = "value",.type = F_NUMERIC_TEXT,.s = a->value},
			STR("currency", a->currency),
			STR("about", a->about),
			STR("surface", a->surface),
			INT("start_pos", a->start + 1),
			INT("end_pos", a->end + 1),
			INT("sentence", a->sentence),
		};

		put_object(w, r, fs, lengthof(fs));
	}
	close_container(w);
}

static void
put_quotes(jbw *w, const dx_result *r)
{
	int			i;

	open_container(w, false, r->nquotes);
	for (i = 0; i < r->nquotes; i++)
	{
		const dx_quote *q = &r->quotes[i];
		field		fs[] = {
			STR("speaker", q->speaker),
			STR("speaker_role", q->speaker_role),
			STR("speaker_country", q->speaker_country),
			STR("quote", q->quote),
			INT("start_pos", q->start + 1),
			INT("end_pos", q->end + 1),
			INT("sentence", q->sentence),
		};

		put_object(w, r, fs, lengthof(fs));
	}
	close_container(w);
}

/* The jsonb of a whole result, allocated in the current memory context. */
Jsonb *
diplo_result_jsonb(const dx_result *r)
{
	jbw			w;
	field		fs[] = {
		{.key = "mentions",.type = F_NESTED,.nested = put_mentions},
		{.key = "entities",.type = F_NESTED,.nested = put_entities},
		{.key = "agreements",.type = F_NESTED,.nested = put_agreements},
		{.key = "events",.type = F_NESTED,.nested = put_events},
		{.key = "amounts",.type = F_NESTED,.nested = put_amounts},
		{.key = "quotes",.type = F_NESTED,.nested = put_quotes},
	};

	initStringInfo(&w.buf);
	w.depth = 0;
	/* the varlena header, set at the end */
	appendBinaryStringInfo(&w.buf, "\0\0\0\0", VARHDRSZ);
	put_object(&w, r, fs, lengthof(fs));
	Assert(w.depth == 0);
	SET_VARSIZE(w.buf.data, w.buf.len);
	return (Jsonb *) w.buf.data;
}
