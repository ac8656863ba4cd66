#!/bin/sh
# clients.sh - the diplo_bi views read by real BI clients: ODBC (unixODBC isql with psqlODBC) and JDBC (pgjdbc)
#
#   sh test/clients.sh                     (starts its own throwaway cluster with pg_virtualenv)
#   pg_virtualenv -t sh test/clients.sh    (in a throwaway cluster started by the caller)
#
# Captures two sample articles (data/samples) into a UTF8 database, then over
# each client: every column of every view has a plain SQL type, every view
# reads the same as with psql, and the queries of test/clients/expected.txt
# return the rows written there (test/clients/ViewsOverJdbc.java does the
# JDBC part).  Prints one ok/FAIL line per check; exits 1 when one failed.
# Needs the Debian packages unixodbc, odbc-postgresql, openjdk-17-jdk-headless
# and libpostgresql-jdbc-java, and the extension installed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)

# not inside pg_virtualenv: start one, on a port without a socket (as run-pg-tests.sh does)
if [ -z "${PG_CLUSTER_CONF_ROOT:-}" ]; then
	if [ -z "${PGPORT:-}" ]; then
		p=$((54320 + $$ % 400))
		while [ -e "/var/run/postgresql/.s.PGSQL.$p" ] || [ -e "/tmp/.s.PGSQL.$p" ]; do
			p=$((p + 1))
		done
		export PGPORT=$p
	fi
	exec pg_virtualenv -t sh "$here/clients.sh"
fi

