#!/bin/sh
# shards.sh - diplo_extract on three PostgreSQL servers joined by postgres_fdw.
#
# A coordinator holds the partitioned table news(id, published, body) whose two
# partitions are foreign tables stored on two shards (public.news_s1 on shard
# s1, public.news_s2 on shard s2).  Each shard attaches its own table, the
# coordinator attaches news (its trigger leaves the foreign partitions' rows to
# their servers) and reads the shards' facts with diplo.attach_shard().  The
# sample articles of data/samples are inserted, updated and deleted through the
# coordinator; the test checks that every article is captured exactly once, on
# the server that stores it, and that the coordinator's diplo.all_* views and
# diplo_bi views show the facts of both shards, equal to what the extraction
# functions give for the articles.
#
# Run as root (or as the postgres user), with diplo_extract and postgres_fdw
# installed in the PostgreSQL the test uses:
#     sh test/shards.sh
# It creates three throwaway clusters in a temporary directory (initdb, trust
# authentication, loopback and a unix socket in that directory only, free
# ports), and stops and removes them on every exit; takes about 20 s.  Prints
# one ok/FAIL line per check and 'shards: N passed, M failed'; exits 0 only
# if every check passed.
# Environment: PG_BINDIR (default: /usr/lib/postgresql/15/bin),
#              SHARDS_KEEP=1 keeps the temporary directory (servers stopped).
set -eu

bindir=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
here=$(cd "$(dirname "$0")/.." && pwd)
samples=$here/data/samples
copies=6          # copies of each sample article (ids k*100 + 1 .. k*100 + copies)
bulk_copies=4     # copies inserted by the one multi-row INSERT; the rest one by one
export LANG=C.UTF-8 LC_ALL=C.UTF-8 PGCLIENTENCODING=UTF8
unset PGOPTIONS PGHOST PGPORT PGDATABASE PGUSER PGSERVICE 2>/dev/null || true

tmp=
servers=          # names of the servers started, stopped by cleanup
passed=0
failed=0

# ------------------------------------------------------------------ servers

# run a command as the postgres user (initdb and the server refuse root)
as_pg() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

cleanup() {
	rc=$?
	trap - EXIT INT TERM HUP
	for s in $servers; do
		if [ -f "$tmp/$s/postmaster.pid" ]; then
			as_pg "$bindir/pg_ctl" stop -D "$tmp/$s" -m immediate -w >/dev/null 2>&1 || true
		fi
	done
	if [ -n "$tmp" ] && [ -d "$tmp" ]; then
		if [ "${SHARDS_KEEP:-0}" = 1 ]; then
			echo "# kept $tmp"
		else
			rm -rf "$tmp"
		fi
	fi
	exit "$rc"
}

# is a TCP port or a PostgreSQL socket of this number in use?
port_in_use() {
	hex=$(printf '%04X' "$1")
	grep -q ":$hex " /proc/net/tcp /proc/net/tcp6 2>/dev/null && return 0
	for d in /tmp /var/run/postgresql "$tmp"; do
		[ -e "$d/.s.PGSQL.$1" ] && return 0
	done
	return 1
}

next_free_port() {
	p=$1
	while port_in_use "$p"; do
		p=$((p + 1))
	done
	echo "$p"
}

# one cluster, made once and copied for each server
make_template() {
	as_pg "$bindir/initdb" -D "$tmp/template" -U postgres --encoding=UTF8 --locale=C \
		--auth=trust --no-sync >"$tmp/initdb.log" 2>&1 || {
		echo "FAIL  initdb failed:"; sed 's/^/      /' "$tmp/initdb.log"; exit 1; }
}

# start_server NAME: a copy of the template on a free port; sets port_NAME
start_server() {
	name=$1
	as_pg cp -a "$tmp/template" "$tmp/$name"
	port=$((20000 + $$ % 20000))
	tries=0
	while :; do
		port=$(next_free_port "$port")
		cat >>"$tmp/$name/postgresql.conf" <<EOF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$tmp'
max_connections = 20
shared_buffers = 16MB
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
		case " $servers " in *" $name "*) ;; *) servers="$servers $name" ;; esac
		if as_pg "$bindir/pg_ctl" start -D "$tmp/$name" -l "$tmp/$name.log" -w -t 30 >/dev/null 2>&1; then
			break
		fi
		tries=$((tries + 1))
		if [ "$tries" -ge 5 ]; then
			echo "FAIL  server $name did not start:"; tail -n 20 "$tmp/$name.log" | sed 's/^/      /'
			exit 1
		fi
		port=$((port + 1))      # taken meanwhile: the later setting wins
	done
	eval "port_$name=$port"
}

