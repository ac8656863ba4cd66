-- lifecycle.sql - an attached table renamed, its columns renamed or dropped,
-- the table dropped unseen; dates that do not convert; errors retried;
-- attach()'s checks, each with an error that names the object and a hint
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplo_extract;
RESET client_min_messages;

CREATE TABLE news (id int PRIMARY KEY, title text, body text, pub text);
INSERT INTO news VALUES (1, 'Визит', 'Делегация Чили посетила Перу.', '2024-01-10');
SELECT diplo.attach('news', 'id', 'body', 'pub');
CREATE VIEW news_countries AS
SELECT article_id, published, string_agg(code, ' ' ORDER BY code) AS codes
  FROM diplo.captured_entities WHERE kind = 'country' AND source::text IN ('news', 'wire')
 GROUP BY 1, 2;

---------------------------------------------------------------- RENAME
-- the table and its attached columns renamed: capture goes on
ALTER TABLE news RENAME TO wire;
ALTER TABLE wire RENAME COLUMN body TO content;
ALTER TABLE wire RENAME COLUMN pub TO issued;
ALTER TABLE wire RENAME COLUMN id TO n;
SELECT source, id_column, text_column, published_column FROM diplo.attachments;
INSERT INTO wire VALUES (2, 'Звонок', 'Делегация Ганы посетила Нигерию.', '2024-01-11');
UPDATE wire SET content = 'Делегация Кубы посетила Мексику.' WHERE n = 1;
-- an UPDATE of another column leaves the facts
UPDATE wire SET title = 'Визит в Мексику' WHERE n = 1;
SELECT * FROM news_countries ORDER BY 1;
ALTER TABLE wire RENAME TO news;
ALTER TABLE news RENAME COLUMN content TO body;
ALTER TABLE news RENAME COLUMN issued TO pub;
ALTER TABLE news RENAME COLUMN n TO id;

---------------------------------------------------------------- dates
-- a published value that does not convert: the article is captured with an
-- unknown date and the value recorded in capture_errors
INSERT INTO news VALUES (3, 'Дата', 'Делегация Ирана посетила Ирак.', 'not a date');
INSERT INTO news VALUES (4, 'Дата', 'Делегация Египта посетила Судан.', 'yesterday');
INSERT INTO news VALUES (5, 'Дата', 'Делегация Кении посетила Уганду.', '31.02.2024');
SELECT * FROM news_countries WHERE article_id::int > 2 ORDER BY 1;
SELECT article_id, sqlstate, message FROM diplo.capture_errors
 WHERE source = 'news'::regclass ORDER BY 1;

---------------------------------------------------------------- retry
-- a successful capture removes the article's errors; retry_errors()
-- captures again the articles that failed
UPDATE news SET pub = '2024-01-12' WHERE id = 3;
SELECT article_id FROM diplo.capture_errors WHERE source = 'news'::regclass ORDER BY 1;
-- fixed behind the trigger's back (a replica), then retried
SET session_replication_role = replica;
UPDATE news SET pub = '2024-01-13' WHERE id = 4;
UPDATE news SET pub = '2024-02-29' WHERE id = 5;
RESET session_replication_role;
SELECT diplo.retry_errors('news') AS retried;
SELECT article_id FROM diplo.capture_errors WHERE source = 'news'::regclass ORDER BY 1;
SELECT * FROM news_countries WHERE article_id::int > 2 ORDER BY 1;
-- with nothing to retry, and for every attached table
SELECT diplo.retry_errors() AS retried;
SELECT diplo.retry_errors(NULL) AS retried;
-- a table that is not attached
CREATE TABLE other (id int PRIMARY KEY, body text);
SELECT diplo.retry_errors('other');

---------------------------------------------------------------- DROP COLUMN
-- a dropped attached column detaches the table, with a warning; the facts stay
ALTER TABLE news DROP COLUMN title;
SELECT count(*) AS still_attached FROM diplo.attachments WHERE source = 'news'::regclass;
ALTER TABLE news DROP COLUMN pub;
SELECT count(*) AS still_attached FROM diplo.attachments WHERE source = 'news'::regclass;
SELECT tgname FROM pg_trigger WHERE tgrelid = 'news'::regclass ORDER BY 1;
INSERT INTO news VALUES (6, 'Делегация Лаоса посетила Вьетнам.');
SELECT count(*) AS not_captured FROM diplo.captured_entities WHERE source = 'news'::regclass AND article_id = '6';
SELECT count(DISTINCT article_id) AS facts_kept FROM diplo.captured_entities WHERE source = 'news'::regclass;
SELECT diplo.detach('news', true);
-- the same for a partitioned table
CREATE TABLE parted (id int, body text, pub date) PARTITION BY RANGE (id);
CREATE TABLE parted_1 PARTITION OF parted (PRIMARY KEY (id)) FOR VALUES FROM (0) TO (100);
SELECT diplo.attach('parted', 'id', 'body', 'pub');
ALTER TABLE parted RENAME COLUMN body TO content;
INSERT INTO parted VALUES (1, 'Делегация Лаоса посетила Вьетнам.', '2024-01-01');
SELECT article_id, code FROM diplo.captured_entities WHERE source = 'parted'::regclass ORDER BY 2;
ALTER TABLE parted DROP COLUMN content;
SELECT count(*) AS still_attached FROM diplo.attachments;
SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
 WHERE c.relname LIKE 'parted%' ORDER BY 1, 2;
SELECT diplo.detach('parted', true);
DROP TABLE parted;

