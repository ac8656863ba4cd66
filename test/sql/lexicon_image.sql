-- lexicon_image.sql - sessions share the compiled lexicon through an image
-- file in pg_stat_tmp: the first session that needs a lexicon compiles it and
-- writes the image, later sessions (and parallel workers) load it.  A damaged
-- image, an edited lexicon and a session with sharing off all compile anew.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplo_extract;
RESET client_min_messages;

CREATE TABLE image_probe (step text PRIMARY KEY, result jsonb);
CREATE FUNCTION damage_images() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    f text;
    n integer := 0;
BEGIN
    FOR f IN SELECT name FROM pg_ls_dir('pg_stat_tmp') AS name
              WHERE name ~ '^diplo_lexicon\.[0-9a-f]{16}\.img$'
    LOOP
        EXECUTE format('COPY (SELECT %L) TO %L', 'not an image',
                       current_setting('data_directory') || '/pg_stat_tmp/' || f);
        n := n + 1;
    END LOOP;
    RETURN n;
END $$;

-- this session's lexicon is compiled or loaded: either way its image is there
SELECT count(*) > 0 AS found FROM diplo.entities('Делегация Франции.');
SHOW diplo_extract.share_lexicon;
SELECT damage_images() > 0 AS damaged;

-- a new session: the damaged image is refused and removed, the lexicon
-- compiled and its image written again
\c
\set VERBOSITY terse
SET client_min_messages = debug1;
INSERT INTO image_probe
SELECT 'compiled', diplo.extract('Президент Казахстана Касым-Жомарт Токаев прибыл в Баку с официальным визитом. Стороны подписали Договор о стратегическом партнёрстве.');
RESET client_min_messages;
SELECT count(*) AS images FROM pg_ls_dir('pg_stat_tmp') AS name
 WHERE name ~ '^diplo_lexicon\.[0-9a-f]{16}\.img$'
   AND (pg_stat_file('pg_stat_tmp/' || name)).size > 1000000;

-- another session loads it, and finds the same
\c
\set VERBOSITY terse
SET client_min_messages = debug1;
INSERT INTO image_probe
SELECT 'loaded', diplo.extract('Президент Казахстана Касым-Жомарт Токаев прибыл в Баку с официальным визитом. Стороны подписали Договор о стратегическом партнёрстве.');
RESET client_min_messages;
SELECT a.result = b.result AS same_result,
       jsonb_array_length(a.result -> 'agreements') AS agreements,
       (SELECT string_agg(e ->> 'name', ', ' ORDER BY e ->> 'name')
          FROM jsonb_array_elements(a.result -> 'entities') e
         WHERE e ->> 'kind' = 'country') AS countries
  FROM image_probe a, image_probe b
 WHERE a.step = 'compiled' AND b.step = 'loaded';

-- with sharing off a session compiles its own and writes nothing
\c
\set VERBOSITY terse
SET diplo_extract.share_lexicon = off;
SET client_min_messages = debug1;
SELECT count(*) > 0 AS found FROM diplo.entities('Делегация Франции прибыла в Лемурию.');
RESET client_min_messages;

-- an edited lexicon is other rows: compiled, never taken for the old image
-- (a role no run repeats makes rows no earlier run had)
INSERT INTO diplo.lexicon (kind, term, code, name, country, role)
VALUES ('country', 'Лемурия', 'XL', 'Лемурия', 'XL', md5(random()::text));
\c
\set VERBOSITY terse
SET client_min_messages = debug1;
SELECT name, code FROM diplo.entities('Делегация Франции прибыла в Лемурию.') WHERE kind = 'country' ORDER BY name;
RESET client_min_messages;
\c
\set VERBOSITY terse
SET client_min_messages = debug1;
SELECT name, code FROM diplo.entities('Делегация Франции прибыла в Лемурию.') WHERE kind = 'country' ORDER BY name;
RESET client_min_messages;

-- a row the engine refuses is reported by every session, also from the image
-- (diplo.lexicon refuses such a row: it is added with the check off)
ALTER TABLE diplo.lexicon DISABLE TRIGGER lexicon_check;
INSERT INTO diplo.lexicon (id, kind, term, code, name, country, role)
VALUES (900002, 'country', 'Пацифида', NULL, NULL, NULL, md5(random()::text));
ALTER TABLE diplo.lexicon ENABLE TRIGGER lexicon_check;
\c
\set VERBOSITY terse
SET client_min_messages = debug1;
SELECT count(*) > 0 AS found FROM diplo.entities('Делегация Франции.');
RESET client_min_messages;
\c
\set VERBOSITY terse
SET client_min_messages = debug1;
SELECT count(*) > 0 AS found FROM diplo.entities('Делегация Франции.');
RESET client_min_messages;

-- back to the shipped rows: their image is still there
DELETE FROM diplo.lexicon WHERE code = 'XL' OR id = 900002;
\c
\set VERBOSITY terse
SET client_min_messages = debug1;
SELECT name, code FROM diplo.entities('Делегация Франции прибыла в Лемурию.') WHERE kind = 'country' ORDER BY name;
RESET client_min_messages;

DROP TABLE image_probe;
DROP FUNCTION damage_images();
