#!/bin/sh
# encoding.sh - in a database that is not UTF8 the extraction functions fail with FEATURE_NOT_SUPPORTED
# Run in a throwaway cluster: pg_virtualenv -t sh test/encoding.sh
set -u
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
fail=0
for enc in SQL_ASCII WIN1251; do
	db="diplo_enc_$(echo "$enc" | tr 'A-Z' 'a-z')"
	psql -X -q -v ON_ERROR_STOP=1 -d postgres \
		-c "DROP DATABASE IF EXISTS $db" \
		-c "CREATE DATABASE $db ENCODING '$enc' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" || exit 1
	out=$(PGCLIENTENCODING=UTF8 psql -X -d "$db" 2>&1 <<'SQL'
\set VERBOSITY verbose
SET client_min_messages = warning;
CREATE EXTENSION diplo_extract;
SELECT * FROM diplo.mentions('Россия и Китай');
SELECT * FROM diplo.entities('Россия и Китай', NULL);
SELECT diplo.extract('Россия и Китай');
SQL
)
	n=$(printf '%s\n' "$out" | grep -c 'ERROR:  0A000: diplo_extract requires a UTF8 database')
	if [ "$n" -eq 3 ] && ! printf '%s\n' "$out" | grep -q 'CREATE EXTENSION.*ERROR\|ERROR:  [^0]'; then
		echo "ok    $enc database: extraction refused with SQLSTATE 0A000"
	else
		echo "FAIL  $enc database: expected three 0A000 errors, got:"
		printf '%s\n' "$out" | sed 's/^/      /'
		fail=1
	fi
	psql -X -q -d postgres -c "DROP DATABASE $db"
done
exit $fail
