/* extract.c - runs the engine on one document: checks, cancel, last-result cache */
#include "postgres.h"

#include "access/detoast.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "diplo_pg.h"

/*
 * The capture trigger asks for entities, agreements, events, amounts and
 * quotes of the same article one after the other, and a query may call
 * several functions on the same text.  The result of the last extraction of
 * a document up to LAST_DOC_MAX bytes is therefore kept, with a copy of the
 * document, and reused when the same text, date and lexicon come again.
 * Any other result is freed by diplo_release_result().  While a capture
 * writes the facts of one article (diplo_keep_result), its result is kept
 * whatever the size, so that a long article is read once, not once for
 * each kind of fact.
 */
#define LAST_DOC_MAX (1024 * 1024)

static bool keep_any_size = false;

static dx_result *last_result = NULL;
static char *last_doc = NULL;
static size_t last_len = 0;
static int	last_published = 0;
static uint64 last_generation = 0;

static void
forget_last(void)
{
	if (last_result != NULL)
		dx_result_free(last_result);
	if (last_doc != NULL)
		pfree(last_doc);
	last_result = NULL;
	last_doc = NULL;
	last_len = 0;
}

/*
 * Keep the next result whatever the size of its document (on), until
 * called with off, which drops a result too large to be kept otherwise.
 */
void
diplo_keep_result(bool on)
{
	keep_any_size = on;
	if (!on && last_result != NULL && last_len > LAST_DOC_MAX)
		forget_last();
}

/* Give back a result from diplo_run_extract(). */
void
diplo_release_result(dx_result *res)
{
	if (res != NULL && res != last_result)
		dx_result_free(res);
}

/*
 * Extract from the text Datum doc with the lexicon of the calling
 * function's schema.  The caller must pass the result to
 * diplo_release_result() on every path.
 */
dx_result *
diplo_run_extract(FunctionCallInfo fcinfo, Datum doc, int published)
{
	Size		rawsize;
	text	   *t;
	const char *data;
	size_t		len;
	const dx_lexicon *lex;
	dx_options	opts;
	dx_result  *res;
	dx_status	status;
	char	   *copy = NULL;

	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("diplo_extract requires a UTF8 database"),
				 errdetail("The database encoding is %s.",
						   GetDatabaseEncodingName())));

	/* check the size before detoasting a huge value */
	rawsize = toast_raw_datum_size(doc) - VARHDRSZ;
	if ((uint64) rawsize > (uint64) diplo_max_document_size * 1024)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("document of %zu bytes is too large", (size_t) rawsize),
				 errdetail("The limit diplo_extract.max_document_size is %d kB.",
						   diplo_max_document_size)));

	lex = diplo_get_lexicon(diplo_extension_namespace(fcinfo->flinfo->fn_oid));

	t = DatumGetTextPP(doc);
	data = VARDATA_ANY(t);
	len = VARSIZE_ANY_EXHDR(t);

	if (last_result != NULL &&
		last_generation == diplo_lexicon_generation() &&
		last_published == published &&
		last_len == len &&
		memcmp(last_doc, data, len) == 0)
		return last_result;

	elog(DEBUG2, "diplo_extract: extracting from a document of %zu bytes", len);
	if (len <= LAST_DOC_MAX || keep_any_size)
	{
		copy = MemoryContextAllocHuge(TopMemoryContext, len + 1);
		memcpy(copy, data, len);
	}

	memset(&opts, 0, sizeof(opts));
	opts.published = published;
	opts.interrupt = diplo_interrupt;
	opts.interrupt_arg = NULL;
	opts.max_memory = (size_t) diplo_max_extraction_memory * 1024;

	status = DX_OK;
	res = dx_extract(lex, data, len, &opts, &status);
	if (res == NULL)
	{
		if (copy != NULL)
			pfree(copy);
		if (status == DX_ERR_MEMORY_LIMIT)
		{
			if (diplo_max_extraction_memory > 0)
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("extraction from a document of %zu bytes needs too much memory", len),
						 errdetail("The limit diplo_extract.max_extraction_memory is %d kB.",
								   diplo_max_extraction_memory)));
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("extraction from a document of %zu bytes needs too much memory", len),
					 errdetail("The engine may take %zu kB for it (%d bytes per byte of text plus %d kB).",
							   dx_memory_budget(&opts, len) / 1024, DX_MEMORY_PER_BYTE,
							   (int) (DX_MEMORY_BASE / 1024))));
		}
		if (status != DX_ERR_CANCELLED)
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory while extracting from a document of %zu bytes",
							len)));

		/*
		 * The engine stopped for a cancel or a termination that can be
		 * served (diplo_interrupt): serve it.  Never start again: should
		 * nothing be thrown, the extraction still ends here.
		 */
		CHECK_FOR_INTERRUPTS();
		ereport(ERROR,
				(errcode(ERRCODE_QUERY_CANCELED),
				 errmsg("extraction from a document of %zu bytes was interrupted", len)));
	}

	/*
	 * The result holds copies of what it reports: a detoasted copy of a large
	 * document need not stay until the caller has rendered the result.
	 */
	if ((Pointer) t != DatumGetPointer(doc))
		pfree(t);

	if (copy != NULL)
	{
		forget_last();
		last_result = res;
		last_doc = copy;
		last_len = len;
		last_published = published;
		last_generation = diplo_lexicon_generation();
	}
	return res;
}
