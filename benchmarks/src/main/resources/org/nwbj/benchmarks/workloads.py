#!/usr/bin/python3
"""Workload files and h5py timings for the nwbj comparison harness (see benchmarks/README.md).

  workloads.py generate DIR SCALE      write the workload files (once) and DIR/manifest.json
  workloads.py run DIR WORKLOAD REPS   time h5py on one workload; prints one JSON line

Every reader reads the same bytes; each reports a check value (CRC-32 of the little-endian data, or sums)
that compare.sh compares across peers, so a fast wrong answer cannot win.
"""
import json
import os
import sys
import time
import zlib

import h5py
import numpy as np

CHUNK_ROWS = 1000
COLS = 10


def sizes(scale):
    return {
        "contiguous_elems": max(1024, int(512 * 2**20 * scale) // 8),
        "chunked_rows": max(10 * CHUNK_ROWS, int(1_000_000 * scale) // CHUNK_ROWS * CHUNK_ROWS),
        "random_reads": max(1000, int(10_000 * scale)),
        "groups": max(100, int(10_000 * scale)),
    }


def contiguous_data(n):
    return np.random.default_rng(1).random(n)


def chunked_data(rows):
    # a random walk per column: compresses like real sampled signals (about 3x with shuffle + deflate 4)
    rng = np.random.default_rng(2)
    return rng.integers(-50, 51, size=(rows, COLS), dtype=np.int64).cumsum(axis=0)


def generate(d, scale):
    os.makedirs(d, exist_ok=True)
    s = sizes(scale)
    m = {"scale": scale, **s}
    with h5py.File(os.path.join(d, "contiguous.h5"), "w") as f:
        ds = f.create_dataset("data", data=contiguous_data(s["contiguous_elems"]))
        f.flush()
        m["contiguous_offset"] = ds.id.get_offset()
        m["contiguous_bytes"] = ds.id.get_storage_size()
    with h5py.File(os.path.join(d, "chunked.h5"), "w") as f:
        ds = f.create_dataset("data", data=chunked_data(s["chunked_rows"]), chunks=(CHUNK_ROWS, COLS),
                              compression="gzip", compression_opts=4, shuffle=True)
        f.flush()
        chunks = [ds.id.get_chunk_info(i) for i in range(ds.id.get_num_chunks())]
        chunks.sort(key=lambda c: c.chunk_offset)
        m["chunks"] = [[c.byte_offset, c.size] for c in chunks]
        m["chunked_stored_bytes"] = int(sum(c.size for c in chunks))
    rows = np.random.default_rng(42).integers(0, s["chunked_rows"], size=s["random_reads"])
    m["rows"] = [int(r) for r in rows]
    with h5py.File(os.path.join(d, "metadata.h5"), "w") as f:
        for i in range(s["groups"]):
            g = f.create_group("g%05d" % i)
            g.attrs["index"] = np.int64(i)
            g.attrs["scale"] = np.float64(i * 0.5)
            g.attrs["name"] = "group %d" % i
            g.create_dataset("data", data=np.arange(16, dtype=np.float64) + i)
    with open(os.path.join(d, "manifest.json"), "w") as out:
        json.dump(m, out)


def crc(a):
    return "%08x" % zlib.crc32(np.ascontiguousarray(a, dtype=a.dtype.newbyteorder("<")))


def walk(g, acc):
    for k in g.attrs:
        v = g.attrs[k]
        acc["attrs"] += 1
        if isinstance(v, (str, bytes)):
            acc["strlen"] += len(v)
        else:
            acc["sum"] += float(v)
    for name, obj in g.items():
        if isinstance(obj, h5py.Group):
            acc["groups"] += 1
            walk(obj, acc)
        else:
            acc["datasets"] += 1
            acc["sum"] += float(obj[()].sum())
            for k in obj.attrs:
                acc["attrs"] += 1
                obj.attrs[k]


def metadata_check(acc):
    return "groups=%d datasets=%d attrs=%d sum=%.1f strlen=%d" % (
        acc["groups"], acc["datasets"], acc["attrs"], acc["sum"], acc["strlen"])


NWB_SERIES = 1000


def nwb_series(scale):
    return max(100, int(NWB_SERIES * scale))


def nwb_list_file(d, n):
    """An NWB file with n TimeSeries of various shapes, written once by pynwb (kept between runs)."""
    path = os.path.join(d, "nwb_list_%d.nwb" % n)
    if os.path.exists(path):
        return path
    from datetime import datetime, timezone
    from pynwb import NWBHDF5IO, NWBFile, TimeSeries
    f = NWBFile(session_description="1000 series to list", identifier="nwb-list-%d" % n,
                session_start_time=datetime(2017, 4, 3, 11, tzinfo=timezone.utc))
    for i in range(n):
        rows = 10 + i % 50
        cols = 1 + i % 8
        f.add_acquisition(TimeSeries(name="series_%04d" % i, unit="mV", rate=30000.0, starting_time=0.0,
                                     data=np.arange(rows * cols, dtype=np.int64).reshape(rows, cols)))
    tmp = path + ".tmp"
    with NWBHDF5IO(tmp, "w") as io:
        io.write(f)
    os.replace(tmp, path)
    return path


NWB_UNITS = 1000


def nwb_units_file(d):
    """An NWB file with a Units table of 1,000 units (50 to 149 spike times each), written once by pynwb."""
    path = os.path.join(d, "nwb_units_%d.nwb" % NWB_UNITS)
    if os.path.exists(path):
        return path
    from datetime import datetime, timezone
    from pynwb import NWBHDF5IO, NWBFile
    f = NWBFile(session_description="1000 units to read", identifier="nwb-units",
                session_start_time=datetime(2017, 4, 3, 11, tzinfo=timezone.utc))
    rng = np.random.default_rng(16)
    for i in range(NWB_UNITS):
        f.add_unit(spike_times=np.sort(rng.uniform(0, 3600, 50 + i % 100)))
    tmp = path + ".tmp"
    with NWBHDF5IO(tmp, "w") as io:
        io.write(f)
    os.replace(tmp, path)
    return path


def units_check(rows):
    """Spike count and the sum of spike times in microseconds (nwbj computes the same)."""
    return "units=%d spikes=%d sum_us=%d" % (len(rows), sum(len(r) for r in rows),
                                             sum(int(np.round(np.asarray(r) * 1e6).astype(np.int64).sum())
                                                 for r in rows))


def nwb_tutorial(d):
    """The seed tutorial's four files: two recordings, then a file linking datasets and one linking series."""
    from datetime import datetime, timezone
    from uuid import uuid4
    from hdmf.backends.hdf5.h5_utils import H5DataIO
    from pynwb import NWBHDF5IO, NWBFile, TimeSeries, get_manager
    start = datetime(2017, 4, 3, 11, tzinfo=timezone.utc)
    data = np.arange(1000).reshape((100, 10))
    timestamps = np.arange(100, dtype=float)
    p1, p2, p3, p4 = (os.path.join(d, n) for n in ("external1_example.nwb", "external2_example.nwb",
                                                     "external_linkcontainer_example.nwb",
                                                     "external_linkdataset_example.nwb"))
    for path, name in ((p1, "test_timeseries1"), (p2, "test_timeseries2")):
        f = NWBFile(session_description="demonstrate external files", identifier=str(uuid4()),
                    session_start_time=start)
        f.add_acquisition(TimeSeries(name=name, data=data, unit="SIunit", timestamps=timestamps))
        with NWBHDF5IO(path, "w") as io:
            io.write(f)
    f4 = NWBFile(session_description="demonstrate external files", identifier=str(uuid4()),
                 session_start_time=start)
    io1 = NWBHDF5IO(p1, "r")
    ts1 = io1.read().get_acquisition("test_timeseries1")
    f4.add_acquisition(TimeSeries(name="test_timeseries4", data=ts1.data, unit="SIunit", timestamps=timestamps))
    f4.add_acquisition(TimeSeries(name="test_timeseries5", data=H5DataIO(data=ts1.data, link_data=True),
                                  unit="SIunit", timestamps=timestamps))
    with NWBHDF5IO(p4, "w") as io4:
        io4.write(f4, link_data=True)
    io1.close()
    manager = get_manager()
    io1 = NWBHDF5IO(p1, "r", manager=manager)
    io2 = NWBHDF5IO(p2, "r", manager=manager)
    f3 = NWBFile(session_description="demonstrate external files", identifier=str(uuid4()),
                 session_start_time=start)
    f3.add_acquisition(io1.read().get_acquisition("test_timeseries1"))
    f3.add_acquisition(io2.read().get_acquisition("test_timeseries2"))
    with NWBHDF5IO(p3, "w", manager=manager) as io3:
        io3.write(f3)
    io1.close()
    io2.close()
    return sum(os.path.getsize(p) for p in (p1, p2, p3, p4))


def listing_check(pairs):
    """CRC-32 of "name:d0xd1;" over the series sorted by name (nwbj computes the same)."""
    text = "".join("%s:%s;" % (n, "x".join(str(x) for x in shape)) for n, shape in sorted(pairs))
    return "series=%d crc=%08x" % (len(pairs), zlib.crc32(text.encode()))


def run(d, name, reps):
    m = json.load(open(os.path.join(d, "manifest.json")))
    nbytes = None
    check = None

    def once():
        nonlocal check
        if name == "contiguous_read":
            with h5py.File(os.path.join(d, "contiguous.h5"), "r") as f:
                a = f["data"][()]
            return lambda: crc(a)
        if name == "chunked_read":
            with h5py.File(os.path.join(d, "chunked.h5"), "r") as f:
                a = f["data"][()]
            return lambda: crc(a)
        if name == "random_rows":
            with h5py.File(os.path.join(d, "chunked.h5"), "r") as f:
                ds = f["data"]
                out = [ds[r, :] for r in m["rows"]]
            return lambda: crc(np.concatenate(out))
        if name == "metadata_walk":
            acc = {"groups": 0, "datasets": 0, "attrs": 0, "sum": 0.0, "strlen": 0}
            with h5py.File(os.path.join(d, "metadata.h5"), "r") as f:
                walk(f, acc)
            return lambda: metadata_check(acc)
        if name == "write_contiguous":
            with h5py.File(os.path.join(d, "write_contiguous.h5"), "w") as f:
                f.create_dataset("data", data=contiguous_payload)
            return lambda: "%d" % os.path.getsize(os.path.join(d, "write_contiguous.h5"))
        if name == "write_chunked":
            with h5py.File(os.path.join(d, "write_chunked.h5"), "w") as f:
                f.create_dataset("data", data=chunked_payload, chunks=(CHUNK_ROWS, COLS), compression="gzip",
                                 compression_opts=4, shuffle=True)
            return lambda: "written"
        if name == "write_append":
            # the seed's iterative write: an empty growable dataset, resized and written 1000 rows at a time
            with h5py.File(os.path.join(d, "write_append.h5"), "w") as f:
                ds = f.create_dataset("data", shape=(0, COLS), maxshape=(None, COLS), dtype=np.int64,
                                      chunks=(CHUNK_ROWS, COLS), compression="gzip", compression_opts=4,
                                      shuffle=True)
                for start in range(0, len(chunked_payload), CHUNK_ROWS):
                    ds.resize((start + CHUNK_ROWS, COLS))
                    ds[start:start + CHUNK_ROWS, :] = chunked_payload[start:start + CHUNK_ROWS]
            return lambda: "written"
        if name == "nwb_write":
            out = os.path.join(d, "nwb_write_py")
            os.makedirs(out, exist_ok=True)
            size = nwb_tutorial(out)
            return lambda: "files=4"
        if name == "nwb_list":
            from pynwb import NWBHDF5IO
            with NWBHDF5IO(nwb_file, "r") as io:
                f = io.read()
                pairs = [(n, ts.data.shape) for n, ts in f.acquisition.items()]
            return lambda: listing_check(pairs)
        if name == "nwb_units":
            from pynwb import NWBHDF5IO
            with NWBHDF5IO(nwb_file, "r") as io:
                f = io.read()
                spikes = f.units["spike_times"]
                rows = [spikes[i] for i in range(len(f.units))]
            return lambda: units_check(rows)
        raise SystemExit("unknown workload " + name)

    contiguous_payload = chunked_payload = nwb_file = None
    if name.startswith("nwb"):
        try:
            import pynwb  # noqa: F401
        except ImportError as e:
            print(json.dumps({"peer": "pynwb", "workload": name, "unsupported": "pynwb not importable: %s" % e}))
            return
    if name == "write_contiguous":
        contiguous_payload = contiguous_data(m["contiguous_elems"])
        nbytes = contiguous_payload.nbytes
    elif name in ("write_chunked", "write_append"):
        chunked_payload = chunked_data(m["chunked_rows"])
        nbytes = chunked_payload.nbytes
    elif name == "contiguous_read":
        nbytes = m["contiguous_elems"] * 8
    elif name == "chunked_read":
        nbytes = m["chunked_rows"] * COLS * 8
    elif name == "random_rows":
        nbytes = len(m["rows"]) * COLS * 8
    elif name == "metadata_walk":
        nbytes = os.path.getsize(os.path.join(d, "metadata.h5"))
    elif name == "nwb_write":
        nbytes = None
    elif name == "nwb_list":
        try:
            nwb_file = nwb_list_file(d, nwb_series(m["scale"]))
        except ImportError as e:
            print(json.dumps({"peer": "pynwb", "workload": name, "unsupported": "pynwb not importable: %s" % e}))
            return
        nbytes = os.path.getsize(nwb_file)
    elif name == "nwb_units":
        try:
            nwb_file = nwb_units_file(d)
        except ImportError as e:
            print(json.dumps({"peer": "pynwb", "workload": name, "unsupported": "pynwb not importable: %s" % e}))
            return
        nbytes = os.path.getsize(nwb_file)

    check = once()()  # warm-up (page cache, imports), and the check value
    times = []
    budget = time.perf_counter() + 120
    for _ in range(reps):
        t = time.perf_counter()
        once()
        times.append(time.perf_counter() - t)
        if time.perf_counter() > budget:
            break
    file_bytes = None
    if name in ("write_contiguous", "write_chunked", "write_append") and os.path.exists(os.path.join(d, name + ".h5")):
        file_bytes = os.path.getsize(os.path.join(d, name + ".h5"))
    for junk in ("write_contiguous.h5", "write_chunked.h5", "write_append.h5"):
        if name.startswith("write") and os.path.exists(os.path.join(d, junk)):
            os.remove(os.path.join(d, junk))
    if name == "nwb_write":
        import shutil
        out = os.path.join(d, "nwb_write_py")
        nbytes = sum(os.path.getsize(os.path.join(out, f)) for f in os.listdir(out))
        file_bytes = nbytes
        shutil.rmtree(out)
    peer = "pynwb" if name.startswith("nwb") else "h5py"
    how = {"nwb_write": "NWBHDF5IO.write of the tutorial's 4 files",
           "nwb_list": "NWBHDF5IO.read, acquisition, data.shape per series",
           "nwb_units": "NWBHDF5IO.read, units['spike_times'][i] per unit"}.get(name, "numpy array via Dataset[...]")
    line = {"peer": peer, "workload": name, "how": how, "times": times, "bytes": nbytes, "check": check}
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
