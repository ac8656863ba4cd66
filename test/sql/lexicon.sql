-- lexicon.sql - the lexicon is a table: edits are seen by the next call
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplo_extract;
RESET client_min_messages;

-- shipped rows are there and marked so
SELECT count(*) > 100 AS has_rows, bool_and(shipped) AS all_shipped FROM diplo.lexicon;

-- a made-up state is unknown
SELECT kind, name, code FROM diplo.entities('Посол Гондваны прибыл в Гондвану с гондванской делегацией.')
 WHERE kind = 'country' ORDER BY first_pos;

-- add it: the next call knows it
INSERT INTO diplo.lexicon (kind, term, code, name, country)
VALUES ('country', 'Гондвана', 'XG', 'Гондвана', 'XG'),
       ('country_adj', 'гондванский', 'XG', 'Гондвана', 'XG');
SELECT kind, name, code FROM diplo.entities('Посол Гондваны прибыл в Гондвану с гондванской делегацией.')
 WHERE kind = 'country' ORDER BY first_pos;
SELECT form, surface, normal FROM diplo.mentions('Посол Гондваны прибыл в Гондвану с гондванской делегацией.')
 WHERE kind = 'country' ORDER BY start_pos;

-- an update is seen too
UPDATE diplo.lexicon SET name = 'Республика Гондвана' WHERE term = 'Гондвана' AND NOT shipped;
SELECT kind, name, code FROM diplo.entities('Делегация Гондваны.') WHERE kind = 'country';

-- delete it: gone
DELETE FROM diplo.lexicon WHERE code = 'XG';
SELECT kind, name, code FROM diplo.entities('Посол Гондваны прибыл в Гондвану с гондванской делегацией.')
 WHERE kind = 'country' ORDER BY first_pos;

-- inside a transaction that is rolled back
BEGIN;
INSERT INTO diplo.lexicon (kind, term, code, name, country)
VALUES ('country', 'Лемурия', 'XL', 'Лемурия', 'XL');
SELECT name, code FROM diplo.entities('Делегация Лемурии.') WHERE kind = 'country';
ROLLBACK;
SELECT name, code FROM diplo.entities('Делегация Лемурии.') WHERE kind = 'country';

-- the table's constraints
\set VERBOSITY terse
INSERT INTO diplo.lexicon (kind, term, country) VALUES ('country', 'Атлантида', 'atl');
INSERT INTO diplo.lexicon (kind, term) VALUES ('', 'Атлантида');
INSERT INTO diplo.lexicon (kind, term) VALUES ('city', '   ');
INSERT INTO diplo.lexicon (kind, term, valid_from, valid_to) VALUES ('person', 'Иванов', '2024-01-01', '2020-01-01');

\set VERBOSITY default

-- a row the engine rejects gives a WARNING naming it and is skipped; the rest works
-- (such a row is refused now, see below: it is added with the checks off)
ALTER TABLE diplo.lexicon DISABLE TRIGGER lexicon_check;
INSERT INTO diplo.lexicon (id, kind, term, code, name, country)
VALUES (900001, 'country', 'Лемурия', NULL, NULL, NULL);
ALTER TABLE diplo.lexicon ENABLE TRIGGER lexicon_check;
SELECT name, code FROM diplo.entities('Делегация Франции прибыла в Лемурию.') WHERE kind = 'country';
DELETE FROM diplo.lexicon WHERE id = 900001;
SELECT name, code FROM diplo.entities('Делегация Франции прибыла в Лемурию.') WHERE kind = 'country';

-- TRUNCATE invalidates as well (in a transaction, to keep the shipped rows)
BEGIN;
SELECT count(*) > 0 AS before FROM diplo.entities('Делегация Франции.');
TRUNCATE diplo.lexicon;
-- no state without the lexicon (the dictionary alone still knows Франции as a place)
SELECT count(*) AS after FROM diplo.entities('Делегация Франции.') WHERE kind = 'country';
ROLLBACK;
SELECT count(*) > 0 AS restored FROM diplo.entities('Делегация Франции.');

