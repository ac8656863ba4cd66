#!/bin/sh
# concurrency.sh - pgbench clients insert articles into an attached table while
# another session keeps editing the lexicon: every article has its facts
# captured, no error, no deadlock.
# Run in a throwaway cluster: pg_virtualenv -t sh test/concurrency.sh
#   CLIENTS=4 TRANSACTIONS=200 (per client)
set -u
clients=${CLIENTS:-4}
tx=${TRANSACTIONS:-200}
db=diplo_concurrency
tmp=$(mktemp -d "${TMPDIR:-/tmp}/diplo-conc.XXXXXX")
editor_pid=
cleanup() {
	[ -n "$editor_pid" ] && kill "$editor_pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

if ! command -v pgbench >/dev/null 2>&1; then
	echo "FAIL  pgbench not found (it ships with postgresql-15)"
	exit 1
fi

q -d postgres -c "DROP DATABASE IF EXISTS $db" \
	-c "CREATE DATABASE $db ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" || exit 1

q -d "$db" <<'SQL' || exit 1
CREATE EXTENSION diplo_extract;
-- five stories, each with the state it must yield
CREATE TABLE story (k int PRIMARY KEY, code text NOT NULL, body text NOT NULL);
INSERT INTO story VALUES
 (1, 'KZ', 'Президент Казахстана провёл переговоры с президентом Узбекистана в Ташкенте. Стороны подписали соглашение о демаркации границы и обсудили торговлю, объём которой достиг 4 млрд долларов.'),
 (2, 'FR', 'Министр иностранных дел Франции посетил Каир, где встретился с египетским коллегой. «Мы ценим наше партнёрство», – заявил французский министр журналистам.'),
 (3, 'JP', 'Премьер-министр Японии провёл телефонный разговор с президентом Индонезии. Стороны договорились подготовить меморандум о сотрудничестве в области энергетики.'),
 (4, 'BR', 'Делегация Бразилии прибыла в Буэнос-Айрес для консультаций по вопросам торговли. Аргентина и Бразилия намерены подписать программу сотрудничества на 2025-2027 годы.'),
 (5, 'TR', 'Президент Турции принял в Анкаре министра иностранных дел Азербайджана. Обсуждались региональная безопасность и транспортные коридоры.');
CREATE TABLE news (id bigserial PRIMARY KEY, k int NOT NULL, body text, pub date DEFAULT current_date);
SELECT diplo.attach('news', 'id', 'body', 'pub') AS backfilled \gset
SQL

cat > "$tmp/insert.sql" <<'SQL'
\set k random(1, 5)
INSERT INTO news (k, body) SELECT k, body FROM story WHERE k = :k;
SQL

# the lexicon editor: add and remove a user row, over and over
(
	i=0
	while :; do
		psql -X -q -d "$db" -v ON_ERROR_STOP=1 \
			-c "INSERT INTO diplo.lexicon (kind, term, code, name, country) VALUES ('country', 'Гондвана', 'XG', 'Гондвана', 'XG')" \
			-c "DELETE FROM diplo.lexicon WHERE term = 'Гондвана'" || { echo "editor failed" > "$tmp/editor.err"; exit 1; }
		i=$((i + 1))
		echo "$i" > "$tmp/edits"
	done
) &
editor_pid=$!

pgbench -n -c "$clients" -j 2 -t "$tx" -f "$tmp/insert.sql" "$db" > "$tmp/pgbench.log" 2>&1
bench_rc=$?
kill "$editor_pid" 2>/dev/null
wait "$editor_pid" 2>/dev/null
editor_pid=
edits=$(cat "$tmp/edits" 2>/dev/null || echo 0)

fail=0
want=$((clients * tx))
done_tx=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$tmp/pgbench.log")
failed_tx=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$tmp/pgbench.log")
tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$tmp/pgbench.log" | tail -n 1)
if [ "$bench_rc" -ne 0 ] || [ "${done_tx:-0}" -ne "$want" ] || [ "${failed_tx:-0}" -ne 0 ] \
	|| grep -qi 'error\|deadlock' "$tmp/pgbench.log"; then
	echo "FAIL  pgbench: exit $bench_rc, ${done_tx:-?} of $want transactions, ${failed_tx:-?} failed"
	sed 's/^/      /' "$tmp/pgbench.log" | head -n 30
	fail=1
else
	echo "ok    pgbench: $want inserts by $clients clients, ${tps:-?} tps, while the lexicon was edited $edits times"
fi
if [ -f "$tmp/editor.err" ] || [ "$edits" -lt 1 ]; then
	echo "FAIL  the lexicon editor failed or never ran ($edits edits)"
	fail=1
fi

res=$(q -d "$db" -A -t -F ' ' <<'SQL'
SELECT (SELECT count(*) FROM news),
       (SELECT count(DISTINCT article_id) FROM diplo.captured_entities WHERE source = 'news'::regclass),
       (SELECT count(*) FROM news n WHERE EXISTS (
            SELECT 1 FROM diplo.captured_entities e JOIN story s ON s.k = n.k
             WHERE e.source = 'news'::regclass AND e.article_id = n.id::text AND e.code = s.code)),
       (SELECT count(*) FROM diplo.capture_errors),
       (SELECT count(*) FROM diplo.lexicon WHERE term = 'Гондвана');
SQL
)
set -- $res
if [ "$1" = "$want" ] && [ "$2" = "$want" ] && [ "$3" = "$want" ] && [ "$4" = 0 ] && [ "$5" = 0 ]; then
	echo "ok    facts: $1 articles, $2 with captured entities, $3 with their state, $4 capture errors"
else
	echo "FAIL  facts: articles $1 (want $want), with entities $2, with their state $3, capture errors $4, leftover lexicon rows $5"
	q -d "$db" -c "SELECT sqlstate, message, count(*) FROM diplo.capture_errors GROUP BY 1, 2"
	fail=1
fi

# the captured facts equal a fresh extraction with the final lexicon
diff=$(q -d "$db" -A -t <<'SQL'
SELECT count(*) FROM (
  (SELECT n.id::text, e.kind, e.name, e.code FROM news n, diplo.entities(n.body, n.pub) e
   EXCEPT SELECT article_id, kind, name, code FROM diplo.captured_entities)
  UNION ALL
  (SELECT article_id, kind, name, code FROM diplo.captured_entities
   EXCEPT SELECT n.id::text, e.kind, e.name, e.code FROM news n, diplo.entities(n.body, n.pub) e)) d;
SQL
)
if [ "$diff" = 0 ]; then
	echo "ok    captured entities equal a fresh extraction of every article"
else
	echo "FAIL  $diff captured entity rows differ from a fresh extraction"
	fail=1
fi
q -d postgres -c "DROP DATABASE $db"
exit $fail
