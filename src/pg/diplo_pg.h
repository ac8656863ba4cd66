/* diplo_pg.h - declarations shared by the PostgreSQL layer of diplo_extract */
#ifndef DIPLO_PG_H
#define DIPLO_PG_H

#include "postgres.h"
#include "common/cryptohash.h"
#include "fmgr.h"
#include "utils/jsonb.h"

#include "diplo.h"

/* GUC diplo_extract.max_document_size, in kB */
extern int	diplo_max_document_size;

/* GUC diplo_extract.max_extraction_memory, in kB (0: the engine's default) */
extern int	diplo_max_extraction_memory;

/* lexicon_cache.c */
extern void diplo_lexicon_cache_init(void);
extern const dx_lexicon *diplo_get_lexicon(Oid nspid);
extern Oid	diplo_extension_namespace(Oid fn_oid);
extern uint64 diplo_lexicon_generation(void);

/* lexicon_file.c: the compiled lexicon shared through an image file */
extern bool diplo_share_lexicon;
extern void diplo_lexicon_file_init(void);
extern pg_cryptohash_ctx *diplo_lexicon_key_begin(void);
extern void diplo_lexicon_key_add(pg_cryptohash_ctx *ctx, const dx_lexrow *row);
extern uint64 diplo_lexicon_key_end(pg_cryptohash_ctx *ctx);
extern dx_lexicon *diplo_lexicon_file_load(uint64 key);
extern void diplo_lexicon_file_save(const dx_lexicon *lex, uint64 key);

/* support.c: below the lexicon cache and the extraction */
extern int	diplo_interrupt(void *arg);
extern int	diplo_date_to_yyyymmdd(Datum date);

/* extract.c */
extern dx_result *diplo_run_extract(FunctionCallInfo fcinfo,
									Datum doc, int published);
extern void diplo_release_result(dx_result *res);
extern void diplo_keep_result(bool on);

/* rows.c: kinds of result rows, one per SQL function */
typedef enum diplo_rowkind
{
	DIPLO_ROWS_MENTIONS = 0,
	DIPLO_ROWS_ENTITIES,
	DIPLO_ROWS_AGREEMENTS,
	DIPLO_ROWS_EVENTS,
	DIPLO_ROWS_AMOUNTS,
	DIPLO_ROWS_QUOTES,
	DIPLO_ROWS_SENTENCES
} diplo_rowkind;

extern void diplo_emit_rows(FunctionCallInfo fcinfo, diplo_rowkind kind,
							const dx_result *res);

/* result_jsonb.c */
extern Jsonb *diplo_result_jsonb(const dx_result *res);

#endif							/* DIPLO_PG_H */
