#!/usr/bin/python3
"""Regenerates the filter fixtures in ../resources/filters/ with the HDF5 C library (through h5py).

For every case it writes <name>.enc (one chunk exactly as stored, read with read_direct_chunk),
<name>.raw (the data the C library reads back, stored unfiltered, i.e. what decoding must produce, taken from a contiguous
copy so the bytes are in the file datatype's representation, padding bits included) and a line in
index.txt (plus <name>.orig, the data before a lossy filter): name filter-id element-size chunk-bytes cd0,cd1,...

Run: /usr/bin/python3 gen_filter_fixtures.py   (needs h5py with szip and lzf available)
"""
import os
import re
import subprocess
import sys
import tempfile

import h5py
import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "filters")
rng = np.random.default_rng(12345)
index = []


def raw_bytes(f, name, tid, data):
    """The unfiltered bytes of data in file type tid (contiguous dataset, read back from the file)."""
    space = h5py.h5s.create_simple(data.shape)
    dcpl = h5py.h5p.create(h5py.h5p.DATASET_CREATE)
    dcpl.set_alloc_time(h5py.h5d.ALLOC_TIME_EARLY)
    d = h5py.h5d.create(f.id, name.encode(), tid, space, dcpl=dcpl)
    d.write(h5py.h5s.ALL, h5py.h5s.ALL, data)
    f.flush()
    off = d.get_offset()
    n = d.get_storage_size()
    with open(f.filename, "rb") as fh:
        fh.seek(off)
        return fh.read(n)


def raw_bytes_of(tid, data):
    fd, path = tempfile.mkstemp(suffix=".h5")
    os.close(fd)
    try:
        with h5py.File(path, "w") as f:
            return raw_bytes(f, "plain", tid, data)
    finally:
        os.remove(path)


def case(name, data, tid, setup, filter_id, chunk=None):
    """Writes data (one chunk) with the pipeline configured by setup(dcpl) and records the fixture."""
    chunk = chunk or data.shape
    fd, path = tempfile.mkstemp(suffix=".h5")
    os.close(fd)
    try:
        with h5py.File(path, "w") as f:
            space = h5py.h5s.create_simple(data.shape)
            dcpl = h5py.h5p.create(h5py.h5p.DATASET_CREATE)
            dcpl.set_chunk(chunk)
            setup(dcpl)
            d = h5py.h5d.create(f.id, b"d", tid, space, dcpl=dcpl)
            d.write(h5py.h5s.ALL, h5py.h5s.ALL, data)
            f.flush()
            mask, enc = d.read_direct_chunk((0,) * data.ndim)
            assert mask == 0, (name, mask)
            addr = h5py.h5o.get_info(d).addr
            # lossy filters (scaleoffset on floats) decode to what the C library reads back, not to data
            back = np.empty_like(data)
            d.read(h5py.h5s.ALL, h5py.h5s.ALL, back)
            raw = raw_bytes(f, "plain", tid, back)
        cd = client_data(path, addr, filter_id)
    finally:
        os.remove(path)
    with open(os.path.join(OUT, name + ".enc"), "wb") as fh:
        fh.write(enc)
    with open(os.path.join(OUT, name + ".raw"), "wb") as fh:
        fh.write(raw)
    orig = raw_bytes_of(tid, data)
    if orig != raw:
        # lossy: keep the original too, so tests can check the encoder against the C library's
        with open(os.path.join(OUT, name + ".orig"), "wb") as fh:
            fh.write(orig)
    index.append("%s %d %d %d %s" % (name, filter_id, tid.get_size(), len(raw), ",".join(str(v) for v in cd)))
    print(name, len(enc), len(raw), cd, file=sys.stderr)


def client_data(path, addr, filter_id):
    """The filter's client data as stored, via h5debug: h5py's get_filter garbles more than 16 values."""
    out = subprocess.run(["h5debug", path, str(addr)], check=True, capture_output=True, text=True).stdout
    cd, current = None, None
    for line in out.splitlines():
        m = re.match(r"\s*Filter identification:\s*0x([0-9a-f]+)", line)
        if m:
            current = int(m.group(1), 16)
            continue
        m = re.match(r"\s*CD value (\d+)\s+(\d+)", line)
        if m and current == filter_id:
            cd = (cd or []) + [int(m.group(2))]
        m = re.match(r"\s*Num CD values:\s*0", line)
        if m and current == filter_id:
            cd = []
    assert cd is not None, (path, filter_id)
    return cd


