-- offsets.sql - substr(doc, start_pos, end_pos - start_pos) = surface, whatever the characters
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplo_extract;
RESET client_min_messages;

CREATE TEMP TABLE offset_docs (id int, doc text);
INSERT INTO offset_docs VALUES
(1, 'Премьер-министр Индии прибыл в Бразилию. Стороны обсудили торговлю на сумму 3,5 млрд долларов и инвестиции в 700 млн евро.'),
(2, '🇷🇺🤝🇨🇳 Россия и Китай 😀 договорились о поставках 👍 на 12 млрд рублей. Москва 🏛 и Пекин 🐉 подтвердили планы.'),
(3, E'Росси\u0301я и Казахста\u0301н подписали меморандум. Президент Казахстана встретился с премьером Франции; сумма — 200 млн евро.'),
(4, E'Делегация Норве\u0301гии\u00a0прибыла в Египет.\r\nМинистр Египта\tпринял гостей 𝔄𝔅 из Осло.\u200b Выделено 15 млн долларов.'),
(5, E'«Италия поддерживает Сербию», — сказал министр. Ранее Рим выделил Белграду 40 миллионов евро 🇮🇹🇷🇸.'),
(6, E'й\u0306 Турция, Иран и Ирак ̃ обсудили проект стоимостью 1 млрд долларов США.'),
(7, E'«Переговоры будут продолжены в ближайшее время 🤝, — заявил министр иностранных дел Норвегии Иван Петров. — Мы ждём отве\u0301та партнёров из Осло»\u00a0.');

-- every mention and every amount is where it says it is
SELECT d.id, m.surface, m.start_pos, m.end_pos,
       substr(d.doc, m.start_pos, m.end_pos - m.start_pos) AS at_offsets
  FROM offset_docs d, diplo.mentions(d.doc) m
 WHERE substr(d.doc, m.start_pos, m.end_pos - m.start_pos) IS DISTINCT FROM m.surface
 ORDER BY 1, 3;
SELECT d.id, a.surface, a.start_pos, a.end_pos,
       substr(d.doc, a.start_pos, a.end_pos - a.start_pos) AS at_offsets
  FROM offset_docs d, diplo.amounts(d.doc) a
 WHERE substr(d.doc, a.start_pos, a.end_pos - a.start_pos) IS DISTINCT FROM a.surface
 ORDER BY 1, 3;

-- the checks above are not vacuous: each text has mentions, most have amounts
SELECT d.id,
       (SELECT count(*) FROM diplo.mentions(d.doc)) > 0 AS has_mentions,
       (SELECT count(*) FROM diplo.amounts(d.doc)) > 0 AS has_amounts
  FROM offset_docs d ORDER BY d.id;

-- positions are inside the text, ordered and non-empty
SELECT count(*) AS bad_positions
  FROM offset_docs d, diplo.mentions(d.doc) m
 WHERE m.start_pos < 1 OR m.end_pos <= m.start_pos OR m.end_pos > length(d.doc) + 1;
SELECT count(*) AS bad_sentences
  FROM offset_docs d, diplo.mentions(d.doc) m
 WHERE m.sentence < 1;

-- the first position of an entity is that of one of its mentions
SELECT count(*) AS bad_first_pos
  FROM offset_docs d, diplo.entities(d.doc) WITH ORDINALITY AS e(kind, name, code, country, role, aliases, mentions, first_pos, n)
 WHERE NOT EXISTS (SELECT 1 FROM diplo.mentions(d.doc) m
                    WHERE m.entity = e.n AND m.start_pos = e.first_pos);

-- quotes: the quote is the text between the offsets or, where the attribution
-- cuts it ("«…, — заявил он. — …»"), the pieces of that text around it: every
-- run of letters and digits of the quote is in the slice, in the same order
SELECT d.id, q.quote, substr(d.doc, q.start_pos, q.end_pos - q.start_pos) AS at_offsets
  FROM offset_docs d, diplo.quotes(d.doc) q
 WHERE substr(d.doc, q.start_pos, q.end_pos - q.start_pos) IS DISTINCT FROM q.quote
   AND substr(d.doc, q.start_pos, q.end_pos - q.start_pos) !~
       ('^[^[:alnum:]]*' || (SELECT string_agg(w[1], '.*' ORDER BY i)
                  FROM regexp_matches(q.quote, '([[:alnum:]]+)', 'g') WITH ORDINALITY AS x(w, i)) || '[^[:alnum:]]*$')
 ORDER BY 1;
-- ... and the check is not vacuous: the quote of text 7 is cut
SELECT d.id, q.speaker, q.quote
  FROM offset_docs d, diplo.quotes(d.doc) q ORDER BY 1;
