#!/usr/bin/env bash
# valgrind.sh - run the engine's unit tests and the command-line driver over
# every data/samples/*.txt under valgrind memcheck (--leak-check=full,
# definite and indirect leaks count as errors); fails on any error.  Builds
# plain -O1 -g binaries in a scratch directory (no sanitizers); set
# VALGRIND_EXTRA=--track-origins=yes to trace an uninitialised value.
#
#   bash test/valgrind.sh
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

if ! command -v valgrind >/dev/null 2>&1; then
    echo "valgrind.sh: valgrind not found (bash scripts/install-deps.sh --tests)" >&2
    exit 1
fi
cc=${VALGRIND_CC:-gcc}
out=$(mktemp -d "${TMPDIR:-/tmp}/diplo-valgrind.XXXXXX")
trap 'rm -rf "$out"' EXIT
flags=(-g -O1 -std=c99 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror)
# shellcheck source=test/build-engine.sh
. "$here/build-engine.sh"
build_engine "$out" "$cc" "${flags[@]}"

vg=(valgrind --quiet --error-exitcode=1 --leak-check=full
    --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect
    ${VALGRIND_EXTRA:-})
fail=0

echo "==> unit tests"
rc=0
"${vg[@]}" --log-file="$out/unit.vg" "$out/run_unit" data/lexicon > "$out/unit.log" 2>&1 || rc=$?
grep -E '^[0-9]+ passed, [0-9]+ failed' "$out/unit.log" | tail -n 1 || true
if [ "$rc" -eq 0 ] && ! grep -qE '^[0-9]+ passed, 0 failed' "$out/unit.log"; then
    grep -E '^FAIL' "$out/unit.log" | head -n 20 || true
    rc=1
fi
if [ "$rc" -eq 0 ] && [ ! -s "$out/unit.vg" ]; then
    echo "ok    unit tests under valgrind"
else
    head -n 80 "$out/unit.vg"
    echo "FAIL  unit tests under valgrind (exit $rc)"
    fail=1
fi

echo "==> CLI over data/samples"
# all samples in one process (the lexicon is loaded once), then one by one
# would only repeat the same code paths
files=(data/samples/*.txt)
[ -e "${files[0]}" ] || { echo "FAIL  no data/samples/*.txt"; exit 1; }
rc=0
"${vg[@]}" --log-file="$out/cli.vg" "$out/diplo-extract" --lexicon data/lexicon "${files[@]}" \
    > "$out/cli.json" 2> "$out/cli.log" || rc=$?
docs=$(python3 -c '
import json, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        json.loads(line); n += 1
print(n)' "$out/cli.json" 2>/dev/null || echo 0)
if [ "$rc" -eq 0 ] && [ ! -s "$out/cli.vg" ] && [ "$docs" -eq "${#files[@]}" ]; then
    echo "ok    CLI over ${#files[@]} samples under valgrind ($docs JSON documents)"
else
    head -n 80 "$out/cli.vg"; tail -n 5 "$out/cli.log"
    echo "FAIL  CLI under valgrind (exit $rc, $docs of ${#files[@]} JSON documents)"
    fail=1
fi

[ "$fail" -eq 0 ] && echo "valgrind: no error, no definite or indirect leak"
exit "$fail"
