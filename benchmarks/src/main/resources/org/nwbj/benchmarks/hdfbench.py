#!/usr/bin/python3
"""The hdf5-benchmark style workloads of the comparison harness (see benchmarks/README.md): chunk indexes with
many tiny chunks, a small slice read again and again from an open dataset, a 1-D shuffle+gzip dataset in ten
large chunks (cases of the public Apollo3zehn/hdf5-benchmark, own files), and writing 1,000 TimeSeries into one
NWB file. Every file is written here by h5py (libver latest, so the C library picks the new chunk indexes).

  hdfbench.py generate DIR SCALE        write DIR/hb_*.h5 and DIR/hdfbench.json (once per scale)
  hdfbench.py run DIR WORKLOAD REPS     time h5py (pynwb for nwb_write_series); prints one JSON line
"""
import json
import os
import sys
import time
import zlib

import h5py
import numpy as np

# the tiny-chunk cases do not scale: what they measure is the per-chunk cost of an index of ~50,000 / ~10,000 chunks
FIXED_ROWS = 50_000        # (50,000 x 3) int64 in 1 x 3 chunks: a paged fixed-array index of 50,000 chunks
EARRAY_ROWS = 30_000       # (30,000 x 3) int64, first dim unlimited, 3 x 3 chunks: an extensible array of 10,000
BTREE_SIDE = 300           # (300 x 300) int64, both dims unlimited, 3 x 3 chunks: a v2 B-tree of 10,000 chunks
SLICE_SHAPE = (1000, 1000)  # float64 in 100 x 100 chunks; the slice is [500, 200:300]
SLICE_REPS = 10_000
SERIES = 1000


