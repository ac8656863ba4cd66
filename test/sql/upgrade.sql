-- upgrade.sql - install by version and update: 0.1.0 with captured facts,
-- ALTER EXTENSION UPDATE to the last version, then the same objects as a new
-- installation; the same from 0.2.0 by way of 0.3.0, and from 0.3.0
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS diplo_extract;
CREATE EXTENSION diplo_extract VERSION '0.1.0';
RESET client_min_messages;
SELECT extname, extversion, extnamespace::regnamespace AS schema, extrelocatable
  FROM pg_extension WHERE extname = 'diplo_extract';
SELECT name, version, installed FROM pg_available_extension_versions
 WHERE name = 'diplo_extract' ORDER BY version;

-- facts captured by 0.1.0
CREATE TABLE up_news (id int PRIMARY KEY, published date, body text);
SELECT diplo.attach('up_news', 'id', 'body', 'published');
INSERT INTO up_news VALUES (1, '2025-03-04',
  'Президент Казахстана Касым-Жомарт Токаев прибыл с официальным визитом в Азербайджан. '
  'Токаев и президент Азербайджана Ильхам Алиев подписали Декларацию о стратегическом партнерстве.');

ALTER EXTENSION diplo_extract UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'diplo_extract';
-- they are numbered in their stored order and show in the views
SELECT article_id, fact_no, kind, name FROM diplo.captured_entities ORDER BY article_id, fact_no;
SELECT article_id, agreement_no, document_type, title, parties, signatories FROM diplo_bi.agreements;
-- the trigger 0.1.0 installed (three arguments) still captures, numbered
INSERT INTO up_news VALUES (2, '2025-03-05', 'Делегация Ганы посетила Нигерию. Министр иностранных дел Ганы провел переговоры в Абудже.');
SELECT article_id, fact_no, event_type, countries FROM diplo.captured_events ORDER BY article_id, fact_no;
-- shipped lexicon rows are those of 0.2.0
SELECT count(*) AS english_names FROM diplo.lexicon WHERE kind = 'country_en' AND shipped;

-- the objects of the upgraded extension are those of a new installation
CREATE FUNCTION pg_temp.shape()
RETURNS TABLE (what text, detail text)
LANGUAGE sql AS $$
	SELECT 'member', pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid)
	  FROM pg_catalog.pg_depend d
	 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
	   AND d.refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'diplo_extract')
	UNION ALL
	SELECT 'column', format('%s.%s %s %s %s', c.oid::regclass, a.attname,
						   format_type(a.atttypid, a.atttypmod), a.attnotnull,
						   coalesce(col_description(c.oid, a.attnum), ''))
	  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
	 WHERE c.relnamespace IN ('diplo'::regnamespace, 'diplo_bi'::regnamespace)
	   AND a.attnum > 0 AND NOT a.attisdropped
	UNION ALL
	SELECT 'function', format('%s %s %s %s %s', p.oid::regprocedure, md5(p.prosrc),
							 p.prosecdef, p.proconfig, p.proacl)
	  FROM pg_catalog.pg_proc p WHERE p.pronamespace IN ('diplo'::regnamespace, 'diplo_internal'::regnamespace)
	UNION ALL
	SELECT 'view', format('%s %s %s', c.oid::regclass, md5(pg_get_viewdef(c.oid)), c.reloptions)
	  FROM pg_catalog.pg_class c WHERE c.relnamespace = 'diplo_bi'::regnamespace
	UNION ALL
	SELECT 'index', pg_get_indexdef(i.indexrelid)
	  FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
	 WHERE c.relnamespace = 'diplo'::regnamespace
	UNION ALL
	SELECT 'acl', format('%s %s', c.oid::regclass, c.relacl)
	  FROM pg_catalog.pg_class c
	 WHERE c.relnamespace IN ('diplo'::regnamespace, 'diplo_bi'::regnamespace) AND c.relkind IN ('r', 'v', 'S')
	UNION ALL
	SELECT 'policy', format('%s %s %s', p.polrelid::regclass, p.polname, pg_get_expr(p.polqual, p.polrelid))
	  FROM pg_catalog.pg_policy p
	UNION ALL
	SELECT 'lexicon', md5(string_agg(format('%s|%s|%s|%s|%s|%s|%s|%s', kind, term, code, name,
										  country, role, valid_from, valid_to), ','
								   ORDER BY kind, term, code, name, country, role, valid_from, valid_to))
	  FROM diplo.lexicon WHERE shipped
$$;
CREATE TEMP TABLE upgraded AS SELECT * FROM pg_temp.shape();
DROP EXTENSION diplo_extract CASCADE;
CREATE EXTENSION diplo_extract;
CREATE TEMP TABLE fresh AS SELECT * FROM pg_temp.shape();
SELECT 'only upgraded' AS side, * FROM (SELECT * FROM upgraded EXCEPT SELECT * FROM fresh) o
UNION ALL
SELECT 'only new', * FROM (SELECT * FROM fresh EXCEPT SELECT * FROM upgraded) n
ORDER BY 1, 2, 3;
SELECT count(*) > 300 AS compared FROM fresh;
DROP TABLE up_news;

