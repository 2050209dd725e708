#!/usr/bin/python3
"""Extracts the first chunk of every filtered dataset of the shared conformance corpus into
../resources/filters/corpus/ so the filter tests run on files written by other HDF5 producers too.

For each dataset it writes <name>.enc (the chunk as stored), <name>.raw (the data the C library reads for that
chunk, in the file datatype's representation) and a line in pipeline.txt:
    name filter-mask element-size chunk-bytes id:cd,cd,..;id:cd,...   (filters in pipeline order)

Run: /usr/bin/python3 gen_corpus_chunks.py [corpus-dir]   (default /work/shared/conformance/corpus)
"""
import os
import re
import subprocess
import sys
import tempfile

import h5py
import numpy as np

CORPUS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/conformance/corpus"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "filters", "corpus")
KNOWN = {1, 2, 3, 4, 5, 6, 32000}
FILES = ["filters_szip.h5", "filters_misc.h5", "filters_gzip.h5", "hdfgroup/test_filters_le.h5",
         "hdfgroup/test_filters_be.h5", "hdfgroup/deflate.h5"]


def pipeline(path, addr):
    """[(id, [cd...])] from h5debug: h5py's get_filter garbles more than 16 client data values."""
    out = subprocess.run(["h5debug", path, str(addr)], check=True, capture_output=True, text=True).stdout
    filters = []
    for line in out.splitlines():
        m = re.match(r"\s*Filter identification:\s*0x([0-9a-f]+)", line)
        if m:
            filters.append((int(m.group(1), 16), []))
            continue
        m = re.match(r"\s*CD value (\d+)\s+(\d+)", line)
        if m:
            filters[-1][1].append(int(m.group(2)))
    return filters


def raw_bytes(tid, data):
    fd, path = tempfile.mkstemp(suffix=".h5")
    os.close(fd)
    try:
        with h5py.File(path, "w") as f:
            dcpl = h5py.h5p.create(h5py.h5p.DATASET_CREATE)
            dcpl.set_alloc_time(h5py.h5d.ALLOC_TIME_EARLY)
            d = h5py.h5d.create(f.id, b"plain", tid, h5py.h5s.create_simple(data.shape), dcpl=dcpl)
            d.write(h5py.h5s.ALL, h5py.h5s.ALL, data)
            f.flush()
            off, n = d.get_offset(), d.get_storage_size()
        with open(path, "rb") as fh:
            fh.seek(off)
            return fh.read(n)
    finally:
        os.remove(path)


os.makedirs(OUT, exist_ok=True)
lines = []
for rel in FILES:
    path = os.path.join(CORPUS, rel)
    with h5py.File(path, "r") as f:
        items = []
        f.visititems(lambda name, obj: items.append((name, obj)) if isinstance(obj, h5py.Dataset) else None)
        for name, ds in items:
            if ds.chunks is None or ds.dtype.kind not in "iufS" or ds.shape == () or ds.size == 0:
                continue
            if any(c > s for c, s in zip(ds.chunks, ds.shape)):
                continue  # an edge chunk would also need the fill value
            addr = h5py.h5o.get_info(ds.id).addr
            filters = pipeline(path, addr)
            if not filters or not all(fid in KNOWN for fid, _ in filters):
                continue
            mask, enc = ds.id.read_direct_chunk((0,) * ds.ndim)
            tid = ds.id.get_type()
            sel = tuple(slice(0, c) for c in ds.chunks)
            back = ds[sel]
            raw = raw_bytes(tid, np.ascontiguousarray(back))
            key = (rel.replace("/", "_").replace(".h5", "") + "__" + name.replace("/", "_"))
            with open(os.path.join(OUT, key + ".enc"), "wb") as fh:
                fh.write(enc)
            with open(os.path.join(OUT, key + ".raw"), "wb") as fh:
                fh.write(raw)
            spec = ";".join("%d:%s" % (fid, ",".join(str(v) for v in cd)) for fid, cd in filters)
            lines.append("%s %d %d %d %s" % (key, mask, tid.get_size(), len(raw), spec))
            print(key, mask, len(enc), len(raw), spec, file=sys.stderr)

with open(os.path.join(OUT, "pipeline.txt"), "w") as fh:
    fh.write("# name filter-mask element-size chunk-bytes id:client-data;... (see ../../../scripts/gen_corpus_chunks.py)\n")
    fh.write("\n".join(lines) + "\n")
