#!/bin/sh
# scaling.sh - the engine stays linear in time and memory on adversarial text,
# and polls its interrupt callback often.  No PostgreSQL needed.
#
#   sh test/scaling.sh                 # every generator of test/scaling/gen.py
#   sh test/scaling.sh sign names      # some of them
#
# Each generator's text at N, 2N and 4N bytes (SCALING_N, default 48000) is
# extracted by test/scaling/scale (the engine alone, the lexicon loaded once;
# the least CPU time of SCALING_RUNS runs, default 3) and fails when,
# for a doubling, the engine's work (the turns of its polled loops, counted
# by the interrupt callback's calls: the same on any machine) or the memory
# (the bytes of the extraction's arena) grows more than SCALING_MAX (2.5)
# times, the time more than SCALING_TIME_MAX (3.0) times (a loop that does
# not poll; the time of a doubling also grows with the caches the larger
# text outgrows, 2.0x to 2.9x on a busy virtual machine at 1.5 MB), when the
# memory passes 128 bytes a byte (DX_MEMORY_PER_BYTE), when the interrupt
# callback went unasked for more than 0.1 s, or when one run takes more than
# SCALING_TIMEOUT seconds (60).  Times get a slack of 2 ms, so that the noise
# of short runs is no growth; a generator that fails is measured once more
# (see below).
#
# The generators that put thousands of facts into one sentence or repeat one
# name (nostop, *-nostop, *-pairs, rep-*) are measured again at 8N, 16N and
# 32N bytes (SCALING_LONG_N, default 384000; 0 skips it): a pass that is
# quadratic in the mentions of one sentence grows by only a few per cent at
# 4N, and plainly (3x to 5x a doubling) at 32N.
set -u
cd "$(dirname "$0")/.."

N=${SCALING_N:-48000}
LONG_N=${SCALING_LONG_N:-384000}
RUNS=${SCALING_RUNS:-3}
MAX=${SCALING_MAX:-2.5}
TMAX=${SCALING_TIME_MAX:-3.0}
TIMEOUT=${SCALING_TIMEOUT:-60}
LEX=${DIPLO_LEXICON:-data/lexicon}

make -s test/scaling/scale || exit 1
dir=$(mktemp -d "${TMPDIR:-/tmp}/diplo-scaling.XXXXXX")
trap 'rm -rf "$dir"' EXIT

if [ $# -gt 0 ]; then names="$*"; else names=$(python3 test/scaling/gen.py --list); fi
sizes="$N,$((2 * N)),$((4 * N))"
# shellcheck disable=SC2086
python3 test/scaling/gen.py --out "$dir" "$sizes" $names || exit 1
long=
if [ "$LONG_N" -gt 0 ]; then
    for g in $names; do
        case "$g" in
            nostop|*-nostop|*-pairs|rep-*) long="$long $g" ;;
        esac
    done
fi
if [ -n "$long" ]; then
    # shellcheck disable=SC2086
    python3 test/scaling/gen.py --out "$dir" "$LONG_N,$((2 * LONG_N)),$((4 * LONG_N))" $long || exit 1
fi

start=$(date +%s)
passed=0
failed=0
# measure G RUNS [BASE]: one generator's three sizes from BASE (N), judged;
# 0 when it passes
# measure G RUNS BASE apart: each size in a process of its own, so that the
# heap the smaller sizes left behind does not weigh on the larger
measure() {
    base=${3:-$N}
    if [ "${4:-}" = apart ]; then
        out=
        rc=0
        for f in "$dir/$1.$base.txt" "$dir/$1.$((2 * base)).txt" "$dir/$1.$((4 * base)).txt"; do
            line=$(timeout "$TIMEOUT" test/scaling/scale "$LEX" "$2" "$f") || { rc=$?; break; }
            out="$out${out:+
}$line"
        done
    else
        out=$(timeout "$TIMEOUT" test/scaling/scale "$LEX" "$2" \
            "$dir/$1.$base.txt" "$dir/$1.$((2 * base)).txt" "$dir/$1.$((4 * base)).txt")
        rc=$?
    fi
    if [ "$rc" -ne 0 ]; then
        echo "FAIL  $1: no result within ${TIMEOUT} s (exit $rc)"
        return 1
    fi
    echo "$out" | awk -v g="$1" -v max="$MAX" -v tmax="$TMAX" '
        { b[NR] = $2; t[NR] = $3 + 0.002; m[NR] = $4; st[NR] = $5; gap[NR] = $6; w[NR] = $7 + 8 }
        END {
            bad = ""
            for (i = 1; i <= NR; i++) {
                if (st[i] != 0) bad = bad sprintf(" status %d at %d bytes;", st[i], b[i])
                if (m[i] > 128 * b[i] + 4194304) bad = bad sprintf(" %.1f bytes a byte at %d;", m[i] / b[i], b[i])
                if (gap[i] > 0.1) bad = bad sprintf(" %.3f s between polls at %d;", gap[i], b[i])
            }
            for (i = 2; i <= NR; i++) {
                if (w[i] / w[i - 1] > max) bad = bad sprintf(" work x%.2f from %d to %d bytes;", w[i] / w[i - 1], b[i - 1], b[i])
                if (t[i] / t[i - 1] > tmax) bad = bad sprintf(" time x%.2f from %d to %d bytes;", t[i] / t[i - 1], b[i - 1], b[i])
                if (m[i] / m[i - 1] > max) bad = bad sprintf(" memory x%.2f from %d to %d bytes;", m[i] / m[i - 1], b[i - 1], b[i])
            }
            line = sprintf("%-18s", g)
            for (i = 1; i <= NR; i++)
                line = line sprintf("  %7d B %6d turns %7.4f s %6.2f MB %5.1f B/B", b[i], w[i] - 8, t[i] - 0.002, m[i] / 1e6, m[i] / b[i])
            line = line sprintf("  poll gap %.4f s", gap[NR])
            if (bad != "") { print "FAIL  " line; print "      " g ":" bad; exit 1 }
            print "ok    " line
        }'
}

# A generator that fails is measured once more with three times the runs,
# each size in a process of its own: a loop that really grows faster than
# linear fails both times (a quadratic one by about 4x a doubling), while a
# machine busy with other work for a moment, or the heap of the smaller
# sizes (at 1.5 MB the largest takes 60 MB of fresh memory), spoils only the
# first measurement.
judge() {
    if measure "$1" "$RUNS" "$2"; then
        passed=$((passed + 1))
    elif echo "      $1: measured again with $((3 * RUNS)) runs, each size apart" &&
        measure "$1" $((3 * RUNS)) "$2" apart; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
}
for g in $names; do
    judge "$g" "$N"
done
for g in $long; do
    judge "$g" "$LONG_N"
done
echo "scaling: $(( $(date +%s) - start )) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
