"""Re-creates two of the HDF5 C library's VDS use-case files (tools/test/misc/vds: UC_1_one_dim_gen.c and
UC_4_printf_gen.c) with the same C calls, made through ctypes into the libhdf5 that h5py links, then prints
h5py's view of each virtual dataset (default view, and H5D_VDS_FIRST_MISSING) as JSON.
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
TRUNC, DEFAULT, SET = 2, 0, 0
UNLIM = 2**64 - 1
RANK = 3

def dims(*v):
    return (ctypes.c_uint64 * len(v))(*v)

def ok(r):
    assert r >= 0, r
    return r

def source(name, plane, maxdims, fill, deflate, planes, value):
    dcpl = ok(lib.H5Pcreate(hid(DCPL)))
    ok(lib.H5Pset_chunk(hid(dcpl), RANK, dims(*plane)))
    ok(lib.H5Pset_fill_value(hid(dcpl), hid(I32LE), ctypes.byref(ctypes.c_int(fill))))
    if deflate:
        ok(lib.H5Pset_deflate(hid(dcpl), 6))
    fid = ok(lib.H5Fcreate(name.encode(), TRUNC, hid(DEFAULT), hid(DEFAULT)))
    sid = ok(lib.H5Screate_simple(RANK, dims(0, plane[1], plane[2]), dims(*maxdims)))
    did = ok(lib.H5Dcreate2(hid(fid), b'source_dset', hid(I32LE), hid(sid), hid(DEFAULT), hid(dcpl), hid(DEFAULT)))
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
    lib.H5Fclose(hid(fid))

def vds(name, vdims, vmax, mappings):
    dcpl = ok(lib.H5Pcreate(hid(DCPL)))
    ok(lib.H5Pset_fill_value(hid(dcpl), hid(I32LE), ctypes.byref(ctypes.c_int(-9))))
    vsid = ok(lib.H5Screate_simple(RANK, dims(*vdims), dims(*vmax)))
    for (vstart, vstride, vcount, vblock, src, ssid) in mappings:
        ok(lib.H5Sselect_hyperslab(hid(vsid), SET, dims(*vstart), vstride and dims(*vstride), dims(*vcount),
                                   vblock and dims(*vblock)))
        ok(lib.H5Pset_virtual(hid(dcpl), hid(vsid), src.encode(), b'/source_dset', hid(ssid)))
    fid = ok(lib.H5Fcreate(name.encode(), TRUNC, hid(DEFAULT), hid(DEFAULT)))
    did = ok(lib.H5Dcreate2(hid(fid), b'vds_dset', hid(I32LE), hid(vsid), hid(DEFAULT), hid(dcpl), hid(DEFAULT)))
    lib.H5Dclose(hid(did))
    lib.H5Sclose(hid(vsid))
    lib.H5Pclose(hid(dcpl))
    lib.H5Fclose(hid(fid))

def src_space(plane_dims, maxdims):
    sid = ok(lib.H5Screate_simple(RANK, dims(*plane_dims), dims(*maxdims)))
    ok(lib.H5Sselect_hyperslab(hid(sid), SET, dims(0, 0, 0), None, dims(*maxdims), None))
    return sid

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

# use case 4: sources 4_0.h5, 4_1.h5, 4_2.h5 of 3 planes, mapped by the printf pattern 4_%b.h5
for i in range(3):
    source('4_%d.h5' % i, (1, 4, 4), (3, 4, 4), -(i + 1), True, 3, lambda j, i=i: (i + 1) * 10 + j)
vds('4_vds.h5', (0, 4, 4), (UNLIM, 4, 4),
    [((0, 0, 0), (3, 4, 4), (UNLIM, 1, 1), (3, 4, 4), '4_%b.h5', src_space((0, 4, 4), (3, 4, 4)))])

out = {}
for name in ('1_vds.h5', '4_vds.h5'):
    for view in ('last', 'first'):
        fapl = h5py.h5p.create(h5py.h5p.FILE_ACCESS)
        fid = h5py.h5f.open(name.encode(), h5py.h5f.ACC_RDONLY, fapl=fapl)
        dapl = h5py.h5p.create(h5py.h5p.DATASET_ACCESS)
        dapl.set_virtual_view(h5py.h5d.VDS_LAST_AVAILABLE if view == 'last' else h5py.h5d.VDS_FIRST_MISSING)
        dsid = h5py.h5d.open(fid, b'vds_dset', dapl=dapl)
        a = np.empty(dsid.get_space().shape, dtype='<i4')
        dsid.read(h5py.h5s.ALL, h5py.h5s.ALL, a)
        out['%s:%s' % (name, view)] = {'shape': list(a.shape), 'values': a.ravel().tolist()}
        # an open dataset is shared by later opens, view included: close it before the other view
        dsid._close()
        fid.close()
print(json.dumps(out))
