-- api_face.sql - the public face: only the API in schema diplo, internal
-- functions in diplo_internal (not usable by PUBLIC), a comment on every
-- public function, type, table, view and column
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplo_extract;
RESET client_min_messages;

-- what \df diplo.* shows
SELECT p.oid::regprocedure AS function, p.prokind
  FROM pg_proc p WHERE p.pronamespace = 'diplo'::regnamespace
 ORDER BY p.proname, p.oid::regprocedure::text;

-- the internal functions, and who may use their schema
SELECT p.oid::regprocedure AS internal_function
  FROM pg_proc p WHERE p.pronamespace = 'diplo_internal'::regnamespace
 ORDER BY p.oid::regprocedure::text;
CREATE ROLE regress_face;
SELECT has_schema_privilege('regress_face', 'diplo_internal', 'USAGE') AS internal_usage,
       has_schema_privilege('regress_face', 'diplo', 'USAGE') AS api_usage;
DROP ROLE regress_face;

-- public objects without a comment: none
WITH rels AS (
	SELECT c.oid, c.relkind FROM pg_class c
	 WHERE c.relnamespace IN ('diplo'::regnamespace, 'diplo_bi'::regnamespace)
	   AND c.relkind IN ('r', 'v', 'm', 'p', 'c', 'f')
)
SELECT 'function' AS what, p.oid::regprocedure::text AS object
  FROM pg_proc p
 WHERE p.pronamespace IN ('diplo'::regnamespace, 'diplo_bi'::regnamespace)
   AND obj_description(p.oid, 'pg_proc') IS NULL
UNION ALL
SELECT CASE r.relkind WHEN 'c' THEN 'type' WHEN 'v' THEN 'view' ELSE 'table' END, r.oid::regclass::text
  FROM rels r
 WHERE obj_description(r.oid, 'pg_class') IS NULL
   AND (r.relkind <> 'c' OR obj_description((SELECT t.oid FROM pg_type t WHERE t.typrelid = r.oid), 'pg_type') IS NULL)
UNION ALL
SELECT 'column', r.oid::regclass::text || '.' || a.attname
  FROM rels r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE col_description(r.oid, a.attnum) IS NULL
UNION ALL
SELECT 'schema', n.nspname FROM pg_namespace n
 WHERE n.nspname IN ('diplo', 'diplo_bi', 'diplo_internal') AND obj_description(n.oid, 'pg_namespace') IS NULL
ORDER BY 1, 2;
