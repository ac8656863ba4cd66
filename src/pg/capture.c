/* capture.c - the capture trigger and backfill: read an attached row, extract its facts, record them as the extension's owner */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/sysattr.h"
#include "access/xact.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgrprotos.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/syscache.h"

#include "diplo_pg.h"

/*
 * Security model.  The trigger runs with the rights of the role that
 * changes the attached table (SECURITY INVOKER) and evaluates nothing that
 * role or the table's owner wrote: it reads the attached columns' values
 * from the row and converts them with the built-in functions of the few
 * built-in types it accepts (checked at every firing against the types
 * recorded by attach()).  Only the writes of facts and errors, and the
 * look-up of the attachment, run as the extension's owner, with fixed,
 * schema-qualified statements, in a restricted security context.
 *
 * An extraction or a date conversion that fails is recorded in
 * capture_errors and the article stays without facts (or without a date):
 * each runs in a subtransaction that writes nothing, so it takes no
 * transaction id (a 1,000-row INSERT takes one, not 1,001).  A cancel or a
 * statement timeout is not caught.
 */

#define COL_ID		0
#define COL_TEXT	1
#define COL_PUB		2

typedef struct capture_target
{
	Oid			source;			/* the attached table */
	char	   *column[3];		/* id, text and published columns (NULL: none) */
	Oid			type[3];		/* their types, as recorded by attach() */
	Oid			owner;			/* the extension's owner: writes the facts */
	char	   *nsp;			/* the extension's schema, quoted */
} capture_target;

typedef struct capture_values
{
	Datum		value[3];
	bool		isnull[3];
	Oid			type[3];
} capture_values;

static const char *const column_role[3] = {"id", "text", "published"};

static const char *const fact_kinds[5] = {"entities", "agreements", "events", "amounts", "quotes"};

/*
 * The statements the capture runs, prepared once per backend (the plan
 * cache replans them when the tables or functions they name change).
 */
#define Q_FIND			0
#define Q_DELETE_FACTS	1		/* 1 .. 5, one per kind */
#define Q_DELETE_ERRORS 6
#define Q_INSERT_FACTS	7		/* 7 .. 11 */
#define Q_INSERT_ERROR	12
#define Q_COUNT			13

static SPIPlanPtr plans[Q_COUNT];
static char *plans_nsp = NULL;

