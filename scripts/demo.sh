#!/usr/bin/env bash
# demo.sh - install what is needed, build and install diplo_extract, start a
# throwaway PostgreSQL, load the sample news of data/samples/ into a table
# news(id, published, body), attach capture and print the facts found.
#
#   bash scripts/demo.sh               # as root, from anywhere in the tree
#   bash scripts/demo.sh --no-deps     # skip scripts/install-deps.sh
#   bash scripts/demo.sh --no-build    # use the extension already installed
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'demo.sh: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- inside the server
# Run by pg_virtualenv with PGHOST, PGPORT, PGUSER, PGPASSWORD set.
if [ "${1:-}" = "--inside" ]; then
    samples="$root/data/samples"
    index="$samples/index.tsv"
    psql_q=(psql -X -q -v ON_ERROR_STOP=1)

    say "CREATE EXTENSION diplo_extract"
    "${psql_q[@]}" <<'SQL'
CREATE EXTENSION diplo_extract;
SELECT extversion AS diplo_extract_version FROM pg_extension WHERE extname = 'diplo_extract' \gset
\echo diplo_extract :diplo_extract_version
SELECT count(*) AS lexicon_rows FROM diplo.lexicon \gset
\echo lexicon rows: :lexicon_rows
CREATE TABLE news (id integer PRIMARY KEY, published date, body text NOT NULL);
SQL

    say "diplo.attach('news', 'id', 'body', 'published')"
    "${psql_q[@]}" <<'SQL'
CREATE TEMP TABLE rels_before AS SELECT oid FROM pg_class;
SELECT diplo.attach('news', 'id', 'body', 'published');
-- what attach created (tables, views), to show it below
CREATE TABLE demo_attached AS
  SELECT c.oid::regclass::text AS rel, c.relkind
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'v', 'm', 'p')
     AND n.nspname NOT IN ('pg_catalog', 'information_schema')
     AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast%'
     AND c.oid NOT IN (SELECT oid FROM rels_before);
SELECT coalesce(string_agg(rel, ', ' ORDER BY rel), '(none)') AS created FROM demo_attached \gset
\echo relations created by attach: :created
SQL

    say "loading data/samples/*.txt into news"
    id=0
    for f in "$samples"/*.txt; do
        [ -e "$f" ] || die "no sample texts in $samples"
        name=$(basename "$f")
        id=$((id + 1))
        published=""
        if [ -r "$index" ]; then
            published=$(awk -F'\t' -v f="$name" '$1 == f { print $2; exit }' "$index")
        fi
        "${psql_q[@]}" -v id="$id" -v published="$published" -v body="$(cat "$f")" <<'SQL'
INSERT INTO news (id, published, body)
VALUES (:id, nullif(:'published', '')::date, :'body');
SQL
        printf '  %2d  %-10s  %s\n' "$id" "${published:-(no date)}" "$name"
    done

    say "facts"
    psql -X -v ON_ERROR_STOP=1 -P pager=off -P null='' <<'SQL'
\set QUIET on
CREATE FUNCTION pg_temp.cut(t text, n int) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN length(t) > n THEN left(t, n - 1) || '…' ELSE t END $$;
CREATE FUNCTION pg_temp.arr(a text[], n int) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT pg_temp.cut(array_to_string(a, ', '), n) $$;
\set QUIET off

\echo '--- documents'
SELECT id, published, length(body) AS chars, pg_temp.cut(body, 70) AS begins
  FROM news ORDER BY id;

\echo '--- rows kept by capture (tables made by diplo.attach)'
SELECT format('SELECT %L AS relation, count(*) AS rows FROM %s', rel, rel)
  FROM demo_attached ORDER BY rel \gexec

\echo '--- entities (per document and kind)'
SELECT n.id AS doc, e.kind, count(*) AS n,
       pg_temp.cut(string_agg(e.name || coalesce(' [' || e.code || ']', ''), ', '
                              ORDER BY e.first_pos), 100) AS names
  FROM news n CROSS JOIN LATERAL diplo.entities(n.body, n.published) e
 GROUP BY n.id, e.kind ORDER BY n.id, e.kind;

\echo '--- persons'
SELECT n.id AS doc, pg_temp.cut(e.name, 32) AS name, e.country,
       pg_temp.cut(e.role, 40) AS role, e.mentions
  FROM news n CROSS JOIN LATERAL diplo.entities(n.body, n.published) e
 WHERE e.kind = 'person'
 ORDER BY n.id, e.first_pos;

\echo '--- agreements'
SELECT n.id AS doc, a.doc_type, pg_temp.cut(a.title, 60) AS title,
       pg_temp.arr(a.parties, 20) AS parties,
       pg_temp.arr(a.signatories, 30) AS signatories,
       a.status, a.valid_from AS "from", a.valid_to AS "to"
  FROM news n CROSS JOIN LATERAL diplo.agreements(n.body, n.published) a
 ORDER BY n.id, a.start_pos;

\echo '--- events'
SELECT n.id AS doc, v.event_type, v.status,
       pg_temp.arr(v.countries, 24) AS countries, v.guest, v.host,
       pg_temp.arr(v.persons, 36) AS persons,
       pg_temp.cut(v.location, 16) AS location, v.cameo
  FROM news n CROSS JOIN LATERAL diplo.events(n.body, n.published) v
 ORDER BY n.id, v.start_pos;

\echo '--- amounts'
SELECT n.id AS doc, m.value, m.currency, m.about, pg_temp.cut(m.surface, 40) AS surface
  FROM news n CROSS JOIN LATERAL diplo.amounts(n.body, n.published) m
 ORDER BY n.id, m.start_pos;

\echo '--- quotes'
SELECT n.id AS doc, pg_temp.cut(q.speaker, 28) AS speaker,
       pg_temp.cut(q.speaker_role, 24) AS role, q.speaker_country AS country,
       pg_temp.cut(q.quote, 60) AS quote
  FROM news n CROSS JOIN LATERAL diplo.quotes(n.body, n.published) q
 ORDER BY n.id, q.start_pos;

\echo '--- totals'
SELECT count(*) AS documents,
       sum((SELECT count(*) FROM diplo.entities(body, published))) AS entities,
       sum((SELECT count(*) FROM diplo.agreements(body, published))) AS agreements,
       sum((SELECT count(*) FROM diplo.events(body, published))) AS events,
       sum((SELECT count(*) FROM diplo.amounts(body, published))) AS amounts,
       sum((SELECT count(*) FROM diplo.quotes(body, published))) AS quotes
  FROM news;
SQL
    exit 0
fi

# ---------------------------------------------------------------- outside
do_deps=1
do_build=1
for arg in "$@"; do
    case "$arg" in
        --no-deps) do_deps=0 ;;
        --no-build) do_build=0 ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option: $arg" ;;
    esac
done

[ "$(id -u)" -eq 0 ] || die "run as root (installs packages and the extension)"
cd "$root"
[ -f diplo_extract.control ] || die "not the diplo_extract tree: $root"

if [ "$do_deps" -eq 1 ]; then
    say "installing dependencies"
    bash "$here/install-deps.sh"
fi

if [ "$do_build" -eq 1 ]; then
    say "building and installing the extension"
    make -j"$(nproc 2>/dev/null || echo 2)"
    make install
fi

# C.UTF-8 makes the throwaway cluster UTF8 (the extension requires it).
export LANG=C.UTF-8
unset LC_ALL || true
say "starting a throwaway PostgreSQL (pg_virtualenv)"
pg_virtualenv -t bash "$here/demo.sh" --inside