port_of() {
	eval "echo \$port_$1"
}

# ------------------------------------------------------------------ SQL

# q SERVER [psql options]: psql on one of the servers
q() {
	s=$1
	shift
	PGOPTIONS='-c client_min_messages=warning' \
		"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$tmp" -p "$(port_of "$s")" -U postgres -d postgres "$@"
}

# val SERVER SQL: one value (or unaligned rows) of a query
val() {
	q "$1" -A -t -c "$2"
}

# ------------------------------------------------------------------ checks

ok() {
	passed=$((passed + 1))
	echo "ok    $1"
}

fail() {
	failed=$((failed + 1))
	echo "FAIL  $1"
	if [ $# -gt 1 ] && [ -n "$2" ]; then
		printf '%s\n' "$2" | sed 's/^/      /'
	fi
}

# die MESSAGE: a step the checks need failed; stop here (cleanup runs on exit)
die() {
	fail "$1"
	echo "shards: $passed passed, $failed failed"
	exit 1
}

# expect DESCRIPTION GOT WANT
expect() {
	if [ "$2" = "$3" ]; then
		ok "$1"
	else
		fail "$1" "got:  $2
want: $3"
	fi
}

# facts_sql TABLE: per kind of fact, the facts captured (diplo.all_*: the
# server's own and its shards') against the extraction functions run
# on the articles of TABLE, read where the query runs; one row per kind:
# kind|captured|expected|missing|extra.  Whole rows are compared: source with
# the table that stores the article, fact_no with the ordinality; the
# evidence the capture adds (sentence_text, first_end) is left out here
# (diplo_bi's views, compared whole below, carry it).
facts_sql() {
	printf 'WITH '
	sep=
	for t in entities agreements events amounts quotes; do
		printf '%s' "$sep"
		case $t in
		entities) cols='kind, name, code, country, role, aliases, mentions, first_pos' ;;
		agreements) cols='doc_type, title, aliases, parties, signatories, status, valid_from, valid_to, sentence, start_pos, end_pos' ;;
		events) cols='event_type, status, countries, guest, host, persons, location, cameo, sentence, start_pos, end_pos' ;;
		amounts) cols='value, currency, about, surface, start_pos, end_pos, sentence' ;;
		quotes) cols='speaker, speaker_role, speaker_country, quote, start_pos, end_pos, sentence' ;;
		esac
		cat <<EOF
c_$t AS (SELECT source_table, article_id, published, $cols, fact_no FROM diplo.all_$t),
e_$t AS (SELECT diplo.source_name(n.tableoid::regclass), n.id::text, n.published, f.*
           FROM $1 n, diplo.$t(n.body, n.published) WITH ORDINALITY AS f)
EOF
		sep=', '
	done
	sep=
	for t in entities agreements events amounts quotes; do
		printf '%s' "$sep"
		cat <<EOF
SELECT '$t', (SELECT count(*) FROM c_$t), (SELECT count(*) FROM e_$t),
       (SELECT count(*) FROM (TABLE e_$t EXCEPT ALL TABLE c_$t) x),
       (SELECT count(*) FROM (TABLE c_$t EXCEPT ALL TABLE e_$t) x)
EOF
		sep='UNION ALL '
	done
}

# facts_match SERVER TABLE LABEL: every kind of fact captured (and readable
# there) equals the extraction over the articles of TABLE, none lost, none twice
facts_match() {
	out=$(val "$1" "$(facts_sql "$2")" 2>&1) || { fail "$3: comparison query failed" "$out"; return 0; }
	bad=$(printf '%s\n' "$out" | awk -F'|' '$2 != $3 || $4 != 0 || $5 != 0 || $2 == 0')
	summary=$(printf '%s\n' "$out" | awk -F'|' '{ printf "%s%s %s", sep, $2, $1; sep = ", " }')
	if [ -z "$bad" ]; then
		ok "$3: captured facts = extraction ($summary)"
	else
		fail "$3: captured facts differ from the extraction (kind|captured|expected|missing|extra)" "$out"
	fi
}

