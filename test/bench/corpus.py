#!/usr/bin/env python3
"""corpus.py - build the benchmark corpus from the repository's samples and the shared dev texts.

    python3 test/bench/corpus.py OUTDIR ARTICLES [SHARED_EVAL_DATA_DIR]

Reads data/samples/*.txt and, when the folder exists, the field "text" of every
line of SHARED_EVAL_DATA_DIR/*.jsonl (default ../shared/eval/data, read at run
time, never copied into the repository).  Line breaks inside an article become
spaces, so that one article is one line.  The base articles are repeated in
turn up to ARTICLES, so that two neighbouring rows never hold the same text
(the extension reuses the result of the previous document when the same text
comes again).  Writes into OUTDIR:

    corpus.txt   one article per line (input of bin/diplo-extract --lines)
    corpus.copy  COPY text format: id, published (NULL), body
    big.txt      one article of BENCH_BIG_MB MB (default 10), articles joined
    meta.txt     key=value lines: articles, bytes, chars, base, sources
"""
import glob
import json
import os
import sys


def one_line(text):
    return " ".join(text.replace("\r", "\n").split("\n")).strip()


def copy_escape(text):
    return (text.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    outdir = sys.argv[1]
    want = int(sys.argv[2])
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    shared = sys.argv[3] if len(sys.argv) > 3 else os.path.join(root, "..", "shared", "eval", "data")
    big_mb = float(os.environ.get("BENCH_BIG_MB", "10"))

    base = []
    sources = []
    samples = sorted(glob.glob(os.path.join(root, "data", "samples", "*.txt")))
    for f in samples:
        with open(f, encoding="utf-8") as fh:
            t = one_line(fh.read())
        if t:
            base.append(t)
    sources.append("data/samples: %d" % len(samples))
    if os.path.isdir(shared):
        for f in sorted(glob.glob(os.path.join(shared, "*.jsonl"))):
            n = 0
            with open(f, encoding="utf-8") as fh:
                for line in fh:
                    line = line.strip()
                    if not line:
                        continue
                    t = one_line(json.loads(line).get("text") or "")
                    if t:
                        base.append(t)
                        n += 1
            sources.append("%s: %d" % (os.path.basename(f), n))
    else:
        print("corpus.py: %s is absent; the corpus is built from data/samples only" % shared,
              file=sys.stderr)
    if not base:
        sys.exit("corpus.py: no articles found")

    nbytes = 0
    nchars = 0
    with open(os.path.join(outdir, "corpus.txt"), "w", encoding="utf-8") as txt, \
            open(os.path.join(outdir, "corpus.copy"), "w", encoding="utf-8") as cp:
        for i in range(want):
            t = base[i % len(base)]
            txt.write(t + "\n")
            cp.write("%d\t\\N\t%s\n" % (i + 1, copy_escape(t)))
            nbytes += len(t.encode("utf-8"))
            nchars += len(t)

    # one big article: the base articles joined until big_mb MB
    target = int(big_mb * 1024 * 1024)
    parts = []
    size = 0
    i = 0
    while size < target:
        t = base[i % len(base)]
        parts.append(t)
        size += len(t.encode("utf-8")) + 1
        i += 1
    big = " ".join(parts).encode("utf-8")[:target].decode("utf-8", "ignore")
    with open(os.path.join(outdir, "big.txt"), "w", encoding="utf-8") as fh:
        fh.write(big)

    with open(os.path.join(outdir, "meta.txt"), "w", encoding="utf-8") as fh:
        fh.write("articles=%d\nbytes=%d\nchars=%d\nbase=%d\nbig_bytes=%d\nsources=%s\n"
                 % (want, nbytes, nchars, len(base), len(big.encode("utf-8")),
                    "; ".join(sources)))


if __name__ == "__main__":
    main()
