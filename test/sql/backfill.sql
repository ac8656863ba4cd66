-- backfill.sql - CALL diplo.backfill(): the rows already there captured in
-- batches that commit, resumable, with progress; attach(backfill => true)
-- as before
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplo_extract;
RESET client_min_messages;

CREATE TABLE bf (id int PRIMARY KEY, body text, pub date);
INSERT INTO bf SELECT g, 'Делегация Чили посетила Перу, выпуск ' || g || '.', DATE '2024-01-01' + g
  FROM generate_series(1, 25) g;
-- the trigger only: nothing captured yet
SELECT diplo.attach('bf', 'id', 'body', 'pub', backfill => false) AS backfilled;
SELECT count(DISTINCT article_id) AS captured FROM diplo.captured_entities WHERE source = 'bf'::regclass;
-- a row inserted meanwhile is captured by the trigger
INSERT INTO bf VALUES (100, 'Делегация Ганы посетила Нигерию.', '2024-03-01');
-- two batches of 10, then stopped (as by a cancel between batches)
\set VERBOSITY terse
CALL diplo.backfill('bf', batch_size => 10, max_batches => 2);
SELECT source, rows_done, rows_total, percent, parts_left, finished FROM diplo.backfill_progress;
SELECT count(DISTINCT article_id) AS captured FROM diplo.captured_entities WHERE source = 'bf'::regclass;
-- not in a transaction block: each batch commits
BEGIN;
CALL diplo.backfill('bf', batch_size => 10);
ROLLBACK;
-- resumed where it stopped
CALL diplo.backfill('bf', batch_size => 10);
SELECT source, rows_done, rows_total, percent, parts_left, finished FROM diplo.backfill_progress;
SELECT count(DISTINCT article_id) AS captured, min(article_id::int), max(article_id::int)
  FROM diplo.captured_entities WHERE source = 'bf'::regclass;
-- a finished backfill does nothing
CALL diplo.backfill('bf');
-- wrong arguments
CALL diplo.backfill('bf', batch_size => 0);
CREATE TABLE bf_other (id int PRIMARY KEY, body text);
CALL diplo.backfill('bf_other');
\set VERBOSITY default
-- detach forgets the progress
SELECT diplo.detach('bf', true);
SELECT count(*) AS progress_rows FROM diplo.backfill_state;

-- a partitioned table, by partition; text ids
CREATE TABLE bfp (id text, body text) PARTITION BY LIST (id);
CREATE TABLE bfp_a PARTITION OF bfp (PRIMARY KEY (id)) FOR VALUES IN ('a1', 'a2', 'a3');
CREATE TABLE bfp_b PARTITION OF bfp (PRIMARY KEY (id)) FOR VALUES IN ('b1', 'b2');
INSERT INTO bfp VALUES ('a1', 'Делегация Кубы посетила Мексику.'), ('a2', 'Делегация Лаоса посетила Вьетнам.'),
  ('a3', 'Делегация Ирана посетила Ирак.'), ('b1', 'Делегация Египта посетила Судан.'), ('b2', 'Делегация Кении посетила Уганду.');
SELECT diplo.attach('bfp', 'id', 'body', backfill => false);
\set VERBOSITY terse
CALL diplo.backfill('bfp', batch_size => 2);
\set VERBOSITY default
SELECT source, rows_done, rows_total, percent, parts_left, finished FROM diplo.backfill_progress;
SELECT article_id, string_agg(code, ' ' ORDER BY code) FROM diplo.captured_entities
 WHERE source = 'bfp'::regclass GROUP BY 1 ORDER BY 1;
SELECT diplo.detach('bfp', true);
DROP TABLE bf, bf_other, bfp;
