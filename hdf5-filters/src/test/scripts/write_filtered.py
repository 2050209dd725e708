"""Writes one dataset per (filter, dtype, shape) with h5py and the C filter plug-ins, and beside each an
unfiltered copy under /ref, so a reader can compare byte for byte. Usage: write_filtered.py OUT.h5"""
import sys

import h5py
import numpy as np

# (name, filter id, client data) as h5py users pass them (hdf5plugin's option tuples)
FILTERS = [
    ("lz4", 32004, (0,)),
    ("lz4_block1000", 32004, (1000,)),
    ("bitshuffle", 32008, (0, 0)),
    ("bitshuffle_lz4", 32008, (0, 2)),
    ("bitshuffle_lz4_block64", 32008, (64, 2)),
    ("bzip2", 307, (9,)),
    ("bzip2_1", 307, (1,)),
    ("blosc_blosclz_shuffle", 32001, (0, 0, 0, 0, 5, 1, 0)),
    ("blosc_blosclz_9", 32001, (0, 0, 0, 0, 9, 1, 0)),
    ("blosc_lz4_shuffle", 32001, (0, 0, 0, 0, 5, 1, 1)),
    ("blosc_lz4_bitshuffle", 32001, (0, 0, 0, 0, 5, 2, 1)),
    ("blosc_lz4hc", 32001, (0, 0, 0, 0, 7, 1, 2)),
    ("blosc_zlib", 32001, (0, 0, 0, 0, 5, 0, 4)),
    ("blosc_zlib_shuffle", 32001, (0, 0, 0, 0, 3, 1, 4)),
    ("blosc_zstd", 32001, (0, 0, 0, 0, 5, 1, 5)),
    ("blosc_zstd_bitshuffle", 32001, (0, 0, 0, 0, 3, 2, 5)),
]

DTYPES = ["u1", "<i2", "<u2", ">u2", "<i4", "<f4", "<f8", "<u8", "S3"]


def data(dtype, shape, rng):
    n = int(np.prod(shape))
    dt = np.dtype(dtype)
    if dt.kind == "f":
        v = np.cumsum(rng.normal(0, 1, n)).astype(dt)
    elif dt.kind == "S":
        v = np.array([b"abc", b"xy", b"zzz", b"q"] * (n // 4 + 1))[:n].astype(dt)
    else:
        info = np.iinfo(dt)
        base = rng.normal(1000, 30, n)
        v = np.clip(base, info.min, info.max).astype(dt)
        v[::97] = info.max  # some outliers
    return v.reshape(shape)


def main(out):
    rng = np.random.default_rng(42)
    with h5py.File(out, "w") as f:
        for fname, fid, opts in FILTERS:
            for dtype in DTYPES:
                for shape, chunks in (((37, 53), (16, 20)), ((5, 33, 70), (2, 16, 32)), ((1000,), (1000,))):
                    name = f"{fname}/{dtype.replace('<', 'le').replace('>', 'be')}_{len(shape)}d_{shape[0]}"
                    v = data(dtype, shape, rng)
                    f.create_dataset(name, data=v, chunks=chunks, compression=fid, compression_opts=opts)
                    f.create_dataset("ref/" + name, data=v)


if __name__ == "__main__":
    main(sys.argv[1])
