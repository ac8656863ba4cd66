-- hostile.sql - odd, huge and malformed documents: no crash, no hang, offsets always valid
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplo_extract;
RESET client_min_messages;

-- Violations of the offset contract among the mentions, sums and quotes of
-- doc: start_pos >= 1, start_pos < end_pos <= length(doc) + 1, and
-- substr(doc, start_pos, end_pos - start_pos) equal to the surface.  The
-- surface is compared for spans in the first and last 20,000 characters
-- (substr() walks the text from its start, so every span of a 10 MB text
-- would take minutes); bounds are checked for all.  With only_mentions the
-- document is extracted once instead of three times.
CREATE FUNCTION pg_temp.violations(doc text, only_mentions boolean DEFAULT false)
RETURNS bigint LANGUAGE sql AS $$
WITH spans AS MATERIALIZED (
	SELECT start_pos, end_pos, surface FROM diplo.mentions(doc)
	UNION ALL
	SELECT start_pos, end_pos, surface FROM diplo.amounts(doc) WHERE NOT only_mentions
	UNION ALL
	SELECT start_pos, end_pos, quote FROM diplo.quotes(doc) WHERE NOT only_mentions
), t AS MATERIALIZED (
	SELECT length(doc) AS len, left(doc, 20000) AS head,
		   greatest(length(doc) - 20000, 0) AS tail_from,
		   substr(doc, greatest(length(doc) - 20000, 0) + 1) AS tail
)
SELECT count(*) FROM spans, t
 WHERE start_pos < 1 OR end_pos <= start_pos OR end_pos > len + 1 OR surface IS NULL
	OR (end_pos <= 20001
		AND substr(head, start_pos, end_pos - start_pos) IS DISTINCT FROM surface)
	OR (start_pos > tail_from
		AND substr(tail, start_pos - tail_from, end_pos - start_pos) IS DISTINCT FROM surface)
$$;

-- codes of the countries found in doc, in order of first mention
CREATE FUNCTION pg_temp.countries(doc text) RETURNS text LANGUAGE sql AS $$
	SELECT coalesce(string_agg(code, ',' ORDER BY first_pos), '')
	  FROM diplo.entities(doc) WHERE kind = 'country'
$$;

CREATE TEMP TABLE hostile (name text PRIMARY KEY, doc text);

-- NULL: no rows, NULL json; the two-argument forms accept NULL too
SELECT count(*) AS null_mentions FROM diplo.mentions(NULL);
SELECT count(*) AS null_entities_dated FROM diplo.entities(NULL, NULL);
SELECT count(*) AS null_quotes_dated FROM diplo.quotes(NULL, DATE '2024-01-01');
SELECT diplo.extract(NULL) IS NULL AS null_json, diplo.extract(NULL, NULL) IS NULL AS null_json_dated;

-- empty, only spaces, one character: no facts, a JSON object with every part empty
INSERT INTO hostile VALUES
	('empty', ''),
	('spaces', repeat(' ', 10000)),
	('spaces_and_breaks', repeat(E' \t\n\r\u00a0', 2000)),
	('one_char', 'Я'),
	('one_letter_capital', 'Р'),
	('one_digit', '7');
SELECT name, (SELECT count(*) FROM diplo.mentions(doc)) AS mentions,
	   (SELECT count(*) FROM jsonb_each(diplo.extract(doc)) j
		 WHERE jsonb_typeof(j.value) = 'array' AND j.value <> '[]') AS nonempty_parts
  FROM hostile ORDER BY name;
SELECT array_agg(k ORDER BY k) AS json_keys FROM jsonb_object_keys(diplo.extract('')) k;

-- Latin look-alike letters inside Cyrillic words are read as Cyrillic
SELECT pg_temp.countries('Президент Кaзахстана (Latin a) прибыл в Aзербайджан (Latin A).') AS latin_a,
	   pg_temp.countries('Делегация Pоссии (Latin P) и Китая.') AS latin_p,
	   pg_temp.countries('МИД Укpаины (Latin p) и Беларуcи (Latin c).') AS latin_p_c;
SELECT surface, normal FROM diplo.mentions('Токаев посетил Кaзахстан.') WHERE kind = 'country';

-- combining marks (stress accents) and ё/е spellings
SELECT pg_temp.countries(E'Казахста\u0301н и Азербайджа\u0301н') AS stressed,
	   pg_temp.countries('Соединенное Королевство и Мексиканские Соединенные Штаты') AS e_for_yo,
	   pg_temp.countries('Соединённое Королевство и Мексиканские Соединённые Штаты') AS yo;
