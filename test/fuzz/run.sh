#!/usr/bin/env bash
# run.sh - build the libFuzzer target over the engine (clang, ASan + UBSan),
# replay every input of test/fuzz/regressions/, then fuzz for FUZZ_SECONDS
# (default 300) from the sample stories, the hostile seeds and the adversarial
# texts of test/scaling/gen.py (16 kB each; each is also checked once at
# 64 kB).  Fails on any crash, leak, sanitizer report or broken invariant,
# and on an input that takes more than 5 s or 1 GB (-timeout, -rss_limit_mb:
# with the sanitizers the engine takes under 0.5 s for 64 kB of any of the
# adversarial texts; inputs grow to -max_len 64 kB); a new finding
# is copied into test/fuzz/regressions/ so that the next run replays it first.
#
#   bash test/fuzz/run.sh                 # from anywhere
#   FUZZ_SECONDS=30 bash test/fuzz/run.sh
#   DIPLO_LEXICON=/path/to/lexicon bash test/fuzz/run.sh
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

seconds=${FUZZ_SECONDS:-300}
export DIPLO_LEXICON=${DIPLO_LEXICON:-$root/data/lexicon}
cc=${FUZZ_CC:-clang}
bin=$here/fuzz_engine
work=$(mktemp -d "${TMPDIR:-/tmp}/diplo-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

if ! command -v "$cc" >/dev/null 2>&1; then
    echo "run.sh: $cc not found (bash scripts/install-deps.sh --tests)" >&2
    exit 1
fi

echo "==> build $bin"
# shellcheck disable=SC2046
"$cc" -g -O1 -std=c99 -D_POSIX_C_SOURCE=200809L \
    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -fno-omit-frame-pointer -Wall -Wextra -Werror \
    $(pkg-config --cflags icu-uc) -Isrc/engine \
    -o "$bin" src/engine/*.c test/fuzz/fuzz_engine.c $(pkg-config --libs icu-uc)

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
common=(-timeout=5 -rss_limit_mb=1024 -max_len=65536)

# 1. the regressions, each run once
shopt -s nullglob
regs=()
for f in test/fuzz/regressions/*; do
    case "$f" in *.md) ;; *) regs+=("$f") ;; esac
done
if [ "${#regs[@]}" -gt 0 ]; then
    echo "==> replay ${#regs[@]} regression input(s)"
    if ! "$bin" "${common[@]}" "${regs[@]}" > "$work/replay.log" 2>&1; then
        tail -n 60 "$work/replay.log"
        echo "run.sh: FAILED: a regression input crashes again"
        exit 1
    fi
    echo "ok    regressions replayed"
else
    echo "==> no regression inputs"
fi

# 2. a dictionary of lexicon terms, quotation marks and dashes
python3 - "$DIPLO_LEXICON" > "$work/dict" <<'PY'
import glob, os, sys
terms = set()
for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.tsv"))):
    for line in open(f, encoding="utf-8"):
        if line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) > 1 and cols[1] and not cols[1].endswith("*"):
            terms.add(cols[1])
terms.update(["«", "»", "„", "“", "”", '"', "—", "–", "-", " млрд ", " долларов",
              ". ", "\u00a0", "\u0301", "ё"])
for t in sorted(terms)[:3000]:
    b = t.encode("utf-8")
    print('"' + "".join(chr(c) if 0x20 <= c < 0x7f and c not in (0x22, 0x5c)
                        else "\\x%02X" % c for c in b) + '"')
PY

# 3. the adversarial texts, each checked once on its own within the budgets
mkdir -p "$work/corpus" "$work/artifacts" "$work/gen" "$work/gen64"
python3 test/scaling/gen.py --out "$work/gen" 16384
python3 test/scaling/gen.py --out "$work/gen64" 65536
echo "==> $(ls "$work/gen64" | wc -l) adversarial texts (test/scaling/gen.py) at 64 kB"
if ! "$bin" "${common[@]}" "$work"/gen64/* > "$work/gen.log" 2>&1; then
    tail -n 60 "$work/gen.log"
    echo "run.sh: FAILED: an adversarial seed breaks an invariant or a budget"
    exit 1
fi
echo "ok    adversarial seeds within the budgets"

# 4. fuzz, new corpus entries in $work/corpus, seeds read from their folders
echo "==> fuzz for ${seconds}s (seeds: data/samples, test/fuzz/seeds, the adversarial texts, $(wc -l < "$work/dict") dictionary entries)"
rc=0
"$bin" "${common[@]}" -max_total_time="$seconds" -print_final_stats=1 \
    -dict="$work/dict" -artifact_prefix="$work/artifacts/" \
    "$work/corpus" data/samples test/fuzz/seeds "$work/gen" > "$work/fuzz.log" 2>&1 || rc=$?

execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log" | tail -n 1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/fuzz.log" | tail -n 1)
cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$work/fuzz.log" | tail -n 1 || true)

found=("$work"/artifacts/*)
if [ "$rc" -ne 0 ] || [ "${#found[@]}" -gt 0 ]; then
    grep -E 'ERROR|WARNING|runtime error|invariant|SUMMARY|#[0-9]+ ' "$work/fuzz.log" | tail -n 40 || true
    tail -n 40 "$work/fuzz.log"
    for f in "${found[@]}"; do
        dest=test/fuzz/regressions/$(basename "$f")
        cp "$f" "$dest"
        echo "run.sh: finding saved as $dest ($(wc -c < "$f") bytes); replay: $bin $dest"
    done
    echo "executions: ${execs:-?} total, ${rate:-?}/s; $cov"
    echo "run.sh: FAILED (exit $rc)"
    exit 1
fi
echo "ok    no finding in ${seconds}s; $cov"
echo "executions: ${execs:-?} total, ${rate:-?}/s"
