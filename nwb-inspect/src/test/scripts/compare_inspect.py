#!/usr/bin/env python3
"""Compares nwbinspector's findings with `nwbj inspect --json` on the same files.

Usage: compare_inspect.py KNOWN_DISAGREEMENTS.tsv REFERENCE.json NWBJ.json [REFERENCE.json NWBJ.json ...]
Each REFERENCE.json comes from reference_inspect.py, each NWBJ.json from `nwbj inspect --json` on the same files
(its header lists the checks nwbj implements). Findings are compared as (file, check name, location, importance), each counted, for the checks
nwbj implements; nwbinspector's other checks and its ERROR messages (a file pynwb cannot read) are counted apart.
Every disagreement must be listed in KNOWN_DISAGREEMENTS.txt (one per line: file, check, location, importance and
which side reports it, tab-separated; '#' starts a comment), and every listed one must still occur, so the list
can only shrink. Exit 1 otherwise.
"""
import collections
import json
import os
import sys


def short(path):
    """'.../conformance/nwb/rich.nwb' -> 'nwb/rich.nwb': the folder and file, stable across machines."""
    return os.path.join(os.path.basename(os.path.dirname(path)), os.path.basename(path))


def key(m):
    return (short(m["file_path"]), m["check_function_name"], m["location"] or "-", m["importance"])


def load_known(path):
    known = set()
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0].rstrip()
            if line:
                parts = line.split("\t")
                if len(parts) != 5:
                    sys.exit("%s: expected 5 tab-separated fields: %r" % (path, line))
                known.add(tuple(parts))
    return known


def main(argv):
    if len(argv) < 4 or len(argv) % 2:
        sys.exit(__doc__)
    known_path = argv[1]
    known = load_known(known_path)
    ref, nj_messages, implemented = [], [], set()
    for i in range(2, len(argv), 2):
        ref += json.load(open(argv[i]))["messages"]
        nj = json.load(open(argv[i + 1]))
        nj_messages += nj["messages"]
        implemented |= set(nj["header"]["checks"])
    skipped = collections.Counter()
    want = collections.Counter()
    for m in ref:
        if m["importance"] == "ERROR":  # pynwb could not read the file, or a check failed on it
            skipped["ERROR (%s)" % ("pynwb could not read" if m["check_function_name"].startswith("During io.read()")
                                   else "check failed: " + m["check_function_name"])] += 1
        elif m["check_function_name"] in implemented:
            want[key(m)] += 1
        else:
            skipped[m["check_function_name"]] += 1
    got = collections.Counter(key(m) for m in nj_messages if m["importance"] != "ERROR")
    errors = [m for m in nj_messages if m["importance"] == "ERROR"]
    seen = set()
    unexpected = []
    for k in sorted(set(want) | set(got)):
        if want[k] == got[k]:
            continue
        side = "nwbinspector-only" if want[k] > got[k] else "nwbj-only"
        row = k + (side,)
        seen.add(row)
        if row not in known:
            unexpected.append((row, want[k], got[k]))
    stale = sorted(known - seen)
    agreed = sum(min(want[k], got[k]) for k in want)
    files = {k[0] for k in want} | {k[0] for k in got}
    print("%d findings of %d implemented checks agree over %d files; nwbinspector findings of checks nwbj lacks: %s"
          % (agreed, len(implemented), len(files), dict(skipped) or "none"))
    print("known disagreements still occurring: %d" % len(seen & known))
    for row, w, g in unexpected:
        print("DISAGREE  %s  (nwbinspector %d, nwbj %d)" % ("\t".join(row), w, g))
    for row in stale:
        print("FIXED     %s  (remove it from %s)" % ("\t".join(row), known_path))
    for m in errors:
        print("NWBJ CHECK FAILED  %s %s at %s: %s" % (short(m["file_path"]), m["check_function_name"],
                                                  m["location"], m["message"]))
    print("disagreements not listed: %d; listed but fixed: %d; nwbj check failures: %d"
          % (len(unexpected), len(stale), len(errors)))
    return 1 if unexpected or stale or errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