# own_rows_match SHARD: the shard's capture tables hold the facts of exactly
# the rows of its own table, all under that table
own_rows_match() {
	s=$1
	out=$(val "$s" "
		WITH ids AS (SELECT article_id, source FROM diplo.captured_entities
		             UNION ALL SELECT article_id, source FROM diplo.captured_agreements
		             UNION ALL SELECT article_id, source FROM diplo.captured_events
		             UNION ALL SELECT article_id, source FROM diplo.captured_amounts
		             UNION ALL SELECT article_id, source FROM diplo.captured_quotes)
		SELECT (SELECT count(*) FROM public.news_$s) || ' rows, '
		    || (SELECT count(DISTINCT article_id) FROM ids) || ' articles with facts, '
		    || (SELECT count(DISTINCT article_id) FROM ids
		         WHERE article_id NOT IN (SELECT id::text FROM public.news_$s)) || ' not stored here, '
		    || (SELECT count(*) FROM ids WHERE source <> 'public.news_$s'::regclass) || ' of another source'" 2>&1) || {
		fail "$s: query of its capture tables failed" "$out"; return 0; }
	n=$(val "$s" "SELECT count(*) FROM public.news_$s")
	if [ "$n" -gt 0 ] && [ "$out" = "$n rows, $n articles with facts, 0 not stored here, 0 of another source" ]; then
		ok "$s: its capture tables hold the facts of its own rows only ($out)"
	else
		fail "$s: its capture tables do not match its rows" "$out"
	fi
}

# no_errors SERVER LABEL: capture_errors is empty (the remote capture runs with
# search_path = pg_catalog, set by postgres_fdw)
no_errors() {
	out=$(val "$1" "SELECT count(*) FROM diplo.all_capture_errors" 2>&1) || out="query failed: $out"
	if [ "$out" = 0 ]; then
		ok "$2: diplo.all_capture_errors is empty"
	else
		fail "$2: diplo.all_capture_errors is not empty" \
			"$out; $(val "$1" "SELECT source_table, article_id, sqlstate, message FROM diplo.all_capture_errors LIMIT 5" 2>&1 || true)"
	fi
}

