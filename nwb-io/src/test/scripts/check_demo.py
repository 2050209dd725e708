#!/usr/bin/env python3
"""Checks the files `./nwbj demo DIR` wrote, with pynwb (run with the reference PYTHONPATH):

- linked files (datasets and whole series linked from other files, soft links, the shallow copy) give in pynwb
  the same values as their source files, and their links are the HDF5 link kinds the tutorial expects;
- a series placed in acquisition and in a processing module is one object for pynwb, a soft link in the file;
- the exported files link to no other file and, copied alone into another directory, give the same values;
- the family file opens with h5py's family driver and passes what nwb_check.py checks (pynwb reads every
  container, pynwb's validator and nwbinspector report no error), since nwb_check.py takes only paths;
- the iteratively written series has the values streamed and an unlimited first dimension.

usage: PYTHONPATH=... /usr/bin/python3 check_demo.py DIR       (exit 0 only when every check passes)
"""
import os
import shutil
import sys
import tempfile

import h5py
import numpy as np
from pynwb import NWBHDF5IO, validate

FAMILY_MEMBER_SIZE = 256 * 1024

failures = []


def check(what, ok, detail=""):
    print(("ok: " if ok else "FAILED: ") + what + (f" ({detail})" if detail and not ok else ""))
    if not ok:
        failures.append(what)


def link_kind(path, obj_path):
    with h5py.File(path, "r") as f:
        parent, _, name = obj_path.rpartition("/")
        link = f[parent or "/"].get(name, getlink=True)
        if isinstance(link, h5py.ExternalLink):
            return ("external", link.filename, link.path)
        if isinstance(link, h5py.SoftLink):
            return ("soft", link.path)
        return ("hard",)


def series_values(path, name):
    with NWBHDF5IO(path, "r") as io:
        ts = io.read().get_acquisition(name)
        data = ts.data[:]
        stamps = ts.timestamps[:] if ts.timestamps is not None else None
        return data, stamps, ts.unit


def external_links(path):
    found = []
    def walk(group, prefix):
        for name in group:
            link = group.get(name, getlink=True)
            if isinstance(link, h5py.ExternalLink):
                found.append(f"{prefix}/{name} -> {link.filename}:{link.path}")
            elif isinstance(link, h5py.HardLink) and isinstance(group[name], h5py.Group):
                walk(group[name], f"{prefix}/{name}")
    with h5py.File(path, "r") as f:  # h5py 3.7 has no visit_links
        walk(f, "")
    return found


def same_as_source(d, path, name, src_path, src_name, own_timestamps=None):
    data, stamps, unit = series_values(os.path.join(d, path), name)
    src_data, src_stamps, _ = series_values(os.path.join(d, src_path), src_name)
    expected_stamps = src_stamps if own_timestamps is None else own_timestamps
    ok = (data.dtype == src_data.dtype and np.array_equal(data, src_data)
          and np.array_equal(stamps, expected_stamps) and unit == "SIunit")
    check(f"{path} {name}: pynwb sees the values of {src_path} {src_name}", ok,
          f"dtype {data.dtype} shape {data.shape}")


def check_family(d):
    pattern = os.path.join(d, "family_nwb_file_%d.nwb")
    members = 0
    while os.path.exists(pattern % members):
        members += 1
    check("family: several members, all but the last full-size", members > 1 and all(
        os.path.getsize(pattern % k) == FAMILY_MEMBER_SIZE for k in range(members - 1)), f"{members} members")
    with h5py.File(pattern, "r", driver="family", memb_size=FAMILY_MEMBER_SIZE) as f:
        with NWBHDF5IO(file=f, mode="r") as io:
            nwb = io.read()
            n = sum(1 for _ in nwb.all_children())
            data = nwb.get_acquisition("example_timeseries").data
            expected = np.repeat(np.arange(10, dtype=np.float32), 1000 * 10).reshape((10000, 10))
            check("family: pynwb reads it with the family driver and sees the 10 grown blocks",
                  data.dtype == np.float32 and data.shape == (10000, 10) and data.maxshape == (None, 10)
                  and data.chunks == (1000, 10) and np.array_equal(data[:], expected),
                  f"{n} containers, {data.dtype} {data.shape} {data.maxshape} {data.chunks}")
            errors = validate(io=io)
            errors = errors[0] if isinstance(errors, tuple) else errors
            check("family: pynwb's validator reports no error", len(errors) == 0, str(errors[:5]))
            from nwbinspector import inspect_nwbfile_object
            bad = [m for m in inspect_nwbfile_object(nwb)
                   if m.importance.name in ("CRITICAL", "ERROR", "PYNWB_VALIDATION")]
            check("family: nwbinspector reports no error", not bad, "; ".join(str(m.message) for m in bad[:5]))