-- pg_dump keeps user rows only
SELECT c.relname, x.cfg
  FROM pg_extension e,
       unnest(e.extconfig, e.extcondition) AS x(oid, cfg)
  JOIN pg_class c ON c.oid = x.oid
 WHERE e.extname = 'diplo_extract'
 ORDER BY c.relname;

-- ordinary roles may read the lexicon, not change it
CREATE ROLE diplo_lexicon_reader;
SET ROLE diplo_lexicon_reader;
SELECT count(*) > 0 AS readable FROM diplo.lexicon;
INSERT INTO diplo.lexicon (kind, term) VALUES ('country', 'Пацифида');
RESET ROLE;
DROP ROLE diplo_lexicon_reader;

-- rows that would do nothing are refused, naming the valid kinds and codes
INSERT INTO diplo.lexicon (kind, term, name, country) VALUES ('persn', 'Иван Петров', 'Иван Петров', 'RU');
INSERT INTO diplo.lexicon (kind, term, code, name) VALUES ('doc_type', 'пакт', 'pact', 'пакт');
INSERT INTO diplo.lexicon (kind, term, code, name) VALUES ('verb', 'заключи*', 'nonsense', 'заключить');
INSERT INTO diplo.lexicon (kind, term, code, name) VALUES ('verb', 'заключи*', NULL, 'заключить');
INSERT INTO diplo.lexicon (kind, term, code, name, country) VALUES ('country', 'Лемурия', 'lemuria', 'Лемурия', NULL);
INSERT INTO diplo.lexicon (kind, term, code, name, country) VALUES ('country', 'Лемурия', NULL, 'Лемурия', NULL);
INSERT INTO diplo.lexicon (kind, term, code, name) VALUES ('person', 'Иван Петров', 'X', 'Иван Петров');
-- valid ones are taken; a change is checked too, of a shipped row as well
INSERT INTO diplo.lexicon (kind, term, code, name) VALUES ('doc_type', 'пакт о дружбе', 'treaty', 'пакт о дружбе');
UPDATE diplo.lexicon SET code = 'pact' WHERE term = 'пакт о дружбе';
UPDATE diplo.lexicon SET code = 'pact' WHERE kind = 'doc_type' AND term = 'пакт' AND shipped;
INSERT INTO diplo.lexicon (kind, term, code, name) VALUES ('doc_type', 'пакт', 'treaty', 'пакт');
SELECT kind, term, code FROM diplo.lexicon WHERE NOT shipped ORDER BY id;
-- a duplicate is refused (it used to replace the first silently)
INSERT INTO diplo.lexicon (kind, term, code, name) VALUES ('doc_type', 'пакт о дружбе', 'treaty', 'Пакт о дружбе');
-- as is a repeat of a shipped row
INSERT INTO diplo.lexicon (kind, term, code, name, country)
SELECT kind, term, code, name, country FROM diplo.lexicon WHERE shipped AND kind = 'country' AND term = 'Казахстан';
-- a row that changes what a shipped term means is taken, with a NOTICE, and listed
INSERT INTO diplo.lexicon (kind, term, code, name, country) VALUES ('country', 'Казахстан', 'KG', 'Киргизия', 'KG');
SELECT kind, term, code, name, country, shipped_code, shipped_name, shipped_country FROM diplo.lexicon_overrides;
-- a new term is no override
INSERT INTO diplo.lexicon (kind, term, code, name, country) VALUES ('country', 'Лемурия', 'XL', 'Лемурия', 'XL');
SELECT count(*) AS overrides FROM diplo.lexicon_overrides;
SELECT kind, codes, code_pattern FROM diplo.lexicon_kinds WHERE kind IN ('doc_type', 'country', 'person') ORDER BY kind;
DELETE FROM diplo.lexicon WHERE NOT shipped;