static SPIPlanPtr
get_plan(const char *nsp, int which)
{
	char	   *q;
	int			nargs;
	Oid			types[4] = {REGCLASSOID, TEXTOID, InvalidOid, InvalidOid};
	SPIPlanPtr	plan;

	if (plans_nsp == NULL || strcmp(plans_nsp, nsp) != 0)
	{
		int			i;

		for (i = 0; i < Q_COUNT; i++)
		{
			if (plans[i] != NULL)
				SPI_freeplan(plans[i]);
			plans[i] = NULL;
		}
		if (plans_nsp != NULL)
			pfree(plans_nsp);
		plans_nsp = MemoryContextStrdup(TopMemoryContext, nsp);
	}
	if (plans[which] != NULL)
		return plans[which];

	if (which == Q_FIND)
	{
		q = psprintf("SELECT a.source::pg_catalog.oid, a.id_column::pg_catalog.text,"
					 " a.text_column::pg_catalog.text, a.published_column::pg_catalog.text,"
					 " a.id_type::pg_catalog.oid, a.text_type::pg_catalog.oid,"
					 " a.published_type::pg_catalog.oid"
					 "  FROM %s.attachments a"
					 " WHERE a.source OPERATOR(pg_catalog.=) $1"
					 "    OR a.source OPERATOR(pg_catalog.=) ANY"
					 " (SELECT p.relid FROM pg_catalog.pg_partition_ancestors($1) p)", nsp);
		nargs = 1;
	}
	else if (which < Q_DELETE_ERRORS)
	{
		q = psprintf("DELETE FROM %s.captured_%s WHERE source OPERATOR(pg_catalog.=) $1"
					 " AND article_id OPERATOR(pg_catalog.=) $2",
					 nsp, fact_kinds[which - Q_DELETE_FACTS]);
		nargs = 2;
	}
	else if (which == Q_DELETE_ERRORS)
	{
		q = psprintf("DELETE FROM %s.capture_errors WHERE source OPERATOR(pg_catalog.=) $1"
					 " AND pg_catalog.md5(article_id) OPERATOR(pg_catalog.=) pg_catalog.md5($2)"
					 " AND article_id OPERATOR(pg_catalog.=) $2", nsp);
		nargs = 2;
	}
	else if (which < Q_INSERT_ERROR)
	{
		/*
		 * The five functions, mentions() and sentences() share the extraction
		 * just made.  Each fact keeps its sentence as evidence; an entity that
		 * of its first mention, and where that mention ends.
		 */
		const char *kind = fact_kinds[which - Q_INSERT_FACTS];

		if (strcmp(kind, "entities") == 0)
			q = psprintf("INSERT INTO %s.captured_entities SELECT $1, $2, $3, f.*, m.end_pos,"
						 " s.text"
						 " FROM %s.entities($4, $3) WITH ORDINALITY AS f"
						 " LEFT JOIN (SELECT DISTINCT ON (x.entity) x.entity, x.end_pos, x.sentence"
						 "   FROM %s.mentions($4, $3) x WHERE x.entity IS NOT NULL"
						 "  ORDER BY x.entity, x.start_pos) m"
						 "   ON m.entity OPERATOR(pg_catalog.=) f.ordinality"
						 " LEFT JOIN diplo_internal.sentences($4, $3) s"
						 "   ON s.sentence OPERATOR(pg_catalog.=) m.sentence",
						 nsp, nsp, nsp);
		else
			q = psprintf("INSERT INTO %s.captured_%s SELECT $1, $2, $3, f.*,"
						 " s.text"
						 " FROM %s.%s($4, $3) WITH ORDINALITY AS f"
						 " LEFT JOIN diplo_internal.sentences($4, $3) s"
						 "   ON s.sentence OPERATOR(pg_catalog.=) f.sentence",
						 nsp, kind, nsp, kind);
		types[2] = DATEOID;
		types[3] = TEXTOID;
		nargs = 4;
	}
	else
	{
		q = psprintf("INSERT INTO %s.capture_errors (source, article_id, sqlstate, message)"
					 " VALUES ($1, $2, $3, $4)", nsp);
		types[2] = TEXTOID;
		types[3] = TEXTOID;
		nargs = 4;
	}
	plan = SPI_prepare(q, nargs, types);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed");
	plans[which] = plan;
	return plan;
}

/* Run a prepared statement; it must end with result code expect. */
static void
run_plan(const char *nsp, int which, Datum *values, const char *nulls, bool read_only, int expect)
{
	int			rc = SPI_execute_plan(get_plan(nsp, which), values, nulls, read_only, 0);

	if (rc != expect)
		elog(ERROR, "SPI_execute_plan failed: %s", SPI_result_code_string(rc));
}

/* May a column of type typid be the id, text or published column? */
static bool
type_accepted(int which, Oid typid)
{
	switch (typid)
	{
		case TEXTOID:
		case VARCHAROID:
		case BPCHAROID:
			return true;
		case INT2OID:
		case INT4OID:
		case INT8OID:
		case NUMERICOID:
		case UUIDOID:
			return which == COL_ID;
		case DATEOID:
		case TIMESTAMPOID:
		case TIMESTAMPTZOID:
			return which == COL_PUB;
		default:
			return false;
	}
}

/* The owner of the calling function and the extension's schema. */
static void
target_init(capture_target *t, Oid fn_oid)
{
	HeapTuple	tup;
	Form_pg_proc proc;

	memset(t, 0, sizeof(*t));
	tup = SearchSysCache1(PROCOID, ObjectIdGetDatum(fn_oid));
	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for function %u", fn_oid);
	proc = (Form_pg_proc) GETSTRUCT(tup);
	t->owner = proc->proowner;
	t->nsp = pstrdup(quote_identifier(get_namespace_name(diplo_extension_namespace(fn_oid))));
	ReleaseSysCache(tup);
}

