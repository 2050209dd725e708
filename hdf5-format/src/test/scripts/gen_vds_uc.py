"""Re-creates the HDF5 C library's VDS use-case files (tools/test/misc/vds: UC_1_one_dim_gen.c, UC_2_two_dims_gen.c,
UC_3_gaps_gen.c, UC_4_printf_gen.c, UC_5_stride_gen.c) with the same C calls, made through ctypes into the libhdf5
that h5py links, and a few more in the spirit of test/vds.c (x_*.h5: point, irregular and strided selections mixed,
same-file '.' sources, missing files and datasets, unlimited mappings with gaps between blocks, %b patterns with %%,
stride > block and missing blocks); then prints h5py's view of each virtual dataset as JSON, keyed "FILE:VIEW"
(VIEW: last = H5D_VDS_LAST_AVAILABLE, the default, or first = H5D_VDS_FIRST_MISSING) and "FILE:VIEW:gapN" for
the printf files read with H5Pset_virtual_printf_gap(N).
Usage: gen_vds_uc.py DIR"""
import ctypes, glob, json, os, sys

import h5py
import numpy as np

os.chdir(sys.argv[1])
lib = None
for cand in sorted(glob.glob('/usr/lib/*/libhdf5_serial.so*')) + sorted(glob.glob('/usr/lib/*/libhdf5.so*')):
    try:
        lib = ctypes.CDLL(cand)
        break
    except OSError:
        pass
assert lib is not None, 'no libhdf5'
lib.H5open()
hid = ctypes.c_int64
for f in ('H5Pcreate', 'H5Fcreate', 'H5Screate_simple', 'H5Dcreate2', 'H5Dget_space'):
    getattr(lib, f).restype = hid
def g(name):
    return hid.in_dll(lib, name).value
DCPL = g('H5P_CLS_DATASET_CREATE_ID_g')
I32LE = g('H5T_STD_I32LE_g')
NATIVE_INT = g('H5T_NATIVE_INT_g')
TRUNC, DEFAULT, SET, OR, ALL = 2, 0, 0, 1, 0
UNLIM = 2**64 - 1
RANK = 3

def dims(*v):
    return (ctypes.c_uint64 * len(v))(*v)

def ok(r):
    assert r >= 0, r
    return r

def source(name, plane, maxdims, fill, deflate, planes, value, chunk=None, dset=b'source_dset', fid=None):
    """A chunked int32 source of `planes` planes, plane j all value(j), written plane by plane as the generators do;
    in file `name` (created) or, with `fid`, in an open file."""
    dcpl = ok(lib.H5Pcreate(hid(DCPL)))
    ok(lib.H5Pset_chunk(hid(dcpl), RANK, dims(*(chunk or plane))))
    ok(lib.H5Pset_fill_value(hid(dcpl), hid(I32LE), ctypes.byref(ctypes.c_int(fill))))
    if deflate:
        ok(lib.H5Pset_deflate(hid(dcpl), 6))
    own = fid is None
    if own:
        fid = ok(lib.H5Fcreate(name.encode(), TRUNC, hid(DEFAULT), hid(DEFAULT)))
    sid = ok(lib.H5Screate_simple(RANK, dims(0, plane[1], plane[2]), dims(*maxdims)))
    did = ok(lib.H5Dcreate2(hid(fid), dset, hid(I32LE), hid(sid), hid(DEFAULT), hid(dcpl), hid(DEFAULT)))
    ok(lib.H5Dset_extent(hid(did), dims(planes, plane[1], plane[2])))
    n = plane[1] * plane[2]
    msid = ok(lib.H5Screate_simple(RANK, dims(*plane), None))
    fsid = ok(lib.H5Dget_space(hid(did)))
    for j in range(planes):
        buf = (ctypes.c_int * n)(*([value(j)] * n))
        ok(lib.H5Sselect_hyperslab(hid(fsid), SET, dims(j, 0, 0), None, dims(*plane), None))
        ok(lib.H5Dwrite(hid(did), hid(NATIVE_INT), hid(msid), hid(fsid), hid(DEFAULT), buf))
    for s in (msid, fsid, sid):
        lib.H5Sclose(hid(s))
    lib.H5Pclose(hid(dcpl))
    lib.H5Dclose(hid(did))
    if own:
        lib.H5Fclose(hid(fid))


def plain(fid, dset, shape, values):
    """A contiguous int32 dataset of `shape` holding `values` (C order) in the open file `fid`."""
    sid = ok(lib.H5Screate_simple(len(shape), dims(*shape), None))
    did = ok(lib.H5Dcreate2(hid(fid), dset, hid(I32LE), hid(sid), hid(DEFAULT), hid(DEFAULT), hid(DEFAULT)))
    buf = (ctypes.c_int * len(values))(*values)
    ok(lib.H5Dwrite(hid(did), hid(NATIVE_INT), hid(ALL), hid(ALL), hid(DEFAULT), buf))
    lib.H5Dclose(hid(did))
    lib.H5Sclose(hid(sid))