def sizes(scale):
    return {"gzip_elems": max(1_000_000, int(10_000_000 * scale)) // 10 * 10}


def tiny(rows, cols):
    return np.arange(rows * cols, dtype=np.int64).reshape(rows, cols) * 7 - 3


def gzip_data(n):
    # a random walk: compresses like a sampled signal with shuffle + deflate
    return np.random.default_rng(3).integers(-20, 21, size=n, dtype=np.int64).cumsum()


def slice_data():
    return np.arange(SLICE_SHAPE[0] * SLICE_SHAPE[1], dtype=np.float64).reshape(SLICE_SHAPE) * 0.5


def generate(d, scale):
    os.makedirs(d, exist_ok=True)
    s = sizes(scale)
    with h5py.File(os.path.join(d, "hb_fixed.h5"), "w", libver="latest") as f:
        f.create_dataset("data", data=tiny(FIXED_ROWS, 3), chunks=(1, 3))
    with h5py.File(os.path.join(d, "hb_earray.h5"), "w", libver="latest") as f:
        f.create_dataset("data", data=tiny(EARRAY_ROWS, 3), chunks=(3, 3), maxshape=(None, 3))
    with h5py.File(os.path.join(d, "hb_btree2.h5"), "w", libver="latest") as f:
        f.create_dataset("data", data=tiny(BTREE_SIDE, BTREE_SIDE), chunks=(3, 3), maxshape=(None, None))
    with h5py.File(os.path.join(d, "hb_slice.h5"), "w") as f:
        f.create_dataset("data", data=slice_data(), chunks=(100, 100))
    with h5py.File(os.path.join(d, "hb_gzip.h5"), "w") as f:
        ds = f.create_dataset("data", data=gzip_data(s["gzip_elems"]), chunks=(s["gzip_elems"] // 10,),
                              compression="gzip", compression_opts=4, shuffle=True)
        f.flush()
        chunks = sorted((ds.id.get_chunk_info(i) for i in range(ds.id.get_num_chunks())),
                        key=lambda c: c.chunk_offset)
        s["gzip_chunks"] = [[c.byte_offset, c.size] for c in chunks]
    # which index the C library chose, so the README can say what was measured
    layouts = {}
    for name in ("hb_fixed", "hb_earray", "hb_btree2"):
        with h5py.File(os.path.join(d, name + ".h5"), "r") as f:
            layouts[name] = f["data"].id.get_num_chunks()
    with open(os.path.join(d, "hdfbench.json"), "w") as out:
        json.dump({"scale": scale, **s, "num_chunks": layouts}, out)


def crc(a):
    return "%08x" % zlib.crc32(np.ascontiguousarray(a, dtype=a.dtype.newbyteorder("<")))


def write_series(path):
    """1,000 TimeSeries of 100 float64 samples at 1 kHz in one NWB file (pynwb); returns the data bytes."""
    from datetime import datetime, timezone
    from pynwb import NWBHDF5IO, NWBFile, TimeSeries
    f = NWBFile(session_description="1000 series written", identifier="nwb-write-series",
                session_start_time=datetime(2017, 4, 3, 11, tzinfo=timezone.utc))
    for i in range(SERIES):
        f.add_acquisition(TimeSeries(name="series_%04d" % i, unit="mV", rate=1000.0, starting_time=0.0,
                                     data=np.arange(100, dtype=np.float64) + i))
    with NWBHDF5IO(path, "w") as io:
        io.write(f)


def run(d, name, reps):
    m = json.load(open(os.path.join(d, "hdfbench.json")))
    peer = "h5py"
    file_bytes = None
    if name in ("hb_fixed", "hb_earray", "hb_btree2"):
        path = os.path.join(d, name + ".h5")
        shape = {"hb_fixed": (FIXED_ROWS, 3), "hb_earray": (EARRAY_ROWS, 3),
                 "hb_btree2": (BTREE_SIDE, BTREE_SIDE)}[name]
        nbytes = shape[0] * shape[1] * 8
        how = "Dataset[()] (%d chunks)" % m["num_chunks"][name]

        def once():
            with h5py.File(path, "r") as f:
                a = f["data"][()]
            return lambda: crc(a)
    elif name == "hb_gzip":
        path = os.path.join(d, "hb_gzip.h5")
        nbytes = m["gzip_elems"] * 8
        how = "Dataset[()] (10 chunks, shuffle + gzip 4)"

        def once():
            with h5py.File(path, "r") as f:
                a = f["data"][()]
            return lambda: crc(a)
    elif name == "hb_slice":
        path = os.path.join(d, "hb_slice.h5")
        nbytes = SLICE_REPS * 100 * 8
        how = "Dataset[500, 200:300] %d times on one open dataset" % SLICE_REPS
        f = h5py.File(path, "r")
        ds = f["data"]

        def once():
            a = None
            for _ in range(SLICE_REPS):
                a = ds[500, 200:300]
            return lambda: "n=%d crc=%s" % (SLICE_REPS, crc(a))
    elif name == "nwb_write_series":
        peer = "pynwb"
        try:
            import pynwb  # noqa: F401
        except ImportError as e:
            print(json.dumps({"peer": peer, "workload": name, "unsupported": "pynwb not importable: %s" % e}))
            return
        path = os.path.join(d, "nwb_write_series_py.nwb")
        nbytes = SERIES * 100 * 8
        how = "NWBHDF5IO.write of 1,000 TimeSeries (100 float64 each, rate) in one file"

        def once():
            write_series(path)
            return lambda: "series=%d" % SERIES
    else:
        raise SystemExit("unknown workload " + name)

    check = once()()  # warm-up and the check value
    times, cpu = [], []
    budget = time.perf_counter() + 120
    for _ in range(reps):
        t = time.perf_counter()
        c = time.process_time()
        once()
        cpu.append(time.process_time() - c)
        times.append(time.perf_counter() - t)
        if time.perf_counter() > budget:
            break
    if name == "nwb_write_series":
        file_bytes = os.path.getsize(path)
        os.remove(path)
    line = {"peer": peer, "workload": name, "how": how, "times": times, "cpu_times": cpu, "bytes": nbytes,
            "check": check}
    if file_bytes is not None:
        line["file_bytes"] = file_bytes
    print(json.dumps(line))


if __name__ == "__main__":
    if sys.argv[1] == "generate":
        generate(sys.argv[2], float(sys.argv[3]))
    elif sys.argv[1] == "run":
        run(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        raise SystemExit(__doc__)
