#!/bin/sh
# interrupts.sh - interrupts that cancel nothing (here the client connection
# check of client_connection_check_interval) do not stop an extraction: a
# long article is extracted once, with the same result, and captured by an
# INSERT into an attached table; a statement_timeout still cancels it.
# Run in a throwaway cluster: pg_virtualenv -t sh test/interrupts.sh
set -u
. "$(dirname "$0")/lib.sh"
db=diplo_interrupts
fresh_db "$db" || exit 1


# one paragraph of a story; the articles repeat it (a long report, a digest)
para="Президент Казахстана Касым-Жомарт Токаев прибыл в Баку, где провёл переговоры с Ильхамом Алиевым. \
Стороны подписали меморандум о сотрудничестве на 1 млрд долларов. «Мы рады», – сказал Токаев. "

# session: SQL on stdin, output (verbose errors) on stdout
session() {
	psql -X -d "$db" -v VERBOSITY=verbose -v para="$para" 2>&1
}

# 1. a 7 MB article, about a second of work: extracted under a client
# connection check every 100 ms, it must finish (before the fix it started
# again after each check, until statement_timeout) and give the same rows
out=$(session <<'SQL'
\set VERBOSITY verbose
CREATE TABLE article AS SELECT repeat(:'para', 20000) AS doc;
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
SELECT count(*) AS ref_mentions, sum(start_pos) AS ref_sum FROM diplo.mentions((SELECT doc FROM article)) \gset
SELECT 'plain_ms=' || round((extract(epoch FROM clock_timestamp()) - :t0) * 1000);
SET client_connection_check_interval = '100ms';
SET statement_timeout = '30s';
SELECT extract(epoch FROM clock_timestamp()) AS t1 \gset
SELECT 'same=' || (count(*) = :ref_mentions AND sum(start_pos) = :ref_sum) || ' mentions=' || count(*)
  FROM diplo.mentions((SELECT doc FROM article));
SELECT 'checked_ms=' || round((extract(epoch FROM clock_timestamp()) - :t1) * 1000);
SQL
)
plain=$(printf '%s\n' "$out" | sed -n 's/^ *plain_ms=\([0-9]*\).*/\1/p')
checked=$(printf '%s\n' "$out" | sed -n 's/^ *checked_ms=\([0-9]*\).*/\1/p')
if [ -z "$plain" ] || [ "$plain" -lt 300 ]; then
	bad "the 7 MB article took ${plain:-?} ms, too short to meet a 100 ms connection check:"
	show "$out"
elif printf '%s\n' "$out" | grep -q '^ *same=true mentions=[1-9]'; then
	ok "mentions() of a 7 MB article with client_connection_check_interval = 100ms: the same $(printf '%s\n' "$out" | sed -n 's/^ *same=true mentions=\([0-9]*\).*/\1/p') mentions in ${checked} ms (${plain} ms without the check)"
else
	bad "mentions() of a 7 MB article with client_connection_check_interval = 100ms did not finish with the same rows:"
	show "$out"
fi

# 2. an INSERT into an attached table under the same check: the article is
# captured, no capture error, the facts those of the functions
out=$(session <<'SQL'
\set VERBOSITY verbose
CREATE TABLE news (id int PRIMARY KEY, body text);
SELECT diplo.attach('news', 'id', 'body');
SET client_connection_check_interval = '100ms';
SET statement_timeout = '30s';
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
INSERT INTO news SELECT 1, repeat(:'para', 6000);
SELECT 'insert_ms=' || round((extract(epoch FROM clock_timestamp()) - :t0) * 1000);
RESET client_connection_check_interval;
SELECT 'errors=' || count(*) FROM diplo.capture_errors;
SELECT 'entities=' || ((SELECT count(*) FROM diplo.captured_entities WHERE source = 'news'::regclass)
  = (SELECT count(*) FROM diplo.entities(repeat(:'para', 6000)))
  AND (SELECT count(*) FROM diplo.captured_entities WHERE source = 'news'::regclass) > 0);
SELECT 'agreements=' || ((SELECT count(*) FROM diplo.captured_agreements WHERE source = 'news'::regclass)
  = (SELECT count(*) FROM diplo.agreements(repeat(:'para', 6000))));
SQL
)
ms=$(printf '%s\n' "$out" | sed -n 's/^ *insert_ms=\([0-9]*\).*/\1/p')
if ! printf '%s\n' "$out" | grep -q 'ERROR' \
	&& printf '%s\n' "$out" | grep -q '^ *errors=0$' \
	&& printf '%s\n' "$out" | grep -q '^ *entities=true$' \
	&& printf '%s\n' "$out" | grep -q '^ *agreements=true$'; then
	ok "INSERT of a 2 MB article into an attached table with client_connection_check_interval = 100ms: captured in ${ms} ms, no capture error, facts = extraction"
else
	bad "INSERT into an attached table with client_connection_check_interval = 100ms:"
	show "$out"
fi

# 3. a cancel is still served at once while connection checks come and go
out=$(session <<'SQL'
\set VERBOSITY verbose
SET client_connection_check_interval = '50ms';
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
SET statement_timeout = '300ms';
SELECT count(*) FROM diplo.mentions(repeat(:'para', 20000));
RESET statement_timeout;
SELECT 'elapsed_ms=' || round((extract(epoch FROM clock_timestamp()) - :t0) * 1000);
SELECT 'next=' || string_agg(code, ',' ORDER BY first_pos) FROM diplo.entities('Президент Казахстана прибыл в Баку.') WHERE kind = 'country';
SQL
)
ms=$(printf '%s\n' "$out" | sed -n 's/^ *elapsed_ms=\([0-9]*\).*/\1/p')
if printf '%s\n' "$out" | grep -q 'ERROR:  57014: canceling statement due to statement timeout' \
	&& printf '%s\n' "$out" | grep -q '^ *next=KZ$' \
	&& [ -n "$ms" ] && [ "$ms" -lt 5000 ]; then
	ok "statement_timeout = 300ms with client_connection_check_interval = 50ms: 57014 after ${ms} ms; next query works"
else
	bad "statement_timeout with client_connection_check_interval set: expected 57014 within 5000 ms, took ${ms:-?} ms:"
	show "$out"
fi

finish interrupts