SELECT count(*) AS mentions, count(DISTINCT entity) AS entities, min(e.name) AS name
  FROM diplo.mentions(E'Визит в Кишине\u0308в и Кишинев.') m
  JOIN diplo.entities(E'Визит в Кишине\u0308в и Кишинев.') WITH ORDINALITY e ON e.ordinality = m.entity;
SELECT name, pg_temp.violations(doc) AS bad FROM (VALUES
	('combining', E'Е\u0308лкин, Алие\u0301в и Казахста\u0301н\u0308\u0308\u0308 подписали «Декларацию»\u0301.'),
	('many_marks', 'Россия' || repeat(E'\u0301', 5000) || ' и Китай')) v(name, doc);

-- every Unicode space between words, every dash between names
CREATE TEMP TABLE spaces AS
SELECT cp FROM unnest(ARRAY[9, 10, 11, 12, 13, 32, 133, 160, 5760, 8192, 8193, 8194, 8195,
	8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288]) cp;
SELECT count(*) AS spaces,
	   count(*) FILTER (WHERE pg_temp.countries('Казахстан' || chr(cp) || 'и' || chr(cp) || 'Азербайджан') = 'KZ,AZ') AS both_found,
	   count(*) FILTER (WHERE pg_temp.violations('Делегация' || chr(cp) || 'Казахстана' || chr(cp) || chr(cp) || 'прибыла' || chr(cp) || 'в' || chr(cp) || 'Баку.') = 0) AS offsets_ok
  FROM spaces;
CREATE TEMP TABLE dashes AS
SELECT cp FROM unnest(ARRAY[45, 1418, 1470, 5120, 6150, 8208, 8209, 8210, 8211, 8212, 8213,
	8722, 11799, 11802, 11834, 11835, 11840, 12316, 12336, 12448, 65073, 65074, 65112,
	65123, 65293]) cp;
SELECT count(*) AS dashes,
	   count(*) FILTER (WHERE pg_temp.countries('переговоры Казахстан ' || chr(cp) || ' Азербайджан') = 'KZ,AZ') AS spaced_both_found,
	   count(*) FILTER (WHERE pg_temp.violations('Казахстан' || chr(cp) || 'Азербайджан' || chr(cp) || chr(cp) || '2022' || chr(cp) || '2026') = 0) AS offsets_ok
  FROM dashes;

-- right-to-left and CJK scripts around Russian text; bidirectional controls
INSERT INTO hostile VALUES
	('arabic', 'الرئيس المصري Президент Египта прибыл в Москву القاهرة، مصر.'),
	('hebrew', 'שלום Министр иностранных дел Израиля ישראל посетил Иорданию.'),
	('cjk', '中华人民共和国 Председатель КНР 习近平 прибыл в Казахстан 哈萨克斯坦。'),
	('bidi_controls', E'\u202eПрезидент\u202c \u2067Казахстана\u2069 \u200fпосетил\u200e \u2066Турцию\u2069.'),
	('emoji', 'Президент 🇰🇿 Казахстана 😀 прибыл в 𝔅𝔞𝔨𝔲 и Баку 🤝.');
SELECT name, pg_temp.countries(doc) ~ want AS found, pg_temp.violations(doc) AS bad
  FROM hostile JOIN (VALUES ('arabic', 'EG'), ('hebrew', 'IL.*JO'), ('cjk', 'KZ'),
						   ('bidi_controls', 'KZ.*TR'), ('emoji', 'KZ.*AZ')) w(n, want) ON n = name
 ORDER BY name;

-- binary junk: control characters, U+FFFD, noncharacters, private use,
-- and code points from every plane, around a real sentence
INSERT INTO hostile
SELECT 'junk', string_agg(chr(cp), '' ORDER BY g) || ' Делегация Казахстана прибыла в Баку. '
			|| string_agg(chr(cp), '' ORDER BY g DESC)
  FROM (SELECT g, CASE WHEN g <= 31 THEN g
					   WHEN g <= 64 THEN 127 + g - 32
					   WHEN g <= 96 THEN 64976 + g - 65
					   ELSE (g * 7919 + 12345) % 1114111 + 1 END AS cp
		  FROM generate_series(1, 20000) g) s
 WHERE cp NOT BETWEEN 55296 AND 57343;
INSERT INTO hostile
SELECT 'specials', string_agg(chr(cp), ' ')
  FROM unnest(ARRAY[65533, 65533, 65534, 65535, 131070, 131071, 1114110, 1114111, 57344,
	63743, 8203, 8204, 8205, 8206, 8207, 8234, 8235, 8236, 8237, 8238, 65279, 173, 847]) cp;