def hyper(sid, start, stride, count, block, op=SET):
    ok(lib.H5Sselect_hyperslab(hid(sid), op, dims(*start), stride and dims(*stride), dims(*count),
                               block and dims(*block)))


def vds(name, vdims, vmax, mappings, dset=b'vds_dset', before=None, fill=-9):
    """A virtual int32 dataset; each mapping is (vstart, vstride, vcount, vblock, file, ssid) (a hyperslab as the
    generators select it) or (select(vsid), file, dataset, ssid)."""
    dcpl = ok(lib.H5Pcreate(hid(DCPL)))
    ok(lib.H5Pset_fill_value(hid(dcpl), hid(I32LE), ctypes.byref(ctypes.c_int(fill))))
    vsid = ok(lib.H5Screate_simple(len(vdims), dims(*vdims), dims(*vmax)))
    for m in mappings:
        if len(m) == 6:
            (vstart, vstride, vcount, vblock, src, ssid) = m
            hyper(vsid, vstart, vstride, vcount, vblock)
            srcdset = b'/source_dset'
        else:
            (select, src, srcdset, ssid) = m
            select(vsid)
        ok(lib.H5Pset_virtual(hid(dcpl), hid(vsid), src.encode(), srcdset, hid(ssid)))
        lib.H5Sclose(hid(ssid))
    fid = ok(lib.H5Fcreate(name.encode(), TRUNC, hid(DEFAULT), hid(DEFAULT)))
    if before:
        before(fid)
    did = ok(lib.H5Dcreate2(hid(fid), dset, hid(I32LE), hid(vsid), hid(DEFAULT), hid(dcpl), hid(DEFAULT)))
    lib.H5Dclose(hid(did))
    lib.H5Sclose(hid(vsid))
    lib.H5Pclose(hid(dcpl))
    lib.H5Fclose(hid(fid))


def src_space(plane_dims, maxdims, start=(0, 0, 0)):
    sid = ok(lib.H5Screate_simple(len(plane_dims), dims(*plane_dims), dims(*maxdims)))
    hyper(sid, start, None, maxdims, None)
    return sid


def space(shape, maxshape=None):
    return ok(lib.H5Screate_simple(len(shape), dims(*shape), maxshape and dims(*maxshape)))


# use case 1: six sources of 2 or 4 rows stacked along dim 1, unlimited planes; every other one deflated.
# DIR/planes.txt ("5,3,4,2,5,1") varies the plane count per source (the C generator writes 5 everywhere) so that
# the two views differ.
heights = [2, 4, 2, 4, 2, 4]
planes = [int(p) for p in (open('planes.txt').read() if os.path.exists('planes.txt') else '5,5,5,5,5,5').split(',')]
mappings = []
row = 0
for i, h in enumerate(heights):
    name = '1_%s.h5' % 'abcdef'[i]
    source(name, (1, h, 8), (UNLIM, h, 8), -(i + 1), i % 2 == 1, planes[i], lambda j, i=i: (i + 1) * 10 + j)
    mappings.append(((0, row, 0), None, (UNLIM, h, 8), None, name, src_space((0, h, 8), (UNLIM, h, 8))))
    row += h
vds('1_vds.h5', (0, 18, 8), (UNLIM, 18, 8), mappings)

# use case 2: five sources in two columns (A, B, C of 7 columns left; D, E right), chunks of 3 planes, deflated,
# 6 planes each
uc2 = [(2, (0, 0, 0)), (4, (0, 2, 0)), (2, (0, 6, 0)), (5, (0, 0, 7)), (3, (0, 5, 7))]
mappings = []
for i, (h, pos) in enumerate(uc2):
    name = '2_%s.h5' % 'abcde'[i]
    source(name, (1, h, 7), (UNLIM, h, 7), -(i + 1), True, 6, lambda j, i=i: (i + 1) * 10 + j, chunk=(3, h, 7))
    mappings.append((pos, None, (UNLIM, h, 7), None, name, src_space((0, h, 7), (UNLIM, h, 7))))
vds('2_vds.h5', (0, 8, 14), (UNLIM, 8, 14), mappings)

# use case 3: the sources of use cases 1 and 2 mapped with gaps between them (3_1: one empty row before each;
# 3_2: at scattered positions of a 13 x 19 plane)
mappings = []
row = 1
for i, h in enumerate(heights):
    mappings.append(((0, row, 0), None, (UNLIM, h, 8), None, '1_%s.h5' % 'abcdef'[i],
                     src_space((0, h, 8), (UNLIM, h, 8))))
    row += h + 1
