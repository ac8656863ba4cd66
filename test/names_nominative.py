#!/usr/bin/env python3
"""names_nominative.py - no person name in the CLI's output is an inflected
form of a name the same story gives in the nominative ("Адольфом Гитлером"
beside "Адольф Гитлер"): the same person would be two entities.

    python3 test/names_nominative.py [FILE...]     (default data/samples/*.txt)
    python3 test/names_nominative.py --lines FILE  (a story a line)
    python3 test/names_nominative.py --json < OUT  (the CLI's JSON lines)

Runs bin/diplo-extract on each file (one story each), prints each such pair
and exits 1 when there is one.  With --lines every line of FILE is a story
(bin/diplo-extract --lines); with --json it reads the CLI's JSON lines from
standard input instead.  A story's person names are compared two by two,
and a mention's nominative with the names of the story too ("Каприлеса"
written for a person the story also calls "Каприлес").
"""
import glob
import json
import subprocess
import sys

# endings of a name word in an oblique case, and in the nominative
OBLIQUE = ("а", "у", "ом", "ем", "ём", "е", "ы", "и", "ой", "ей", "ою", "ую", "ю", "я",
           "ым", "им", "ого", "его", "ому", "ему")
NOMINATIVE = ("", "а", "я", "й", "ь", "ий", "ый", "ая", "ой")


def word_form_of(obl, nom):
    """obl is an oblique case form of the name word nom (not nom itself)"""
    if obl == nom:
        return False
    for e in OBLIQUE:
        if not obl.endswith(e):
            continue
        stem = obl[:len(obl) - len(e)]
        if len(stem) >= 3 and nom.startswith(stem) and nom[len(stem):] in NOMINATIVE:
            return True
    return False


def name_form_of(b, a):
    """name b is an inflected form of name a: each word the same or a case form"""
    wa, wb = a.lower().replace("ё", "е").split(), b.lower().replace("ё", "е").split()
    if len(wa) != len(wb) or wa == wb:
        return False
    return all(x == y or word_form_of(y, x) for x, y in zip(wa, wb))


def check(doc, where):
    names = {e["name"] for e in doc.get("entities", []) if e.get("kind") == "person"}
    # the nominatives the person mentions give, besides the entities' names
    names |= {m["normal"] for m in doc.get("mentions", [])
              if m.get("kind") == "person" and m.get("form") == "name" and m.get("normal")}
    names = sorted(names)
    bad = []
    for a in names:
        for b in names:
            # a is taken for the nominative when b is a form of a and not the other way
            if name_form_of(b, a) and not name_form_of(a, b):
                bad.append((where, b, a))
    return bad


def main(argv):
    bad = []
    if argv[:1] == ["--json"]:
        for i, line in enumerate(sys.stdin):
            if line.strip():
                bad += check(json.loads(line), "story %d" % (i + 1))
    elif argv[:1] == ["--lines"] and len(argv) == 2:
        out = subprocess.run(["bin/diplo-extract", "--lexicon", "data/lexicon", "--lines", argv[1]],
                             capture_output=True, text=True, check=True).stdout
        n = 0
        for i, line in enumerate(out.splitlines()):
            if line.strip():
                n += 1
                bad += check(json.loads(line), "%s:%d" % (argv[1], i + 1))
        print("%d stories" % n)
    else:
        files = argv or sorted(glob.glob("data/samples/*.txt"))
        for f in files:
            out = subprocess.run(["bin/diplo-extract", "--lexicon", "data/lexicon", f],
                                 capture_output=True, text=True, check=True).stdout
            bad += check(json.loads(out), f)
        print("%d stories" % len(files))
    for where, b, a in bad:
        print("%s: %s is an inflected form of %s" % (where, b, a))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
