/* lexicon_cache.c - per-backend cache of the compiled lexicon read from the lexicon table */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

#include "diplo_pg.h"

/*
 * The compiled lexicon is malloc'd by the engine.  It is built on first use
 * from <extension schema>.lexicon and kept until a relcache invalidation of
 * that table (or of all relations) marks it stale.  The statement trigger
 * diplo.lexicon_changed() sends that invalidation to every backend.
 */
static dx_lexicon *cached_lexicon = NULL;
static Oid	cached_relid = InvalidOid;
static bool cached_valid = false;
static uint64 cached_generation = 0;

static void
lexicon_relcache_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == cached_relid)
		cached_valid = false;
}

void
diplo_lexicon_cache_init(void)
{
	CacheRegisterRelcacheCallback(lexicon_relcache_callback, (Datum) 0);
}

/* Generation number of the cached lexicon; changes on every rebuild. */
uint64
diplo_lexicon_generation(void)
{
	return cached_generation;
}

/* Text value of column col of the current SPI row, NULL when SQL NULL. */
static char *
spi_text(HeapTuple tuple, TupleDesc desc, int col)
{
	return SPI_getvalue(tuple, desc, col);
}

static int
spi_date(HeapTuple tuple, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tuple, desc, col, &isnull);

	return isnull ? 0 : diplo_date_to_yyyymmdd(d);
}

/* One row of the lexicon query, its strings in the current memory context. */
static void
spi_lexrow(HeapTuple tuple, TupleDesc desc, dx_lexrow *row)
{
	row->kind = spi_text(tuple, desc, 2);
	row->term = spi_text(tuple, desc, 3);
	row->code = spi_text(tuple, desc, 4);
	row->name = spi_text(tuple, desc, 5);
	row->country = spi_text(tuple, desc, 6);
	row->role = spi_text(tuple, desc, 7);
	row->valid_from = spi_date(tuple, desc, 8);
	row->valid_to = spi_date(tuple, desc, 9);
}

/*
 * Call fn with each row of the lexicon query, its strings in rowctx, which
 * is reset after each row.
 */
static void
each_lexrow(MemoryContext rowctx, void (*fn) (const dx_lexrow *row, void *arg), void *arg)
{
	uint64		i;

	for (i = 0; i < SPI_processed; i++)
	{
		MemoryContext old;
		dx_lexrow	row;

		CHECK_FOR_INTERRUPTS();
		old = MemoryContextSwitchTo(rowctx);
		spi_lexrow(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, &row);
		fn(&row, arg);
		MemoryContextSwitchTo(old);
		MemoryContextReset(rowctx);
	}
}

static void
key_row(const dx_lexrow *row, void *arg)
{
	diplo_lexicon_key_add((pg_cryptohash_ctx *) arg, row);
}

static void
compile_row(const dx_lexrow *row, void *arg)
{
	char		err[256];

	/* a refused row is kept in the lexicon: see warn_rejected */
	(void) dx_lexicon_add((dx_lexicon *) arg, row, err, sizeof(err));
}

/* Compile the rows read into a new engine lexicon (malloc'd by the engine). */
static dx_lexicon *
lexicon_compile(MemoryContext rowctx)
{
	dx_lexicon *volatile lex;

	lex = dx_lexicon_create();
	if (lex == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory while creating the lexicon")));
	dx_lexicon_set_interrupt(lex, diplo_interrupt, NULL);
	PG_TRY();
	{
		int			rc;

		each_lexrow(rowctx, compile_row, lex);
		rc = dx_lexicon_finish(lex);
		if (rc == -2)
		{
			/* stopped for a cancel or a termination: serve it */
			CHECK_FOR_INTERRUPTS();
			ereport(ERROR,
					(errcode(ERRCODE_QUERY_CANCELED),
					 errmsg("compiling the lexicon was interrupted")));
		}
		if (rc != 0)
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("could not compile the lexicon")));
	}
	PG_CATCH();
	{
		dx_lexicon_free(lex);
		PG_RE_THROW();
	}
	PG_END_TRY();
	return lex;
}

/*
 * A WARNING for each row the engine refused, naming its id, whether the
 * lexicon was compiled here or loaded from another backend's image.
 */
