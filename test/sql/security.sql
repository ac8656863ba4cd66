-- security.sql - attacks of ordinary roles on the extension, each refused:
-- a table owner's code run by the capture, readers of hidden rows, planted
-- schemas, temp tables named like oids, stale and replaced facts, leaked
-- default privileges, a subtransaction id per captured row
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplo_extract;
RESET client_min_messages;
SELECT current_database() AS regress_db \gset
CREATE ROLE regress_alice;
CREATE ROLE regress_bob;
CREATE ROLE regress_carol BYPASSRLS;
CREATE SCHEMA alice AUTHORIZATION regress_alice;
GRANT USAGE ON SCHEMA alice TO regress_bob, regress_carol;

------------------------------------------------------------------ 1
-- The capture trigger must not evaluate a cast the table owner wrote with
-- the extension owner's rights: alice swaps the attached column for one of
-- her own type, whose cast to text makes her a superuser when a superuser
-- runs it.
CREATE TABLE alice.news (id bigint PRIMARY KEY, published date, body text);
ALTER TABLE alice.news OWNER TO regress_alice;
SELECT diplo.attach('alice.news', 'id', 'body', 'published');
SET SESSION AUTHORIZATION regress_alice;
CREATE TYPE alice.payload AS (t text);
CREATE FUNCTION alice.payload_text(alice.payload) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
		EXECUTE 'ALTER ROLE regress_alice SUPERUSER';
	END IF;
	RETURN ($1).t;
END $$;
CREATE CAST (alice.payload AS text) WITH FUNCTION alice.payload_text(alice.payload);
ALTER TABLE alice.news ALTER COLUMN body TYPE alice.payload USING ROW(body)::alice.payload;
INSERT INTO alice.news (id, body) VALUES (1, ROW('Лавров встретился с Блинкеном.'));
RESET SESSION AUTHORIZATION;
SELECT rolsuper AS alice_is_superuser FROM pg_roles WHERE rolname = 'regress_alice';
-- nor may a superuser's attach() run it over the rows already there
SET SESSION AUTHORIZATION regress_alice;
CREATE TABLE alice.wire (id int PRIMARY KEY, body alice.payload);
INSERT INTO alice.wire VALUES (1, ROW('Лавров встретился с Блинкеном.'));
RESET SESSION AUTHORIZATION;
SELECT diplo.attach('alice.wire', 'id', 'body');
SELECT rolsuper AS alice_is_superuser FROM pg_roles WHERE rolname = 'regress_alice';
-- the trigger reads no other role's code: it is not SECURITY DEFINER, and
-- no one but its owner may create a trigger with it
SELECT p.prosecdef, p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'c') AS in_c,
	   has_function_privilege('regress_alice', p.oid, 'EXECUTE') AS alice_may_execute
  FROM pg_proc p WHERE p.oid = 'diplo_internal.capture_trigger()'::regprocedure;
SELECT diplo.detach('alice.news', true);
DROP TABLE alice.news, alice.wire;
DROP CAST (alice.payload AS text);
DROP FUNCTION alice.payload_text(alice.payload);
DROP TYPE alice.payload;

------------------------------------------------------------------ 4
-- Facts are shown exactly when their row is: bob may read alice's table,
-- where row-level security hides her rows from him; carol may bypass RLS
-- but has no grant on the table.
CREATE TABLE alice.notes (id int PRIMARY KEY, author name NOT NULL DEFAULT current_user, body text);
ALTER TABLE alice.notes OWNER TO regress_alice;
ALTER TABLE alice.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON alice.notes USING (author = current_user);
GRANT SELECT, INSERT ON alice.notes TO regress_bob;
SELECT diplo.attach('alice.notes', 'id', 'body');
SET SESSION AUTHORIZATION regress_alice;
INSERT INTO alice.notes (id, body) VALUES (1,
 'Президент Узбекистана Шавкат Мирзиёев прибыл с государственным визитом в Венгрию. '
 'Турция инвестировала в экономику Казахстана более 7 млрд долларов. '
 '«Мы намерены довести товарооборот до одного миллиарда долларов в ближайшие годы», – заявил Мирзиёев.');