SELECT name, length(doc) > 1000 OR name = 'specials' AS sized, pg_temp.countries(doc) AS countries,
	   pg_temp.violations(doc) AS bad
  FROM hostile WHERE name IN ('junk', 'specials') ORDER BY name;

-- quotation marks: 100,000 unbalanced «, many openers before one closer,
-- quotes inside quotes
SELECT count(*) AS quotes_of_100000_open FROM diplo.quotes(repeat('«', 100000));
SELECT pg_temp.violations('Лавров сказал: ' || repeat('«да ', 20000) || 'мы рады».') AS many_open_bad;
SELECT (SELECT count(*) FROM diplo.quotes(doc) WHERE speaker = 'Сергей Лавров') AS lavrov_quotes,
	   pg_temp.violations(doc) AS bad
  FROM (SELECT '«Мы рады развитию сотрудничества с нашими партнёрами в регионе», – сказал '
			   'министр иностранных дел России Сергей Лавров. ' || repeat('» " „ ', 30000) AS doc) d;

-- deeply nested brackets around a name
SELECT pg_temp.countries(repeat('(', 50000) || 'Казахстан' || repeat(')', 50000)) AS nested_round,
	   pg_temp.countries(repeat('([{«', 10000) || 'Азербайджан' || repeat('»}])', 10000)) AS nested_mixed;

-- a text of numbers only
SELECT (SELECT count(*) FROM diplo.mentions(doc)) AS mentions,
	   (SELECT count(*) FROM diplo.amounts(doc)) AS amounts, pg_temp.violations(doc) AS bad
  FROM (SELECT string_agg(g::text, CASE WHEN g % 7 = 0 THEN ', ' WHEN g % 5 = 0 THEN '.' ELSE ' ' END) AS doc
		  FROM generate_series(1, 30000) g) d;

-- a single "word" of 1 MB
SELECT count(*) AS mentions_in_1mb_word FROM diplo.mentions(repeat('а', 1024 * 1024));
SELECT pg_temp.violations('Казахстан ' || repeat('б', 1024 * 1024) || ' Азербайджан') AS word_bad,
	   pg_temp.countries('Казахстан ' || repeat('б', 1024 * 1024) || ' Азербайджан') AS word_countries;

-- 50,000 sentences: every sentence counted, every mention found
SELECT count(*) AS mentions, max(sentence) AS sentences,
	   count(*) FILTER (WHERE kind = 'country') AS countries
  FROM diplo.mentions(repeat('Президент Казахстана прибыл в Баку. ', 50000));
SELECT pg_temp.violations(repeat('Президент Казахстана прибыл в Баку. ', 50000), true) AS sentences_bad;

-- 10 MB of prose works
SELECT octet_length(doc) AS bytes, count(*) AS mentions,
	   count(DISTINCT normal) AS names, min(start_pos) AS first, length(doc) - max(end_pos) AS after_last
  FROM (SELECT repeat('Экономика Казахстана растёт, по данным статистического комитета, и эксперты '
					  'ожидают дальнейшего увеличения показателей в ближайшие годы. ', 41120) AS doc) d,
	   diplo.mentions(d.doc)
 GROUP BY doc;

-- above diplo_extract.max_document_size (64 MB by default): PROGRAM_LIMIT_EXCEEDED
DO $$
BEGIN
	PERFORM count(*) FROM diplo.mentions(repeat('a', 100 * 1024 * 1024));
	RAISE NOTICE '100 MB document accepted';
EXCEPTION WHEN program_limit_exceeded THEN
	RAISE NOTICE '100 MB: %', SQLERRM;
END $$;
SET diplo_extract.max_document_size = '1MB';
CREATE FUNCTION pg_temp.outcome(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	st text;
BEGIN
	EXECUTE query;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE;
	RETURN st || ' ' || SQLERRM;
END $$;
SELECT pg_temp.outcome($q$SELECT count(*) FROM diplo.mentions(repeat('Казахстан ', 60000))$q$) AS mentions_over_limit,
	   pg_temp.outcome($q$SELECT diplo.extract(repeat('Казахстан ', 60000))$q$) AS extract_over_limit;
SELECT count(*) AS under_limit FROM diplo.mentions(repeat('Казахстан ', 50000));
RESET diplo_extract.max_document_size;
SELECT count(*) AS after_reset FROM diplo.mentions(repeat('Казахстан ', 60000));

-- the session is still fine
SELECT pg_temp.countries('Президент Казахстана прибыл в Баку.') AS still_works;
