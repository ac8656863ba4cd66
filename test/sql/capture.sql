-- capture.sql - diplo.attach(): facts of every article kept in step with its table
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplo_extract;
RESET client_min_messages;

CREATE TABLE news (id bigint PRIMARY KEY, title text, body text, pub date);
INSERT INTO news VALUES
(1, 'Визит', 'Президент Франции прибыл с официальным визитом в Индию.', '2024-01-10'),
(2, 'Звонок', 'Министр иностранных дел Японии провёл телефонный разговор с коллегой из Австралии.', '2024-01-11');

-- a view of the captured facts of this table
CREATE VIEW news_facts AS
SELECT 'entity' AS what, article_id, published, kind || ':' || coalesce(code, name) AS fact
  FROM diplo.captured_entities WHERE source = 'news'::regclass AND kind = 'country'
UNION ALL
SELECT 'event', article_id, published, event_type
  FROM diplo.captured_events WHERE source = 'news'::regclass
UNION ALL
SELECT 'amount', article_id, published, value || ' ' || currency
  FROM diplo.captured_amounts WHERE source = 'news'::regclass;

-- attach backfills the rows already there
SELECT diplo.attach('news', 'id', 'body', 'pub') AS backfilled;
SELECT source, id_column, text_column, published_column FROM diplo.attachments;
SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'news'::regclass;
SELECT * FROM news_facts WHERE what = 'entity' ORDER BY article_id, fact;

-- a second attach of the same table is refused; unknown columns too
SELECT diplo.attach('news', 'id', 'body');
SELECT diplo.attach('news', 'id', 'no_such_column');

-- INSERT
INSERT INTO news VALUES (3, 'Деньги', 'Германия выделит Кении 30 млн евро.', '2024-01-12');
SELECT * FROM news_facts WHERE article_id = '3' ORDER BY what, fact;

-- UPDATE of the text replaces the facts; of another column, nothing changes
UPDATE news SET body = 'Делегация Бразилии посетила Аргентину.' WHERE id = 3;
SELECT * FROM news_facts WHERE article_id = '3' ORDER BY what, fact;
UPDATE news SET title = 'Делегация' WHERE id = 3;
SELECT * FROM news_facts WHERE article_id = '3' ORDER BY what, fact;
-- UPDATE of the id moves the facts
UPDATE news SET id = 30 WHERE id = 3;
SELECT article_id, count(*) FROM news_facts WHERE article_id IN ('3', '30') GROUP BY 1 ORDER BY 1;
-- UPDATE of the date
UPDATE news SET pub = '2024-02-01' WHERE id = 30;
SELECT DISTINCT published FROM news_facts WHERE article_id = '30';

-- DELETE removes them
DELETE FROM news WHERE id = 30;
SELECT count(*) FROM news_facts WHERE article_id = '30';

-- a rolled back INSERT leaves nothing
BEGIN;
INSERT INTO news VALUES (4, 'Откат', 'Президент Чили встретился с президентом Перу.', '2024-01-13');
SELECT count(*) > 0 AS inside FROM news_facts WHERE article_id = '4';
ROLLBACK;
SELECT count(*) AS after_rollback FROM news_facts WHERE article_id = '4';

-- COPY of many rows
COPY news (id, title, body, pub) FROM STDIN;
101	Копия 1	Делегация Вьетнама прибыла в Лаос.	2024-03-01
102	Копия 2	Премьер-министр Польши посетил Литву.	2024-03-02
103	Копия 3	Министр иностранных дел Чехии встретился с коллегой из Словакии.	2024-03-03
104	Копия 4	Египет и Судан подписали соглашение о сотрудничестве в области водных ресурсов.	2024-03-04
105	Копия 5	Катар выделит Ливану 20 млн долларов.	2024-03-05
106	Копия 6	\N	2024-03-06
107	Копия 7		2024-03-07
108	Копия 8	Президент Финляндии провёл телефонный разговор с президентом Эстонии.	\N
\.
SELECT article_id, string_agg(fact, ' ' ORDER BY fact) AS countries
  FROM news_facts WHERE what = 'entity' AND article_id::int > 100
 GROUP BY article_id ORDER BY article_id::int;
SELECT count(DISTINCT article_id) AS copied_articles FROM news_facts WHERE article_id::int > 100;

-- many rows at once
INSERT INTO news
SELECT 1000 + g, 'Серия', 'Делегация Монголии посетила Китай, выпуск ' || g || '.', DATE '2024-04-01' + g
  FROM generate_series(1, 300) g;
SELECT count(DISTINCT article_id) AS bulk_articles FROM diplo.captured_entities
 WHERE source = 'news'::regclass AND article_id::int > 1000;

-- an extraction that fails does not lose the article: the error is recorded
-- (the capture takes the size limit of the server, database or role, not
-- of the session)
SELECT current_database() AS capture_db \gset
ALTER DATABASE :"capture_db" SET diplo_extract.max_document_size = '1kB';
\c
INSERT INTO news VALUES (5, 'Длинная', repeat('Делегация Ирана посетила Ирак. ', 100), '2024-01-14');
ALTER DATABASE :"capture_db" RESET diplo_extract.max_document_size;
\c
SELECT id, length(body) FROM news WHERE id = 5;
SELECT source, article_id, sqlstate, message FROM diplo.capture_errors;
SELECT count(*) AS facts_of_failed FROM news_facts WHERE article_id = '5';
-- re-extracting it later works
UPDATE news SET body = body WHERE id = 5;
SELECT * FROM news_facts WHERE article_id = '5' ORDER BY what, fact;

