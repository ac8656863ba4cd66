#!/usr/bin/env bash
# sanitize.sh - build the engine's unit tests and the command-line driver
# with AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer
# (-fno-sanitize-recover=all) in a scratch directory, run the unit tests
# with data/lexicon and the CLI over every data/samples/*.txt; fails on any
# sanitizer report, leak or failed unit test.
#
#   bash test/sanitize.sh         # SANITIZE_CC=gcc to use gcc instead of clang
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

cc=${SANITIZE_CC:-clang}
out=$(mktemp -d "${TMPDIR:-/tmp}/diplo-sanitize.XXXXXX")
trap 'rm -rf "$out"' EXIT
flags=(-g -O1 -std=c99 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror
       -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
# shellcheck source=test/build-engine.sh
. "$here/build-engine.sh"
build_engine "$out" "$cc" "${flags[@]}"

export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:exitcode=23
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fail=0

# a run fails on a nonzero exit or on any sanitizer line in its output
check() {
    local what=$1 log=$2 rc=$3
    if [ "$rc" -ne 0 ] || grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:|SUMMARY: ' "$log"; then
        grep -E -A30 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log" | head -n 60 || tail -n 30 "$log"
        echo "FAIL  $what (exit $rc)"
        fail=1
    else
        echo "ok    $what"
    fi
}

echo "==> unit tests"
rc=0
"$out/run_unit" data/lexicon > "$out/unit.log" 2>&1 || rc=$?
grep -E '^[0-9]+ passed, [0-9]+ failed' "$out/unit.log" | tail -n 1 || true
if [ "$rc" -eq 0 ] && ! grep -qE '^[0-9]+ passed, 0 failed' "$out/unit.log"; then
    rc=1
fi
check "unit tests under ASan/UBSan" "$out/unit.log" "$rc"

echo "==> CLI over data/samples"
n=0
for f in data/samples/*.txt; do
    rc=0
    "$out/diplo-extract" --lexicon data/lexicon "$f" > "$out/cli.json" 2> "$out/cli.log" || rc=$?
    if [ "$rc" -eq 0 ] && ! python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$out/cli.json"; then
        echo "      $f: output is not JSON"
        rc=1
    fi
    check "CLI $f" "$out/cli.log" "$rc"
    n=$((n + 1))
done
[ "$n" -gt 0 ] || { echo "FAIL  no data/samples/*.txt"; fail=1; }

# all samples as one document per line, and standard input
rc=0
cat data/samples/*.txt | tr '\n' ' ' | "$out/diplo-extract" --lexicon data/lexicon > "$out/cli.json" 2> "$out/cli.log" || rc=$?
check "CLI, all samples as one document on stdin" "$out/cli.log" "$rc"

[ "$fail" -eq 0 ] && echo "sanitizers: no report"
exit "$fail"
