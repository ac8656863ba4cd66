-- facts_ru.sql - one story per kind of hard case of the facts: agreement
-- status by tense and modality, one agreement per document (short and long
-- form, announced then signed), lists of documents, validity periods, money
-- in its usual written forms, quotes attributed by office or carried over,
-- quotes cut by their attribution, event types.  The stories are written
-- for this test.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplo_extract;
RESET client_min_messages;

CREATE TEMP TABLE cases (id text PRIMARY KEY, published date, doc text);
INSERT INTO cases VALUES
-- status by tense, negation and modality
('status_signed', '2024-05-14',
 'Министры иностранных дел Армении и Греции подписали в Афинах Меморандум о сотрудничестве в области культуры.'),
('status_planned', '2024-05-14',
 'В ходе предстоящего визита стороны планируют подписать Соглашение о воздушном сообщении между Чехией и Вьетнамом.'),
('status_ratified', '2024-05-14',
 'Парламент Латвии ратифицировал Соглашение об избежании двойного налогообложения с Казахстаном.'),
('status_negotiated', '2024-05-14',
 'Делегации Перу и Чили обсудили проект Договора о делимитации морской границы.'),
-- one agreement per document: announced, then reported signed; long and short form
('merge', '2024-07-02',
 'Президенты Узбекистана и Туркменистана намерены подписать Договор о стратегическом партнёрстве. '
 'Вечером договор был подписан главами государств. Стороны также приняли Совместное заявление.'),
-- a list of documents: each named one, not the count
('list', '2024-10-08',
 'По итогам переговоров Монголии и Южной Кореи подписан пакет из шести документов, в том числе '
 'меморандум о сотрудничестве в области здравоохранения и соглашение о взаимной защите инвестиций.'),
-- validity periods
('period', '2024-03-11',
 'Правительства Сербии и Венгрии подписали Программу экономического сотрудничества на 2024–2027 годы '
 'и Соглашение о научно-техническом сотрудничестве сроком на пять лет.'),
-- money in the forms news write it
('money', '2024-08-19',
 'Товарооборот Индии и Бразилии достиг $2,5 млрд, а к 2030 году стороны рассчитывают довести его до 10 млрд долларов. '
 'Инвестиции Казахстана в проект составят 300 миллиардов тенге, России — 1,2 трлн рублей, Евросоюза — 500 млн евро.'),
-- quotes attributed by office, and carried to the next sentence
('quote_office', '2024-11-05',
 'Президент Финляндии Александр Стубб провёл переговоры с премьер-министром Эстонии Кристен Михал. '
 '«Наши страны объединяет общая ответственность за безопасность Балтийского моря», — подчеркнул президент Финляндии. '
 '«Мы продолжим совместные учения на море и в воздухе», — добавил он.'),
-- quotations cut by their attribution
('quote_cut', '2024-06-14',
 'Министр иностранных дел Норвегии Ларс Хансен провёл переговоры с коллегой из Чили. '
 '«Мы видим большой потенциал, — отметил Ларс Хансен, — в торговле лососем и медью». '
 '«Переговоры были трудными, — сказал он. — Но стороны услышали друг друга».'),
-- event types: a telephone call and a planned visit
('events', '2024-02-20',
 'Премьер-министр Японии провёл телефонный разговор с премьер-министром Австралии. '
 'Президент Бразилии посетит Анголу с официальным визитом в следующем месяце.');

-- agreements: type, title, status, parties, period
SELECT c.id, a.doc_type, a.title, a.status, a.parties, a.valid_from, a.valid_to
  FROM cases c, diplo.agreements(c.doc, c.published) a
 WHERE c.id LIKE 'status%' OR c.id IN ('merge', 'list', 'period')
 ORDER BY c.id, a.start_pos;

-- the list gives its two named documents, not six; the announced treaty and
-- its signing are one row
SELECT c.id, a.doc_type, count(*) AS agreements
  FROM cases c, diplo.agreements(c.doc, c.published) a
 WHERE c.id IN ('merge', 'list')
 GROUP BY c.id, a.doc_type ORDER BY c.id, a.doc_type;

-- money: value and ISO currency
SELECT a.value, a.currency, a.surface
  FROM cases c, diplo.amounts(c.doc, c.published) a
 WHERE c.id = 'money'
 ORDER BY a.start_pos;

-- quotes: the speaker named by office, and the one carried over
SELECT q.speaker, q.speaker_role, q.speaker_country, q.quote
  FROM cases c, diplo.quotes(c.doc, c.published) q
 WHERE c.id = 'quote_office'
 ORDER BY q.start_pos;

-- quotes: the words said without the attribution that cuts them; the
-- offsets span the whole quotation
SELECT q.speaker, q.quote, substr(c.doc, q.start_pos, q.end_pos - q.start_pos) AS quotation
  FROM cases c, diplo.quotes(c.doc, c.published) q
 WHERE c.id = 'quote_cut'
 ORDER BY q.start_pos;

-- events: type, status, countries and CAMEO code
SELECT c.id, e.event_type, e.status, e.countries, e.guest, e.host, e.cameo
  FROM cases c, diplo.events(c.doc, c.published) e
 WHERE c.id IN ('events', 'quote_office', 'status_signed')
 ORDER BY c.id, e.start_pos;