-- from 0.2.0, with facts its trigger captured
DROP EXTENSION diplo_extract CASCADE;
CREATE EXTENSION diplo_extract VERSION '0.2.0';
CREATE TABLE up_news2 (id int PRIMARY KEY, published text, body text);
SELECT diplo.attach('up_news2', 'id', 'body', 'published');
INSERT INTO up_news2 VALUES (1, '2025-03-04', 'Делегация Ганы посетила Нигерию.');
-- 0.2.0 took these; the upgrade warns about them
CREATE TABLE up_loose (id int, body text);
SELECT diplo.attach('up_loose', 'id', 'body');
CREATE TABLE up_typed (id int PRIMARY KEY, body jsonb);
SELECT diplo.attach('up_typed', 'id', 'body');
ALTER EXTENSION diplo_extract UPDATE TO '0.3.0';
INSERT INTO up_typed VALUES (1, '"Делегация Ганы посетила Нигерию."');
DROP TABLE up_loose, up_typed;
SELECT extversion FROM pg_extension WHERE extname = 'diplo_extract';
-- the attached types are recorded; the trigger 0.2.0 installed captures
-- with the new function, and TRUNCATE (a trigger the upgrade adds) removes facts
SELECT source, id_type, text_type, published_type FROM diplo.attachments;
INSERT INTO up_news2 VALUES (2, 'не дата', 'Делегация Чили посетила Перу.');
SELECT article_id, published, fact_no, event_type, countries FROM diplo.captured_events ORDER BY 1, 3;
SELECT article_id, sqlstate FROM diplo.capture_errors;
TRUNCATE up_news2;
SELECT count(*) AS after_truncate FROM diplo.captured_events;
ALTER EXTENSION diplo_extract UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'diplo_extract';
CREATE TEMP TABLE upgraded2 AS SELECT * FROM pg_temp.shape();
DROP EXTENSION diplo_extract CASCADE;
CREATE EXTENSION diplo_extract;
CREATE TEMP TABLE fresh2 AS SELECT * FROM pg_temp.shape();
SELECT 'only upgraded' AS side, * FROM (SELECT * FROM upgraded2 EXCEPT SELECT * FROM fresh2) o
UNION ALL
SELECT 'only new', * FROM (SELECT * FROM fresh2 EXCEPT SELECT * FROM upgraded2) n
ORDER BY 1, 2, 3;
SELECT count(*) > 300 AS compared FROM fresh2;
DROP TABLE up_news2;

-- from 0.3.0: facts and a user's lexicon row stay, the shipped rows and
-- the cue classes are those of the new version
DROP EXTENSION diplo_extract CASCADE;
CREATE EXTENSION diplo_extract VERSION '0.3.0';
CREATE TABLE up_news3 (id int PRIMARY KEY, body text);
SELECT diplo.attach('up_news3', 'id', 'body');
INSERT INTO up_news3 VALUES (1, 'Делегация Ганы посетила Нигерию.');
INSERT INTO diplo.lexicon (kind, term, code) VALUES ('cue', 'посетить', 'plan');
ALTER EXTENSION diplo_extract UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'diplo_extract';
SELECT article_id, fact_no, event_type, countries FROM diplo.captured_events ORDER BY 1, 2;
SELECT kind, term, code FROM diplo.lexicon WHERE NOT shipped;
DELETE FROM diplo.lexicon WHERE NOT shipped;
INSERT INTO up_news3 VALUES (2, 'Делегация Чили посетила Перу.');
SELECT article_id, fact_no, event_type, countries FROM diplo.captured_events ORDER BY 1, 2;
CREATE TEMP TABLE upgraded3 AS SELECT * FROM pg_temp.shape();
DROP EXTENSION diplo_extract CASCADE;
CREATE EXTENSION diplo_extract;
CREATE TEMP TABLE fresh3 AS SELECT * FROM pg_temp.shape();
SELECT 'only upgraded' AS side, * FROM (SELECT * FROM upgraded3 EXCEPT SELECT * FROM fresh3) o
UNION ALL
SELECT 'only new', * FROM (SELECT * FROM fresh3 EXCEPT SELECT * FROM upgraded3) n
ORDER BY 1, 2, 3;
SELECT count(*) > 300 AS compared FROM fresh3;
DROP TABLE up_news3;

-- every function of the extension lives in schema diplo (the API) or
-- diplo_internal (triggers and helpers)
SELECT count(*) AS outside_schema
  FROM pg_depend d JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
 WHERE d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'diplo_extract')
   AND p.pronamespace NOT IN ('diplo'::regnamespace, 'diplo_internal'::regnamespace);
-- still works after a reinstall in the same session (the cache follows the new table)
SELECT count(*) > 0 AS works FROM diplo.entities('Делегация Чили посетила Перу.');
