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

    say "loading data/samples/*.txt into news(id, published, body)"
    # Files in the order of index.tsv, then any others.
    files=()
    if [ -r "$index" ]; then
        while IFS=$'\t' read -r name _; do
            [ -f "$samples/$name" ] && files+=("$samples/$name")
        done < <(awk -F'\t' 'NR > 1 && $1 ~ /\.txt$/' "$index")
    fi
    for f in "$samples"/*.txt; do
        [ -e "$f" ] || continue
        case " ${files[*]:-} " in *" $f "*) ;; *) files+=("$f") ;; esac
    done
    [ "${#files[@]}" -gt 0 ] || die "no sample texts in $samples"
    id=0
    for f in "${files[@]}"; do
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

    say "SELECT diplo.attach('news', 'id', 'body', 'published')"
    psql -X -v ON_ERROR_STOP=1 -P pager=off <<'SQL'
SELECT diplo.attach('news', 'id', 'body', 'published') AS articles_captured;
SQL

    say "facts captured for table news"
    psql -X -v ON_ERROR_STOP=1 -P pager=off -P null='' <<'SQL'
\set QUIET on
CREATE FUNCTION pg_temp.cut(t text, n int) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN length(u) > n THEN left(u, n - 1) || '…' ELSE u END
         FROM (SELECT regexp_replace(t, '\s+', ' ', 'g') AS u) s $$;
CREATE FUNCTION pg_temp.arr(a text[], n int) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT pg_temp.cut(array_to_string(a, ', '), n) $$;
\set QUIET off

\echo '--- documents'
SELECT id, published, length(body) AS chars, pg_temp.cut(body, 70) AS begins
  FROM news ORDER BY id;

\echo '--- capture errors'
SELECT article_id AS doc, sqlstate, pg_temp.cut(message, 80) AS message
  FROM diplo.capture_errors WHERE source = 'news'::regclass ORDER BY at;

\echo '--- entities (diplo.captured_entities, per document and kind)'
SELECT article_id::int AS doc, kind, count(*) AS n,
       pg_temp.cut(string_agg(name || coalesce(' [' || code || ']', ''), ', '
                              ORDER BY first_pos), 100) AS names
  FROM diplo.captured_entities WHERE source = 'news'::regclass
 GROUP BY article_id, kind ORDER BY article_id::int, kind;

\echo '--- persons'
SELECT article_id::int AS doc, pg_temp.cut(name, 32) AS name, country,
       pg_temp.cut(role, 40) AS role, mentions
  FROM diplo.captured_entities
 WHERE source = 'news'::regclass AND kind = 'person'
 ORDER BY article_id::int, first_pos;

\echo '--- agreements (diplo.captured_agreements)'
SELECT article_id::int AS doc, doc_type, pg_temp.cut(title, 60) AS title,
       pg_temp.arr(parties, 20) AS parties,
       pg_temp.arr(signatories, 30) AS signatories,
       status, valid_from AS "from", valid_to AS "to"
  FROM diplo.captured_agreements WHERE source = 'news'::regclass
 ORDER BY article_id::int, start_pos;

\echo '--- events (diplo.captured_events)'
SELECT article_id::int AS doc, event_type, status,
       pg_temp.arr(countries, 24) AS countries, guest, host,
       pg_temp.arr(persons, 36) AS persons,
       pg_temp.cut(location, 16) AS location, cameo
  FROM diplo.captured_events WHERE source = 'news'::regclass
 ORDER BY article_id::int, start_pos;

\echo '--- amounts (diplo.captured_amounts)'
SELECT article_id::int AS doc, value, currency, about, pg_temp.cut(surface, 40) AS surface
  FROM diplo.captured_amounts WHERE source = 'news'::regclass
 ORDER BY article_id::int, start_pos;

\echo '--- quotes (diplo.captured_quotes)'
SELECT article_id::int AS doc, pg_temp.cut(speaker, 28) AS speaker,
       pg_temp.cut(speaker_role, 24) AS role, speaker_country AS country,
       pg_temp.cut(quote, 60) AS quote
  FROM diplo.captured_quotes WHERE source = 'news'::regclass
 ORDER BY article_id::int, start_pos;

\echo '--- the same extraction called directly: totals per document'
SELECT n.id AS doc,
       (SELECT count(*) FROM diplo.mentions(n.body, n.published)) AS mentions,
       (SELECT count(*) FROM diplo.entities(n.body, n.published)) AS entities,
       (SELECT count(*) FROM diplo.agreements(n.body, n.published)) AS agreements,
       (SELECT count(*) FROM diplo.events(n.body, n.published)) AS events,
       (SELECT count(*) FROM diplo.amounts(n.body, n.published)) AS amounts,
       (SELECT count(*) FROM diplo.quotes(n.body, n.published)) AS quotes
  FROM news n ORDER BY n.id;
SQL

    say "for BI tools: schema diplo_bi (flat views); the busiest pairs of countries (diplo_bi.country_pairs)"
    psql -X -v ON_ERROR_STOP=1 -P pager=off -P null='' <<'SQL'
SELECT country_a_name_en AS country_a, country_b_name_en AS country_b,
       sum(events) AS events, sum(agreements_signed) AS agreements_signed,
       string_agg(DISTINCT event_type, ', ') AS event_types
  FROM diplo_bi.country_pairs
 GROUP BY 1, 2
 ORDER BY 3 DESC, 4 DESC, 1, 2
 LIMIT 12;
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
    buildlog=$(mktemp "${TMPDIR:-/tmp}/diplo-build.XXXXXX")
    if make -j"$(nproc 2>/dev/null || echo 2)" > "$buildlog" 2>&1 \
       && make install >> "$buildlog" 2>&1; then
        echo "built and installed ($(pg_config --pkglibdir)/diplo_extract.so; log $buildlog)"
    else
        tail -n 40 "$buildlog"
        die "build or install failed; full log in $buildlog"
    fi
fi

# C.UTF-8 makes the throwaway cluster UTF8 (the extension requires it).
export LANG=C.UTF-8
unset LC_ALL || true
# A port nobody listens on: other throwaway servers may be running, and
# pg_virtualenv would take 5432 for each of them (PGPORT sets the port).
port=5432
base=$((54320 + RANDOM % 400))
for p in $(seq "$base" $((base + 79))); do
    [ -e "/var/run/postgresql/.s.PGSQL.$p" ] && continue
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue
    port=$p
    break
done
say "starting a throwaway PostgreSQL (pg_virtualenv, port $port)"
PGPORT=$port pg_virtualenv -t bash "$here/demo.sh" --inside
