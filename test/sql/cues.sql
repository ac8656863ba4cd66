-- cues.sql - cue words are lexicon rows (kind cue, the class in code): a user adds one with an INSERT
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplo_extract;
RESET client_min_messages;

-- the shipped cue rows, by class
SELECT code, count(*) AS words, bool_and(shipped) AS shipped
  FROM diplo.lexicon WHERE kind = 'cue' AND code IN ('plan', 'plan_strong', 'future', 'cancel')
 GROUP BY code ORDER BY code;

-- "намечается" is no planning cue: the talks are read as held
SELECT event_type, status, cameo
  FROM diplo.events('Встреча Владимира Путина и Касым-Жомарта Токаева намечается в Астане.');

-- a user's planning cue (a prefix, class plan_strong): the next call reads the talks as planned
INSERT INTO diplo.lexicon (kind, term, code) VALUES ('cue', 'намеча*', 'plan_strong');
SELECT event_type, status, cameo
  FROM diplo.events('Встреча Владимира Путина и Касым-Жомарта Токаева намечается в Астане.');

-- a class the engine does not know is refused, with the valid ones; the row
-- stays a planning cue
UPDATE diplo.lexicon SET code = 'no_such_class' WHERE kind = 'cue' AND term = 'намеча*' AND NOT shipped;
SELECT event_type, status, cameo
  FROM diplo.events('Встреча Владимира Путина и Касым-Жомарта Токаева намечается в Астане.');

-- deleted: gone
DELETE FROM diplo.lexicon WHERE kind = 'cue' AND term = 'намеча*' AND NOT shipped;
SELECT event_type, status, cameo
  FROM diplo.events('Встреча Владимира Путина и Касым-Жомарта Токаева намечается в Астане.');

-- a document noun is a row too: "трактат" is unknown until a user adds it
SELECT doc_type, title, status
  FROM diplo.agreements('Россия и Казахстан подписали трактат о сотрудничестве в области образования.');
INSERT INTO diplo.lexicon (kind, term, code, name) VALUES ('doc_type', 'трактат', 'treaty', 'трактат');
SELECT doc_type, title, status
  FROM diplo.agreements('Россия и Казахстан подписали трактат о сотрудничестве в области образования.');
DELETE FROM diplo.lexicon WHERE kind = 'doc_type' AND term = 'трактат' AND NOT shipped;

-- what a sum is about is a cue class too: "лизинг" says nothing until a
-- user adds it to about_credit
SELECT value, currency, about
  FROM diplo.amounts('Лизинг самолетов на 40 млн долларов одобрен в среду.');
INSERT INTO diplo.lexicon (kind, term, code) VALUES ('cue', 'лизинг*', 'about_credit');
SELECT value, currency, about
  FROM diplo.amounts('Лизинг самолетов на 40 млн долларов одобрен в среду.');
DELETE FROM diplo.lexicon WHERE kind = 'cue' AND term = 'лизинг*' AND NOT shipped;
