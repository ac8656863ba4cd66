#!/bin/sh
# run-pg-tests.sh - as root: build and install the extension, then run its PostgreSQL tests in throwaway clusters
#
#   sh test/run-pg-tests.sh
#
# Runs pg_regress and isolation tests (make installcheck, one each), test/encoding.sh,
# test/dump_restore.sh, test/cancel.sh, test/interrupts.sh, test/image_truncate.sh,
# test/lexicon_compile.sh, test/concurrency.sh and test/clients.sh, each
# under pg_virtualenv -t, and test/shards.sh (three servers of its own); prints a PASS/FAIL line
# per suite and exits non-zero when one failed.
set -u
cd "$(dirname "$0")/.." || exit 1
export LANG="${LANG:-C.UTF-8}"
case "$LANG" in *UTF-8*|*utf8*) ;; *) export LANG=C.UTF-8 ;; esac
unset LC_ALL

# pg_virtualenv takes port 5432 unless PGPORT is set; other throwaway
# servers may be running, so pick a port without a socket
if [ -z "${PGPORT:-}" ]; then
	p=$((54320 + $$ % 400))
	while [ -e "/var/run/postgresql/.s.PGSQL.$p" ] || [ -e "/tmp/.s.PGSQL.$p" ]; do
		p=$((p + 1))
	done
	PGPORT=$p
	export PGPORT
fi

results=""
failed=0
record() {
	if [ "$2" -eq 0 ]; then
		results="$results
PASS  $1"
	else
		results="$results
FAIL  $1"
		failed=$((failed + 1))
	fi
}

echo "==> build and install"
if make PG_CFLAGS='-Wall -Wextra -Werror' && make install; then
	record "build and install" 0
else
	record "build and install" 1
	printf '%s\n' "$results"
	exit 1
fi

# regression and isolation tests run separately, so that a failure of one
# does not hide the other
echo "==> pg_regress tests (test/sql)"
rm -f regression.diffs
pg_virtualenv -t make installcheck ISOLATION=
rc=$?
[ $rc -ne 0 ] && [ -f regression.diffs ] && { echo "--- regression.diffs"; cat regression.diffs; }
record "pg_regress (test/sql)" $rc

echo "==> isolation tests (test/specs)"
rm -f regression.diffs
pg_virtualenv -t make installcheck REGRESS=
rc=$?
[ $rc -ne 0 ] && [ -f regression.diffs ] && { echo "--- regression.diffs"; cat regression.diffs; }
record "isolation (test/specs)" $rc

# in_cluster TITLE NAME SCRIPT: a shell test in a throwaway cluster of its own
in_cluster() {
	echo "==> $1"
	pg_virtualenv -t sh "$3"
	record "$2 ($3)" $?
}
in_cluster "non-UTF8 databases" encoding test/encoding.sh
in_cluster "dump and restore" dump/restore test/dump_restore.sh
in_cluster "cancel and statement_timeout" cancel test/cancel.sh
in_cluster "interrupts that cancel nothing (client_connection_check_interval)" interrupts test/interrupts.sh
in_cluster "the lexicon image cut short while sessions use it" "image truncated" test/image_truncate.sh
in_cluster "compiling a lexicon of many persons: time and statement_timeout" "lexicon compile" test/lexicon_compile.sh
in_cluster "concurrent capture while the lexicon changes" concurrency test/concurrency.sh
in_cluster "the diplo_bi views over ODBC and JDBC" "BI clients" test/clients.sh

echo "==> three servers: shards through postgres_fdw"
sh test/shards.sh
record "shards (test/shards.sh)" $?

echo
echo "==> summary"
printf '%s\n' "$results" | sed '/^$/d'
if [ $failed -eq 0 ]; then
	echo "all PostgreSQL tests passed"
else
	echo "$failed PostgreSQL test suite(s) failed"
fi
[ $failed -eq 0 ]