/* Run as the extension's owner until owner_end(). */
static void
owner_begin(const capture_target *t, Oid *save_user, int *save_sec)
{
	GetUserIdAndSecContext(save_user, save_sec);
	SetUserIdAndSecContext(t->owner, *save_sec | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
}

static void
owner_end(Oid save_user, int save_sec)
{
	SetUserIdAndSecContext(save_user, save_sec);
}

/*
 * Find the attachment that covers relid (the table itself or an ancestor),
 * reading diplo.attachments as the owner; false when there is none.  Needs
 * an SPI connection.
 */
static bool
find_target(capture_target *t, Oid relid)
{
	Oid			save_user;
	int			save_sec;
	Datum		args[1];
	bool		isnull;
	int			i;

	args[0] = ObjectIdGetDatum(relid);
	owner_begin(t, &save_user, &save_sec);
	run_plan(t->nsp, Q_FIND, args, NULL, true, SPI_OK_SELECT);
	owner_end(save_user, save_sec);
	if (SPI_processed == 0)
		return false;
	if (SPI_processed > 1)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("relation \"%s\" and one of its ancestors are both attached",
						get_rel_name(relid)),
				 errhint("Detach one of them with diplo.detach().")));
	t->source = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	for (i = 0; i < 3; i++)
	{
		Datum		d;

		t->column[i] = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, i + 2);
		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, i + 5, &isnull);
		t->type[i] = isnull ? InvalidOid : DatumGetObjectId(d);
	}
	SPI_freetuptable(SPI_tuptable);
	return true;
}

/* schema.table, quoted where needed */
static char *
rel_display_name(Oid relid)
{
	return quote_qualified_identifier(get_namespace_name(get_rel_namespace(relid)),
									  get_rel_name(relid));
}

/*
 * Check that column which has the type attach() recorded, and that this is
 * a type the capture reads; raise an error that says what to do otherwise.
 */
static void
check_column_type(const capture_target *t, int which, Oid typid, Oid relid)
{
	if (typid == t->type[which] && type_accepted(which, typid))
		return;
	ereport(ERROR,
			(errcode(ERRCODE_DATATYPE_MISMATCH),
			 errmsg("%s column \"%s\" of relation %s has type %s, which the capture does not read",
					column_role[which], t->column[which], rel_display_name(relid),
					format_type_be(typid)),
			 OidIsValid(t->type[which]) ?
			 errdetail("It was attached as %s.", format_type_be(t->type[which])) :
			 errdetail("Its type was not recorded by diplo.attach()."),
			 errhint("Accepted types: text, character varying and character for the text; "
					 "those, smallint, integer, bigint, numeric and uuid for the id; "
					 "those, date, timestamp and timestamp with time zone for the date. "
					 "Detach the table and attach it again.")));
}

/* The attached columns of a trigger's row, found by name and type-checked. */
static void
row_values(const capture_target *t, Relation rel, HeapTuple tuple, capture_values *v)
{
	TupleDesc	desc = RelationGetDescr(rel);
	int			i;

	for (i = 0; i < 3; i++)
	{
		int			attno;

		v->isnull[i] = true;
		v->value[i] = (Datum) 0;
		v->type[i] = InvalidOid;
		if (t->column[i] == NULL)
			continue;
		attno = SPI_fnumber(desc, t->column[i]);
		if (attno <= 0)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("%s column \"%s\" of attached relation %s does not exist",
							column_role[i], t->column[i], rel_display_name(RelationGetRelid(rel))),
					 errhint("Detach the table with diplo.detach() and attach it again.")));
		v->type[i] = TupleDescAttr(desc, attno - 1)->atttypid;
		check_column_type(t, i, v->type[i], RelationGetRelid(rel));
		v->value[i] = heap_getattr(tuple, attno, desc, &v->isnull[i]);
	}
}

/*
 * Does an UPDATE set one of the attached columns?  (The trigger has no
 * column list, so that a dropped attached column can detach the table; this
 * is the test UPDATE OF would make.)  updated holds the attribute numbers of
 * rel, offset by FirstLowInvalidHeapAttributeNumber; NULL: all of them.
 */
