/* diplo_pg.c - module magic, _PG_init and the GUCs of diplo_extract */
#include "postgres.h"

#include "fmgr.h"
#include "utils/guc.h"
#include "utils/memutils.h"

#include "diplo_pg.h"

PG_MODULE_MAGIC;

/* largest document accepted by the extraction functions, in kB */
int			diplo_max_document_size = 64 * 1024;

/* the engine's memory budget for one document, in kB; 0: its default */
int			diplo_max_extraction_memory = 0;

void		_PG_init(void);

void
_PG_init(void)
{
	/*
	 * Superuser-set: the engine's memory grows with the document, so only a
	 * superuser (or a role granted SET on it) may raise the limit; and a
	 * session that lowers it would make the capture trigger record an error
	 * instead of the facts of the articles it inserts.
	 */
	DefineCustomIntVariable("diplo_extract.max_document_size",
							"Largest document, in bytes, that the extraction functions accept.",
							"Longer documents raise an error; a capture trigger records it in diplo.capture_errors.",
							&diplo_max_document_size,
							64 * 1024,
							1,
							MaxAllocSize / 1024,
							PGC_SUSET,
							GUC_UNIT_KB,
							NULL, NULL, NULL);

	/*
	 * Superuser-set for the same reason: the budget bounds what one call can
	 * take from the server.  0 leaves the engine's default, a fixed multiple
	 * of the document's size plus a constant.
	 */
	DefineCustomIntVariable("diplo_extract.max_extraction_memory",
							"Most memory, in kB, that the engine may take for one document (0: 128 bytes per byte of text plus 32 MB).",
							"An extraction that needs more raises an error; a capture trigger records it in diplo.capture_errors.",
							&diplo_max_extraction_memory,
							0,
							0,
							PG_INT32_MAX,
							PGC_SUSET,
							GUC_UNIT_KB,
							NULL, NULL, NULL);
	diplo_lexicon_file_init();
	MarkGUCPrefixReserved("diplo_extract");

	diplo_lexicon_cache_init();
}
