-- bi_views.sql - the views of schema diplo_bi over captured facts: plain
-- column types, a comment on every column, the rows of two articles, the
-- country pairs, and the reader's rights (security_invoker)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplo_extract;
RESET client_min_messages;

CREATE TABLE bi_news (id int PRIMARY KEY, published date, body text);
SELECT diplo.attach('bi_news', 'id', 'body', 'published');
INSERT INTO bi_news VALUES
(1, '2025-04-10',
 'Президент Узбекистана Шавкат Мирзиёев 9 апреля прибыл с государственным визитом в Венгрию. '
 'В Будапеште он провел переговоры с премьер-министром Венгрии Виктором Орбаном. '
 'По итогам переговоров Мирзиёев и Орбан подписали Соглашение о сотрудничестве в области энергетики '
 'и Программу экономического сотрудничества на 2025-2027 годы. '
 '«Мы намерены довести товарооборот до одного миллиарда долларов в ближайшие годы», – заявил Мирзиёев.'),
(2, '2025-04-22',
 'Министр иностранных дел Турции Хакан Фидан провел телефонный разговор с министром иностранных дел '
 'Казахстана Муратом Нуртлеу. Стороны обсудили подготовку визита президента Казахстана в Анкару. '
 'Отмечено, что Турция инвестировала в экономику Казахстана более 7 млрд долларов.');

-- the views, and the types of their columns: text, integer, numeric, date only
SELECT c.relname AS view, count(*) AS columns,
       string_agg(DISTINCT format_type(a.atttypid, a.atttypmod), ', ') AS types,
       count(*) FILTER (WHERE col_description(c.oid, a.attnum) IS NULL) AS without_comment,
       obj_description(c.oid, 'pg_class') IS NOT NULL AS commented
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
 WHERE c.relnamespace = 'diplo_bi'::regnamespace
 GROUP BY c.oid, c.relname ORDER BY c.relname;
SELECT count(*) AS not_security_invoker FROM pg_class c
 WHERE c.relnamespace = 'diplo_bi'::regnamespace
   AND NOT coalesce('security_invoker=true' = ANY (c.reloptions), false);

-- one row per fact
SELECT source_table, article_id, article_date, agreement_no, document_type, title, status,
       valid_from_year, valid_to_year, party_count, parties, signatories
  FROM diplo_bi.agreements ORDER BY article_id, agreement_no;
SELECT article_id, agreement_no, party_no, party_type, party_country_code, party_name_ru, party_name_en
  FROM diplo_bi.agreement_parties ORDER BY article_id, agreement_no, party_no;
SELECT article_id, agreement_no, signatory_no, signatory, signatory_role, signatory_country_code
  FROM diplo_bi.agreement_signatories ORDER BY article_id, agreement_no, signatory_no;
SELECT article_id, article_date, event_no, event_type, status, guest_country_code, host_country_code,
       location, country_count, country_codes, persons, cameo_code
  FROM diplo_bi.events ORDER BY article_id, event_no;
SELECT article_id, event_no, event_type, status, country_code, country_name_ru, country_name_en, country_part
  FROM diplo_bi.event_countries ORDER BY article_id, event_no, country_code;
SELECT article_id, person, role, country_code, country_name_en, mentions
  FROM diplo_bi.persons ORDER BY article_id, entity_no;
SELECT article_id, place, place_type, country_code, country_name_ru, mentions
  FROM diplo_bi.places ORDER BY article_id, entity_no;
SELECT count(*) AS organisations FROM diplo_bi.organisations;
-- organisations, with the abbreviation the article writes (a third article, removed again)
INSERT INTO bi_news VALUES
(3, '2025-04-25',
 'Заседание Совета министров иностранных дел Содружества Независимых Государств прошло в Минске. '
 'Генеральный секретарь СНГ выступил вместе с представителями ООН и Организации по безопасности '
 'и сотрудничеству в Европе.');
SELECT article_id, organisation, short_name, country_code, mentions
  FROM diplo_bi.organisations ORDER BY article_id, entity_no;
SELECT organisation, start_pos, end_pos, substr(body, start_pos, end_pos - start_pos) AS first_mention,
       strpos(sentence_text, substr(body, start_pos, end_pos - start_pos)) > 0 AS in_sentence, sentence_text
  FROM diplo_bi.organisations JOIN bi_news ON id::text = article_id ORDER BY article_id, entity_no;
DELETE FROM bi_news WHERE id = 3;
-- one organisation under one name however the articles write it: two articles
-- (removed again) say Евросоюз and ЕС; a user's row names an organisation of its own
INSERT INTO diplo.lexicon (kind, term, code, name) VALUES ('org', 'Лига малых городов', 'ЛМГ', 'Лига малых городов Европы');
INSERT INTO bi_news VALUES
(4, '2025-04-26', 'Евросоюз продлил санкции против Белоруссии. Решение приняли послы стран Евросоюза.'),
(5, '2025-04-27', 'ЕС продлил санкции против Ирана, сообщили в Брюсселе. Лига малых городов поддержала решение.');
SELECT article_id, organisation, short_name, name_in_article, lexicon_code
  FROM diplo_bi.organisations WHERE article_id IN ('4', '5') ORDER BY article_id, entity_no;
SELECT organisation, count(*) AS articles
  FROM diplo_bi.organisations WHERE article_id IN ('4', '5') GROUP BY 1 ORDER BY 1;
