-- limits.sql - who may change the document size limit and the memory
-- budget, and lexicon terms too long for the engine's index once normalised
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplo_extract;
DROP ROLE IF EXISTS diplo_limits_user;
CREATE ROLE diplo_limits_user;
RESET client_min_messages;
-- load the library (a new session of an installed extension has not)
SELECT count(*) FROM diplo.entities('Президент Казахстана прибыл в Баку.');

-- diplo_extract.max_document_size is superuser-set: an ordinary role can
-- neither raise it (the engine's memory grows with the document) nor lower
-- it (the capture trigger would record errors instead of facts)
SET SESSION AUTHORIZATION diplo_limits_user;
SHOW diplo_extract.max_document_size;
SET diplo_extract.max_document_size = '1GB';
SET diplo_extract.max_document_size = 1;
SELECT set_config('diplo_extract.max_document_size', '1', false);
SHOW diplo_extract.max_document_size;
RESET SESSION AUTHORIZATION;

-- a superuser may, and may let a role do it
SET diplo_extract.max_document_size = '2MB';
SHOW diplo_extract.max_document_size;
RESET diplo_extract.max_document_size;
GRANT SET ON PARAMETER diplo_extract.max_document_size TO diplo_limits_user;
SET SESSION AUTHORIZATION diplo_limits_user;
SET diplo_extract.max_document_size = '2MB';
SHOW diplo_extract.max_document_size;
RESET diplo_extract.max_document_size;
RESET SESSION AUTHORIZATION;
REVOKE SET ON PARAMETER diplo_extract.max_document_size FROM diplo_limits_user;

-- set in a new session before the library is loaded: refused when it loads
\c
SET SESSION AUTHORIZATION diplo_limits_user;
SET diplo_extract.max_document_size = '1GB';
SELECT count(*) FROM diplo.entities('Президент Казахстана прибыл в Баку.');
SHOW diplo_extract.max_document_size;
RESET SESSION AUTHORIZATION;

-- a term within the 200-byte limit whose words become longer once
-- normalised (Latin look-alikes in a Cyrillic word become two-byte letters):
-- refused with a WARNING naming the row, like any refused row; the rest works
SELECT octet_length(repeat('Жo', 66) || '*') AS term_bytes;
BEGIN;
INSERT INTO diplo.lexicon (id, kind, term, name)
VALUES (900101, 'org', repeat('Жo', 66) || '*', 'Префикс'),
       (900102, 'org', repeat('Жo', 66), 'Слово'),
       (900103, 'org', 'Лемурийская ассамблея', 'Лемурийская ассамблея');
SELECT kind, name FROM diplo.entities('Лемурийская ассамблея собралась в Баку. ' || repeat('Жo', 66) || '.')
 ORDER BY first_pos;
ROLLBACK;


-- the engine's memory budget for one document: superuser-set like the size
-- limit; an extraction past it fails cleanly with 54000 and the session
-- goes on (0, the default, is 128 bytes per byte of text plus 32 MB)
SHOW diplo_extract.max_extraction_memory;
SET SESSION AUTHORIZATION diplo_limits_user;
SET diplo_extract.max_extraction_memory = '1GB';
RESET SESSION AUTHORIZATION;
SET diplo_extract.max_extraction_memory = '1MB';
SELECT count(*) FROM diplo.mentions(repeat('Министр иностранных дел России Сергей Лавров провел переговоры с госсекретарем США Энтони Блинкеном в Женеве. ', 2000));
SELECT count(*) FROM diplo.mentions('Министр иностранных дел России Сергей Лавров провел переговоры в Женеве.');
RESET diplo_extract.max_extraction_memory;
SELECT count(*) FROM diplo.mentions(repeat('Министр иностранных дел России Сергей Лавров провел переговоры с госсекретарем США Энтони Блинкеном в Женеве. ', 2000));

-- the capture of an article reads it once, whatever its size (the functions
-- it calls for each kind of fact share one extraction): one DEBUG2 line per
-- article, for one of 1.1 MB as for a short one
CREATE TABLE limits_news (id int PRIMARY KEY, body text);
SELECT diplo.attach('limits_news', 'id', 'body');
SET client_min_messages = debug2;
INSERT INTO limits_news SELECT 1, repeat('Президент Казахстана Касым-Жомарт Токаев прибыл с официальным визитом в Азербайджан. ', 7000);
INSERT INTO limits_news VALUES (2, 'Делегация Ганы посетила Нигерию.');
RESET client_min_messages;
SELECT article_id, count(*) AS entities FROM diplo.captured_entities
 WHERE source = 'limits_news'::regclass GROUP BY 1 ORDER BY 1;
-- and the next call reads its own text
SELECT name FROM diplo.entities('Делегация Чили посетила Перу.') ORDER BY 1;
SELECT diplo.detach('limits_news');
DROP TABLE limits_news;

DROP ROLE diplo_limits_user;