SELECT count(*) AS alice_quotes FROM diplo_bi.quotes;
SET SESSION AUTHORIZATION regress_bob;
INSERT INTO alice.notes (id, body) VALUES (2, 'Турция инвестировала в экономику Казахстана более 3 млрд долларов.');
SELECT count(*) AS bob_rows FROM alice.notes;
SELECT count(*) AS bob_quotes FROM diplo_bi.quotes;
SELECT article_id, amount FROM diplo_bi.sums ORDER BY 1, 2;
SELECT article_id, person FROM diplo_bi.persons ORDER BY 1, 2;
SELECT count(*) AS bob_quotes FROM diplo.all_quotes;
SELECT count(*) AS bob_quotes FROM diplo.visible_quotes;
SELECT count(*) FROM diplo.captured_quotes;
SELECT count(*) FROM diplo.captured_amounts;
SET SESSION AUTHORIZATION regress_carol;
SELECT count(*) AS carol_quotes FROM diplo.visible_quotes;
SELECT count(*) AS carol_sums FROM diplo_bi.sums;
SELECT count(*) FROM diplo.captured_quotes;
RESET SESSION AUTHORIZATION;
SELECT diplo.detach('alice.notes', true);
DROP TABLE alice.notes;

------------------------------------------------------------------ 6
-- Whatever the inserting session sets, an article is captured the same way:
-- a date that does not convert is recorded and the article captured without
-- it; DateStyle does not change the date; the inserter cannot set the size
-- limit (superuser-set), so a large article is captured all the same.
CREATE TABLE alice.dated (id int PRIMARY KEY, published text, body text);
ALTER TABLE alice.dated OWNER TO regress_alice;
SELECT diplo.attach('alice.dated', 'id', 'body', 'published');
SET SESSION AUTHORIZATION regress_alice;
INSERT INTO alice.dated VALUES (1, '14 мая 2024', 'Делегация Чили посетила Перу.');
SET DateStyle = 'ISO, MDY';
INSERT INTO alice.dated VALUES (2, '05/06/2024', 'Делегация Чили посетила Перу.');
SET DateStyle = 'ISO, DMY';
INSERT INTO alice.dated VALUES (3, '05/06/2024', 'Делегация Чили посетила Перу.');
RESET DateStyle;
INSERT INTO alice.dated VALUES (4, 'yesterday', 'Делегация Чили посетила Перу.');
SET diplo_extract.max_document_size = 1;
INSERT INTO alice.dated VALUES (5, '2024-06-05', repeat('Делегация Чили посетила Перу. ', 40));
RESET SESSION AUTHORIZATION;
SELECT article_id, published, count(*) AS entities FROM diplo.captured_entities
 WHERE source = 'alice.dated'::regclass GROUP BY 1, 2 ORDER BY 1;
SELECT article_id, sqlstate, message FROM diplo.capture_errors
 WHERE source = 'alice.dated'::regclass ORDER BY 1;
-- a fixed date removes the article's error
UPDATE alice.dated SET published = '2024-05-14' WHERE id = 1;
SELECT count(*) AS errors_left FROM diplo.capture_errors
 WHERE source = 'alice.dated'::regclass AND article_id = '1';