static bool
attached_columns_updated(const capture_target *t, Relation rel, const Bitmapset *updated)
{
	int			i;

	if (updated == NULL)
		return true;
	for (i = 0; i < 3; i++)
	{
		int			attno;

		if (t->column[i] == NULL)
			continue;
		attno = SPI_fnumber(RelationGetDescr(rel), t->column[i]);
		if (attno <= 0 ||
			bms_is_member(attno - FirstLowInvalidHeapAttributeNumber, updated))
			return true;
	}
	return false;
}

/* A copy of a built-in text-like value as a C string, char(n) without its padding. */
static char *
text_like_cstring(Datum d, Oid typid)
{
	char	   *s = TextDatumGetCString(d);

	if (typid == BPCHAROID)
	{
		size_t		len = strlen(s);

		while (len > 0 && s[len - 1] == ' ')
			len--;
		s[len] = '\0';
	}
	return s;
}

/* The id as text, with the output function of its (built-in) type. */
static char *
id_text(const capture_values *v)
{
	Oid			out;
	bool		isvarlena;

	if (v->isnull[COL_ID])
		return NULL;
	switch (v->type[COL_ID])
	{
		case TEXTOID:
		case VARCHAROID:
		case BPCHAROID:
			return text_like_cstring(v->value[COL_ID], v->type[COL_ID]);
		default:
			getTypeOutputInfo(v->type[COL_ID], &out, &isvarlena);
			return OidOutputFunctionCall(out, v->value[COL_ID]);
	}
}

/*
 * Run fn(arg) in a subtransaction; on an error other than a cancel, roll it
 * back and return the error's SQLSTATE and message instead.  fn writes
 * nothing, so the subtransaction takes no transaction id.
 */
static bool
run_protected(void (*fn) (void *), void *arg, char **sqlstate, char **message)
{
	MemoryContext oldcxt = CurrentMemoryContext;
	ResourceOwner oldowner = CurrentResourceOwner;
	volatile bool ok = true;

	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(oldcxt);
	PG_TRY();
	{
		fn(arg);
		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcxt);
		CurrentResourceOwner = oldowner;
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		MemoryContextSwitchTo(oldcxt);
		edata = CopyErrorData();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcxt);
		CurrentResourceOwner = oldowner;
		if (edata->sqlerrcode == ERRCODE_QUERY_CANCELED ||
			edata->sqlerrcode == ERRCODE_ADMIN_SHUTDOWN)
			ReThrowError(edata);
		*sqlstate = pstrdup(unpack_sql_state(edata->sqlerrcode));
		*message = pstrdup(edata->message);
		FreeErrorData(edata);
		ok = false;
	}
	PG_END_TRY();
	return ok;
}

typedef struct published_arg
{
	Datum		value;
	Oid			type;
	DateADT		date;
} published_arg;

/* The published value as a date (DateStyle and TimeZone are those of the function). */
static void
convert_published(void *a)
{
	published_arg *p = (published_arg *) a;
	Datum		d;

	switch (p->type)
	{
		case DATEOID:
			d = p->value;
			break;
		case TIMESTAMPOID:
			d = DirectFunctionCall1(timestamp_date, p->value);
			break;
		case TIMESTAMPTZOID:
			d = DirectFunctionCall1(timestamptz_date, p->value);
			break;
		default:
			{
				char	   *s = text_like_cstring(p->value, p->type);

				/* words alone (today, yesterday, epoch...) are no date of an article */
				if (strpbrk(s, "0123456789") == NULL)
					ereport(ERROR,
							(errcode(ERRCODE_INVALID_DATETIME_FORMAT),
							 errmsg("published value \"%s\" is not a date", s)));
				d = DirectFunctionCall1(date_in, CStringGetDatum(s));
				break;
			}
	}
	p->date = DatumGetDateADT(d);
}

typedef struct extract_arg
{
	FunctionCallInfo fcinfo;
	Datum		doc;
	int			published;
} extract_arg;

/* Extract once; the result stays in extract.c's last-result cache for the INSERTs. */
static void
extract_once(void *a)
{
	extract_arg *e = (extract_arg *) a;
	dx_result  *res;

	res = diplo_run_extract(e->fcinfo, e->doc, e->published);
	diplo_release_result(res);
}