---------------------------------------------------------------- partitions attached and detached
-- ATTACH PARTITION queues the rows of the new partition for backfill (with a
-- warning) and gives it the TRUNCATE trigger; a partition created under the
-- table gets the trigger; DETACH PARTITION takes the facts of its rows along
CREATE TABLE pnews (id int PRIMARY KEY, body text) PARTITION BY RANGE (id);
CREATE TABLE pnews_1 PARTITION OF pnews FOR VALUES FROM (0) TO (100);
SELECT diplo.attach('pnews', 'id', 'body');
INSERT INTO pnews VALUES (1, 'Делегация Лаоса посетила Вьетнам.');
CREATE TABLE pnews_2 (LIKE pnews INCLUDING ALL);
INSERT INTO pnews_2 VALUES (101, 'Делегация Чили посетила Перу.'), (102, 'Делегация Ганы посетила Нигерию.');
ALTER TABLE pnews ATTACH PARTITION pnews_2 FOR VALUES FROM (100) TO (200);
CREATE TABLE pnews_3 PARTITION OF pnews FOR VALUES FROM (200) TO (300);
SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
 WHERE c.relname LIKE 'pnews%' ORDER BY 1, 2;
SELECT rows_done, rows_total, parts_left FROM diplo.backfill_progress WHERE source = 'pnews'::regclass;
SET client_min_messages = warning;
CALL diplo.backfill('pnews');
RESET client_min_messages;
SELECT article_id, event_type, countries FROM diplo.captured_events WHERE source = 'pnews'::regclass ORDER BY 1;
ALTER TABLE pnews DETACH PARTITION pnews_2;
SELECT article_id, event_type, countries FROM diplo.captured_events WHERE source = 'pnews'::regclass ORDER BY 1;
SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
 WHERE c.relname LIKE 'pnews%' ORDER BY 1, 2;
-- the detached table is the user's own now: truncating it touches no facts
INSERT INTO pnews VALUES (201, 'Делегация Чили посетила Перу.');
TRUNCATE pnews_2;
SELECT count(*) AS facts FROM diplo.captured_events WHERE source = 'pnews'::regclass;
SELECT diplo.detach('pnews', true);
DROP TABLE pnews, pnews_2;

---------------------------------------------------------------- a detached table dropped
-- detach() keeps the facts; a DROP TABLE later takes them with it
CREATE TABLE kept (id int PRIMARY KEY, body text);
SELECT diplo.attach('kept', 'id', 'body');
INSERT INTO kept VALUES (1, 'Делегация Лаоса посетила Вьетнам.');
SELECT diplo.detach('kept');
SELECT count(*) > 0 AS facts_kept FROM diplo.captured_entities WHERE source = 'kept'::regclass;
SELECT 'kept'::regclass::oid AS kept_oid \gset
DROP TABLE kept;
SELECT (SELECT count(*) FROM diplo.captured_entities WHERE source = :kept_oid)
     + (SELECT count(*) FROM diplo.captured_events WHERE source = :kept_oid) AS facts_left;

---------------------------------------------------------------- a table gone
-- dropped while event triggers did not fire: detach() by oid removes its facts
TRUNCATE news;
ALTER TABLE news ADD COLUMN pub date;
INSERT INTO news VALUES (7, 'Делегация Лаоса посетила Вьетнам.', '2024-01-01');
SELECT diplo.attach('news', 'id', 'body', 'pub');
SELECT 'news'::regclass::oid AS news_oid \gset
SET session_replication_role = replica;
DROP TABLE news;
RESET session_replication_role;
SELECT count(*) > 0 AS facts_left FROM diplo.captured_entities WHERE source = :news_oid;
SELECT diplo.detach(:news_oid, true);
SELECT count(*) AS facts_left FROM diplo.captured_entities WHERE source = :news_oid;
SELECT count(*) AS attachments FROM diplo.attachments;
-- an oid that is not attached (42704: undefined_object)
\set VERBOSITY sqlstate
SELECT diplo.detach(:news_oid);

---------------------------------------------------------------- attach's checks
\set VERBOSITY default
CREATE TABLE typed (id int PRIMARY KEY, n int, j jsonb, body text, d date, i interval);
SELECT diplo.attach('typed', 'id', 'n');
SELECT diplo.attach('typed', 'id', 'j');
SELECT diplo.attach('typed', 'id', 'body', 'i');
SELECT diplo.attach('typed', 'j', 'body');
SELECT diplo.attach(NULL, 'id', 'body');
SELECT diplo.attach('typed', NULL, 'body');
SELECT diplo.attach('typed', 'id', NULL);
SELECT diplo.attach('typed', 'id', 'nope');
CREATE VIEW typed_v AS SELECT * FROM typed;
SELECT diplo.attach('typed_v', 'id', 'body');
CREATE MATERIALIZED VIEW typed_m AS SELECT * FROM typed;
SELECT diplo.attach('typed_m', 'id', 'body');
SELECT diplo.attach('diplo.lexicon', 'id', 'term');
SELECT diplo.attach('diplo.captured_entities', 'article_id', 'name');
CREATE TABLE loose (id int, body text);
SELECT diplo.attach('loose', 'id', 'body');
CREATE TABLE pp (id int, body text) PARTITION BY RANGE (id);
CREATE TABLE pp_1 PARTITION OF pp (PRIMARY KEY (id)) FOR VALUES FROM (0) TO (10);
SELECT diplo.attach('pp', 'id', 'body');
SELECT diplo.attach('pp_1', 'id', 'body');
SELECT diplo.detach('pp');
SELECT diplo.detach(NULL);
DROP TABLE pp, loose, other;
DROP MATERIALIZED VIEW typed_m;
DROP VIEW typed_v;
DROP TABLE typed;
DROP VIEW news_countries;
