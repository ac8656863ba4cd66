#!/bin/sh
# image_truncate.sh - the lexicon image file in pg_stat_tmp cut short in place
# (as COPY ... TO the file or a shell's > would) while sessions use the
# lexicon loaded from it: no backend dies, the server is not restarted, the
# sessions keep extracting the same facts, and a new session refuses the cut
# file and compiles the lexicon again.
# Run in a throwaway cluster, as a user who may write the server's files
# (root under pg_virtualenv): pg_virtualenv -t sh test/image_truncate.sh
set -u
. "$(dirname "$0")/lib.sh"
db=diplo_image_truncate
fresh_db "$db" || exit 1


tmpdir=$(mktemp -d)
trap 'rm -rf "$tmpdir"' EXIT

datadir=$(psql -X -At -d "$db" -c "SHOW data_directory")
started=$(psql -X -At -d "$db" -c "SELECT pg_postmaster_start_time()")
story='Президент Казахстана Касым-Жомарт Токаев провёл переговоры с Президентом Азербайджана Ильхамом Алиевым в Баку. Министр иностранных дел России Сергей Лавров встретился с Блинкеном.'

# the first session compiles the lexicon and writes its image
q="SELECT string_agg(name, ',' ORDER BY first_pos) FROM diplo.entities(:'story');"
first=$(echo "$q" | psql -X -At -d "$db" -v story="$story" 2>&1)
set -- "$datadir"/pg_stat_tmp/diplo_lexicon.*.img
img=$1
if [ $# -ne 1 ] || [ ! -s "$img" ]; then
	bad "expected one lexicon image in $datadir/pg_stat_tmp, found: $*"
	exit 1
fi
size=$(wc -c <"$img")

# three sessions load the lexicon from the image, wait for the cut, then
# extract again (other texts, so nothing comes from a cache of results)
for s in 1 2 3; do
	psql -X -At -d "$db" -v story="$story" >"$tmpdir/out$s" 2>&1 <<SQL &
SELECT 'pid=' || pg_backend_pid();
SELECT 'before=' || string_agg(name, ',' ORDER BY first_pos) FROM diplo.entities(:'story');
\! touch $tmpdir/ready$s
\! while [ ! -e $tmpdir/cut ]; do sleep 0.05; done
SELECT 'after=' || string_agg(name, ',' ORDER BY first_pos) FROM diplo.entities(:'story' || ' $s');
SELECT 'many=' || count(*) FROM generate_series(1, 200) i, diplo.mentions(:'story' || i);
SELECT 'pid=' || pg_backend_pid();
SQL
done
n=0
while [ ! -e "$tmpdir/ready1" ] || [ ! -e "$tmpdir/ready2" ] || [ ! -e "$tmpdir/ready3" ]; do
	n=$((n + 1))
	if [ $n -gt 600 ]; then
		bad "the sessions did not load the lexicon within 30 s"
		break
	fi
	sleep 0.05
done
# cut the file in place, to a tenth of its size: its inode stays the same
truncate -s $((size / 10)) "$img" && touch "$tmpdir/cut"
wait

for s in 1 2 3; do
	out=$(cat "$tmpdir/out$s")
	pids=$(printf '%s\n' "$out" | sed -n 's/^pid=//p' | sort -u | wc -l)
	if printf '%s\n' "$out" | grep -qx "before=$first" \
		&& printf '%s\n' "$out" | grep -qx "after=$first" \
		&& printf '%s\n' "$out" | grep -qx 'many=[1-9][0-9]*' \
		&& [ "$pids" -eq 1 ]; then
		ok "session $s: loaded from the image, used it after the file was cut from $size to $((size / 10)) bytes; same entities, same backend"
	else
		bad "session $s did not survive the cut image:"
		printf '%s\n' "$out" | sed 's/^/      /' | head -n 10
	fi
done

now=$(psql -X -At -d "$db" -c "SELECT pg_postmaster_start_time()" 2>&1)
if [ "$now" = "$started" ]; then
	ok "server not restarted (started $started)"
else
	bad "server restarted: started $started, now $now"
fi

# a new session refuses the cut file, compiles the lexicon and writes it again
out=$(printf 'SET client_min_messages = debug1;\n%s\n' "$q" | psql -X -At -d "$db" -v story="$story" 2>&1)
if printf '%s\n' "$out" | grep -qx "$first" \
	&& printf '%s\n' "$out" | grep -q 'lexicon image not used' \
	&& [ "$(wc -c <"$img")" -eq "$size" ]; then
	ok "a new session refused the cut image, compiled the lexicon and wrote it again ($size bytes)"
else
	bad "a new session after the cut:"
	printf '%s\n' "$out" | sed 's/^/      /' | head -n 10
fi

finish image_truncate
