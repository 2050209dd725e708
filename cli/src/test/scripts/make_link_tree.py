"""Writes a tree of linked NWB/HDF5 files with pynwb and h5py for the `nwbj links` tests.

    make_link_tree.py DIR

DIR/data/external1_example.nwb, external2_example.nwb      pynwb, the seed tutorial's first step
DIR/external_linkdataset_example.nwb                       pynwb, a TimeSeries whose data links to external1
DIR/external_linkcontainer_example.nwb                     pynwb, whole TimeSeries linked from both files
DIR/shallow_copy_example.nwb                               pynwb's NWBFile.copy() of external1
DIR/deep.h5                                                h5py, links into linkcontainer (two files deep)
DIR/loop/a.h5, loop/b.h5                                   h5py, each links to the other
DIR/fam/fam_%d.h5 + DIR/famlink.h5                         h5py, a family and a file linking into it
"""
import os
import sys
from datetime import datetime

import h5py
import numpy as np
from dateutil.tz import tzlocal
from hdmf.backends.hdf5.h5_utils import H5DataIO
from pynwb import NWBHDF5IO, NWBFile, TimeSeries, get_manager

root = sys.argv[1]
os.makedirs(os.path.join(root, "data"), exist_ok=True)
os.makedirs(os.path.join(root, "loop"), exist_ok=True)
os.makedirs(os.path.join(root, "fam"), exist_ok=True)
os.chdir(root)
start = datetime(2017, 4, 3, 11, tzinfo=tzlocal())
data = np.arange(1000).reshape(100, 10)
stamps = np.arange(100.0)


def nwbfile(identifier):
    return NWBFile(session_description="demonstrate external files", identifier=identifier,
                   session_start_time=start)


for name, series, ident in (("data/external1_example.nwb", "test_timeseries1", "id-one"),
                            ("data/external2_example.nwb", "test_timeseries2", "id-two")):
    f = nwbfile(ident)
    f.add_acquisition(TimeSeries(name=series, data=data, unit="SIunit", timestamps=stamps))
    with NWBHDF5IO(name, "w") as io:
        io.write(f)

# a dataset link (H5DataIO link_data=True)
with NWBHDF5IO("data/external1_example.nwb", "r") as io1:
    ts1 = io1.read().acquisition["test_timeseries1"]
    f4 = nwbfile("id-four")
    f4.add_acquisition(TimeSeries(name="test_timeseries4", data=H5DataIO(data=ts1.data, link_data=True),
                                  unit="SIunit", timestamps=stamps + 0.5))
    with NWBHDF5IO("external_linkdataset_example.nwb", "w") as io4:
        io4.write(f4, link_data=True)

# whole containers linked, one manager
manager = get_manager()
io1 = NWBHDF5IO("data/external1_example.nwb", "r", manager=manager)
io2 = NWBHDF5IO("data/external2_example.nwb", "r", manager=manager)
f3 = nwbfile("id-three")
f3.add_acquisition(io1.read().acquisition["test_timeseries1"])
f3.add_acquisition(io2.read().acquisition["test_timeseries2"])
with NWBHDF5IO("external_linkcontainer_example.nwb", "w", manager=manager) as io3:
    io3.write(f3)
io1.close()
io2.close()

# shallow copy
with NWBHDF5IO("data/external1_example.nwb", "r") as io1:
    with NWBHDF5IO("shallow_copy_example.nwb", "w", manager=io1.manager) as io5:
        io5.write(io1.read().copy())

# two files deep: deep.h5 -> linkcontainer:/acquisition/test_timeseries1 -> data/external1
with h5py.File("deep.h5", "w") as f:
    f["series"] = h5py.ExternalLink("external_linkcontainer_example.nwb", "/acquisition/test_timeseries1")
    f["values"] = h5py.ExternalLink("external_linkcontainer_example.nwb", "/acquisition/test_timeseries2/data")

# a loop: a.h5:/to_b -> b.h5:/ and b.h5:/to_a -> a.h5:/
for me, other in (("a", "b"), ("b", "a")):
    with h5py.File("loop/%s.h5" % me, "w") as f:
        f["values"] = np.arange(10) * (1 if me == "a" else 2)
        f["to_" + other] = h5py.ExternalLink("%s.h5" % other, "/")
        f["other_values"] = h5py.ExternalLink("%s.h5" % other, "/values")

# a family as a link target
with h5py.File("fam/fam_%d.h5", "w", driver="family", memb_size=4096) as f:
    f["data"] = np.arange(2000, dtype="f8")
with h5py.File("famlink.h5", "w") as f:
    f["fam_data"] = h5py.ExternalLink("fam/fam_%d.h5", "/data")
print("tree written to", root)
