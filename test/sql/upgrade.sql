-- upgrade.sql - install by version; ALTER EXTENSION UPDATE is a no-op at 0.1.0
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS diplo_extract;
CREATE EXTENSION diplo_extract VERSION '0.1.0';
RESET client_min_messages;
SELECT extname, extversion, extnamespace::regnamespace AS schema, extrelocatable
  FROM pg_extension WHERE extname = 'diplo_extract';
SELECT name, version, installed FROM pg_available_extension_versions
 WHERE name = 'diplo_extract' ORDER BY version;
ALTER EXTENSION diplo_extract UPDATE;
ALTER EXTENSION diplo_extract UPDATE TO '0.1.0';
SELECT extversion FROM pg_extension WHERE extname = 'diplo_extract';
-- every object of the extension lives in schema diplo
SELECT count(*) AS outside_schema
  FROM pg_depend d JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
 WHERE d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'diplo_extract')
   AND p.pronamespace <> 'diplo'::regnamespace;
-- still works after a reinstall in the same session (the cache follows the new table)
SELECT count(*) > 0 AS works FROM diplo.entities('Делегация Чили посетила Перу.');
