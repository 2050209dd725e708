"""Reads every value of the link tree (make_link_tree.py) through its links with pynwb and h5py.

    read_link_tree.py DIR [BUNDLE]

Prints one line per check and "all values read" at the end; exits 1 on any difference or error. With BUNDLE,
also reads BUNDLE/deep.h5 (a `nwbj links graph --bundle` copy of DIR/deep.h5) through its links.
"""
import os
import sys

import h5py
import numpy as np
from pynwb import NWBHDF5IO

root = sys.argv[1]
data = np.arange(1000).reshape(100, 10)
stamps = np.arange(100.0)
failures = []


def check(what, ok):
    print(what, "ok" if ok else "DIFFERS")
    if not ok:
        failures.append(what)


def nwb(name, series):
    with NWBHDF5IO(os.path.join(root, name), "r") as io:
        f = io.read()
        for s in series:
            ts = f.acquisition[s]
            check("pynwb %s %s data" % (name, s), np.array_equal(ts.data[:], data))
            want = stamps + 0.5 if s == "test_timeseries4" else stamps
            check("pynwb %s %s timestamps" % (name, s), np.array_equal(ts.timestamps[:], want))


nwb("external_linkcontainer_example.nwb", ["test_timeseries1", "test_timeseries2"])
nwb("external_linkdataset_example.nwb", ["test_timeseries4"])
nwb("shallow_copy_example.nwb", ["test_timeseries1"])


def deep(base):
    with h5py.File(os.path.join(base, "deep.h5"), "r") as f:
        check("h5py %s/deep.h5 series/data (two files deep)" % base, np.array_equal(f["series/data"][:], data))
        check("h5py %s/deep.h5 values (two files deep)" % base, np.array_equal(f["values"][:], data))


deep(root)
for me, other, mine, theirs in (("a", "b", 1, 2), ("b", "a", 2, 1)):
    path = [p for p in (os.path.join(root, "loop", me + ".h5"), os.path.join(root, "loop", "sub", me + ".h5"))
            if os.path.exists(p)][0]
    with h5py.File(path, "r") as f:
        check("h5py %s other_values" % path, np.array_equal(f["other_values"][:], np.arange(10) * theirs))
        check("h5py %s to_%s/values" % (path, other),
              np.array_equal(f["to_" + other]["values"][:], np.arange(10) * theirs))
        check("h5py %s to_%s/to_%s/values (around the loop)" % (path, other, me),
              np.array_equal(f["to_" + other]["to_" + me]["values"][:], np.arange(10) * mine))

# a family target: the C library opens it with the access list the link access list names
with h5py.File(os.path.join(root, "famlink.h5"), "r") as f:
    lapl = h5py.h5p.create(h5py.h5p.LINK_ACCESS)
    fapl = h5py.h5p.create(h5py.h5p.FILE_ACCESS)
    fapl.set_fapl_family(4096, h5py.h5p.DEFAULT)
    lapl.set_elink_fapl(fapl)
    ds = h5py.Dataset(h5py.h5o.open(f.id, b"fam_data", lapl))
    check("h5py famlink.h5 fam_data (a family through the link)", np.array_equal(ds[:], np.arange(2000.0)))

if len(sys.argv) > 2:
    deep(sys.argv[2])
if failures:
    print("FAILED:", failures)
    sys.exit(1)
print("all values read")
