#!/bin/sh
# build-sql.sh - prints the install script: IN with its lexicon marker replaced by INSERTs of DIR/*.tsv
#
# Usage: sh tools/build-sql.sh sql/diplo_extract--0.1.0.sql.in data/lexicon > sql/diplo_extract--0.1.0.sql
#        sh tools/build-sql.sh IN - > OUT     (DIR "-": no rows, the marker is dropped)
# The line "-- @LEXICON_ROWS@" of IN becomes INSERT statements (500 rows
# each) into @extschema@.lexicon, one row per data line of every DIR/*.tsv
# (columns: kind term code name country role valid_from valid_to; lines
# starting with '#' and blank lines are skipped).  Malformed lines stop the
# build with a message naming the file and line.  POSIX sh and awk only.
set -eu

if [ $# -ne 2 ]; then
	echo "usage: $0 IN DIR" >&2
	exit 2
fi
IN=$1
DIR=$2
[ -f "$IN" ] || { echo "$0: $IN: no such file" >&2; exit 1; }
[ "$DIR" = - ] || [ -d "$DIR" ] || { echo "$0: $DIR: no such directory" >&2; exit 1; }

set -- "$IN"
if [ "$DIR" != - ]; then
	for f in "$DIR"/*.tsv; do
		[ -f "$f" ] && set -- "$@" "$f"
	done
fi

exec awk -v batch=500 '
function lit(s) {
	gsub(/\\/, "\\\\", s)
	gsub(/\047/, "\047\047", s)
	return "E\047" s "\047"
}
function opt(s) { return s == "" ? "NULL" : lit(s) }
function day(s) {
	if (s == "") return "NULL"
	if (s !~ /^[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]$/)
		fail("bad date \"" s "\" (want YYYY-MM-DD)")
	return "\047" s "\047::date"
}
function fail(msg) {
	printf "%s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
	failed = 1
	exit 1
}
BEGIN { FS = "\t"; nrows = 0; nmark = 0; cols = "kind, term, code, name, country, role, valid_from, valid_to, shipped" }
FILENAME == ARGV[1] {
	if ($0 == "-- @LEXICON_ROWS@") { nmark++; next }
	if (nmark == 0) head[++nhead] = $0; else tail[++ntail] = $0
	next
}
{
	sub(/\r$/, "")
	if ($0 ~ /^#/ || $0 ~ /^[ \t]*$/) next
	if (NF > 8) fail("more than 8 columns")
	if ($1 == "" || $2 == "") fail("empty kind or term")
	if ($5 != "" && $5 !~ /^[A-Z][A-Z]$/) fail("bad country \"" $5 "\" (want ISO alpha-2)")
	rows[++nrows] = "(" lit($1) ", " lit($2) ", " opt($3) ", " opt($4) ", " opt($5) ", " opt($6) ", " day($7) ", " day($8) ", true)"
}
END {
	if (failed) exit 1
	if (nmark != 1) {
		printf "%s: expected exactly one \"-- @LEXICON_ROWS@\" line, found %d\n", ARGV[1], nmark > "/dev/stderr"
		exit 1
	}
	for (i = 1; i <= nhead; i++) print head[i]
	if (nrows > 0)
		printf "-- %d shipped lexicon rows, generated from the *.tsv files by tools/build-sql.sh\n", nrows
	for (i = 1; i <= nrows; i++) {
		if ((i - 1) % batch == 0) printf "INSERT INTO @extschema@.lexicon (%s) VALUES\n", cols
		printf "%s%s\n", rows[i], (i % batch == 0 || i == nrows) ? ";" : ","
	}
	for (i = 1; i <= ntail; i++) print tail[i]
}' "$@"