static void
warn_rejected(const dx_lexicon *lex)
{
	int			i;

	for (i = 0; i < dx_lexicon_nrejected(lex); i++)
	{
		int			row = -1;
		const char *msg = dx_lexicon_rejected(lex, i, &row);

		ereport(WARNING,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("lexicon row %s skipped: %s",
						row >= 0 && (uint64) row < SPI_processed
						? spi_text(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, 1) : "?",
						msg)));
	}
}

/*
 * Read every row of the lexicon table and return its compiled lexicon: the
 * image another backend stored for the same rows when there is one
 * (lexicon_file.c), else compiled here and stored for the others.
 */
static dx_lexicon *
lexicon_build(Oid nspid)
{
	dx_lexicon *volatile lex;
	bool		compiled;
	char	   *query;
	MemoryContext rowctx;
	SPIPlanPtr	plan;
	pg_cryptohash_ctx *keyctx;
	uint64		key;

	query = psprintf("SELECT id, kind, term, code, name, country, role, valid_from, valid_to"
					 " FROM %s.lexicon ORDER BY id",
					 quote_identifier(get_namespace_name(nspid)));

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	plan = SPI_prepare(query, 0, NULL);
	if (plan == NULL)
		elog(ERROR, "could not prepare the lexicon query: %s",
			 SPI_result_code_string(SPI_result));

	/*
	 * Read with the latest snapshot, as catalogs are read: the change that
	 * invalidated the cache may have committed after the calling query's
	 * snapshot was taken, and a lexicon built from that older snapshot would
	 * stay cached.  Parallel workers cannot take a new snapshot; they use
	 * the query's and live no longer than it.
	 */
	if (SPI_execute_snapshot(plan, NULL, NULL,
							 IsInParallelMode() ? InvalidSnapshot : GetLatestSnapshot(),
							 InvalidSnapshot, true, false, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read the lexicon table");
	rowctx = AllocSetContextCreate(CurrentMemoryContext,
								   "diplo lexicon row",
								   ALLOCSET_SMALL_SIZES);

	keyctx = diplo_lexicon_key_begin();
	each_lexrow(rowctx, key_row, keyctx);
	key = diplo_lexicon_key_end(keyctx);

	lex = diplo_lexicon_file_load(key);
	compiled = (lex == NULL);
	if (compiled)
	{
		lex = lexicon_compile(rowctx);
		elog(DEBUG1, "diplo_extract: lexicon compiled");
	}
	PG_TRY();
	{
		if (compiled)
			diplo_lexicon_file_save(lex, key);
		/* a WARNING may be turned into an ERROR */
		warn_rejected(lex);
	}
	PG_CATCH();
	{
		dx_lexicon_free(lex);
		PG_RE_THROW();
	}
	PG_END_TRY();
	SPI_finish();
	return lex;
}

/*
 * The compiled lexicon of the extension installed in schema nspid, built
 * when missing or stale.
 */
const dx_lexicon *
diplo_get_lexicon(Oid nspid)
{
	Oid			relid = get_relname_relid("lexicon", nspid);

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("table \"lexicon\" not found in schema \"%s\"",
						get_namespace_name(nspid))));

	if (cached_lexicon == NULL || !cached_valid || relid != cached_relid)
	{
		dx_lexicon *lex;

		/* an invalidation arriving while we read marks the new one stale */
		cached_relid = relid;
		cached_valid = true;
		PG_TRY();
		{
			lex = lexicon_build(nspid);
		}
		PG_CATCH();
		{
			cached_valid = false;
			PG_RE_THROW();
		}
		PG_END_TRY();

		if (cached_lexicon != NULL)
			dx_lexicon_free(cached_lexicon);
		cached_lexicon = lex;
		cached_generation++;
	}
	return cached_lexicon;
}

/*
 * Statement trigger on the lexicon table: tell every backend, this one
 * included, that its compiled lexicon is stale.
 */
PG_FUNCTION_INFO_V1(diplo_lexicon_changed);

Datum
diplo_lexicon_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("diplo_internal.lexicon_changed() must be called as a trigger")));

	cached_valid = false;
	CacheInvalidateRelcacheByRelid(RelationGetRelid(trigdata->tg_relation));
	PG_RETURN_POINTER(NULL);
}