DELETE FROM bi_news WHERE id IN (4, 5);
DELETE FROM diplo.lexicon WHERE NOT shipped;
SELECT article_id, sum_no, amount, currency, topic, as_written FROM diplo_bi.sums ORDER BY article_id, sum_no;
SELECT article_id, speaker, speaker_role, speaker_country_code, speaker_country_name_en, quote_length, quote
  FROM diplo_bi.quotes ORDER BY article_id, quote_no;
SELECT * FROM diplo_bi.country_pairs ORDER BY country_a_code, country_b_code, month, event_type;
-- sums over the pair view hold: each signed agreement is counted once
SELECT sum(agreements_signed) AS signed_in_pairs,
       (SELECT count(*) FROM diplo_bi.agreements WHERE status = 'signed') AS signed_agreements
  FROM diplo_bi.country_pairs;
SELECT state.country_code, state.country_name_ru, state.country_name_en
  FROM diplo_bi.countries state WHERE country_code IN ('AZ', 'CD', 'GB', 'KZ', 'PS', 'US')
 ORDER BY 1;

-- evidence: the sentence each fact is read from, and the fact's offsets in
-- the article (an entity: its first mention); the offsets give back the
-- words and the sentence holds them
SELECT article_id, agreement_no, start_pos, end_pos, substr(body, start_pos, end_pos - start_pos) AS words, sentence_text
  FROM diplo_bi.agreements JOIN bi_news ON id::text = article_id ORDER BY 1, 2;
SELECT article_id, event_no, event_type, start_pos, end_pos, substr(body, start_pos, end_pos - start_pos) AS words, sentence_text
  FROM diplo_bi.events JOIN bi_news ON id::text = article_id ORDER BY 1, 2;
SELECT article_id, sum_no, as_written, start_pos, end_pos, sentence_text FROM diplo_bi.sums ORDER BY 1, 2;
SELECT article_id, quote_no, start_pos, end_pos, substr(body, start_pos, end_pos - start_pos) = quote AS quote_at_offsets, sentence_text
  FROM diplo_bi.quotes JOIN bi_news ON id::text = article_id ORDER BY 1, 2;
SELECT article_id, person, start_pos, end_pos, substr(body, start_pos, end_pos - start_pos) AS first_mention, sentence_text
  FROM diplo_bi.persons JOIN bi_news ON id::text = article_id ORDER BY 1, entity_no;
SELECT article_id, place, start_pos, end_pos, substr(body, start_pos, end_pos - start_pos) AS first_mention
  FROM diplo_bi.places JOIN bi_news ON id::text = article_id ORDER BY 1, entity_no;
WITH evidence(view, article_id, words, sentence_text, start_pos, end_pos) AS (
	SELECT 'agreements', article_id, NULL, sentence_text, start_pos, end_pos FROM diplo_bi.agreements
	UNION ALL SELECT 'agreement_parties', article_id, NULL, sentence_text, start_pos, end_pos FROM diplo_bi.agreement_parties
	UNION ALL SELECT 'agreement_signatories', article_id, NULL, sentence_text, start_pos, end_pos FROM diplo_bi.agreement_signatories
	UNION ALL SELECT 'events', article_id, NULL, sentence_text, start_pos, end_pos FROM diplo_bi.events
	UNION ALL SELECT 'event_countries', article_id, NULL, sentence_text, start_pos, end_pos FROM diplo_bi.event_countries
	UNION ALL SELECT 'persons', article_id, NULL, sentence_text, start_pos, end_pos FROM diplo_bi.persons
	UNION ALL SELECT 'places', article_id, NULL, sentence_text, start_pos, end_pos FROM diplo_bi.places
	UNION ALL SELECT 'organisations', article_id, NULL, sentence_text, start_pos, end_pos FROM diplo_bi.organisations
	UNION ALL SELECT 'sums', article_id, as_written, sentence_text, start_pos, end_pos FROM diplo_bi.sums
	UNION ALL SELECT 'quotes', article_id, quote, sentence_text, start_pos, end_pos FROM diplo_bi.quotes
)
SELECT v.view, count(*) AS facts,
       count(*) FILTER (WHERE v.sentence_text IS NULL OR v.start_pos IS NULL OR v.end_pos IS NULL) AS without_evidence,
       count(*) FILTER (WHERE v.words IS NOT NULL
                          AND substr(n.body, v.start_pos, v.end_pos - v.start_pos) <> v.words) AS words_differ,
       count(*) FILTER (WHERE strpos(n.body, v.sentence_text) = 0
                           OR strpos(v.sentence_text, substr(n.body, v.start_pos, v.end_pos - v.start_pos)) = 0) AS sentence_differs
  FROM evidence v JOIN bi_news n ON n.id::text = v.article_id
 GROUP BY v.view ORDER BY v.view;

-- an article edited and one deleted: the views follow
UPDATE bi_news SET published = '2025-05-01' WHERE id = 2;
DELETE FROM bi_news WHERE id = 1;
SELECT article_id, article_date, event_type FROM diplo_bi.events ORDER BY article_id, event_no;

-- readers see the facts of the tables they may read
CREATE ROLE diplo_bi_reader;
SET ROLE diplo_bi_reader;
SELECT (SELECT count(*) FROM diplo_bi.events) AS events, (SELECT count(*) FROM diplo_bi.persons) AS persons;
RESET ROLE;
GRANT SELECT ON bi_news TO diplo_bi_reader;
SET ROLE diplo_bi_reader;
SELECT (SELECT count(*) FROM diplo_bi.events) AS events, (SELECT count(*) FROM diplo_bi.persons) AS persons;
RESET ROLE;
REVOKE ALL ON bi_news FROM diplo_bi_reader;
DROP ROLE diplo_bi_reader;

SELECT diplo.detach('bi_news', true);
DROP TABLE bi_news;
