#!/usr/bin/env python3
"""Compares pynwb's validator with `nwbj validate` on the broken files of make_broken_nwb.py.

Usage: check_validate_agreement.py BROKEN_DIR NWBJ_COMMAND
       check_validate_agreement.py --backcompat BACKCOMPAT_DIR NWBJ_COMMAND
Needs pynwb on PYTHONPATH. Prints one table row per file and exits 1 when some location pynwb flags is not
flagged by nwbj. pynwb locations ('acquisition/ts/data.unit') are turned into HDF5 paths ('/acquisition/ts/data',
attribute 'unit'); nwbj names a missing child by its own path where pynwb names the parent, so for pynwb's
missing/quantity errors a problem at a direct child of the location counts too.
"""
import os
import subprocess
import sys
import warnings

MISSING_KINDS = {"MissingError", "MissingDataType", "IncorrectQuantityError"}


def pynwb_location(loc):
    """'' -> '/', 'a/b' -> '/a/b', 'a/b.attr' -> '/a/b@attr' (a dot after the last slash starts an attribute)."""
    loc = loc or ""
    last = loc.rsplit("/", 1)[-1]
    if "." in last:
        base, attr = loc.rsplit(".", 1)
        return "/" + base if not base.startswith("/") else base, attr
    return "/" + loc if not loc.startswith("/") else loc, None


def nwbj_location(path):
    if "@" in path:
        base, attr = path.split("@", 1)
        return base, attr
    return path, None


def parent(path):
    p = path.rsplit("/", 1)[0]
    return p or "/"


def covered(kind, loc, nwbj_locs):
    if kind == "Exception":  # pynwb could not read the file at all: any nwbj problem will do
        return bool(nwbj_locs)
    for n in nwbj_locs:
        if n == loc:
            return True
        if kind in MISSING_KINDS and loc[1] is None and n[1] is None and parent(n[0]) == loc[0]:
            return True
    return False


def run_pynwb(path):
    from pynwb import validate
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            errors, _ = validate(paths=[path])
        return [(type(e).__name__, pynwb_location(e.location), str(e)) for e in errors], None
    except Exception as e:  # pynwb could not read the file: count it as flagged at the root
        return [("Exception", ("/", None), repr(e))], repr(e)


def run_nwbj(cmd, paths):
    """Problems per file from one `nwbj validate -q` run (exit 0 or 1; 2 means a file could not be read)."""
    proc = subprocess.run(cmd + ["validate", "-q"] + paths, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True)
    if proc.returncode not in (0, 1):
        sys.exit("nwbj validate failed (exit %d): %s" % (proc.returncode, proc.stderr.strip()))
    out = {p: [] for p in paths}
    for line in proc.stdout.splitlines():
        for p in paths:
            if line.startswith(p + ": "):
                rest = line[len(p) + 2:]
                loc, _, msg = rest.partition(": ")
                out[p].append((nwbj_location(loc), msg))
                break
        else:
            sys.exit("cannot parse nwbj output line: " + line)
    return out


def show(loc):
    return loc[0] + ("@" + loc[1] if loc[1] else "")


def self_test():
    """The matching rules, on fixed inputs: the comparison must be able to fail."""
    assert pynwb_location("") == ("/", None)
    assert pynwb_location("acquisition/ts/data.unit") == ("/acquisition/ts/data", "unit")
    assert nwbj_location("/acquisition/ts/data@unit") == ("/acquisition/ts/data", "unit")
    assert covered("MissingError", ("/", None), [("/identifier", None)])
    assert not covered("DtypeError", ("/", None), [("/identifier", None)])
    assert not covered("MissingError", ("/a", None), [("/a/b/c", None)])
    assert not covered("DtypeError", ("/a", "unit"), [("/a", None)])
    assert not covered("ShapeError", ("/a", None), [])
    assert expected_location("TimeSeries/data (acquisition/ts): argument missing") == (
        "MissingError", ("/acquisition/ts", None))
    assert expected_location("ImageSeries/data/unit (acquisition/im/data): argument missing") == (
        "MissingError", ("/acquisition/im/data", None))
    assert expected_location("root/general/experimenter (general/experimenter): incorrect shape") == (
        "Other", ("/general/experimenter", None))