export LC_ALL=C.UTF-8
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
db=diplo_clients
samples="$here/../data/samples"
expected="$here/clients/expected.txt"
jar=/usr/share/java/postgresql.jar
tmp=$(mktemp -d "${TMPDIR:-/tmp}/diplo-clients.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

passed=0
failed=0
ok() { echo "ok    $*"; passed=$((passed + 1)); }
fail() { echo "FAIL  $*"; failed=$((failed + 1)); }
indent() { sed 's/^/      /'; }

# the clients; a missing one fails its part, naming the package to install
driver=$(ls /usr/lib/*/odbc/psqlodbcw.so /usr/lib/odbc/psqlodbcw.so 2>/dev/null | head -n 1 || true)
has_odbc=1
has_jdbc=1
command -v isql > /dev/null || { fail "isql not found: install the Debian package unixodbc"; has_odbc=0; }
[ -n "$driver" ] || { fail "psqlodbcw.so not found: install the Debian package odbc-postgresql"; has_odbc=0; }
command -v javac > /dev/null || { fail "javac not found: install the Debian package openjdk-17-jdk-headless"; has_jdbc=0; }
[ -f "$jar" ] || { fail "$jar not found: install the Debian package libpostgresql-jdbc-java"; has_jdbc=0; }

# the sample: news(id, published, body) attached, two articles inserted (captured by the trigger)
published() { awk -F '\t' -v f="$1" '$1 == f { print $2 }' "$samples/index.tsv"; }
q -d postgres -c "DROP DATABASE IF EXISTS $db" \
	-c "CREATE DATABASE $db ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" ||
	{ echo "FAIL  cannot create database $db"; exit 1; }
export PGDATABASE=$db
q -v seed="$(cat "$samples/seed-akorda-kz-az.txt")" -v seed_date="$(published seed-akorda-kz-az.txt)" \
	-v summit="$(cat "$samples/summit-cis-dushanbe.txt")" -v summit_date="$(published summit-cis-dushanbe.txt)" <<'SQL' ||
CREATE EXTENSION diplo_extract;
CREATE TABLE news (id int PRIMARY KEY, published date, body text);
SELECT diplo.attach('news', 'id', 'body', 'published') \gset
INSERT INTO news VALUES (1, :'seed_date', :'seed'), (2, :'summit_date', :'summit');
SQL
	{ echo "FAIL  cannot create the extension and capture the sample"; exit 1; }
n=$(q -A -t -c "SELECT (SELECT count(*) FROM diplo.captured_agreements) || ' agreements, '
	|| (SELECT count(*) FROM diplo.capture_errors) || ' errors'")
if [ "$n" = "5 agreements, 0 errors" ]; then
	ok "sample captured: $n"
else
	fail "sample captured: $n (expected 5 agreements, 0 errors)"
fi

# every view, its column count, and its rows as psql reads them, ordered by every column
views=$(q -A -t -c "SELECT table_name FROM information_schema.views WHERE table_schema = 'diplo_bi' ORDER BY 1")
mkdir "$tmp/psql" "$tmp/odbc" "$tmp/jdbc" "$tmp/expect"
for v in $views; do
	n=$(q -A -t -c "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'diplo_bi' AND table_name = '$v'")
	echo "$n" > "$tmp/psql/$v.columns"
	q -A -P footer=off -c "SELECT * FROM diplo_bi.$v ORDER BY $(seq -s ', ' 1 "$n")" > "$tmp/psql/$v"
done

# expected.txt split into blocks: N.name, N.sql and N.want (see the file's header)
nexp=$(awk -v dir="$tmp/expect" '
	/^#/ { next }
	/^-- / { name = substr($0, 4); next }
	/^$/ { if (sql != "") n++; sql = ""; next }
	sql == "" { sql = $0; f = dir "/" n + 1
		print name > (f ".name"); print sql > (f ".sql"); printf "" > (f ".want"); next }
	{ print > (f ".want") }
	END { if (sql != "") n++; print n }' "$expected")

# ODBC: a DSN of psqlODBC's Unicode driver in odbc.ini/odbcinst.ini of our own
if [ $has_odbc -eq 1 ]; then
	export ODBCSYSINI="$tmp" ODBCINI="$tmp/odbc.ini"
	printf '[PostgreSQL Unicode]\nDriver=%s\n' "$driver" > "$tmp/odbcinst.ini"
	# isql's "help VIEW" calls SQLColumns without a schema, and psqlODBC then
	# looks in current_schema() only: diplo_bi comes first in search_path
	cat > "$tmp/odbc.ini" <<-EOF
	[diplo]
	Driver=PostgreSQL Unicode
	Servername=${PGHOST:-localhost}
	Port=${PGPORT:-5432}
	Database=$db
	Username=${PGUSER:-$(id -un)}
	Password=${PGPASSWORD:-}
	ConnSettings=SET search_path = diplo_bi, public
	EOF
	# one statement through isql: ODBC 3, batch mode, columns separated by "|",
	# no cut of values longer than 300 bytes (-L); an error (on stderr) is written to the output
	odbc() { sql=$1; shift; echo "$sql" | isql -3 -b -L1000000 -d'|' "$@" diplo 2>&1; }
	odbc_cols() { echo "help $1" | isql -3 -b -d'|' diplo 2>&1; }

	for v in $views; do
		# a. SQLColumns: DATA_TYPE (5th field) of every column is a plain ODBC type;
		# psqlODBC gives SQL_VARCHAR for arrays and jsonb too, so TYPE_NAME (6th) is checked as well
		odbc_cols "$v" | awk -F '|' -v n="$(cat "$tmp/psql/$v.columns")" '
			BEGIN { t[12] = "SQL_VARCHAR"; t[-9] = "SQL_WVARCHAR"; t[-1] = "SQL_LONGVARCHAR"
				t[-10] = "SQL_WLONGVARCHAR"; t[4] = "SQL_INTEGER"; t[-5] = "SQL_BIGINT"
				t[2] = "SQL_NUMERIC"; t[3] = "SQL_DECIMAL"; t[91] = "SQL_TYPE_DATE" }
			{ cols++; name = ($5 in t) ? t[$5] : "DATA_TYPE " $5
			  if (!($5 in t) || $6 !~ /^(text|varchar|int4|int8|numeric|date)$/) { bad++; name = "unexpected " name }
			  list = list (cols > 1 ? ", " : "") $4 " " name " (" $6 ")" }
			END { if (cols != n) { print "FAIL " cols + 0 " of " n " columns listed: " list; exit }
			      print (bad ? "FAIL " : "ok ") list }' > "$tmp/odbc/$v.types"
		read -r verdict list < "$tmp/odbc/$v.types"
		if [ "$verdict" = ok ]; then ok "odbc types of $v: $list"; else fail "odbc types of $v: $list"; fi

		# b. the whole view reads the same as with psql
		odbc "SELECT * FROM diplo_bi.$v ORDER BY $(seq -s ', ' 1 "$(cat "$tmp/psql/$v.columns")")" -c > "$tmp/odbc/$v"
		if cmp -s "$tmp/psql/$v" "$tmp/odbc/$v"; then
			ok "odbc read of $v: $(($(wc -l < "$tmp/odbc/$v") - 1)) rows, the same as psql"
		else
			fail "odbc read of $v differs from psql's (-psql +odbc):"
			diff "$tmp/psql/$v" "$tmp/odbc/$v" | head -n 20 | indent
		fi
	done

	# the values of expected.txt
	i=1
	while [ $i -le "$nexp" ]; do
		odbc "$(cat "$tmp/expect/$i.sql")" > "$tmp/expect/$i.odbc"
		if cmp -s "$tmp/expect/$i.want" "$tmp/expect/$i.odbc"; then
			ok "odbc expected: $(cat "$tmp/expect/$i.name")"
		else
			fail "odbc expected: $(cat "$tmp/expect/$i.name") (-want +got):"
			diff "$tmp/expect/$i.want" "$tmp/expect/$i.odbc" | indent
		fi
		i=$((i + 1))
	done
fi

# JDBC: ViewsOverJdbc prints its own ok/FAIL lines; its dumps are compared with psql's here
if [ $has_jdbc -eq 1 ]; then
	if javac -d "$tmp/classes" "$here/clients/ViewsOverJdbc.java" > "$tmp/javac.log" 2>&1; then
		java -cp "$jar:$tmp/classes" ViewsOverJdbc "$expected" "$tmp/jdbc" > "$tmp/jdbc.log" 2>&1 && rc=0 || rc=$?
		cat "$tmp/jdbc.log"
		passed=$((passed + $(grep -c '^ok' "$tmp/jdbc.log" || true)))
		failed=$((failed + $(grep -c '^FAIL' "$tmp/jdbc.log" || true)))
		if [ $rc -ne 0 ] && ! grep -q '^FAIL' "$tmp/jdbc.log"; then
			fail "ViewsOverJdbc exited with $rc"
		fi
		for v in $views; do
			if cmp -s "$tmp/psql/$v" "$tmp/jdbc/$v"; then
				ok "jdbc read of $v: $(($(wc -l < "$tmp/jdbc/$v") - 1)) rows, the same as psql"
			else
				fail "jdbc read of $v differs from psql's (-psql +jdbc):"
				diff "$tmp/psql/$v" "$tmp/jdbc/$v" 2>&1 | head -n 20 | indent
			fi
		done
	else
		fail "javac test/clients/ViewsOverJdbc.java:"
		indent < "$tmp/javac.log"
	fi
fi

q -d postgres -c "DROP DATABASE $db"
if [ $failed -eq 0 ]; then
	echo "all $passed client checks passed"
else
	echo "$failed of $((passed + failed)) client checks failed"
fi
[ $failed -eq 0 ]