# coordinator_local_empty: nothing was extracted at the coordinator for the rows
# of the foreign partitions (its own capture tables are empty)
coordinator_local_empty() {
	out=$(val coord "SELECT 'entities ' || (SELECT count(*) FROM diplo.captured_entities)
		|| ', agreements ' || (SELECT count(*) FROM diplo.captured_agreements)
		|| ', events ' || (SELECT count(*) FROM diplo.captured_events)
		|| ', amounts ' || (SELECT count(*) FROM diplo.captured_amounts)
		|| ', quotes ' || (SELECT count(*) FROM diplo.captured_quotes)
		|| ', errors ' || (SELECT count(*) FROM diplo.capture_errors)" 2>&1) || out="query failed: $out"
	expect "coordinator: its own diplo.captured_* and capture_errors are empty" "$out" \
		"entities 0, agreements 0, events 0, amounts 0, quotes 0, errors 0"
}

# view_match VIEW: the coordinator's diplo_bi view = the shards' views
# (imported as shard_s1.VIEW and shard_s2.VIEW) together, whole rows; its
# source_table is public.news_s1 or public.news_s2, and both have rows
view_match() {
	v=$1
	out=$(val coord "
		WITH c AS (SELECT to_jsonb(v) AS r, v.source_table FROM diplo_bi.$v v),
		     s AS (SELECT to_jsonb(v) AS r FROM shard_s1.$v v UNION ALL SELECT to_jsonb(v) FROM shard_s2.$v v)
		SELECT (SELECT count(*) FROM c WHERE source_table = 'public.news_s1') || '|'
		    || (SELECT count(*) FROM c WHERE source_table = 'public.news_s2') || '|'
		    || (SELECT count(*) FROM c WHERE source_table IS DISTINCT FROM 'public.news_s1'
		                                 AND source_table IS DISTINCT FROM 'public.news_s2') || '|'
		    || (SELECT count(*) FROM s) || '|'
		    || (SELECT count(*) FROM (SELECT r FROM c EXCEPT ALL SELECT r FROM s) x) || '|'
		    || (SELECT count(*) FROM (SELECT r FROM s EXCEPT ALL SELECT r FROM c) x) || '|'
		    || coalesce((SELECT string_agg(DISTINCT source_table, ', ' ORDER BY source_table) FROM c), '')" 2>&1) || {
		fail "coordinator: diplo_bi.$v query failed" "$out"; return 0; }
	IFS='|' read -r n1 n2 other shards extra missing names <<EOF
$out
EOF
	if [ "$n1" -gt 0 ] && [ "$n2" -gt 0 ] && [ "$other" = 0 ] && [ "$((n1 + n2))" = "$shards" ] \
		&& [ "$extra" = 0 ] && [ "$missing" = 0 ]; then
		ok "coordinator: diplo_bi.$v = the shards' ($n1 rows of public.news_s1, $n2 of public.news_s2)"
	else
		fail "coordinator: diplo_bi.$v differs from the shards' views" \
			"public.news_s1 $n1, public.news_s2 $n2, other source_table $other, shards' rows $shards, not on the shards $extra, missing $missing; source_table: $names"
	fi
}

# pairs_match: diplo_bi.country_pairs (no source column) on the coordinator =
# the sum of the shards' country_pairs, and both shards count in it
pairs_match() {
	keys="country_a_code, country_a_name_ru, country_a_name_en, country_b_code, country_b_name_ru,
	      country_b_name_en, month, event_type"
	out=$(val coord "
		WITH c AS (SELECT $keys, events, agreements_signed FROM diplo_bi.country_pairs),
		     u AS (SELECT 1 AS shard, * FROM shard_s1.country_pairs UNION ALL SELECT 2, * FROM shard_s2.country_pairs),
		     s AS (SELECT $keys, sum(events)::int AS events, sum(agreements_signed)::int AS agreements_signed
		             FROM u GROUP BY $keys)
		SELECT (SELECT count(*) || ' rows, ' || coalesce(sum(events), 0) || ' events, '
		               || coalesce(sum(agreements_signed), 0) || ' agreements' FROM c)
		    || '; shards ' || (SELECT coalesce(sum(events) FILTER (WHERE shard = 1), 0) || '+'
		                           || coalesce(sum(events) FILTER (WHERE shard = 2), 0) || ' events, '
		                           || coalesce(sum(agreements_signed) FILTER (WHERE shard = 1), 0) || '+'
		                           || coalesce(sum(agreements_signed) FILTER (WHERE shard = 2), 0) || ' agreements' FROM u)
		    || '; differ ' || (SELECT count(*) FROM ((TABLE c EXCEPT ALL TABLE s) UNION ALL (TABLE s EXCEPT ALL TABLE c)) x)
		    || '; both shards counted ' || (SELECT bool_and(n > 0) FROM (
		           SELECT count(*) FILTER (WHERE shard = k AND events > 0) FROM u, (VALUES (1), (2)) s(k) GROUP BY k
		           UNION ALL
		           SELECT count(*) FILTER (WHERE shard = k AND agreements_signed > 0) FROM u, (VALUES (1), (2)) s(k) GROUP BY k
		       ) x(n))" 2>&1) || {
		fail "coordinator: diplo_bi.country_pairs query failed" "$out"; return 0; }
	case $out in
	*"; differ 0; both shards counted true") ok "coordinator: diplo_bi.country_pairs = the sum of the shards' (${out%; differ*})" ;;
	*"; differ 0; both shards counted "*) fail "coordinator: diplo_bi.country_pairs lacks one shard's events or agreements" "$out" ;;
	*) fail "coordinator: diplo_bi.country_pairs differs from the sum of the shards'" "$out" ;;
	esac
}

# plan_reads_shards VIEW TABLE...: EXPLAIN of a query of the view on the
# coordinator shows a Foreign Scan of each shard's foreign capture table
plan_reads_shards() {
	v=$1
	shift
	plan=$(val coord "EXPLAIN (VERBOSE, COSTS OFF) SELECT * FROM diplo_bi.$v" 2>&1) || {
		fail "coordinator: EXPLAIN of diplo_bi.$v failed" "$plan"; return 0; }
	missing=
	for t in "$@"; do
		for s in s1 s2; do
			printf '%s\n' "$plan" | grep -Eq "Foreign Scan on diplo\.${t}_at_$s( |\$)" || missing="$missing ${t}_at_$s"
		done
	done
	if [ -z "$missing" ]; then
		ok "coordinator: EXPLAIN of diplo_bi.$v shows Foreign Scans on both shards"
	else
		fail "coordinator: EXPLAIN of diplo_bi.$v lacks Foreign Scans of:$missing" "$plan"
	fi
}

