#!/usr/bin/env bash
# run.sh - benchmark of diplo_extract, as root on Debian 12 (`make bench`).
#
#   bash test/bench/run.sh                          # 20,000 articles, 3 runs
#   BENCH_ARTICLES=2000 BENCH_MEM_CALLS=10000 bash test/bench/run.sh   # quick
#
# Builds and installs the extension and bin/diplo-extract, builds a corpus
# from data/samples/*.txt and ../shared/eval/data/*.jsonl (read at run time;
# skipped with a message when absent) repeated to BENCH_ARTICLES articles,
# starts a throwaway server (pg_virtualenv, free port) and runs
# test/bench/bench.py in it: throughput of the floor, to_tsvector, every
# diplo function, the engine alone, parallel workers, capture by COPY; first
# call in a new session; backend memory over BENCH_MEM_CALLS calls; peak
# memory for one BENCH_BIG_MB MB article; the size-limit error.  Prints
# figures only, asserts nothing.  Not part of scripts/test.sh.
#
# Environment: BENCH_ARTICLES (20000), BENCH_RUNS (3), BENCH_MEM_CALLS
# (100000), BENCH_BIG_MB (10), BENCH_SHARED (../shared/eval/data),
# BENCH_NO_BUILD=1 to skip make.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

if [ "$(id -u)" -ne 0 ]; then
    echo "run.sh: run as root (installs the extension, starts pg_virtualenv)" >&2
    exit 1
fi

export LANG=C.UTF-8
unset LC_ALL || true
export BENCH_ARTICLES=${BENCH_ARTICLES:-20000}
export BENCH_RUNS=${BENCH_RUNS:-3}
export BENCH_MEM_CALLS=${BENCH_MEM_CALLS:-100000}
export BENCH_BIG_MB=${BENCH_BIG_MB:-10}
shared=${BENCH_SHARED:-$root/../shared/eval/data}

if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
    echo "==> build and install"
    make -s -j"$(nproc)" >/dev/null
    make -s install >/dev/null
    make -s cli >/dev/null
fi

# the server reads the corpus with COPY FROM a file: a directory it can read
BENCH_DIR=$(mktemp -d /tmp/diplo-bench.XXXXXX)
export BENCH_DIR
chmod 755 "$BENCH_DIR"
trap 'rm -rf "$BENCH_DIR"' EXIT

if [ ! -d "$shared" ]; then
    echo "run.sh: $shared is absent: the shared dev texts are skipped, corpus from data/samples only"
fi
echo "==> corpus of $BENCH_ARTICLES articles"
python3 "$here/corpus.py" "$BENCH_DIR" "$BENCH_ARTICLES" "$shared"
chmod 644 "$BENCH_DIR"/*

# a port nobody listens on (pg_virtualenv takes 5432 unless PGPORT is set)
free_port() {
    local p base=$((55000 + RANDOM % 400))
    for p in $(seq "$base" $((base + 79))); do
        [ -e "/var/run/postgresql/.s.PGSQL.$p" ] && continue
        [ -e "/tmp/.s.PGSQL.$p" ] && continue
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue
        echo "$p"
        return 0
    done
    echo 5432
}
PGPORT=$(free_port)
export PGPORT

echo "==> throwaway server on port $PGPORT"
echo "command: BENCH_ARTICLES=$BENCH_ARTICLES BENCH_RUNS=$BENCH_RUNS BENCH_MEM_CALLS=$BENCH_MEM_CALLS bash test/bench/run.sh"
pg_virtualenv -t -o 'shared_buffers=512MB' -o 'max_parallel_workers=4' \
    python3 "$here/bench.py"