vds('3_1_vds.h5', (0, 25, 8), (UNLIM, 25, 8), mappings)
uc32 = [(0, 1, 1), (0, 4, 0), (0, 11, 4), (0, 1, 9), (0, 8, 12)]
mappings = [(uc32[i], None, (UNLIM, h, 7), None, '2_%s.h5' % 'abcde'[i], src_space((0, h, 7), (UNLIM, h, 7)))
            for i, (h, _) in enumerate(uc2)]
vds('3_2_vds.h5', (0, 13, 19), (UNLIM, 13, 19), mappings)

# use case 4: sources 4_0.h5, 4_1.h5, 4_2.h5 of 3 planes, mapped by the printf pattern 4_%b.h5
for i in range(3):
    source('4_%d.h5' % i, (1, 4, 4), (3, 4, 4), -(i + 1), True, 3, lambda j, i=i: (i + 1) * 10 + j)
vds('4_vds.h5', (0, 4, 4), (UNLIM, 4, 4),
    [((0, 0, 0), (3, 4, 4), (UNLIM, 1, 1), (3, 4, 4), '4_%b.h5', src_space((0, 4, 4), (3, 4, 4)))])

# use case 5: three sources of 3 planes interleaved plane by plane (virtual stride 3, block 1, unlimited count)
mappings = []
for i in range(3):
    name = '5_%s.h5' % 'abc'[i]
    source(name, (1, 4, 4), (UNLIM, 4, 4), -(i + 1), True, 3, lambda j, i=i: (i + 1) * 10 + j)
    mappings.append(((i, 0, 0), (3, 1, 1), (UNLIM, 1, 1), (1, 4, 4), name, src_space((0, 4, 4), (UNLIM, 4, 4))))
vds('5_vds.h5', (0, 4, 4), (UNLIM, 4, 4), mappings)

# test/vds.c's kinds of mappings on a fixed 6 x 8 virtual dataset (the C library refuses point selections in
# mappings): a union of overlapping blocks from an irregular 1-D source selection in another file; a strided row
# from a source row of the same file ('.'); a strided hyperslab from an irregular source selection of the same file;
# a missing file and a missing dataset (read as the fill value)
plain_fid = ok(lib.H5Fcreate(b'x_src.h5', TRUNC, hid(DEFAULT), hid(DEFAULT)))
plain(plain_fid, b'd', (10,), [200 + k for k in range(10)])
lib.H5Fclose(hid(plain_fid))


def ssel(shape, *hypers):
    sid = space(shape)
    for k, h in enumerate(hypers):
        hyper(sid, *h, op=SET if k == 0 else OR)
    return sid


def vsel(*hypers):
    def select(sid):
        for k, h in enumerate(hypers):
            hyper(sid, *h, op=SET if k == 0 else OR)
    return select


mixed = [
    (vsel(((0, 0), None, (2, 2), None), ((1, 1), None, (2, 2), None)), 'x_src.h5', b'/d',
     ssel((10,), ((0,), (3,), (3,), (2,)), ((9,), None, (1,), None))),
    (vsel(((4, 0), (1, 2), (1, 4), None)), '.', b'/s', ssel((4, 4), ((0, 0), None, (1, 4), None))),
    (vsel(((0, 5), (2, 2), (3, 2), (1, 1))), '.', b'/s',
     ssel((4, 4), ((3, 0), None, (1, 4), None), ((1, 1), None, (1, 2), None))),
    (vsel(((5, 0), None, (1, 2), None)), 'x_nofile.h5', b'/d', ssel((2,))),
    (vsel(((5, 3), None, (1, 2), None)), 'x_src.h5', b'/nodset', ssel((2,))),
]
vds('x_mixed.h5', (6, 8), (6, 8), mixed,
    before=lambda fid: plain(fid, b's', (4, 4), [100 + k for k in range(16)]))

# unlimited mappings with gaps between blocks: 7 rows of x_g.h5 land in blocks of 2 rows every 3 (from row 1),
# 4 rows of x_g2.h5 in single rows every 2 (from row 0)
for name, rows, base in (('x_g.h5', 7, 300), ('x_g2.h5', 4, 400)):
    source(name, (1, 1, 3), (UNLIM, 1, 3), -1, False, rows, lambda j, base=base: base + j)
vds('x_unlim_gaps.h5', (0, 1, 6), (UNLIM, 1, 6), [
    ((1, 0, 0), (3, 1, 1), (UNLIM, 1, 1), (2, 1, 3), 'x_g.h5', src_space((0, 1, 3), (UNLIM, 1, 3))),
    ((0, 0, 3), (2, 1, 1), (UNLIM, 1, 1), (1, 1, 3), 'x_g2.h5', src_space((0, 1, 3), (UNLIM, 1, 3)))])