def main(d):
    data = np.arange(1000).reshape((100, 10))
    stamps = np.arange(100, dtype=float)
    shifted = stamps + 0.5
    for path, name in [("external1_example.nwb", "test_timeseries1"), ("external2_example.nwb", "test_timeseries2")]:
        got, t, unit = series_values(os.path.join(d, path), name)
        check(f"{path}: int64 100x10 data, float64 timestamps, unit SIunit",
              got.dtype == np.int64 and np.array_equal(got, data) and np.array_equal(t, stamps)
              and unit == "SIunit")

    # 2. dataset links (implicit, explicit, file-wide default) and copies
    four = os.path.join(d, "external_linkdataset_example.nwb")
    for name in ("test_timeseries4", "test_timeseries5"):
        check(f"external_linkdataset_example.nwb {name}/data is an external link to file 1's data",
              link_kind(four, f"/acquisition/{name}/data")
              == ("external", "external1_example.nwb", "/acquisition/test_timeseries1/data"))
        same_as_source(d, "external_linkdataset_example.nwb", name, "external1_example.nwb", "test_timeseries1",
                       shifted)
    copy = os.path.join(d, "external_copydataset_example.nwb")
    check("external_copydataset_example.nwb test_timeseries6/data is copied (linkData(false))",
          link_kind(copy, "/acquisition/test_timeseries6/data") == ("hard",))
    check("external_copydataset_example.nwb test_timeseries7/data is linked (ArrayData.link overrides)",
          link_kind(copy, "/acquisition/test_timeseries7/data")[0] == "external")
    for name in ("test_timeseries6", "test_timeseries7"):
        same_as_source(d, "external_copydataset_example.nwb", name, "external1_example.nwb", "test_timeseries1",
                       shifted)

    # 3. whole series linked
    three = os.path.join(d, "external_linkcontainer_example.nwb")
    for k in (1, 2):
        name = f"test_timeseries{k}"
        check(f"external_linkcontainer_example.nwb {name} is an external link to file {k}'s group",
              link_kind(three, f"/acquisition/{name}")
              == ("external", f"external{k}_example.nwb", f"/acquisition/{name}"))
        same_as_source(d, "external_linkcontainer_example.nwb", name, f"external{k}_example.nwb", name)

    # 4. soft links
    soft = os.path.join(d, "soft_links_example.nwb")
    check("soft_links_example.nwb test_timeseries_b/timestamps is a soft link to test_timeseries_a/timestamps",
          link_kind(soft, "/acquisition/test_timeseries_b/timestamps")
          == ("soft", "/acquisition/test_timeseries_a/timestamps"))
    check("soft_links_example.nwb test_timeseries_c/data is a soft link to test_timeseries_a/data",
          link_kind(soft, "/acquisition/test_timeseries_c/data") == ("soft", "/acquisition/test_timeseries_a/data"))
    with NWBHDF5IO(soft, "r") as io:
        f = io.read()
        a, b, c = (f.get_acquisition(f"test_timeseries_{x}") for x in "abc")
        check("soft links: pynwb sees b's timestamps as a's and c's data as a's",
              np.array_equal(b.timestamps[:], a.timestamps[:]) and np.array_equal(c.data[:], a.data[:])
              and np.array_equal(b.timestamps[:], stamps) and np.array_equal(b.data[:], np.arange(100) * 3)
              and np.array_equal(c.timestamps[:], shifted))
    # the tutorial's "a container at two places": pynwb writes the second place as a soft link
    check("soft_links_example.nwb /processing/shared/test_timeseries_a is a soft link to its acquisition place",
          link_kind(soft, "/processing/shared/test_timeseries_a") == ("soft", "/acquisition/test_timeseries_a"))
    with NWBHDF5IO(soft, "r") as io:
        f = io.read()
        a = f.get_acquisition("test_timeseries_a")
        there = f.processing["shared"]["test_timeseries_a"] if "shared" in f.processing else None
        check("pynwb sees the same TimeSeries object in acquisition and in the processing module",
              there is a and np.array_equal(there.data[:], a.data[:]), f"found {there!r}")

    # 5. shallow copy
    shallow = os.path.join(d, "shallow_copy_example.nwb")
    check("shallow_copy_example.nwb links test_timeseries1 to file 1",
          link_kind(shallow, "/acquisition/test_timeseries1")
          == ("external", "external1_example.nwb", "/acquisition/test_timeseries1"))
    same_as_source(d, "shallow_copy_example.nwb", "test_timeseries1", "external1_example.nwb", "test_timeseries1")
    with NWBHDF5IO(shallow, "r") as io, NWBHDF5IO(os.path.join(d, "external1_example.nwb"), "r") as io1:
        s, one = io.read(), io1.read()
        check("shallow copy: same identifier, description and start time as the source",
              s.identifier == one.identifier and s.session_description == one.session_description
              and s.session_start_time == one.session_start_time)

    # 6. exports: self-contained, and the same values when moved away alone
    elsewhere = tempfile.mkdtemp(prefix="nwbj-export-")
    try:
        for exported, source, names, own in [
                ("exported_linkdataset_example.nwb", "external_linkdataset_example.nwb",
                 ["test_timeseries4", "test_timeseries5"], shifted),
                ("exported_linkcontainer_example.nwb", "external_linkcontainer_example.nwb",
                 ["test_timeseries1", "test_timeseries2"], None)]:
            path = os.path.join(d, exported)
            links = external_links(path)
            check(f"{exported} links to no other file", not links, str(links))
            moved = shutil.copy(path, elsewhere)
            for name in names:
                got, t, unit = series_values(moved, name)
                src, src_t, _ = series_values(os.path.join(d, source), name)
                check(f"{exported} {name}, moved alone to another directory: the values of {source}",
                      got.dtype == src.dtype and np.array_equal(got, src) and np.array_equal(t, src_t)
                      and (own is None or np.array_equal(t, own)) and unit == "SIunit")
        with h5py.File(os.path.join(elsewhere, "exported_linkcontainer_example.nwb"), "r") as f:
            ds = f["acquisition/test_timeseries1/data"]
            check("export options: test_timeseries1/data rechunked to 25x10, shuffle + deflate 4",
                  ds.chunks == (25, 10) and ds.compression == "gzip" and ds.compression_opts == 4 and ds.shuffle,
                  f"{ds.chunks} {ds.compression} {ds.compression_opts} {ds.shuffle}")
    finally:
        shutil.rmtree(elsewhere)

    # 7. family
    check_family(d)

    # 8. iterative write
    with NWBHDF5IO(os.path.join(d, "iterative_write_example.nwb"), "r") as io:
        ts = io.read().get_acquisition("iterative_timeseries")
        check("iterative_write_example.nwb: 100 streamed blocks, float64 100000x10, maxshape (None, 10)",
              ts.data.dtype == np.float64 and ts.data.maxshape == (None, 10)
              and np.array_equal(ts.data[:], np.arange(1000000, dtype=np.float64).reshape((100000, 10)))
              and ts.rate == 1000.0)

    print(f"{'all checks passed' if not failures else str(len(failures)) + ' check(s) failed'}")
    return 0 if not failures else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__.strip())
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
