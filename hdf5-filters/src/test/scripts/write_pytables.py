"""Writes the same tables and frames with PyTables and pandas twice: OUT_DIR/packed.h5 with each blosc codec
(and bzip2) and OUT_DIR/plain.h5 uncompressed, with the same paths, so a reader can compare dataset by dataset.
Usage: write_pytables.py OUT_DIR"""
import os
import sys
import warnings

import numpy as np
import pandas as pd
import tables

warnings.simplefilter("ignore")
COMPLIBS = ["blosc", "blosc:blosclz", "blosc:lz4", "blosc:lz4hc", "blosc:zlib", "blosc:zstd", "bzip2"]


class Row(tables.IsDescription):
    id = tables.Int64Col()
    value = tables.Float64Col()
    label = tables.StringCol(8)
    flags = tables.UInt16Col(shape=(3,))


def write(path, packed):
    rng = np.random.default_rng(11)
    with tables.open_file(path, "w") as f:
        for lib in COMPLIBS:
            name = lib.replace(":", "_")
            filters = tables.Filters(complevel=5 if packed else 0, complib=lib, shuffle=True)
            g = f.create_group("/", name)
            t = f.create_table(g, "table", Row, filters=filters, chunkshape=(300,))
            r = t.row
            for i in range(2000):
                r["id"] = i
                r["value"] = np.sin(i / 10.0) + rng.normal(0, 0.01)
                r["label"] = ("row%d" % (i % 50)).encode()
                r["flags"] = (i % 7, i % 11, 1000 + i % 13)
                r.append()
            t.flush()
            a = (np.arange(50 * 61, dtype=np.int32).reshape(50, 61) % 97)
            f.create_carray(g, "carray", obj=a, filters=filters, chunkshape=(16, 16))
            e = f.create_earray(g, "earray", tables.Float32Atom(), shape=(0, 7), filters=filters,
                                chunkshape=(64, 7))
            e.append(rng.normal(0, 1, (333, 7)).astype(np.float32))
    df = pd.DataFrame({"a": np.arange(3000), "b": np.linspace(0, 1, 3000),
                       "c": pd.Categorical(["x", "y", "z"] * 1000).astype(str)})
    for lib in ("blosc", "blosc:lz4", "blosc:zstd"):
        key = "pandas_" + lib.replace(":", "_")
        kw = dict(complib=lib, complevel=9) if packed else {}
        df.to_hdf(path, key=key + "_table", format="table", **kw)
        df[["a", "b"]].to_hdf(path, key=key + "_fixed", format="fixed", **kw)  # object columns pickle


if __name__ == "__main__":
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "packed.h5"), True)
    write(os.path.join(out, "plain.h5"), False)