def std(dt):
    return h5py.h5t.py_create(np.dtype(dt))


def szip(mask, ppb):
    return lambda dcpl: dcpl.set_szip(mask, ppb)


NN = h5py.h5z.SZIP_NN_OPTION_MASK
EC = h5py.h5z.SZIP_EC_OPTION_MASK

# --- szip: every coding option of CCSDS 121.0-B shows up across these
smooth = (np.cumsum(rng.integers(-3, 4, 256)) + 1000).astype("<i4")
case("szip_i32_nn8", smooth[:64], std("<i4"), szip(NN, 8), 4)
case("szip_i32_ec16", rng.integers(0, 1 << 20, 128).astype("<i4"), std("<i4"), szip(EC, 16), 4)
case("szip_u16_nn8_le", (np.cumsum(rng.integers(-40, 41, 200)) + 30000).astype("<u2"), std("<u2"), szip(NN, 8), 4)
case("szip_u16_nn16_be", (np.cumsum(rng.integers(-2, 3, 256)) + 500).astype(">u2"), std(">u2"), szip(NN, 16), 4)
case("szip_u16_ec32_random", rng.integers(0, 1 << 13, 256).astype("<u2"), std("<u2"), szip(EC, 32), 4)
case("szip_u8_ec8", rng.integers(0, 4, 300).astype("u1"), std("u1"), szip(EC, 8), 4)
case("szip_i16_zeros", np.zeros(1024, "<i2"), std("<i2"), szip(NN, 16), 4)
case("szip_i16_mostly_zero", np.where(rng.random(1024) < 0.02, 1, 0).astype("<i2"), std("<i2"), szip(EC, 8), 4)
case("szip_i16_padded_lines", (np.cumsum(rng.integers(-5, 6, (12, 20)), axis=1) + 100).astype("<i2"),
     std("<i2"), szip(NN, 8), 4)
case("szip_f32_2d_nn32", (np.sin(np.arange(512) / 20.0) * 100).astype("<f4").reshape(32, 16), std("<f4"),
     szip(NN, 32), 4)
case("szip_f64_nn8", np.linspace(0, 1, 160).astype("<f8"), std("<f8"), szip(NN, 8), 4)
case("szip_u32_nn32_lownoise", (rng.integers(0, 2, 4096) + 7).astype("<u4"), std("<u4"), szip(NN, 32), 4)

# --- nbit
def nbit(dcpl):
    dcpl.set_filter(5, h5py.h5z.FLAG_OPTIONAL)  # what H5Pset_nbit does; h5py lacks set_nbit


def int_type(base, precision, offset, order=None):
    t = std(base).copy()
    if order is not None:
        t.set_order(order)
    t.set_precision(precision)
    t.set_offset(offset)
    return t


case("nbit_i32_p12", rng.integers(-2048, 2048, 64).astype("<i4"), int_type("<i4", 12, 0), nbit, 5)
case("nbit_u16_p10_o3_be", rng.integers(0, 1024, 50).astype("<u2"), int_type("<u2", 10, 3, h5py.h5t.ORDER_BE),
     nbit, 5)
case("nbit_u32_p20_o5", rng.integers(0, 1 << 20, 40).astype("<u4"), int_type("<u4", 20, 5), nbit, 5)
case("nbit_i64_p33_o7", rng.integers(-(1 << 32), 1 << 32, 30).astype("<i8"), int_type("<i8", 33, 7), nbit, 5)
case("nbit_u8_p3_o2", rng.integers(0, 8, 77).astype("u1"), int_type("u1", 3, 2), nbit, 5)
case("nbit_u16_full", rng.integers(0, 1 << 16, 40).astype("<u2"), std("<u2"), nbit, 5)
case("nbit_f32", rng.random(33).astype("<f4"), std("<f4"), nbit, 5)

