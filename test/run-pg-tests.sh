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

echo "==> non-UTF8 databases"
pg_virtualenv -t sh test/encoding.sh
record "encoding (test/encoding.sh)" $?

echo "==> dump and restore"
pg_virtualenv -t sh test/dump_restore.sh
record "dump/restore (test/dump_restore.sh)" $?

echo "==> cancel and statement_timeout"
pg_virtualenv -t sh test/cancel.sh
record "cancel (test/cancel.sh)" $?

echo "==> interrupts that cancel nothing (client_connection_check_interval)"
pg_virtualenv -t sh test/interrupts.sh
record "interrupts (test/interrupts.sh)" $?

echo "==> the lexicon image cut short while sessions use it"
pg_virtualenv -t sh test/image_truncate.sh
record "image truncated (test/image_truncate.sh)" $?

echo "==> compiling a lexicon of many persons: time and statement_timeout"
pg_virtualenv -t sh test/lexicon_compile.sh
record "lexicon compile (test/lexicon_compile.sh)" $?

echo "==> concurrent capture while the lexicon changes"
pg_virtualenv -t sh test/concurrency.sh
record "concurrency (test/concurrency.sh)" $?

echo "==> the diplo_bi views over ODBC and JDBC"
pg_virtualenv -t sh test/clients.sh
record "BI clients (test/clients.sh)" $?

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
