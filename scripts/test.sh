#!/usr/bin/env bash
# test.sh - run every test suite of diplo_extract, as root on Debian 12:
# dependencies, lexicon check, build with warnings as errors, engine unit
# tests, the CLI on the samples, install, PostgreSQL tests
# (test/run-pg-tests.sh), then the optional suites that exist (fuzzing,
# valgrind, ...).  Ends with one line "N passed, N failed" counting
# suites; exits non-zero when any suite failed.
#
#   bash scripts/test.sh             # everything
#   bash scripts/test.sh --no-deps   # skip scripts/install-deps.sh
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

do_deps=1
for arg in "$@"; do
    case "$arg" in
        --no-deps) do_deps=0 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "test.sh: unknown option: $arg" >&2; exit 2 ;;
    esac
done

if [ "$(id -u)" -ne 0 ]; then
    echo "test.sh: run as root (installs packages and the extension)" >&2
    exit 1
fi

# UTF8 throwaway clusters (pg_virtualenv) need a UTF-8 locale in the environment.
export LANG=C.UTF-8
unset LC_ALL || true
jobs=$(nproc 2>/dev/null || echo 2)

logdir=$(mktemp -d "${TMPDIR:-/tmp}/diplo-test.XXXXXX")
stamp="$logdir/.start"
: > "$stamp"

passed=0
failed=0
results=()
failed_logs=()

# run_suite NAME COMMAND... : run one suite, its output shown and kept in
# $logdir/NAME.log; counts it as passed or failed.
run_suite() {
    local name=$1; shift
    local rc=0
    printf '\n==> %s: %s\n' "$name" "$*"
    set +e
    "$@" 2>&1 </dev/null | tee "$logdir/$name.log"
    rc=${PIPESTATUS[0]}
    set -e
    if [ "$rc" -eq 0 ]; then
        passed=$((passed + 1))
        results+=("PASS  $name")
    else
        failed=$((failed + 1))
        failed_logs+=("$logdir/$name.log")
        results+=("FAIL  $name (exit $rc, log $logdir/$name.log)")
    fi
    return 0
}

skip_suite() {
    printf '\n==> %s: skipped (%s)\n' "$1" "$2"
    results+=("skip  $1 ($2)")
}

last_ok() { case "${results[${#results[@]}-1]}" in PASS*) return 0 ;; *) return 1 ;; esac; }

# ---------------------------------------------------------------- suites

