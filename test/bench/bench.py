#!/usr/bin/env python3
"""bench.py - the diplo_extract benchmark, run by test/bench/run.sh inside pg_virtualenv.

Expects PGHOST/PGPORT/PGUSER/... of a throwaway server with the extension
installed, the corpus written by corpus.py in BENCH_DIR, and bin/diplo-extract
built.  Prints the machine, a throughput table (median of BENCH_RUNS runs),
the parallel plans, the first-call cost, the memory figures and the size-limit
error.  No assertions: it measures and prints.
"""
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DIR = os.environ["BENCH_DIR"]
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
MEM_CALLS = int(os.environ.get("BENCH_MEM_CALLS", "100000"))
MEM_POINTS = 5
META = dict(line.rstrip("\n").split("=", 1)
            for line in open(os.path.join(DIR, "meta.txt"), encoding="utf-8"))
ARTICLES = int(META["articles"])
MB = int(META["bytes"]) / 1e6

# a short text for the warm-up and first-call figures (written for the benchmark)
SHORT = ("Министр иностранных дел России Сергей Лавров провёл в Москве переговоры "
         "с министром иностранных дел Монголии.")

SERIAL = "SET max_parallel_workers_per_gather = 0;\n"
WARM = "SELECT count(*) FROM diplo.entities('%s');\n" % SHORT


def psql(script, check=True):
    """Run a psql script in one new session; returns (stdout lines, timings in s)."""
    p = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-f", "-"],
                       input=script, capture_output=True, text=True)
    if check and p.returncode != 0:
        sys.stderr.write(p.stderr)
        raise SystemExit("bench.py: psql failed on:\n" + script)
    out = []
    times = []
    for line in p.stdout.splitlines():
        m = re.match(r"^Time: ([0-9.]+) ms", line)
        if m:
            times.append(float(m.group(1)) / 1000.0)
        else:
            out.append(line)
    return out, times, p


def timed(steps, setup=SERIAL, runs=RUNS):
    """Timings of each step, runs rounds in one warm session.

    steps is a list of (untimed setup SQL, timed query).  The steps are
    interleaved (round 1 of every step, then round 2, ...), so that a load
    on the machine that comes and goes weighs on every step alike.
    Returns one list of runs timings per step."""
    script = setup + WARM
    for _ in range(runs):
        for pre, q in steps:
            script += pre + "\\timing on\n" + q.rstrip(";") + ";\n\\timing off\n"
    out, times, _ = psql(script)
    if len(times) != runs * len(steps):
        raise SystemExit("bench.py: expected %d timings, got %r" % (runs * len(steps), times))
    return [times[k::len(steps)] for k in range(len(steps))], out


def loadavg():
    with open("/proc/loadavg", encoding="utf-8") as fh:
        return " ".join(fh.read().split()[:3])


def fmt_runs(ts):
    return " ".join("%.2f" % t for t in ts)


