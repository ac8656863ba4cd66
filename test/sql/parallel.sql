-- parallel.sql - the extraction functions run in parallel workers: the plan
-- shows them, and the parallel result equals the serial one
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplo_extract;
RESET client_min_messages;

CREATE TABLE par_news AS
SELECT g AS id,
       format('Президент %s провел переговоры с премьер-министром %s в Минске. '
              'Стороны подписали меморандум о сотрудничестве.',
              (ARRAY['Казахстана', 'Армении', 'Киргизии'])[1 + g % 3],
              (ARRAY['Белоруссии', 'Вьетнама'])[1 + g % 2]) AS body
  FROM generate_series(1, 600) g;
ANALYZE par_news;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT count(*) FROM par_news WHERE diplo.extract(body) IS NOT NULL;
EXPLAIN (COSTS OFF)
SELECT e.event_type, count(*) FROM par_news n, diplo.events(n.body) e GROUP BY 1;

CREATE TEMP TABLE par_result AS
SELECT e.event_type, e.countries, count(*) AS n
  FROM par_news p, diplo.events(p.body) e GROUP BY 1, 2;
SELECT sum(jsonb_array_length(diplo.extract(body) -> 'entities')) AS entities_parallel FROM par_news;

SET max_parallel_workers_per_gather = 0;
SELECT sum(jsonb_array_length(diplo.extract(body) -> 'entities')) AS entities_serial FROM par_news;
SELECT r.*, s.n AS serial_n
  FROM par_result r
  FULL JOIN (SELECT e.event_type, e.countries, count(*) AS n
			   FROM par_news p, diplo.events(p.body) e GROUP BY 1, 2) s
	USING (event_type, countries)
 ORDER BY 1, 2;
RESET ALL;
DROP TABLE par_news;