/* As the owner: remove the facts and errors of one article. */
static void
forget_article(const capture_target *t, const char *aid)
{
	Datum		values[2];
	int			i;

	if (aid == NULL)
		return;
	values[0] = ObjectIdGetDatum(t->source);
	values[1] = CStringGetTextDatum(aid);
	for (i = 0; i < 5; i++)
		run_plan(t->nsp, Q_DELETE_FACTS + i, values, NULL, false, SPI_OK_DELETE);
	run_plan(t->nsp, Q_DELETE_ERRORS, values, NULL, false, SPI_OK_DELETE);
}

/* As the owner: record an error of one article. */
static void
record_error(const capture_target *t, const char *aid, const char *sqlstate, const char *message)
{
	Datum		values[4];
	char		nulls[5] = "    ";

	values[0] = ObjectIdGetDatum(t->source);
	if (aid != NULL)
		values[1] = CStringGetTextDatum(aid);
	else
	{
		values[1] = (Datum) 0;
		nulls[1] = 'n';
	}
	values[2] = CStringGetTextDatum(sqlstate);
	values[3] = CStringGetTextDatum(message);
	run_plan(t->nsp, Q_INSERT_ERROR, values, nulls, false, SPI_OK_INSERT);
}

static void write_facts(const capture_target *t, const char *aid, bool have_doc, Datum doc,
						bool have_date, DateADT date, const char *date_state,
						const char *date_message, const char *state, const char *message,
						bool extracted);

/*
 * Capture one article: its facts replace those recorded under its id.
 * Needs an SPI connection.
 */
static void
capture_article(FunctionCallInfo fcinfo, const capture_target *t, const capture_values *v)
{
	char	   *aid = id_text(v);
	bool		have_doc = !v->isnull[COL_TEXT];
	Datum		doc = (Datum) 0;
	bool		have_date = false;
	DateADT		date = 0;
	char	   *date_state = NULL;
	char	   *date_message = NULL;
	char	   *state = NULL;
	char	   *message = NULL;
	bool		extracted = false;

	if (have_doc && aid != NULL)
	{
		extract_arg e;

		if (v->type[COL_TEXT] == BPCHAROID)
			doc = CStringGetTextDatum(text_like_cstring(v->value[COL_TEXT], BPCHAROID));
		else
			doc = v->value[COL_TEXT];

		if (!v->isnull[COL_PUB])
		{
			published_arg p;

			p.value = v->value[COL_PUB];
			p.type = v->type[COL_PUB];
			if (p.type == DATEOID)
			{
				convert_published(&p);
				have_date = true;
			}
			else
				have_date = run_protected(convert_published, &p, &date_state, &date_message);
			date = p.date;
		}

		e.fcinfo = fcinfo;
		e.doc = doc;
		e.published = have_date ? diplo_date_to_yyyymmdd(DateADTGetDatum(date)) : 0;
		/* the INSERTs below read the facts from this one extraction */
		diplo_keep_result(true);
		extracted = run_protected(extract_once, &e, &state, &message);
	}

	PG_TRY();
	{
		write_facts(t, aid, have_doc, doc, have_date, date, date_state, date_message,
					state, message, extracted);
	}
	PG_FINALLY();
	{
		diplo_keep_result(false);
	}
	PG_END_TRY();
}

/* As the owner: replace the facts and errors of one article. */
static void
write_facts(const capture_target *t, const char *aid, bool have_doc, Datum doc,
			bool have_date, DateADT date, const char *date_state, const char *date_message,
			const char *state, const char *message, bool extracted)
{
	Oid			save_user;
	int			save_sec;

	owner_begin(t, &save_user, &save_sec);
	forget_article(t, aid);
	if (have_doc && aid == NULL)
		record_error(t, NULL, "23502",
					 psprintf("the id column \"%s\" is null: the article is not captured",
							  t->column[COL_ID]));
	if (date_state != NULL)
		record_error(t, aid, date_state, date_message);
	if (state != NULL)
		record_error(t, aid, state, message);
	if (extracted)
	{
		Datum		values[4];
		char		nulls[5] = "    ";
		int			i;

		values[0] = ObjectIdGetDatum(t->source);
		values[1] = CStringGetTextDatum(aid);
		values[2] = DateADTGetDatum(date);
		if (!have_date)
			nulls[2] = 'n';
		values[3] = doc;
		for (i = 0; i < 5; i++)
			run_plan(t->nsp, Q_INSERT_FACTS + i, values, nulls, false, SPI_OK_INSERT);
	}
	owner_end(save_user, save_sec);
}

