#!/bin/sh
# dump_restore.sh - pg_dump/pg_restore keeps user lexicon rows and captured facts, and extraction is unchanged
# Run in a throwaway cluster: pg_virtualenv -t sh test/dump_restore.sh
set -u
src=diplo_dump_src
dst=diplo_dump_dst
tmp=$(mktemp -d "${TMPDIR:-/tmp}/diplo-dump.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

q -d postgres -c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $dst" \
	-c "CREATE DATABASE $src ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" \
	-c "CREATE DATABASE $dst ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" || exit 1

q -d "$src" <<'SQL' || exit 1
SET client_min_messages = warning;
CREATE EXTENSION diplo_extract;
INSERT INTO diplo.lexicon (kind, term, code, name, country)
VALUES ('country', 'Гондвана', 'XG', 'Гондвана', 'XG'),
       ('country_adj', 'гондванский', 'XG', 'Гондвана', 'XG');
-- (a dropped column first: the restored table numbers its columns otherwise)
CREATE TABLE news (gone int, id int PRIMARY KEY, body text, pub date);
ALTER TABLE news DROP COLUMN gone;
INSERT INTO news VALUES
 (1, 'Президент Гондваны прибыл с визитом в Чили. Стороны подписали меморандум о сотрудничестве.', '2024-05-01'),
 (2, 'Министр иностранных дел Перу провёл телефонный разговор с гондванским коллегой.', '2024-05-02');
SELECT diplo.attach('news', 'id', 'body', 'pub') AS backfilled \gset
INSERT INTO news VALUES (3, 'Гондвана выделит Боливии 15 млн долларов.', '2024-05-03');
-- a backfill in batches, stopped after its first batch
CREATE TABLE wire (id int PRIMARY KEY, body text);
INSERT INTO wire VALUES (1, 'Делегация Гондваны посетила Эквадор.'), (2, 'Делегация Перу посетила Гондвану.');
SELECT diplo.attach('wire', 'id', 'body', backfill => false) AS backfilled \gset
CALL diplo.backfill('wire', 1, 1);
SQL

# the facts and extraction results compared before and after
report() {
	q -d "$1" -A -t <<'SQL'
SELECT 'lexicon', count(*), count(*) FILTER (WHERE NOT shipped) FROM diplo.lexicon;
SELECT 'user rows', kind, term, code FROM diplo.lexicon WHERE NOT shipped ORDER BY id;
SELECT 'attached', source, id_column, text_column, published_column, id_type, text_type, published_type FROM diplo.attachments;
SELECT 'acl', c.oid::regclass, c.relacl FROM pg_class c WHERE c.relnamespace IN ('diplo'::regnamespace, 'diplo_bi'::regnamespace) AND c.relkind IN ('r', 'v', 'S') ORDER BY 2::text;
SELECT 'entity', source, article_id, published, kind, name, code FROM diplo.captured_entities ORDER BY 2, 3, 5, 6;
SELECT 'event', source, article_id, event_type, countries FROM diplo.captured_events ORDER BY 2, 3, 4;
SELECT 'agreement', source, article_id, doc_type, title, parties FROM diplo.captured_agreements ORDER BY 2, 3, 4;
SELECT 'amount', source, article_id, value, currency FROM diplo.captured_amounts ORDER BY 2, 3, 4;
SELECT 'live', n.id, e.kind, e.name, e.code FROM news n, diplo.entities(n.body, n.pub) e ORDER BY 2, 3, 4;
SELECT 'json', n.id, diplo.extract(n.body, n.pub) FROM news n ORDER BY 2;
SELECT 'bi events', source_table, article_id, article_date, event_no, event_type, country_codes FROM diplo_bi.events ORDER BY 2, 3, 5;
SELECT 'bi pairs', c.* FROM diplo_bi.country_pairs c ORDER BY 2, 5, 8, 9;
SELECT 'backfill', source, part, last_id, rows_done, rows_total, finished_at IS NULL FROM diplo.backfill_state ORDER BY 2::text;
SQL
}
report "$src" > "$tmp/before" || exit 1
pg_dump -Fc -d "$src" -f "$tmp/dump" || exit 1
pg_restore -d "$dst" --exit-on-error "$tmp/dump" || exit 1
report "$dst" > "$tmp/after" || exit 1

fail=0
if cmp -s "$tmp/before" "$tmp/after" && grep -q '^entity|news|1|.*|XG$' "$tmp/before"; then
	echo "ok    dump/restore: lexicon, attachments, captured facts and extraction identical"
else
	echo "FAIL  dump/restore: results differ (or the user lexicon row was not used)"
	diff -u "$tmp/before" "$tmp/after" | sed 's/^/      /'
	fail=1
fi

# capture still works in the restored database
n=$(q -d "$dst" -A -t -c "INSERT INTO news VALUES (4, 'Делегация Гондваны посетила Эквадор.', '2024-05-04')" \
	-c "SELECT count(*) FROM diplo.captured_entities WHERE article_id = '4' AND code = 'XG' AND source = 'news'::regclass")
if [ "$n" = "1" ]; then
	echo "ok    dump/restore: the capture trigger works after restore, recording facts under the table"
else
	echo "FAIL  dump/restore: no captured facts for a new article after restore (got '$n')"
	fail=1
fi

# a backfill stopped before the dump goes on after the restore where it stopped
n=$(q -d "$dst" -A -t -c "CALL diplo.backfill('wire', 1)" \
	-c "SELECT string_agg(article_id, ',' ORDER BY article_id) FROM diplo.captured_events WHERE source = 'wire'::regclass" \
	-c "SELECT last_id, rows_done, finished_at IS NOT NULL FROM diplo.backfill_state WHERE source = 'wire'::regclass")
if [ "$(echo $n)" = "1,2 2|2|t" ] && grep -q '^backfill|wire|wire|1|1|2|t$' "$tmp/after"; then
	echo "ok    dump/restore: a backfill's progress is restored, and the backfill goes on from its last id"
else
	echo "FAIL  dump/restore: backfill progress after restore (got '$(echo $n)'; state: $(grep '^backfill' "$tmp/after"))"
	fail=1
fi
q -d "$dst" -c "SELECT diplo.detach('wire', true)" -c "DROP TABLE wire" >/dev/null || exit 1

# the restored attachment follows a renamed column, and a dropped one detaches it
n=$(q -d "$dst" -A -t 2>&1 <<'SQL'
ALTER TABLE news RENAME COLUMN body TO content;
SELECT text_column FROM diplo.attachments;
INSERT INTO news VALUES (40, 'Делегация Гондваны посетила Эквадор.', '2024-05-04');
SELECT count(*) FROM diplo.captured_entities WHERE article_id = '40' AND code = 'XG';
ALTER TABLE news DROP COLUMN pub;
SELECT count(*) FROM diplo.attachments;
ALTER TABLE news ADD COLUMN pub date;
SELECT diplo.attach('news', 'id', 'content', 'pub') > 0;
ALTER TABLE news RENAME COLUMN content TO body;
SQL
)
if [ "$(echo $n)" = "content 1 WARNING: attached column public.news.pub was dropped: relation public.news is detached HINT: Its facts stay; diplo.detach('public.news', true) removes them, diplo.attach() captures it again. 0 t" ]; then
	echo "ok    dump/restore: a renamed column is followed, a dropped one detaches the restored table"
else
	echo "FAIL  dump/restore: rename or drop of an attached column after restore (got '$(echo $n)')"
	fail=1
fi

# TRUNCATE and DROP TABLE of the restored table remove its facts
n=$(q -d "$dst" -A -t <<'SQL'
TRUNCATE news;
SELECT count(*) FROM diplo.captured_entities WHERE source = 'news'::regclass;
INSERT INTO news VALUES (5, 'Делегация Гондваны посетила Эквадор.', '2024-05-05');
SELECT 'news'::regclass::oid AS news_oid \gset
DROP TABLE news;
SELECT (SELECT count(*) FROM diplo.captured_entities WHERE source = :news_oid) + (SELECT count(*) FROM diplo.attachments);
SQL
)
if [ "$(echo $n)" = "0 0" ]; then
	echo "ok    dump/restore: TRUNCATE and DROP TABLE of the restored table remove its facts"
else
	echo "FAIL  dump/restore: facts left after TRUNCATE / DROP TABLE of the restored table (got '$n')"
	fail=1
fi
q -d postgres -c "DROP DATABASE $src" -c "DROP DATABASE $dst"
exit $fail
