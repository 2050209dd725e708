"""Virtual datasets as h5py (HDF5 1.10) writes them, for VirtualDatasetInteropTest.

Usage: gen_vds.py DIR -- writes into DIR:
  vds_files.h5   4 x 10 int32 from src0..src2.h5 (row 3 unmapped, fill -1) and a missing src9.h5 (fill)
  vds_same.h5    8 x 8 float64 from /a of the same file ('.'): strided, a row, an irregular union of blocks
  vds_printf.h5  (unlimited) x 3 uint16 from frame_%b.h5:/img, blocks of 2 rows every 2 rows (3 frames exist)
  vds_dsetpat.h5 (unlimited) x 4 int16 from /part_%b in the same file ('.'), 1 row per block
  vds_unlim.h5   (unlimited) int64 from growing.h5:/g (unlimited), starting at virtual index 2, fill -5
"""
import os
import sys

import h5py
import numpy as np

os.chdir(sys.argv[1])
U = h5py.h5s.UNLIMITED

for i in range(3):
    with h5py.File(f'src{i}.h5', 'w') as f:
        f.create_dataset('data', data=np.arange(10, dtype='i4') + 100 * i)
lay = h5py.VirtualLayout(shape=(5, 10), dtype='i4')
for i in range(3):
    lay[i] = h5py.VirtualSource(f'src{i}.h5', 'data', shape=(10,))
lay[4] = h5py.VirtualSource('src9.h5', 'data', shape=(10,))  # no such file: fill value
with h5py.File('vds_files.h5', 'w', libver='latest') as f:
    f.create_virtual_dataset('v', lay, fillvalue=-1)

with h5py.File('vds_same.h5', 'w', libver='latest') as f:
    a = f.create_dataset('a', data=np.arange(36, dtype='f8').reshape(6, 6))
    lay = h5py.VirtualLayout(shape=(8, 8), dtype='f8')
    vs = h5py.VirtualSource(a)
    lay[0:6:2, 0:3] = vs[0:3, 0:6:2]
    lay[7, 0:6] = vs[5]
    # an irregular virtual selection (a union of boxes, no hyperslab product) from a source box
    vsp = h5py.h5s.create_simple((8, 8))
    vsp.select_hyperslab((0, 6), (1, 1), block=(2, 2))
    vsp.select_hyperslab((5, 3), (1, 1), block=(1, 4), op=h5py.h5s.SELECT_OR)
    ssp = h5py.h5s.create_simple((6, 6))
    ssp.select_hyperslab((4, 0), (1, 1), block=(2, 4))
    lay.dcpl.set_virtual(vsp, b'.', b'a', ssp)
    f.create_virtual_dataset('v', lay, fillvalue=np.nan)


def vds(path, dtype, vshape, vmax, mappings, fill, before=None):
    """A virtual dataset through the low-level API (h5py 3.7's VirtualLayout cannot map unlimited selections)."""
    dcpl = h5py.h5p.create(h5py.h5p.DATASET_CREATE)
    dcpl.set_fill_value(np.array(fill, dtype=dtype))
    for vsel, sfile, sdset, ssel in mappings:
        dcpl.set_virtual(vsel, sfile, sdset, ssel)
    fapl = h5py.h5p.create(h5py.h5p.FILE_ACCESS)
    fapl.set_libver_bounds(h5py.h5f.LIBVER_LATEST, h5py.h5f.LIBVER_LATEST)
    fid = h5py.h5f.create(path.encode(), h5py.h5f.ACC_TRUNC, fapl=fapl)
    if before:
        before(h5py.File(fid))
    h5py.h5d.create(fid, b'v', h5py.h5t.py_create(np.dtype(dtype)), h5py.h5s.create_simple(vshape, vmax),
                    dcpl=dcpl)
    fid.close()


for i in range(3):
    with h5py.File(f'frame_{i}.h5', 'w') as f:
        f.create_dataset('img', data=np.full((2, 3), i + 1, dtype='u2'))
vsp = h5py.h5s.create_simple((0, 3), (U, 3))
vsp.select_hyperslab((0, 0), (U, 1), (2, 1), (2, 3))
ssp = h5py.h5s.create_simple((2, 3))
ssp.select_all()
vds('vds_printf.h5', 'u2', (0, 3), (U, 3), [(vsp, b'frame_%b.h5', b'img', ssp)], 0)


def parts(f):
    for i in range(4):
        f.create_dataset(f'part_{i}', data=np.arange(4, dtype='i2') * (i + 1))


vsp = h5py.h5s.create_simple((0, 4), (U, 4))
vsp.select_hyperslab((0, 0), (U, 1), (1, 1), (1, 4))
ssp = h5py.h5s.create_simple((4,))
ssp.select_all()
vds('vds_dsetpat.h5', 'i2', (0, 4), (U, 4), [(vsp, b'.', b'part_%b', ssp)], 0, before=parts)

with h5py.File('growing.h5', 'w') as f:
    f.create_dataset('g', data=np.arange(7, dtype='i8'), maxshape=(None,), chunks=(4,))
vsp = h5py.h5s.create_simple((0,), (U,))
vsp.select_hyperslab((2,), (1,), (1,), (U,))
ssp = h5py.h5s.create_simple((0,), (U,))
ssp.select_hyperslab((0,), (1,), (1,), (U,))
vds('vds_unlim.h5', 'i8', (0,), (U,), [(vsp, b'growing.h5', b'g', ssp)], -5)