# a printf pattern with %% and stride > block: blocks of 2 planes every 5 planes from plane 1, sources xp%_0,
# xp%_1, xp%_3 and xp%_6 (2 and 5 missing, 4 and 5 too): the printf gap decides how many are found
for b in (0, 1, 3, 6):
    source('xp%%_%d.h5' % b, (1, 2, 2), (2, 2, 2), -1, False, 2, lambda j, b=b: 500 + 10 * b + j)
vds('x_printf_gaps.h5', (0, 2, 2), (UNLIM, 2, 2),
    [((1, 0, 0), (5, 1, 1), (UNLIM, 1, 1), (2, 2, 2), 'xp%%_%b.h5', src_space((2, 2, 2), (2, 2, 2)))])

# an unlimited dimension that is not the first, with slices shaped differently on each side: virtual columns of 2
# rows from source rows of 2 columns (x_t.h5, 5 rows, growing along dim 0), paired in C order of the selections as
# clipped to the extent; row 2 follows a 1-D source of 3 (x_u.h5), so that FIRST_MISSING clips the first mapping
def growing(name, dset, shape, maxshape, chunk, values):
    fid = ok(lib.H5Fcreate(name.encode(), TRUNC, hid(DEFAULT), hid(DEFAULT)))
    dcpl = ok(lib.H5Pcreate(hid(DCPL)))
    ok(lib.H5Pset_chunk(hid(dcpl), len(chunk), dims(*chunk)))
    sid = space(shape, maxshape)
    did = ok(lib.H5Dcreate2(hid(fid), dset, hid(I32LE), hid(sid), hid(DEFAULT), hid(dcpl), hid(DEFAULT)))
    buf = (ctypes.c_int * len(values))(*values)
    ok(lib.H5Dwrite(hid(did), hid(NATIVE_INT), hid(ALL), hid(ALL), hid(DEFAULT), buf))
    for close, h in ((lib.H5Dclose, did), (lib.H5Sclose, sid), (lib.H5Pclose, dcpl), (lib.H5Fclose, fid)):
        close(hid(h))


growing('x_t.h5', b't', (5, 2), (UNLIM, 2), (2, 2), [600 + 10 * r + c for r in range(5) for c in range(2)])
growing('x_u.h5', b'u', (3,), (UNLIM,), (2,), [700 + k for k in range(3)])
vds('x_transposed.h5', (3, 0), (3, UNLIM), [
    (vsel(((0, 0), None, (1, UNLIM), (2, 1))), 'x_t.h5', b'/t', ssel((5, 2), ((0, 0), None, (UNLIM, 1), (1, 2)))),
    (vsel(((2, 0), None, (1, UNLIM), None)), 'x_u.h5', b'/u', ssel((3,), ((0,), None, (UNLIM,), None)))])

# %b twice in the file name and once in the dataset name: every %b is the block number
for b in range(2):
    source('xq_%d_%d.h5' % (b, b), (1, 2, 2), (1, 2, 2), -1, False, 1, lambda j, b=b: 800 + b,
           dset=('q%d' % b).encode())
vds('x_printf_twice.h5', (0, 2, 2), (UNLIM, 2, 2),
    [(vsel(((0, 0, 0), (1, 1, 1), (UNLIM, 1, 1), (1, 2, 2))), 'xq_%b_%b.h5', b'q%b',
      src_space((1, 2, 2), (1, 2, 2)))])

PRINTF_FILES = ('4_vds.h5', 'x_printf_gaps.h5')
out = {}
for name in ('1_vds.h5', '2_vds.h5', '3_1_vds.h5', '3_2_vds.h5', '4_vds.h5', '5_vds.h5', 'x_mixed.h5',
             'x_unlim_gaps.h5', 'x_printf_gaps.h5', 'x_transposed.h5', 'x_printf_twice.h5'):
    for view in ('last', 'first'):
        for gap in ((0, 1, 2) if name in PRINTF_FILES else (0,)):
            fapl = h5py.h5p.create(h5py.h5p.FILE_ACCESS)
            fid = h5py.h5f.open(name.encode(), h5py.h5f.ACC_RDONLY, fapl=fapl)
            dapl = h5py.h5p.create(h5py.h5p.DATASET_ACCESS)
            dapl.set_virtual_view(h5py.h5d.VDS_LAST_AVAILABLE if view == 'last' else h5py.h5d.VDS_FIRST_MISSING)
            dapl.set_virtual_printf_gap(gap)
            dsid = h5py.h5d.open(fid, b'vds_dset', dapl=dapl)
            a = np.empty(dsid.get_space().shape, dtype='<i4')
            dsid.read(h5py.h5s.ALL, h5py.h5s.ALL, a)
            out['%s:%s%s' % (name, view, ':gap%d' % gap if gap else '')] = {'shape': list(a.shape),
                                                                           'values': a.ravel().tolist()}
            # an open dataset is shared by later opens, view included: close it before the other view
            dsid._close()
            fid.close()
print(json.dumps(out))