def expected_location(message):
    """pynwb's message 'Type/spec/path (file/location): what' -> (kind, location): the object in parentheses
    (a missing attribute is located at its object, as nwbj reports it)."""
    head, _, what = message.partition("): ")
    loc = head.rsplit(" (", 1)[-1] if " (" in head else ""
    kind = "MissingError" if "argument missing" in what else (
        "IncorrectQuantityError" if "quantity" in what else "Other")
    return kind, pynwb_location(loc)


def backcompat(folder, cmd):
    """nwbj validate on the older files against pynwb 2.8.3's recorded verdicts; returns the disagreements."""
    import json
    with open(os.path.join(folder, "expected.json")) as f:
        expected = json.load(f)
    paths = [os.path.join(folder, n) for n in sorted(expected)]
    nwbj = run_nwbj(cmd, paths)
    disagreements = 0
    w = max(len(n) for n in expected)
    print("%-*s  %-9s  %s" % (w, "file", "verdict", "pynwb 2.8.3 | nwbj locations"))
    for p in paths:
        name = os.path.basename(p)
        want = expected[name]
        nj_locs = [loc for loc, _ in nwbj[p]]
        shown = ", ".join(sorted({show(loc) for loc in nj_locs})) or "-"
        if "crashed" in want:
            print("%-*s  %-9s  crashed (%s) | %s" % (w, name, "no pynwb", want["crashed"], shown))
            continue
        errors = [expected_location(m) for m in want["errors"]]
        missed = [m for m, (kind, loc) in zip(want["errors"], errors) if not covered(kind, loc, nj_locs)]
        if missed or bool(want["flagged"]) != bool(nj_locs):
            verdict = "DISAGREE"
            disagreements += 1
        else:
            verdict = "agree"
        print("%-*s  %-9s  %s | %s" % (w, name, verdict, ", ".join(sorted(show(l) for _, l in errors)) or "valid",
                                      shown))
        for m in missed:
            print("%*s  missed by nwbj: %s" % (w, "", m))
    print("%d files of older NWB versions: disagreements %d" % (len(paths), disagreements))
    return disagreements


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    self_test()
    if argv[1] == "--backcompat":
        return 1 if backcompat(argv[2], argv[3:]) else 0
    folder, cmd = argv[1], argv[2:]
    faults = {}
    with open(os.path.join(folder, "faults.tsv")) as f:
        for line in f:
            name, base, what = line.rstrip("\n").split("\t")
            faults[name] = (base, what)
    paths = [os.path.join(folder, n + ".nwb") for n in sorted(faults)]
    nwbj = run_nwbj(cmd, paths)
    rows, disagreements, both, pynwb_flagged, nwbj_flagged, neither = [], 0, 0, 0, 0, 0
    for p in paths:
        name = os.path.basename(p)[:-4]
        py, _ = run_pynwb(p)
        nj = nwbj[p]
        nj_locs = [loc for loc, _ in nj]
        missed = [e for e in py if not covered(e[0], e[1], nj_locs)]
        if py:
            pynwb_flagged += 1
        if nj:
            nwbj_flagged += 1
        if py and nj and not missed:
            verdict = "agree"
            both += 1
        elif missed:
            verdict = "DISAGREE"
            disagreements += 1
        elif nj:
            verdict = "nwbj only"
        else:
            verdict = "neither"
            neither += 1
        rows.append((name, ", ".join(sorted({show(e[1]) for e in py})) or "-",
                     ", ".join(sorted({show(loc) for loc in nj_locs})) or "-", verdict, missed))
    w = max(len(r[0]) for r in rows)
    print("%-*s  %-9s  %s" % (w, "file", "verdict", "pynwb locations | nwbj locations"))
    for name, py, nj, verdict, missed in rows:
        print("%-*s  %-9s  %s | %s" % (w, name, verdict, py, nj))
        for e in missed:
            print("%*s  missed by nwbj: %s" % (w, "", e[2]))
    print("%d broken files: pynwb flags %d, nwbj flags %d; nwbj flags every pynwb location in %d; "
          "disagreements %d; flagged by neither %d"
          % (len(rows), pynwb_flagged, nwbj_flagged, pynwb_flagged - disagreements, disagreements, neither))
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
