/*
 * store.h - the entity store of one document (store.c): entities, names,
 * aliases, mentions and the index of entities under string keys.  Every
 * pass may add to it and read it; it calls no pass.  Included by
 * internal.h, after dx_doc.
 */
#ifndef DX_STORE_H
#define DX_STORE_H

int			dx_new_entity(dx_doc *d, dx_kind kind, const char *name);
void		dx_add_alias(dx_doc *d, dx_ent *e, const char *alias);
/* the first entity of a kind that is called name now, -1 */
int			dx_entity_by_name(const dx_doc *d, dx_kind kind, const char *name);
/* the first entity of a kind listed under a lexicon name (DX_IX_CANONICAL), -1 */
int			dx_entity_by_canonical(const dx_doc *d, dx_kind kind, const char *canon);
void		dx_set_entity_name(dx_doc *d, int ent, const char *name);
void		dx_set_country_code(dx_doc *d, int ent, const char *code);
/* the state entity of an ISO code, -1 */
int			dx_entity_of_country(dx_doc *d, const char *code);
int			dx_add_mention(dx_doc *d, int t0, int t1, dx_kind kind, dx_form form,
						   const char *normal, int ent);
/*
 * Per entity, 1 when a mention of kind `kind` (and of form `form`, unless
 * form is -1) reads just as the entity's name: the text names it in the
 * nominative itself (Яна Коваль, not Евгению Тимакову read as a woman's
 * accusative).  One pass over the mentions; NULL when out of memory.
 */
uint8_t    *dx_named_as_written(dx_doc *d, dx_kind kind, int form);

/* the index (dx_ixnode, DX_IX_* in internal.h) */
void		dx_ix_add(dx_doc *d, int tag, const char *key, size_t keylen, int ent);
/* the list of a key (valid until the next dx_ix_add), *n its length */
const int  *dx_ix_get(const dx_doc *d, int tag, const char *key, size_t keylen, int *n);
/* the first max entities of a key's list, ascending, each once; their number */
int			dx_ix_sorted(const dx_doc *d, int tag, const char *key, size_t keylen, int *out, int max);
size_t		dx_prefix_len(const char *s);	/* bytes of DX_IX_PREFIX */

#endif
