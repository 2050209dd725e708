"""Virtual datasets, a split pair and a family holding links, written by h5py, for the `nwbj links` tests.

    vds_link_tree.py make DIR
    vds_link_tree.py read DIR      prints what h5py reads through the links and virtual datasets

DIR/mod/m0.h5, mod/m1.h5     /data, int64 [1, 2] and [3, 4]
DIR/vds.h5                   /stack: virtual, rows from mod/m0.h5 and mod/m1.h5 (relative names, h5py.VirtualLayout);
                             /self: virtual, from its own /local (file name ".")
DIR/pair-m.h5 + pair-r.h5    driver="split": /values -> external link mod/m0.h5:/data
DIR/fam_%d.h5                driver="family": /values -> external link mod/m1.h5:/data
"""
import os
import sys

import h5py
import numpy as np


def make(d):
    os.makedirs(os.path.join(d, "mod"), exist_ok=True)
    for k, values in enumerate(([1, 2], [3, 4])):
        with h5py.File(os.path.join(d, "mod", "m%d.h5" % k), "w") as f:
            f["data"] = np.array(values, dtype="<i8")
    layout = h5py.VirtualLayout(shape=(4,), dtype="<i8")
    for k in range(2):
        layout[2 * k:2 * k + 2] = h5py.VirtualSource("mod/m%d.h5" % k, "data", shape=(2,))
    own = h5py.VirtualLayout(shape=(2,), dtype="<i8")
    own[:] = h5py.VirtualSource(".", "local", shape=(2,))
    with h5py.File(os.path.join(d, "vds.h5"), "w", libver="latest") as f:
        f["local"] = np.array([9, 8], dtype="<i8")
        f.create_virtual_dataset("stack", layout, fillvalue=-1)
        f.create_virtual_dataset("self", own, fillvalue=-1)
    with h5py.File(os.path.join(d, "pair"), "w", driver="split") as f:
        f["values"] = h5py.ExternalLink("mod/m0.h5", "/data")
    with h5py.File(os.path.join(d, "fam_%d.h5"), "w", driver="family", memb_size=4096) as f:
        f["pad"] = np.zeros(1000)
        f["values"] = h5py.ExternalLink("mod/m1.h5", "/data")


def ints(ds):
    return [int(x) for x in ds[:]]


def read(d):
    # h5py resolves relative external link and VDS names from the current directory and the file's directory
    os.chdir(d)
    with h5py.File("vds.h5", "r") as f:
        print("vds stack", ints(f["stack"]), "self", ints(f["self"]))
    with h5py.File("pair", "r", driver="split") as f:
        print("pair values", ints(f["values"]))
    with h5py.File("fam_%d.h5", "r", driver="family", memb_size=4096) as f:
        print("fam values", ints(f["values"]))


if __name__ == "__main__":
    {"make": make, "read": read}[sys.argv[1]](sys.argv[2])