# fingerprint ID: the facts captured for one article, read on the coordinator
fingerprint() {
	val coord "SELECT count(*) || ' ' || md5(coalesce(string_agg(r, '|' ORDER BY r), ''))
		FROM (SELECT c::text AS r FROM diplo.all_entities c WHERE article_id = '$1'
		      UNION ALL SELECT c::text FROM diplo.all_agreements c WHERE article_id = '$1'
		      UNION ALL SELECT c::text FROM diplo.all_events c WHERE article_id = '$1'
		      UNION ALL SELECT c::text FROM diplo.all_amounts c WHERE article_id = '$1'
		      UNION ALL SELECT c::text FROM diplo.all_quotes c WHERE article_id = '$1') f"
}

# all checks of the state reached (PHASE names it)
check_all() {
	echo "# $1"
	for s in s1 s2; do
		own_rows_match "$s"
		facts_match "$s" "public.news_$s" "$s"
		no_errors "$s" "$s"
	done
	coordinator_local_empty
	facts_match coord public.news "coordinator"
	no_errors coord "coordinator (with the shards')"
	for v in events event_countries agreements agreement_parties agreement_signatories \
		persons places organisations sums quotes; do
		view_match "$v"
	done
	pairs_match
}

# ------------------------------------------------------------------ setup

setup_shard() {
	q "$1" <<EOF
CREATE EXTENSION diplo_extract;
CREATE TABLE public.news_$1 (id int PRIMARY KEY, published date, body text);
SELECT diplo.attach('public.news_$1', 'id', 'body', 'published') AS backfilled \gset
EOF
}

setup_coordinator() {
	q coord <<EOF
CREATE EXTENSION postgres_fdw;
CREATE EXTENSION diplo_extract;
CREATE SERVER s1 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', port '$(port_of s1)', dbname 'postgres');
CREATE SERVER s2 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', port '$(port_of s2)', dbname 'postgres');
CREATE USER MAPPING FOR postgres SERVER s1 OPTIONS (user 'postgres');
CREATE USER MAPPING FOR postgres SERVER s2 OPTIONS (user 'postgres');
CREATE TABLE public.news (id int, published date, body text) PARTITION BY HASH (id);
CREATE FOREIGN TABLE public.news_s1 PARTITION OF public.news FOR VALUES WITH (MODULUS 2, REMAINDER 0)
	SERVER s1 OPTIONS (schema_name 'public', table_name 'news_s1');
CREATE FOREIGN TABLE public.news_s2 PARTITION OF public.news FOR VALUES WITH (MODULUS 2, REMAINDER 1)
	SERVER s2 OPTIONS (schema_name 'public', table_name 'news_s2');
SELECT diplo.attach('public.news', 'id', 'body', 'published') AS backfilled \gset
SELECT diplo.attach_shard('s1') AS s1, diplo.attach_shard('s2') AS s2 \gset
-- the shards' own views, to compare with the coordinator's
CREATE SCHEMA shard_s1;
CREATE SCHEMA shard_s2;
IMPORT FOREIGN SCHEMA diplo_bi FROM SERVER s1 INTO shard_s1;
IMPORT FOREIGN SCHEMA diplo_bi FROM SERVER s2 INTO shard_s2;
EOF
}

# load_sql: psql script inserting every sample article $copies times through
# the coordinator: copies 1..$bulk_copies in one INSERT, the others one by one
load_sql() {
	k=0
	values=
	tab=$(printf '\t')
	while IFS=$tab read -r file pub rest; do
		[ "$file" = file ] && continue
		k=$((k + 1))
		case $samples/$file in *"'"*) echo "a sample's path contains a quote: $samples/$file" >&2; return 1 ;; esac
		[ -r "$samples/$file" ] || { echo "missing sample $samples/$file" >&2; return 1; }
		printf "\\\\set c%s \`cat '%s'\`\n\\\\set d%s %s\n" "$k" "$samples/$file" "$k" "$pub"
		c=1
		while [ "$c" -le "$bulk_copies" ]; do
			values="$values${values:+,
}($((k * 100 + c)), :'d$k', :'c$k')"
			c=$((c + 1))
		done
	done <"$samples/index.tsv"
	printf 'INSERT INTO public.news (id, published, body) VALUES\n%s;\n' "$values"
	i=1
	while [ "$i" -le "$k" ]; do
		c=$((bulk_copies + 1))
		while [ "$c" -le "$copies" ]; do
			printf "INSERT INTO public.news (id, published, body) VALUES (%s, :'d%s', :'c%s');\n" \
				"$((i * 100 + c))" "$i" "$i"
			c=$((c + 1))
		done
		i=$((i + 1))
	done
}