SELECT diplo.detach('alice.dated', true);
DROP TABLE alice.dated;
-- a long id (a URL of 2,600 characters that do not compress, within the
-- table's own unique key) whose date does not convert: the error is recorded
-- (capture_errors keys a hash of the id) and the article captured
CREATE TABLE alice.urls (url text PRIMARY KEY, published text, body text);
ALTER TABLE alice.urls OWNER TO regress_alice;
SELECT diplo.attach('alice.urls', 'url', 'body', 'published');
SET SESSION AUTHORIZATION regress_alice;
INSERT INTO alice.urls VALUES ('https://example.org/news/' ||
  (SELECT left(string_agg(md5(i::text), '' ORDER BY i), 2575) FROM generate_series(1, 81) i), 'not a date',
  'Делегация Чили посетила Перу.');
RESET SESSION AUTHORIZATION;
SELECT length(article_id) AS id_length, sqlstate FROM diplo.capture_errors
 WHERE source = 'alice.urls'::regclass;
SELECT length(article_id) AS id_length, count(*) AS entities FROM diplo.captured_entities
 WHERE source = 'alice.urls'::regclass GROUP BY 1;
SELECT diplo.detach('alice.urls', true);
DROP TABLE alice.urls;

------------------------------------------------------------------ 7
-- A shard's fact names its table as text; a reader's temp table named like
-- it (an oid, or an unqualified name) must not make it readable.
INSERT INTO diplo.shard_quotes (source_table, article_id, speaker, quote, fact_no)
VALUES ('16615', '1', 'Кто-то', 'секрет по oid', 1),
	   ('hidden_news', '1', 'Кто-то', 'секрет без схемы', 1),
	   ('public.hidden_news', '1', 'Кто-то', 'секрет со схемой', 1);
SET SESSION AUTHORIZATION regress_bob;
CREATE TEMP TABLE "16615" (x int);
CREATE TEMP TABLE hidden_news (x int);
SELECT quote FROM diplo.all_quotes ORDER BY 1;
SELECT quote FROM diplo_bi.quotes ORDER BY 1;
DROP TABLE "16615", hidden_news;
RESET SESSION AUTHORIZATION;
-- a table of that schema-qualified name here is what a reader needs to read
CREATE TABLE public.hidden_news (id int);
GRANT SELECT ON public.hidden_news TO regress_bob;
SET SESSION AUTHORIZATION regress_bob;
SELECT quote FROM diplo.all_quotes ORDER BY 1;
RESET SESSION AUTHORIZATION;
DROP TABLE public.hidden_news;
DELETE FROM diplo.shard_quotes;

------------------------------------------------------------------ 8
-- Facts do not outlive TRUNCATE or DROP TABLE of their table.
CREATE TABLE alice.gone (id int PRIMARY KEY, body text);
ALTER TABLE alice.gone OWNER TO regress_alice;
SELECT diplo.attach('alice.gone', 'id', 'body');
SELECT 'alice.gone'::regclass::oid AS gone_oid \gset
SET SESSION AUTHORIZATION regress_alice;
INSERT INTO alice.gone VALUES (1, 'Делегация Чили посетила Перу.');
TRUNCATE alice.gone;
RESET SESSION AUTHORIZATION;
SELECT count(*) AS after_truncate FROM diplo.captured_entities WHERE source = :gone_oid;
SET SESSION AUTHORIZATION regress_alice;
INSERT INTO alice.gone VALUES (1, 'Делегация Чили посетила Перу.');
DROP TABLE alice.gone;
RESET SESSION AUTHORIZATION;
SELECT (SELECT count(*) FROM diplo.captured_entities WHERE source = :gone_oid)
	 + (SELECT count(*) FROM diplo.captured_events WHERE source = :gone_oid) AS after_drop,
	   (SELECT count(*) FROM diplo.attachments WHERE source = :gone_oid) AS attachments;

-- nor TRUNCATE or DROP of a partition: the facts of its articles go
CREATE TABLE alice.parts (id int PRIMARY KEY, body text) PARTITION BY RANGE (id);
CREATE TABLE alice.parts_a PARTITION OF alice.parts FOR VALUES FROM (0) TO (100);
CREATE TABLE alice.parts_b PARTITION OF alice.parts FOR VALUES FROM (100) TO (200);
CREATE TABLE alice.parts_c PARTITION OF alice.parts FOR VALUES FROM (200) TO (300);
CREATE TABLE alice.parts_d PARTITION OF alice.parts FOR VALUES FROM (300) TO (400);
SELECT diplo.attach('alice.parts', 'id', 'body');
INSERT INTO alice.parts VALUES (1, 'Делегация Чили посетила Перу.'), (101, 'Делегация Кубы посетила Мексику.'),
	(201, 'Делегация Ганы посетила Нигерию.'), (301, 'Делегация Швеции посетила Данию.');
TRUNCATE alice.parts_a;
SELECT array_agg(DISTINCT article_id ORDER BY article_id) AS after_truncate_a
  FROM diplo.captured_entities WHERE source = 'alice.parts'::regclass;
DROP TABLE alice.parts_b;
SELECT array_agg(DISTINCT article_id ORDER BY article_id) AS after_drop_b
  FROM diplo.captured_entities WHERE source = 'alice.parts'::regclass;
SELECT diplo.detach('alice.parts', true);
SELECT count(*) AS truncate_triggers_left FROM pg_trigger WHERE tgname = 'diplo_capture_truncate';
DROP TABLE alice.parts;

------------------------------------------------------------------ 9
-- A role that may only INSERT must not replace another article's facts
-- with a row of the same id: attach() wants a unique key on the id.
CREATE TABLE alice.loose (id int, body text);
ALTER TABLE alice.loose OWNER TO regress_alice;
SELECT diplo.attach('alice.loose', 'id', 'body');
ALTER TABLE alice.loose ADD PRIMARY KEY (id);
SELECT diplo.attach('alice.loose', 'id', 'body');
SET SESSION AUTHORIZATION regress_alice;
INSERT INTO alice.loose VALUES (1, 'Делегация Чили посетила Перу.');
GRANT INSERT ON alice.loose TO regress_bob;
SET SESSION AUTHORIZATION regress_bob;
INSERT INTO alice.loose VALUES (1, 'Делегация Кубы посетила Мексику.');
RESET SESSION AUTHORIZATION;
SELECT article_id, code FROM diplo.captured_entities
 WHERE source = 'alice.loose'::regclass AND kind = 'country' ORDER BY 1, 2;
SELECT diplo.detach('alice.loose', true);
DROP TABLE alice.loose;
-- a NULL id (a unique index allows it) is recorded, not silently skipped
CREATE TABLE alice.nullable (id int UNIQUE, body text);
SELECT diplo.attach('alice.nullable', 'id', 'body');
INSERT INTO alice.nullable VALUES (NULL, 'Делегация Чили посетила Перу.');
SELECT article_id, sqlstate, message FROM diplo.capture_errors WHERE source = 'alice.nullable'::regclass;
SELECT diplo.detach('alice.nullable', true);
DROP TABLE alice.nullable;

------------------------------------------------------------------ 15
-- A 1,000-row INSERT into an attached table takes one transaction id, not
-- one per row.
CREATE TABLE many (id int PRIMARY KEY, body text);
SELECT diplo.attach('many', 'id', 'body');
SELECT pg_current_xact_id()::text::bigint AS xid_before \gset
INSERT INTO many SELECT g, 'Делегация Чили посетила Перу.' FROM generate_series(1, 1000) g;
SELECT pg_current_xact_id()::text::bigint - :xid_before AS xids_taken;
SELECT count(DISTINCT article_id) AS captured FROM diplo.captured_entities WHERE source = 'many'::regclass;
SELECT diplo.detach('many', true);
DROP TABLE many;

------------------------------------------------------------------ 2
-- A role that owns a database creates schema diplo before the
-- administrator's CREATE EXTENSION, to rename it later and plant functions
-- the extension calls: the install is refused.
CREATE ROLE regress_dbowner;
CREATE DATABASE regress_planted OWNER regress_dbowner;
\c regress_planted
SET SESSION AUTHORIZATION regress_dbowner;
CREATE SCHEMA diplo;
RESET SESSION AUTHORIZATION;
CREATE EXTENSION diplo_extract;
-- nor a schema of the administrator's where another role may create objects
ALTER SCHEMA diplo OWNER TO CURRENT_USER;
GRANT CREATE ON SCHEMA diplo TO regress_dbowner;
CREATE EXTENSION diplo_extract;
\c :regress_db
DROP DATABASE regress_planted;
DROP ROLE regress_dbowner;

------------------------------------------------------------------ 13
-- The installing role's default privileges do not reach the extension's
-- objects: the lexicon stays read-only, the capture tables unreadable, the
-- trigger functions not executable for others.
CREATE ROLE regress_app;
ALTER DEFAULT PRIVILEGES GRANT ALL ON TABLES TO regress_app;
ALTER DEFAULT PRIVILEGES GRANT ALL ON SEQUENCES TO regress_app;
ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO regress_app;
ALTER DEFAULT PRIVILEGES GRANT ALL ON SCHEMAS TO regress_app;
DROP EXTENSION diplo_extract CASCADE;
CREATE EXTENSION diplo_extract;
ALTER DEFAULT PRIVILEGES REVOKE ALL ON TABLES FROM regress_app;
ALTER DEFAULT PRIVILEGES REVOKE ALL ON SEQUENCES FROM regress_app;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM regress_app;
ALTER DEFAULT PRIVILEGES REVOKE ALL ON SCHEMAS FROM regress_app;
SELECT has_table_privilege('regress_app', 'diplo.lexicon', 'INSERT') AS lexicon_insert,
	   has_table_privilege('regress_app', 'diplo.lexicon', 'SELECT') AS lexicon_select,
	   has_table_privilege('regress_app', 'diplo.captured_quotes', 'SELECT') AS captured_select,
	   has_table_privilege('regress_app', 'diplo.attachments', 'INSERT') AS attachments_insert,
	   has_sequence_privilege('regress_app', 'diplo.lexicon_id_seq', 'USAGE') AS sequence_usage,
	   has_function_privilege('regress_app', 'diplo_internal.capture_trigger()', 'EXECUTE') AS trigger_execute,
	   has_function_privilege('regress_app', 'diplo.entities(text)', 'EXECUTE') AS entities_execute,
	   has_schema_privilege('regress_app', 'diplo_bi', 'CREATE') AS bi_create,
	   has_table_privilege('regress_app', 'diplo_bi.quotes', 'SELECT') AS bi_select;
-- every grant of the extension's objects, by object and grantee
SELECT count(*) FILTER (WHERE a.grantee = 'regress_app'::regrole) AS app_grants
  FROM pg_class c, aclexplode(c.relacl) a
 WHERE c.relnamespace IN ('diplo'::regnamespace, 'diplo_bi'::regnamespace);

DROP SCHEMA alice;
DROP ROLE regress_alice, regress_bob, regress_carol, regress_app;