/*
 * The size limit of the capture is the one the server, the database or the
 * role is configured with: a value set in the session (by the role that
 * inserts) does not apply.  Undone by the caller's AtEOXact_GUC().
 */
static int
pin_settings(void)
{
	int			nest = NewGUCNestLevel();
	const char *limit = GetConfigOptionResetString("diplo_extract.max_document_size");

	if (limit != NULL)
		(void) set_config_option("diplo_extract.max_document_size", limit,
								 PGC_SUSET, PGC_S_SESSION, GUC_ACTION_SAVE,
								 true, 0, false);
	return nest;
}

PG_FUNCTION_INFO_V1(diplo_capture_trigger);

/* diplo.capture_trigger(): the AFTER ROW trigger diplo.attach() installs. */
Datum
diplo_capture_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *td;
	Relation	rel;
	capture_target t;
	capture_values v;
	int			nest;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("diplo_internal.capture_trigger() must be called as a trigger")));
	td = (TriggerData *) fcinfo->context;
	if (!TRIGGER_FIRED_AFTER(td->tg_event) || !TRIGGER_FIRED_FOR_ROW(td->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("diplo_internal.capture_trigger() must be an AFTER ROW trigger installed by diplo.attach()")));
	rel = td->tg_relation;

	/* the server that stores a foreign partition's rows captures them */
	if (rel->rd_rel->relkind == RELKIND_FOREIGN_TABLE)
		return PointerGetDatum(NULL);

	target_init(&t, fcinfo->flinfo->fn_oid);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (!find_target(&t, RelationGetRelid(rel)))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("relation \"%s\" is not attached", RelationGetRelationName(rel)),
				 errhint("Only diplo.attach() installs diplo_internal.capture_trigger().")));
	nest = pin_settings();

	if (TRIGGER_FIRED_BY_INSERT(td->tg_event))
	{
		row_values(&t, rel, td->tg_trigtuple, &v);
		capture_article(fcinfo, &t, &v);
	}
	else if (TRIGGER_FIRED_BY_UPDATE(td->tg_event) &&
			 !attached_columns_updated(&t, rel, td->tg_updatedcols))
	{
		/* an UPDATE of other columns only: the facts stay */
	}
	else if (TRIGGER_FIRED_BY_UPDATE(td->tg_event))
	{
		capture_values old;
		char	   *old_id;
		char	   *new_id;

		row_values(&t, rel, td->tg_trigtuple, &old);
		row_values(&t, rel, td->tg_newtuple, &v);
		old_id = id_text(&old);
		new_id = id_text(&v);
		if (old_id != NULL && (new_id == NULL || strcmp(old_id, new_id) != 0))
		{
			Oid			save_user;
			int			save_sec;

			owner_begin(&t, &save_user, &save_sec);
			forget_article(&t, old_id);
			owner_end(save_user, save_sec);
		}
		capture_article(fcinfo, &t, &v);
	}
	else if (TRIGGER_FIRED_BY_DELETE(td->tg_event))
	{
		Oid			save_user;
		int			save_sec;

		row_values(&t, rel, td->tg_trigtuple, &v);
		owner_begin(&t, &save_user, &save_sec);
		forget_article(&t, id_text(&v));
		owner_end(save_user, save_sec);
	}

	AtEOXact_GUC(true, nest);
	SPI_finish();
	return PointerGetDatum(NULL);
}

PG_FUNCTION_INFO_V1(diplo_capture_rows);

/*
 * diplo.capture_rows(tbl, part, ids DEFAULT NULL): capture the rows of part
 * (tbl or one of its partitions, without its own partitions), as attach()
 * does for the rows already there; with ids, only the rows of those ids
 * (retry_errors()).  The rows are read with the caller's rights; the caller
 * must own tbl or hold TRIGGER on it.  Returns the number of rows.
 */
