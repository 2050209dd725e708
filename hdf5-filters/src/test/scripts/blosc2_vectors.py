"""Writes the blosc2 chunk test vectors (src/test/resources/blosc2/NAME.b2 and NAME.raw) with python-blosc2,
which Debian does not package: run it with a python-blosc2 (>= 2.0) on the PYTHONPATH.
Usage: blosc2_vectors.py OUT_DIR"""
import os
import sys

import blosc2
import numpy as np

rng = np.random.default_rng(21)
noisy16 = (1000 + rng.normal(0, 30, 3001)).astype("<u2")  # odd count: a leftover block and trailing elements
walk64 = np.cumsum(rng.integers(-5, 6, 1500)).astype("<i8")
text = (b"blosc2 chunk of some text, repeated with variations " * 80)[:4000]
floats = np.sin(np.arange(2048) / 20.0).astype("<f4")
rng2 = np.random.default_rng(22)  # the split cases' own: the older vectors stay as rng made them
walk32 = (100000 + np.cumsum(rng2.integers(-3, 4, 5001))).astype("<u4")
# 24-byte records (a type wider than blosc1's 16-byte split limit): an int64 counter, a float64, an int64 tag
records24 = np.zeros(700, dtype=[("n", "<i8"), ("x", "<f8"), ("tag", "<i8")])
records24["n"] = np.arange(700)
records24["x"] = np.cos(np.arange(700) / 9.0)
records24["tag"] = rng2.integers(0, 3, 700)

CASES = [
    ("lz4_shuffle_u2", noisy16, dict(codec=blosc2.Codec.LZ4, filters=[blosc2.Filter.SHUFFLE])),
    ("blosclz_shuffle_u2", noisy16, dict(codec=blosc2.Codec.BLOSCLZ, filters=[blosc2.Filter.SHUFFLE])),
    ("lz4hc_bitshuffle_u2", noisy16, dict(codec=blosc2.Codec.LZ4HC, filters=[blosc2.Filter.BITSHUFFLE])),
    ("zlib_noshuffle_i8", walk64, dict(codec=blosc2.Codec.ZLIB, filters=[blosc2.Filter.NOFILTER])),
    ("zstd_shuffle_i8", walk64, dict(codec=blosc2.Codec.ZSTD, filters=[blosc2.Filter.SHUFFLE])),
    ("zstd_bitshuffle_f4", floats, dict(codec=blosc2.Codec.ZSTD, filters=[blosc2.Filter.BITSHUFFLE])),
    ("lz4_text_u1", np.frombuffer(text, dtype="u1"), dict(codec=blosc2.Codec.LZ4)),
    ("lz4_zeros_f4", np.zeros(4096, dtype="<f4"), dict(codec=blosc2.Codec.LZ4)),
    ("blosclz_runs_u1", np.repeat(np.arange(40, dtype="u1"), 100), dict(codec=blosc2.Codec.BLOSCLZ)),
    ("lz4_random_u1", rng.integers(0, 256, 3000, dtype="u1"), dict(codec=blosc2.Codec.LZ4)),
    ("lz4_small_blocks_u2", noisy16, dict(codec=blosc2.Codec.LZ4, blocksize=1024, filters=[blosc2.Filter.SHUFFLE])),
    # split streams (one per byte of the type in each block) for every codec, also where the default leaves
    # blocks whole; and never split where the default splits
    ("zstd_split_shuffle_i8", walk64, dict(codec=blosc2.Codec.ZSTD, filters=[blosc2.Filter.SHUFFLE],
                                           splitmode=blosc2.SplitMode.ALWAYS_SPLIT)),
    ("zlib_split_shuffle_u2", noisy16, dict(codec=blosc2.Codec.ZLIB, filters=[blosc2.Filter.SHUFFLE],
                                            splitmode=blosc2.SplitMode.ALWAYS_SPLIT)),
    ("lz4hc_split_noshuffle_u4", walk32, dict(codec=blosc2.Codec.LZ4HC, filters=[blosc2.Filter.NOFILTER],
                                              splitmode=blosc2.SplitMode.ALWAYS_SPLIT)),
    ("blosclz_split_bitshuffle_u2", noisy16, dict(codec=blosc2.Codec.BLOSCLZ, filters=[blosc2.Filter.BITSHUFFLE],
                                                  splitmode=blosc2.SplitMode.ALWAYS_SPLIT)),
    ("lz4_split_small_blocks_u2", noisy16, dict(codec=blosc2.Codec.LZ4, blocksize=1000,
                                                filters=[blosc2.Filter.SHUFFLE],
                                                splitmode=blosc2.SplitMode.ALWAYS_SPLIT)),
    ("zstd_split_records_24", records24, dict(codec=blosc2.Codec.ZSTD, filters=[blosc2.Filter.SHUFFLE],
                                              splitmode=blosc2.SplitMode.ALWAYS_SPLIT)),
    ("lz4_auto_split_u4", walk32, dict(codec=blosc2.Codec.LZ4, filters=[blosc2.Filter.SHUFFLE],
                                       splitmode=blosc2.SplitMode.AUTO_SPLIT)),
    ("lz4_never_split_u2", noisy16, dict(codec=blosc2.Codec.LZ4, filters=[blosc2.Filter.SHUFFLE],
                                         splitmode=blosc2.SplitMode.NEVER_SPLIT)),
]

if __name__ == "__main__":
    out = sys.argv[1]
    for name, data, kw in CASES:
        raw = np.ascontiguousarray(data).tobytes()
        c = blosc2.compress2(raw, typesize=data.dtype.itemsize, clevel=5, **kw)
        assert blosc2.decompress2(c) == raw
        open(os.path.join(out, name + ".b2"), "wb").write(c)
        open(os.path.join(out, name + ".raw"), "wb").write(raw)