def main():
    rows = []

    def add(label, ts, articles=ARTICLES, mb=MB):
        rows.append((label, ts, statistics.median(ts), articles, mb))

    version = psql("SELECT version();")[0][0]
    cpu = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    print("== machine")
    print("nproc %d; CPU %s" % (os.cpu_count() or 0, cpu))
    print(version)
    print("corpus: %d articles, %.1f MB of UTF-8 (%s distinct: %s)"
          % (ARTICLES, MB, META["base"], META["sources"]))
    print("runs per figure: %d (median reported); load average at start %s" % (RUNS, loadavg()))

    # ------------------------------------------------------------ load
    copy = os.path.join(DIR, "corpus.copy")
    psql("CREATE EXTENSION IF NOT EXISTS diplo_extract;\n"
         "DROP TABLE IF EXISTS news;\n"
         "CREATE TABLE news (id bigint PRIMARY KEY, published date, body text);\n"
         "COPY news FROM '%s';\n"
         "VACUUM ANALYZE news;\n" % copy)
    size = psql("SELECT pg_size_pretty(pg_total_relation_size('news')), "
                "pg_size_pretty(pg_relation_size('news')), current_setting('shared_buffers');")[0][0]
    print("table news: total %s, heap %s; shared_buffers %s" % tuple(size.split("|")))
    psql("SELECT sum(length(body)) FROM news;")      # bring the table into the cache

    # ------------------------------------------------------------ 1-3 serial
    print("\n== throughput (serial, max_parallel_workers_per_gather = 0)", flush=True)
    queries = [
        ("1 floor: sum(length(body))", "SELECT sum(length(body)) FROM news"),
        ("2 to_tsvector('russian', body)",
         "SELECT count(to_tsvector('russian', body)) FROM news"),
        ("3 diplo.extract(body)", "SELECT count(diplo.extract(body)) FROM news"),
    ]
    for fn in ("mentions", "entities", "agreements", "events", "amounts", "quotes"):
        queries.append(("3 diplo.%s(body)" % fn,
                        "SELECT count(*) FROM news, diplo.%s(body)" % fn))
    res, _ = timed([("", q) for _, q in queries])
    for (label, _), ts in zip(queries, res):
        add(label, ts)
        print("  %-34s %s" % (label, fmt_runs(ts)), flush=True)

    # ------------------------------------------------------------ 4 engine alone
    cli = os.path.join(ROOT, "bin", "diplo-extract")
    lexdir = os.path.join(ROOT, "data", "lexicon")
    empty = os.path.join(DIR, "empty.txt")
    open(empty, "w").close()

    def run_cli(path):
        t0 = time.perf_counter()
        with open(os.devnull, "w") as devnull:
            subprocess.run([cli, "--lexicon", lexdir, "--lines", path], stdout=devnull, check=True)
        return time.perf_counter() - t0

    lex_ts = [run_cli(empty) for _ in range(RUNS)]
    all_ts = [run_cli(os.path.join(DIR, "corpus.txt")) for _ in range(RUNS)]
    lex_load = statistics.median(lex_ts)
    eng_ts = [t - lex_load for t in all_ts]
    add("4 engine alone (CLI, JSON out)", eng_ts)
    print("  %-34s %s (lexicon load %.3f s, subtracted)"
          % ("4 engine alone (CLI)", fmt_runs(all_ts), lex_load), flush=True)

    # ------------------------------------------------------------ 6 parallel
    print("\n== parallel: SELECT count(diplo.extract(body)) FROM news", flush=True)
    par_setup = ("SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;\n"
                 "SET min_parallel_table_scan_size = 0;\n")
    q = "SELECT count(diplo.extract(body)) FROM news"
    par = {}
    for workers in (0, 2):
        out, _, _ = psql(par_setup + "SET max_parallel_workers_per_gather = %d;\n" % workers
                         + "EXPLAIN (COSTS OFF) " + q + ";")
        print("  max_parallel_workers_per_gather = %d, EXPLAIN:" % workers)
        for line in out:
            print("    " + line)
    # to_tsvector's own speed-up on the same machine, for reference: what two
    # workers and the leader on these cores give to a function without a cache
    ref_q = "SELECT count(to_tsvector('russian', body)) FROM news"
    # and the workers compiling their own lexicon, as before the shared image
    own = "SET diplo_extract.share_lexicon = off; SET max_parallel_workers_per_gather = 2;\n"
    shared = "SET diplo_extract.share_lexicon = on; SET max_parallel_workers_per_gather = %d;\n"
    res, _ = timed([(shared % w, qq) for qq in (q, ref_q) for w in (0, 2)] + [(own, q)],
                   setup=par_setup)
    ref = [statistics.median(ts) for ts in res[2:4]]
    own_ts = res[4]
    res = res[:2]
    for workers, ts in zip((0, 2), res):
        par[workers] = statistics.median(ts)
        add("6 diplo.extract, %d workers" % workers, ts)
        print("  runs with %d workers: %s" % (workers, fmt_runs(ts)), flush=True)
    out, _, _ = psql(par_setup + "SET max_parallel_workers_per_gather = 2;\n"
                     "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " + q + ";")
    print("  EXPLAIN ANALYZE with 2 workers:")
    for line in out:
        if "Workers" in line or "Gather" in line or "Execution" in line:
            print("    " + line.strip())
    print("  speed-up with 2 workers: %.2fx (to_tsvector, for reference: %.2f s / %.2f s = %.2fx)"
          % (par[0] / par[2], ref[0], ref[1], ref[0] / ref[1]), flush=True)
    print("  2 workers each compiling the lexicon (share_lexicon = off): %s; speed-up %.2fx"
          % (fmt_runs(own_ts), par[0] / statistics.median(own_ts)), flush=True)

    # ------------------------------------------------------------ 7 capture
    print("\n== capture: COPY of %d articles" % ARTICLES, flush=True)
    plain, attached = [], []
    for _ in range(RUNS):
        _, t, _ = psql("DROP TABLE IF EXISTS cap;\n"
                       "CREATE TABLE cap (id bigint PRIMARY KEY, published date, body text);\n"
                       + WARM + "\\timing on\nCOPY cap FROM '%s';\n\\timing off\n"
                       "DROP TABLE cap;\n" % copy)
        plain.append(t[0])
        out, t, _ = psql("DROP TABLE IF EXISTS capd;\n"
                         "CREATE TABLE capd (id bigint PRIMARY KEY, published date, body text);\n"
                         "SELECT diplo.attach('capd', 'id', 'body', 'published');\n"
                         + WARM + "\\timing on\nCOPY capd FROM '%s';\n\\timing off\n"
                         "SELECT (SELECT count(*) FROM diplo.captured_entities WHERE source = 'capd'::regclass)"
                         " || ' entities, ' ||"
                         " (SELECT count(*) FROM diplo.capture_errors) || ' capture errors';\n"
                         "SELECT diplo.detach('capd', true);\n"
                         "DROP TABLE capd;\n" % copy)
        attached.append(t[0])
        facts = [line for line in out if "capture errors" in line]
    add("7 COPY, no capture", plain)
    add("7 COPY with diplo.attach", attached)
    print("  plain:    %s" % fmt_runs(plain))
    print("  attached: %s (%s)" % (fmt_runs(attached), facts[0] if facts else "?"), flush=True)

    # ------------------------------------------------------------ table
    base = next(r[2] for r in rows if r[0].startswith("2 "))
    print("\n== results (median of %d runs; ratio = time / time of line 2)" % RUNS)
    print("  %-34s %9s %11s %8s %7s" % ("line", "median s", "articles/s", "MB/s", "ratio"))
    for label, ts, med, arts, mb in rows:
        print("  %-34s %9.3f %11.0f %8.2f %7.2f"
              % (label, med, arts / med, mb / med, med / base))

    print("load average now: %s" % loadavg())

    # ------------------------------------------------------------ 5 first call
    print("\n== 5 first call in a new session: diplo.entities('...') once", flush=True)
    first, second, compiling = [], [], []
    for _ in range(max(RUNS, 5)):
        _, t, _ = psql("\\timing on\n" + WARM + WARM)
        first.append(t[0] * 1000)
        second.append(t[1] * 1000)
        _, t, _ = psql("SET diplo_extract.share_lexicon = off;\n\\timing on\n" + WARM)
        compiling.append(t[0] * 1000)
    print("  first call  ms: %s; median %.1f (lexicon image loaded)"
          % (" ".join("%.1f" % x for x in first), statistics.median(first)))
    print("  first call  ms: %s; median %.1f (lexicon compiled: share_lexicon = off)"
          % (" ".join("%.1f" % x for x in compiling), statistics.median(compiling)))
    print("  second call ms: %s; median %.1f" % (" ".join("%.1f" % x for x in second),
                                                 statistics.median(second)), flush=True)

    # ------------------------------------------------------------ memory
    mem_sql = ("SELECT (regexp_match(s, 'VmRSS:\\s+(\\d+)'))[1] || '|' ||"
               " (regexp_match(s, 'VmHWM:\\s+(\\d+)'))[1] || '|' ||"
               " (SELECT sum(total_bytes) FROM pg_backend_memory_contexts) || '|' ||"
               " (regexp_match(s, 'RssAnon:\\s+(\\d+)'))[1] || '|' ||"
               " (regexp_match(s, 'RssFile:\\s+(\\d+)'))[1]"
               " FROM pg_read_file('/proc/self/status') s;\n")
    print("\n== memory of one backend over %d calls (half diplo.extract, half diplo.entities)"
          % MEM_CALLS, flush=True)
    per = MEM_CALLS // MEM_POINTS // 2
    script = SERIAL + WARM + "SELECT 'calls 1|' || " + mem_sql.replace("SELECT ", "", 1)
    done = 1
    for i in range(MEM_POINTS):
        script += ("SELECT count(diplo.extract(n.body)) FROM generate_series(%d, %d) g,"
                   " LATERAL (SELECT body FROM news WHERE id = g %% %d + 1) n;\n"
                   % (i * per, (i + 1) * per - 1, ARTICLES))
        script += ("SELECT count(*) FROM generate_series(%d, %d) g,"
                   " LATERAL (SELECT body FROM news WHERE id = g %% %d + 1) n,"
                   " diplo.entities(n.body);\n"
                   % (i * per + 7, (i + 1) * per + 6, ARTICLES))
        done += 2 * per
        script += "SELECT 'calls %d|' || " % done + mem_sql.replace("SELECT ", "", 1)
    out, _, _ = psql(script)
    # RssFile: pages of files, the shared lexicon image among them, which
    # every backend maps and the page cache holds once; RssAnon: the backend's own
    print("  %8s %10s %10s %14s %12s %12s"
          % ("calls", "VmRSS kB", "VmHWM kB", "contexts bytes", "RssAnon kB", "RssFile kB"))
    for line in out:
        if line.startswith("calls "):
            c, rss, hwm, ctx, anon, fil = line[6:].split("|")
            print("  %8s %10s %10s %14s %12s %12s" % (c, rss, hwm, ctx, anon, fil))

    # ------------------------------------------------------------ big article
    big = os.path.join(DIR, "big.txt")
    big_bytes = int(META["big_bytes"])
    print("\n== peak memory for one article of %.1f MB (%d bytes)" % (big_bytes / 2**20, big_bytes),
          flush=True)
    psql("DROP TABLE IF EXISTS big;\nCREATE TABLE big (body text);\n"
         "INSERT INTO big SELECT pg_read_file('%s');\n" % big)
    for label, q in (("diplo.mentions", "SELECT count(*) FROM big, diplo.mentions(body)"),
                     ("diplo.extract", "SELECT count(diplo.extract(body)) FROM big")):
        out, t, _ = psql(SERIAL + WARM + "SELECT 'before|' || " + mem_sql.replace("SELECT ", "", 1)
                         + "\\timing on\n" + q + ";\n\\timing off\n"
                         + "SELECT 'after|' || " + mem_sql.replace("SELECT ", "", 1))
        before = [line for line in out if line.startswith("before|")][0].split("|")
        after = [line for line in out if line.startswith("after|")][0].split("|")
        hwm0, hwm1 = int(before[2]), int(after[2])
        print("  %-15s %.2f s (%.2f MB/s); VmHWM %d kB before, %d kB after: +%d kB = %.1fx the article"
              " (%.1fx counting the whole backend)"
              % (label, t[0], big_bytes / 1e6 / t[0], hwm0, hwm1, hwm1 - hwm0,
                 (hwm1 - hwm0) * 1024.0 / big_bytes, hwm1 * 1024.0 / big_bytes), flush=True)

    # ------------------------------------------------------------ size limit
    print("\n== above the limit diplo_extract.max_document_size")
    for setup, q in (("SET diplo_extract.max_document_size = '8MB';\n",
                      "SELECT count(*) FROM big, diplo.entities(body);"),
                     ("", "SELECT count(*) FROM diplo.entities(repeat('x', 64 * 1024 * 1024 + 1));")):
        out, _, p = psql("\\set VERBOSITY verbose\n" + WARM + setup
                         + "SHOW diplo_extract.max_document_size;\n" + q + "\n", check=False)
        print("  limit %s: %s" % (out[-1] if out else "?", q))
        for line in p.stderr.splitlines():
            print("    " + line)


if __name__ == "__main__":
    main()