-- capture works with search_path = pg_catalog, and for roles that may only insert
SET search_path = pg_catalog;
INSERT INTO public.news VALUES (6, 'Путь', 'Делегация Швеции посетила Данию.', '2024-01-15');
RESET search_path;
SELECT * FROM news_facts WHERE article_id = '6' ORDER BY what, fact;
CREATE ROLE diplo_capture_writer;
GRANT INSERT, SELECT ON news, news_facts TO diplo_capture_writer;
SET ROLE diplo_capture_writer;
INSERT INTO news VALUES (7, 'Роль', 'Делегация Ганы посетила Нигерию.', '2024-01-16');
SELECT what, article_id, fact FROM news_facts WHERE article_id = '7' ORDER BY what, fact;
-- it cannot write the facts directly, nor attach its own tables
INSERT INTO diplo.captured_entities (source, article_id, kind, name) VALUES ('news', '7', 'country', 'Фальшивка');
CREATE TEMP TABLE writer_news (id int PRIMARY KEY, body text);
\set VERBOSITY terse
SELECT diplo.attach('writer_news', 'id', 'body');
\set VERBOSITY default
DROP TABLE writer_news;
RESET ROLE;
REVOKE ALL ON news, news_facts FROM diplo_capture_writer;
DROP ROLE diplo_capture_writer;

-- a table with a text id and no date column
CREATE TABLE wire (slug text PRIMARY KEY, txt text);
INSERT INTO wire VALUES ('a-1', 'Министр иностранных дел Марокко посетил Тунис.');
SELECT diplo.attach('wire', 'slug', 'txt');
SELECT article_id, published, kind, code FROM diplo.captured_entities
 WHERE source = 'wire'::regclass AND kind = 'country' ORDER BY code;

-- detach: no more capture; facts stay unless asked
SELECT diplo.detach('news');
SELECT count(*) FROM pg_trigger WHERE tgrelid = 'news'::regclass AND tgname = 'diplo_capture';
INSERT INTO news VALUES (8, 'После', 'Делегация Кубы посетила Мексику.', '2024-01-17');
SELECT count(*) AS not_captured FROM news_facts WHERE article_id = '8';
SELECT count(*) > 0 AS facts_kept FROM news_facts;
SELECT diplo.detach('news');
SELECT diplo.detach('wire', drop_facts => true);
SELECT count(*) AS wire_facts FROM diplo.captured_entities WHERE source = 'wire'::regclass;
SELECT count(*) AS attachments FROM diplo.attachments;

-- attach again, then clean up for the following tests
SELECT diplo.attach('news', 'id', 'body', 'pub') > 0 AS reattached;
SELECT diplo.detach('news', true);
SELECT (SELECT count(*) FROM diplo.captured_entities) + (SELECT count(*) FROM diplo.captured_events)
     + (SELECT count(*) FROM diplo.captured_amounts) + (SELECT count(*) FROM diplo.captured_agreements)
     + (SELECT count(*) FROM diplo.captured_quotes) + (SELECT count(*) FROM diplo.capture_errors) AS left_over;
DROP VIEW news_facts;
DROP TABLE news, wire;

-- a partitioned table: the facts of every partition are recorded under the
-- attached table, numbered in each article (fact_no); rows of a foreign
-- partition are left to the server that stores them (its own diplo.attach)
CREATE EXTENSION postgres_fdw;
CREATE SERVER elsewhere FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', port '1', dbname 'none');
CREATE TABLE parted (id int, body text, pub date) PARTITION BY RANGE (id);
CREATE TABLE parted_old PARTITION OF parted FOR VALUES FROM (0) TO (100);
CREATE TABLE parted_new PARTITION OF parted FOR VALUES FROM (100) TO (200);
-- (each local partition has a unique key on the id; the partition key is the id)
ALTER TABLE parted_old ADD PRIMARY KEY (id);
ALTER TABLE parted_new ADD PRIMARY KEY (id);
CREATE FOREIGN TABLE parted_far PARTITION OF parted FOR VALUES FROM (200) TO (300) SERVER elsewhere;
INSERT INTO parted VALUES (1, 'Делегация Перу посетила Чили.', '2024-02-01');
-- the backfill reads the local partitions only (the server "elsewhere" does not exist)
SELECT diplo.attach('parted', 'id', 'body', 'pub');
INSERT INTO parted VALUES (150, 'Премьер-министр Египта провел переговоры с премьер-министром Иордании. Стороны подписали меморандум о сотрудничестве в энергетике.', '2024-02-02');
SELECT source, article_id, published, fact_no, kind, name FROM diplo.captured_entities
 WHERE source = 'parted'::regclass ORDER BY article_id::int, fact_no;
SELECT source, article_id, fact_no, event_type, countries FROM diplo.captured_events
 WHERE source = 'parted'::regclass ORDER BY article_id::int, fact_no;
-- a foreign table is refused, with a hint
SELECT diplo.attach('parted_far', 'id', 'body');
SELECT diplo.detach('parted', true);
DROP TABLE parted;
DROP SERVER elsewhere;
DROP EXTENSION postgres_fdw;