# ------------------------------------------------------------------ main

started=$(date +%s)
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
tmp=$(mktemp -d "${TMPDIR:-/tmp}/diplo-shards.XXXXXX")
chmod 755 "$tmp"
[ "$(id -u)" -eq 0 ] && chown postgres: "$tmp"

make_template
for s in s1 s2 coord; do
	start_server "$s"
done
echo "# servers: coordinator on port $(port_of coord), s1 on $(port_of s1), s2 on $(port_of s2)"

setup_shard s1 || die "setup of shard s1"
setup_shard s2 || die "setup of shard s2"
setup_coordinator || die "setup of the coordinator"

out=$(val coord "SELECT diplo.attach('public.news_s1', 'id', 'body', 'published')" 2>&1) && out="accepted"
case $out in
*"is a foreign table"*) ok "coordinator: diplo.attach() refuses a foreign partition" ;;
*) fail "coordinator: diplo.attach() of a foreign partition was not refused" "$out" ;;
esac

nfiles=$(find "$samples" -maxdepth 1 -name '*.txt' | wc -l)
load_sql >"$tmp/load.sql" || die "reading the samples of $samples"
q coord -f "$tmp/load.sql" || die "INSERT of the articles through the coordinator"
rows=$(val coord "SELECT count(*) || ' rows: ' || count(*) FILTER (WHERE tableoid = 'public.news_s1'::regclass)
	|| ' on s1, ' || count(*) FILTER (WHERE tableoid = 'public.news_s2'::regclass) || ' on s2, '
	|| count(DISTINCT body) || ' texts' FROM public.news")
case $rows in
"$((nfiles * copies)) rows: 0 on"* | *" 0 on s2"*) fail "coordinator: articles not spread over both shards" "$rows" ;;
"$((nfiles * copies)) rows: "*"$nfiles texts") ok "coordinator: $rows inserted through the coordinator" ;;
*) fail "coordinator: expected $((nfiles * copies)) rows of $nfiles texts" "$rows" ;;
esac

check_all "after the INSERTs"
plan_reads_shards events shard_events
plan_reads_shards country_pairs shard_events shard_agreements

# one UPDATE of a body (a row of s1) and one DELETE (a row of s2), through the coordinator
upd=$(val coord "SELECT min(id) FROM public.news WHERE tableoid = 'public.news_s1'::regclass")
del=$(val coord "SELECT max(id) FROM public.news WHERE tableoid = 'public.news_s2'::regclass")
from=$(val coord "SELECT min(id) FROM public.news WHERE id / 100 <> $upd / 100")
before_upd=$(fingerprint "$upd")
before_del=$(fingerprint "$del")
q coord -c "UPDATE public.news SET body = (SELECT body FROM public.news WHERE id = $from) WHERE id = $upd" \
	-c "DELETE FROM public.news WHERE id = $del" || die "UPDATE and DELETE through the coordinator"
after_upd=$(fingerprint "$upd")
after_del=$(fingerprint "$del")
if [ "${before_upd%% *}" -gt 0 ] && [ "${after_upd%% *}" -gt 0 ] && [ "$before_upd" != "$after_upd" ]; then
	ok "coordinator: UPDATE of article $upd (s1) replaced its facts (${before_upd%% *} -> ${after_upd%% *} facts)"
else
	fail "coordinator: UPDATE of article $upd did not replace its facts" "before: $before_upd, after: $after_upd"
fi
if [ "${before_del%% *}" -gt 0 ] && [ "${after_del%% *}" = 0 ]; then
	ok "coordinator: DELETE of article $del (s2) removed its ${before_del%% *} facts"
else
	fail "coordinator: DELETE of article $del did not remove its facts" "before: $before_del, after: $after_del"
fi

check_all "after the UPDATE and the DELETE"

# what an analyst sees on the coordinator (shown, not checked)
echo "# the coordinator's diplo_bi.events, per source table:"
q coord -P footer=off -c "SELECT source_table, count(DISTINCT article_id) AS articles, count(*) AS events
	FROM diplo_bi.events GROUP BY 1 ORDER BY 1" | sed 's/^/#   /'
echo "# and the plan of a query of it:"
q coord -P footer=off -c "EXPLAIN (COSTS OFF) SELECT event_type, count(*) FROM diplo_bi.events GROUP BY 1" |
	sed 's/^/#   /'

echo "# $(($(date +%s) - started)) s"
echo "shards: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
