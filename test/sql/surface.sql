-- surface.sql - the SQL surface: functions, result columns, NULL and empty input, the GUC
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplo_extract;
RESET client_min_messages;

-- every function, with its properties
SELECT p.oid::regprocedure AS function,
       p.prorettype::regtype AS returns,
       p.proretset AS setof,
       p.proisstrict AS strict,
       p.provolatile AS volatility,
       p.proparallel AS parallel,
       p.procost AS cost,
       p.prorows AS rows
  FROM pg_proc p
 WHERE p.pronamespace = 'diplo'::regnamespace
   AND p.proname IN ('mentions', 'entities', 'agreements', 'events',
                     'amounts', 'quotes', 'extract')
 ORDER BY p.proname, p.pronargs;

-- the columns of the result types
SELECT t.typname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS type
  FROM pg_type t
  JOIN pg_attribute a ON a.attrelid = t.typrelid
 WHERE t.typnamespace = 'diplo'::regnamespace
   AND t.typname IN ('mention', 'entity', 'agreement', 'event', 'amount', 'quote')
   AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY t.typname, a.attnum;

-- NULL, empty and blank documents give no rows (one- and two-argument forms)
SELECT d.label,
       (SELECT count(*) FROM diplo.mentions(d.doc)) AS mentions,
       (SELECT count(*) FROM diplo.entities(d.doc)) AS entities,
       (SELECT count(*) FROM diplo.agreements(d.doc)) AS agreements,
       (SELECT count(*) FROM diplo.events(d.doc)) AS events,
       (SELECT count(*) FROM diplo.amounts(d.doc)) AS amounts,
       (SELECT count(*) FROM diplo.quotes(d.doc)) AS quotes,
       (SELECT count(*) FROM diplo.mentions(d.doc, DATE '2024-03-01')) AS mentions2,
       (SELECT count(*) FROM diplo.entities(d.doc, NULL)) AS entities2,
       (SELECT count(*) FROM diplo.quotes(d.doc, NULL)) AS quotes2
  FROM (VALUES ('null', NULL::text), ('empty', ''), ('blank', E'  \t\n \u00a0 ')) AS d(label, doc)
 ORDER BY d.label;

SELECT diplo.extract(NULL) IS NULL AS extract_null,
       diplo.extract(NULL, DATE '2024-01-01') IS NULL AS extract_null2,
       jsonb_typeof(diplo.extract('')) AS extract_empty,
       jsonb_typeof(diplo.extract('Россия и Китай.', NULL)) AS extract_null_date;

-- the two-argument forms are not strict: a NULL date means "unknown"
SELECT name, code FROM diplo.entities('Делегация Франции прибыла в Россию.', NULL)
 WHERE kind = 'country' ORDER BY code;
SELECT name, code FROM diplo.entities('Делегация Франции прибыла в Россию.', DATE '2024-05-01')
 WHERE kind = 'country' ORDER BY code;
SELECT kind, form, surface, normal, start_pos, end_pos
  FROM diplo.mentions('Делегация Франции прибыла в Россию.')
 WHERE kind = 'country' ORDER BY start_pos;

-- the same result whatever the form and however often it is asked
SELECT (SELECT array_agg(m ORDER BY m.start_pos) FROM diplo.mentions(t.doc) m)
       = (SELECT array_agg(m ORDER BY m.start_pos) FROM diplo.mentions(t.doc, NULL) m) AS same
  FROM (VALUES ('Канада и Мексика подписали соглашение.'), ('Канада и Мексика.')) AS t(doc);

-- mentions point at their entity
SELECT count(*) AS dangling
  FROM diplo.mentions('Министр иностранных дел Франции посетил Германию и Италию.') m
 WHERE m.entity IS NOT NULL
   AND m.entity NOT BETWEEN 1 AND (SELECT count(*) FROM diplo.entities(
       'Министр иностранных дел Франции посетил Германию и Италию.'));

-- the size limit
SHOW diplo_extract.max_document_size;
SET diplo_extract.max_document_size = '1kB';
\set VERBOSITY sqlstate
SELECT count(*) FROM diplo.mentions(repeat('Россия и Китай. ', 100));
SELECT diplo.extract(repeat('Россия и Китай. ', 100));
\set VERBOSITY default
SELECT count(*) > 0 AS ok FROM diplo.mentions(repeat('Россия и Китай. ', 10));
RESET diplo_extract.max_document_size;
SET diplo_extract.max_document_size = 0;
SET diplo_extract.no_such_setting = 1;

-- usable by a role without any privilege of its own
CREATE ROLE diplo_surface_reader;
SET ROLE diplo_surface_reader;
SELECT count(*) > 0 AS ok FROM diplo.entities('Посол Японии вручил верительные грамоты.');
RESET ROLE;
DROP ROLE diplo_surface_reader;
