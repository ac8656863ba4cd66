/*
 * agreements.h - the codes of the agreements pass: a document's type and its
 * status as enums inside the engine, turned into the names of GOLD.md only
 * where the result is built (dx_agreement keeps strings).
 */
#ifndef DX_AGREEMENTS_H
#define DX_AGREEMENTS_H

/*
 * Status of a document, in the order of how far it has got: when two
 * mentions of one document disagree, the greater one is kept.
 */
typedef enum dx_ag_status
{
	ST_OTHER,					/* cited, or no verb says what happened */
	ST_NEGOTIATED,
	ST_PLANNED,
	ST_SIGNED,
	ST_RATIFIED,
	ST_COUNT
} dx_ag_status;

/* Type of a document: the lexicon's doc_type codes */
typedef enum dx_doc_type
{
	DT_DECLARATION,
	DT_JOINT_STATEMENT,
	DT_MEMORANDUM,
	DT_AGREEMENT,
	DT_TREATY,
	DT_PROTOCOL,
	DT_PROGRAMME,
	DT_ROADMAP,
	DT_PLAN,
	DT_CONVENTION,
	DT_CONTRACT,
	DT_CHARTER,
	DT_OTHER,
	DT_COUNT
} dx_doc_type;

/* the type of a lexicon doc_type code (DT_OTHER for NULL or an unknown one) */
dx_doc_type dx_doc_type_of(const char *code);

/* the names of the result */
const char *dx_doc_type_name(dx_doc_type type);
const char *dx_ag_status_name(dx_ag_status status);

#endif							/* DX_AGREEMENTS_H */