ct = h5py.h5t.create(h5py.h5t.COMPOUND, 24)
ct.insert(b"a", 0, int_type("<i4", 12, 0))
ct.insert(b"b", 4, std("u1"))
ct.insert(b"c", 8, h5py.h5t.array_create(int_type("<u2", 9, 2), (3,)))
ct.insert(b"s", 14, h5py.h5t.C_S1.copy())  # 1-byte string: a no-op member, copied whole
ct.insert(b"d", 16, std("<f8"))
cdt = np.dtype([("a", "<i4"), ("b", "u1"), ("c", "<u2", (3,)), ("s", "S1"), ("d", "<f8")],
               align=False)
cdt = np.dtype({"names": ["a", "b", "c", "s", "d"], "formats": ["<i4", "u1", ("<u2", (3,)), "S1", "<f8"],
                "offsets": [0, 4, 8, 14, 16], "itemsize": 24})
comp = np.zeros(20, cdt)
comp["a"] = rng.integers(-2048, 2048, 20)
comp["b"] = rng.integers(0, 256, 20)
comp["c"] = rng.integers(0, 512, (20, 3))
comp["s"] = [bytes([65 + i]) for i in range(20)]
comp["d"] = rng.random(20)
case("nbit_compound", comp, ct, nbit, 5)

# --- scaleoffset
def so(scale_type, factor, fill=None):
    def setup(dcpl):
        dcpl.set_scaleoffset(scale_type, factor)
        if fill is not None:
            dcpl.set_fill_value(fill)
    return setup


INT, FD = h5py.h5z.SO_INT, h5py.h5z.SO_FLOAT_DSCALE
case("so_i32_auto", rng.integers(-1000, 1000, 64).astype("<i4"), std("<i4"), so(INT, 0), 6)
case("so_i16_minbits8", rng.integers(0, 200, 64).astype("<i2"), std("<i2"), so(INT, 8), 6)
case("so_u16_be", rng.integers(40000, 41000, 70).astype(">u2"), std(">u2"), so(INT, 0), 6)
case("so_u8_auto", rng.integers(3, 60, 99).astype("u1"), std("u1"), so(INT, 0), 6)
case("so_i64_auto", rng.integers(-(1 << 40), 1 << 40, 30).astype("<i8"), std("<i8"), so(INT, 0), 6)
case("so_i32_same", np.full(50, -7, "<i4"), std("<i4"), so(INT, 0), 6)
case("so_i32_fill", np.where(rng.random(64) < 0.3, 99, rng.integers(0, 50, 64)).astype("<i4"), std("<i4"),
     so(INT, 0, np.array(99, "<i4")), 6)
case("so_i32_fullrange", np.array([-(1 << 31), (1 << 31) - 1] * 10, "<i4"), std("<i4"), so(INT, 0), 6)
case("so_f32_d2", (rng.random(50) * 100 - 50).astype("<f4"), std("<f4"), so(FD, 2), 6)
case("so_f64_d3", (rng.random(64) * 10).astype("<f8"), std("<f8"), so(FD, 3), 6)
case("so_f64_be_d1", (rng.random(40) * 1000).astype(">f8"), std(">f8"), so(FD, 1), 6)
case("so_f32_fill", np.where(rng.random(40) < 0.25, -1.5, rng.random(40)).astype("<f4"), std("<f4"),
     so(FD, 2, np.array(-1.5, "<f4")), 6)

# --- the simple ones, as written by the C library / h5py
case("deflate_i32", smooth, std("<i4"), lambda d: d.set_deflate(6), 1)
case("shuffle_i32", smooth, std("<i4"), lambda d: d.set_shuffle(), 2)
case("fletcher32_i32", smooth[:101], std("<i4"), lambda d: d.set_fletcher32(), 3)
# several 360-word blocks, so the intermediate folding of the sums is exercised
case("fletcher32_u32_many_blocks", rng.integers(0, 1 << 32, 1500, dtype=np.uint64).astype("<u4"), std("<u4"),
     lambda d: d.set_fletcher32(), 3)
case("fletcher32_u8_odd", rng.integers(0, 256, 77).astype("u1"), std("u1"), lambda d: d.set_fletcher32(), 3)
case("lzf_i32", smooth, std("<i4"), lambda d: d.set_filter(32000, h5py.h5z.FLAG_OPTIONAL), 32000)

with open(os.path.join(OUT, "index.txt"), "w") as fh:
    fh.write("# name filter-id element-size chunk-bytes client-data (see ../../scripts/gen_filter_fixtures.py)\n")
    fh.write("\n".join(index) + "\n")