Datum
diplo_capture_rows(PG_FUNCTION_ARGS)
{
	Oid			tbl;
	Oid			part;
	bool		by_id = !PG_ARGISNULL(2);
	Datum		ids[1];
	Oid			ids_type[1] = {TEXTARRAYOID};
	capture_target t;
	Portal		portal;
	StringInfoData q;
	int64		n = 0;
	int			nest;
	int			i;
	MemoryContext rowcxt;
	MemoryContext oldcxt;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("diplo.capture_rows() needs a table and one of its partitions (or itself)")));
	tbl = PG_GETARG_OID(0);
	part = PG_GETARG_OID(1);
	target_init(&t, fcinfo->flinfo->fn_oid);
	if (get_rel_name(tbl) == NULL || get_rel_name(part) == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u does not exist",
						get_rel_name(tbl) == NULL ? tbl : part)));
	if (pg_class_aclcheck(tbl, GetUserId(), ACL_TRIGGER) != ACLCHECK_OK &&
		!pg_class_ownercheck(tbl, GetUserId()))
		aclcheck_error(ACLCHECK_NO_PRIV, OBJECT_TABLE, get_rel_name(tbl));
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (!find_target(&t, part) || t.source != tbl)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("relation \"%s\" is not attached", get_rel_name(part))));
	nest = pin_settings();

	initStringInfo(&q);
	appendStringInfoString(&q, "SELECT ");
	for (i = 0; i < 3; i++)
		appendStringInfo(&q, "%s%s", i > 0 ? ", " : "",
						 t.column[i] != NULL ? quote_identifier(t.column[i]) : "NULL");
	appendStringInfo(&q, " FROM ONLY %s",
					 quote_qualified_identifier(get_namespace_name(get_rel_namespace(part)),
												get_rel_name(part)));
	if (by_id)
	{
		/*
		 * Compared with the built-in equality of the id's recorded type,
		 * checked first: no operator or cast of a user is evaluated.
		 */
		AttrNumber	attno = get_attnum(part, t.column[COL_ID]);

		if (attno == InvalidAttrNumber)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("id column \"%s\" of attached relation %s does not exist",
							t.column[COL_ID], rel_display_name(part))));
		check_column_type(&t, COL_ID, get_atttype(part, attno), part);
		appendStringInfo(&q, " WHERE %s OPERATOR(pg_catalog.=) ANY ($1::%s[])",
						 quote_identifier(t.column[COL_ID]),
						 format_type_be_qualified(t.type[COL_ID]));
		ids[0] = PG_GETARG_DATUM(2);
	}

	portal = SPI_cursor_open_with_args(NULL, q.data, by_id ? 1 : 0, ids_type, ids, NULL, true, 0);
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "diplo capture_rows",
								   ALLOCSET_DEFAULT_SIZES);
	for (;;)
	{
		SPITupleTable *tt;
		uint64		rows;
		uint64		r;

		SPI_cursor_fetch(portal, true, 100);
		tt = SPI_tuptable;
		rows = SPI_processed;
		if (rows == 0)
			break;
		for (r = 0; r < rows; r++)
		{
			capture_values v;

			CHECK_FOR_INTERRUPTS();
			oldcxt = MemoryContextSwitchTo(rowcxt);
			for (i = 0; i < 3; i++)
			{
				v.type[i] = InvalidOid;
				v.isnull[i] = true;
				v.value[i] = (Datum) 0;
				if (t.column[i] == NULL)
					continue;
				v.type[i] = SPI_gettypeid(tt->tupdesc, i + 1);
				check_column_type(&t, i, v.type[i], part);
				v.value[i] = SPI_getbinval(tt->vals[r], tt->tupdesc, i + 1, &v.isnull[i]);
			}
			capture_article(fcinfo, &t, &v);
			MemoryContextSwitchTo(oldcxt);
			MemoryContextReset(rowcxt);
			n++;
		}
		SPI_freetuptable(tt);
	}
	SPI_cursor_close(portal);
	AtEOXact_GUC(true, nest);
	SPI_finish();
	PG_RETURN_INT64(n);
}