suite_scripts() {
    local f rc=0
    for f in scripts/*.sh .ci/run; do
        [ -f "$f" ] || continue
        if bash -n "$f"; then echo "ok  $f"; else echo "syntax error: $f"; rc=1; fi
    done
    return "$rc"
}

# The engine unit tests print "N passed, N failed"; a nonzero second number
# fails the suite even when the runner's exit status is 0.
suite_unit() {
    local out rc=0
    out=$(make unit 2>&1) || rc=$?
    printf '%s\n' "$out"
    [ "$rc" -eq 0 ] || return "$rc"
    local line
    line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1 || true)
    if [ -z "$line" ]; then
        echo "test.sh: make unit printed no 'N passed, N failed' line"
        return 1
    fi
    case "$line" in
        *", 0 failed"*) return 0 ;;
        *) return 1 ;;
    esac
}

# The command-line driver on every bundled sample: must exit 0 and print one
# JSON object with the six parts, and no person twice in two cases.
suite_cli_samples() {
    make cli || return 1
    local f rc=0
    for f in data/samples/*.txt; do
        [ -e "$f" ] || { echo "no samples"; return 1; }
        if bin/diplo-extract --lexicon data/lexicon "$f" > "$logdir/cli.json" 2> "$logdir/cli.err" \
           && python3 - "$logdir/cli.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
if isinstance(doc, list):
    doc = doc[0]
missing = [k for k in ("mentions", "entities", "agreements", "events", "amounts", "quotes")
           if k not in doc]
if missing:
    sys.exit("missing keys: " + ", ".join(missing))
print("  " + ", ".join("%s %d" % (k, len(doc[k])) for k in
                        ("entities", "agreements", "events", "amounts", "quotes")))
PY
        then
            echo "ok  $f"
        else
            echo "FAILED  $f"; sed -n '1,20p' "$logdir/cli.err"; rc=1
        fi
    done
    # no person name is an inflected form of a name the story gives in the nominative
    python3 test/names_nominative.py data/samples/*.txt || rc=1
    return "$rc"
}

suite_pg_fallback() {
    pg_virtualenv -t make installcheck
}

# A port nobody listens on, for the throwaway servers: pg_virtualenv takes
# 5432 unless PGPORT is set, and other throwaway servers may be running.
free_port() {
    local p base=$((54320 + RANDOM % 400))
    for p in $(seq "$base" $((base + 79))); do
        [ -e "/var/run/postgresql/.s.PGSQL.$p" ] && continue
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue
        echo "$p"
        return 0
    done
    echo 5432
}

show_diffs() {
    local d
    find "$root" -name regression.diffs -newer "$stamp" 2>/dev/null | while read -r d; do
        printf '\n---- head of %s\n' "${d#"$root"/}"
        head -n 80 "$d"
    done
}

# ---------------------------------------------------------------- run

if [ "$do_deps" -eq 1 ]; then
    run_suite deps bash scripts/install-deps.sh --tests
fi

run_suite scripts suite_scripts

# The lexicon's rows, and no words written in the engine's C outside the
# lexicon, grammar.c and morph.c (tools/literals.allow: what is left).
suite_lexicon() {
    python3 tools/lexicon/check || return 1
    python3 tools/lexicon/literals --self-test
}

if [ -f tools/lexicon/check ]; then
    run_suite lexicon suite_lexicon
else
    skip_suite lexicon "no tools/lexicon/check"
fi

# From clean, so that every file is compiled with warnings as errors.
suite_build() {
    make clean >/dev/null
    make -j"$jobs" PG_CFLAGS='-Wall -Wextra -Werror'
}
run_suite build suite_build
built=0; last_ok && built=1

if [ -d test/unit ] && ls test/unit/*.c >/dev/null 2>&1; then
    run_suite unit suite_unit
else
    skip_suite unit "no test/unit/*.c"
fi

if [ -f src/cli/main.c ]; then
    run_suite cli-samples suite_cli_samples
else
    skip_suite cli-samples "no src/cli/main.c"
fi

installed=0
if [ "$built" -eq 1 ]; then
    run_suite install make install
    last_ok && installed=1
else
    skip_suite install "build failed"
fi

if [ "$installed" -eq 1 ]; then
    PGPORT=$(free_port)
    export PGPORT
    if [ -f test/run-pg-tests.sh ]; then
        run_suite pg sh test/run-pg-tests.sh
    elif ls test/sql/*.sql >/dev/null 2>&1 || ls test/specs/*.spec >/dev/null 2>&1; then
        run_suite pg suite_pg_fallback
    else
        skip_suite pg "no test/run-pg-tests.sh and no test/sql, test/specs"
    fi
else
    skip_suite pg "extension not installed"
fi

# Optional suites, run when their script exists.
for script in test/scaling.sh test/fuzz/run.sh test/valgrind.sh test/sanitize.sh; do
    name=$(echo "${script#test/}" | sed 's|/run\.sh$||; s|\.sh$||; s|/|-|g')
    if [ -f "$script" ]; then
        run_suite "$name" bash "$script"
    fi
done

# Scripts under test/ subfolders that nothing above runs (benchmarks are
# not tests).
for f in test/*/*.sh; do
    [ -f "$f" ] || continue
    case "$f" in
        test/fuzz/run.sh|test/bench/run.sh) ;;
        *) echo "test.sh: note: $f is not run by scripts/test.sh" ;;
    esac
done

if [ "$failed" -gt 0 ]; then
    for f in "${failed_logs[@]}"; do
        printf '\n---- last lines of %s\n' "$f"
        tail -n 15 "$f"
    done
    show_diffs
fi

printf '\n==> summary (logs in %s)\n' "$logdir"
printf '  %s\n' "${results[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
