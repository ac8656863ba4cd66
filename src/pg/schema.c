/* schema.c - the extension's schema, from any of its functions (those of diplo_internal too) */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "catalog/indexing.h"
#include "catalog/pg_extension.h"
#include "commands/extension.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"

#include "diplo_pg.h"

/* The schema of the installed extension diplo_extract. */
static Oid
extension_schema(void)
{
	Oid			ext = get_extension_oid("diplo_extract", false);
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	Oid			nsp = InvalidOid;

	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_extension_oid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(ext));
	scan = systable_beginscan(rel, ExtensionOidIndexId, true, NULL, 1, &key);
	tup = systable_getnext(scan);
	if (HeapTupleIsValid(tup))
		nsp = ((Form_pg_extension) GETSTRUCT(tup))->extnamespace;
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	if (!OidIsValid(nsp))
		elog(ERROR, "cache lookup failed for extension %u", ext);
	return nsp;
}

/*
 * The schema of the extension's tables and API for the function fn_oid: its
 * own schema, except for the internal functions (schema diplo_internal),
 * whose tables are those of the extension's schema.
 */
Oid
diplo_extension_namespace(Oid fn_oid)
{
	Oid			nsp = get_func_namespace(fn_oid);
	char	   *name = get_namespace_name(nsp);

	if (name != NULL && strcmp(name, "diplo_internal") == 0)
		nsp = extension_schema();
	return nsp;
}
