# lib.sh - sourced by the shell tests that run in a throwaway cluster
# (cancel.sh, interrupts.sh, image_truncate.sh, lexicon_compile.sh):
# client messages quiet, a pass/fail tally, a fresh database, a failed
# case's output and the end of a test.
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"

fail=0
ok() { echo "ok    $*"; }
bad() { echo "FAIL  $*"; fail=1; }

# fresh_db NAME: (re)create the UTF8 database NAME with the extension in it
fresh_db() {
	psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $1" \
		-c "CREATE DATABASE $1 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" &&
		psql -X -q -v ON_ERROR_STOP=1 -d "$1" -c "CREATE EXTENSION diplo_extract"
}

# show OUT: a failed case's output, its non-blank lines indented (20 at most)
show() {
	printf '%s\n' "$1" | grep -v '^ *$' | sed 's/^/      /' | head -n 20
}

# finish NAME: drop the test's database $db and exit with the tally
finish() {
	psql -X -q -d postgres -c "DROP DATABASE $db"
	[ "$fail" -eq 0 ] && echo "$1: all passed"
	exit "$fail"
}
