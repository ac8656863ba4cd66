-- extract_ru.sql - facts of short Russian diplomatic stories, row by row
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplo_extract;
RESET client_min_messages;

CREATE TEMP TABLE stories (id text PRIMARY KEY, published date, doc text);
INSERT INTO stories VALUES
('visit', '2024-04-16',
 'Президент Кыргызстана Садыр Жапаров 15 апреля прибыл с государственным визитом в Монголию. '
 'В Улан-Баторе состоялись переговоры Садыра Жапарова с президентом Монголии Ухнагийном Хурэлсухом. '
 'По итогам переговоров главы государств подписали Декларацию о стратегическом партнёрстве между Кыргызской Республикой и Монголией, '
 'а также Программу торгово-экономического сотрудничества на 2024-2028 годы. '
 'Стороны поставили задачу довести взаимный товарооборот до 1 млрд долларов.'),
('call', '2024-02-07',
 'Министр иностранных дел Египта Самех Шукри провёл телефонный разговор с министром иностранных дел Индонезии Ретно Марсуди. '
 'Стороны обсудили гуманитарную ситуацию в секторе Газа и подготовку к визиту индонезийской делегации в Каир.'),
('quote', '2024-06-03',
 'Премьер-министр Хорватии Андрей Пленкович встретился в Загребе с премьер-министром Словении Робертом Голобом. '
 '«Мы намерены вместе строить новую линию электропередачи и развивать порт Риека», — заявил Андрей Пленкович журналистам после встречи.'),
('money', '2024-09-20',
 'Норвегия выделит Иордании 25 млн евро на поддержку беженцев, сообщило министерство иностранных дел Норвегии. '
 'Кроме того, Всемирный банк одобрил для Иордании кредит в размере 1,2 млрд долларов на реформу энергетики.');

-- persons with their country and office
SELECT s.id, e.name, e.country, e.role
  FROM stories s, diplo.entities(s.doc, s.published) e
 WHERE e.kind = 'person'
 ORDER BY s.id, e.first_pos;

-- countries by ISO code
SELECT s.id, string_agg(e.code, ' ' ORDER BY e.code) AS countries
  FROM stories s, diplo.entities(s.doc, s.published) e
 WHERE e.kind = 'country'
 GROUP BY s.id ORDER BY s.id;

-- places and organisations
SELECT s.id, e.kind, e.name, e.country
  FROM stories s, diplo.entities(s.doc, s.published) e
 WHERE e.kind IN ('location', 'organization')
 ORDER BY s.id, e.kind, e.first_pos;

-- agreements
SELECT s.id, a.doc_type, a.title, a.parties, a.signatories, a.status, a.valid_from, a.valid_to
  FROM stories s, diplo.agreements(s.doc, s.published) a
 ORDER BY s.id, a.start_pos;

-- events
SELECT s.id, e.event_type, e.status, e.countries, e.guest, e.host
  FROM stories s, diplo.events(s.doc, s.published) e
 ORDER BY s.id, e.event_type, e.start_pos;

-- sums of money
SELECT s.id, a.value, a.currency, a.surface
  FROM stories s, diplo.amounts(s.doc, s.published) a
 ORDER BY s.id, a.start_pos;

-- quotes
SELECT s.id, q.speaker, q.speaker_role, q.speaker_country, q.quote
  FROM stories s, diplo.quotes(s.doc, s.published) q
 ORDER BY s.id, q.start_pos;

-- extract() holds the same facts as the set-returning functions
SELECT s.id,
       jsonb_array_length(x -> 'entities') = (SELECT count(*) FROM diplo.entities(s.doc, s.published)) AS entities,
       jsonb_array_length(x -> 'agreements') = (SELECT count(*) FROM diplo.agreements(s.doc, s.published)) AS agreements,
       jsonb_array_length(x -> 'events') = (SELECT count(*) FROM diplo.events(s.doc, s.published)) AS events,
       jsonb_array_length(x -> 'amounts') = (SELECT count(*) FROM diplo.amounts(s.doc, s.published)) AS amounts,
       jsonb_array_length(x -> 'quotes') = (SELECT count(*) FROM diplo.quotes(s.doc, s.published)) AS quotes
  FROM stories s, diplo.extract(s.doc, s.published) AS x
 ORDER BY s.id;

-- extract() writes its jsonb directly: it is the jsonb its own text parses
-- to, byte for byte (same size and content), also for arrays of more than
-- 32 elements (where jsonb stores offsets) and for sums of money
CREATE TEMP TABLE long_story AS
SELECT 'long' AS id, DATE '2024-05-01' AS published,
       string_agg(format('Министр иностранных дел %s провел переговоры с послом %s. '
                         'Объем помощи составил %s млн долларов.',
                         (ARRAY['Казахстана', 'Египта', 'Перу', 'Вьетнама'])[1 + g % 4],
                         (ARRAY['Италии', 'Чили', 'Кении'])[1 + g % 3], g), ' ') AS doc
  FROM generate_series(1, 40) g;
SELECT s.id,
       x = x::text::jsonb AS same_value,
       pg_column_size(x) = pg_column_size(x::text::jsonb) AS same_size,
       jsonb_array_length(x -> 'mentions') AS mentions,
       (x -> 'mentions' -> 35 ->> 'surface') = (SELECT surface FROM diplo.mentions(s.doc, s.published) OFFSET 35 LIMIT 1) AS mention_36,
       (SELECT sum((a ->> 'value')::numeric) FROM jsonb_array_elements(x -> 'amounts') a) AS amounts_sum
  FROM (SELECT * FROM stories UNION ALL SELECT * FROM long_story) s,
       diplo.extract(s.doc, s.published) AS x
 ORDER BY s.id;
