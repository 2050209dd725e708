#!/usr/bin/python3
"""Generates the small HDF5 files of src/test/resources/heaps/ and their expected values (*.txt).

Run from the module directory: /usr/bin/python3 src/test/scripts/gen_heaps.py
Every file holds exactly one structure of interest (one fractal heap with its B-trees, or one chunk index),
so tests can find its header by scanning for the signature. The .txt files let tests run without python:
group_*.txt lists link names in creation order, attrs_dense.txt attribute names and data sizes in creation
order, and the chunk files give the chunk byte size, the chunk grid and, per allocated chunk (from h5py's
get_chunk_info), its scaled offsets, filter mask, address and stored size. Files ending in _o4 use 4-byte
offsets and lengths. Written with h5py 3.7 / HDF5 1.10.8 (Debian); regenerating rewrites every file.
"""
import os
import random
import numpy as np
import h5py

OUT = os.path.join(os.path.dirname(__file__), '..', 'resources', 'heaps')


def path(name):
    return os.path.join(OUT, name)


def new_file(name):
    """A file with libver='latest'; names ending in _o4 use 4-byte offsets and lengths instead of 8."""
    if not name.endswith('_o4'):
        return h5py.File(path(name + '.h5'), 'w', libver='latest')
    fcpl = h5py.h5p.create(h5py.h5p.FILE_CREATE)
    fcpl.set_sizes(4, 4)
    fapl = h5py.h5p.create(h5py.h5p.FILE_ACCESS)
    fapl.set_libver_bounds(h5py.h5f.LIBVER_LATEST, h5py.h5f.LIBVER_LATEST)
    fid = h5py.h5f.create(path(name + '.h5').encode(), h5py.h5f.ACC_TRUNC, fcpl=fcpl, fapl=fapl)
    return h5py.File(fid)


def group_file(name, n, seed):
    rnd = random.Random(seed)
    names = ['k%04d%s' % (i, 'x' * rnd.randrange(0, 4)) for i in range(n)] if n > 100 else ['link_%05d_%s' % (i, 'x' * rnd.randrange(0, 12)) for i in range(n)]
    rnd.shuffle(names)  # creation order differs from name order
    with new_file(name) as f:
        g = f.create_group('g', track_order=True)
        for nm in names:
            g[nm] = h5py.SoftLink('/target/' + nm)
    with open(path(name + '.txt'), 'w') as t:
        # link names in creation order
        for nm in names:
            t.write(nm + '\n')


def attr_file():
    with h5py.File(path('attrs_dense.h5'), 'w', libver='latest') as f:
        g = f.create_group('g', track_order=True)
        lines = []
        for i in range(12):
            g.attrs['attr_%02d' % i] = np.arange(i + 1, dtype='<i4')
            lines.append('attr_%02d %d' % (i, (i + 1) * 4))
        # larger than the 64 KiB managed-object limit: stored as a huge object of the heap
        big = np.arange(70000 // 4, dtype='<i4')
        g.attrs['huge'] = big
        lines.append('huge %d' % big.nbytes)
    with open(path('attrs_dense.txt'), 'w') as t:
        t.write('\n'.join(lines) + '\n')


def chunk_file(name, shape, maxshape, chunks, dtype, write, **kw):
    with new_file(name) as f:
        d = f.create_dataset('d', shape=shape, maxshape=maxshape, chunks=chunks, dtype=dtype, **kw)
        write(d)
        d.file.flush()
        n = d.id.get_num_chunks()
        chunk_bytes = int(np.prod(chunks)) * np.dtype(dtype).itemsize
        with open(path(name + '.txt'), 'w') as t:
            t.write('chunkbytes %d\n' % chunk_bytes)
            t.write('grid %s\n' % ' '.join(str(-(-(m if m else s) // c)) for s, m, c in
                                           zip(d.shape, d.maxshape, chunks)))
            for i in range(n):
                off, mask, addr, size = d.id.get_chunk_info(i)
                scaled = [o // c for o, c in zip(off, chunks)]
                t.write('chunk %s %d %d %d\n' % (' '.join(map(str, scaled)), mask, addr, size))


def fill(d):
    d[...] = np.arange(d.size).reshape(d.shape) % 120


def main():
    os.makedirs(OUT, exist_ok=True)
    group_file('group_small', 10, 1)
    group_file('group_big', 1000, 2)
    attr_file()

    def top_half(d):
        d[0:6, :] = 7
    chunk_file('fa_plain', (10, 12), (10, 12), (3, 4), 'i4', top_half)
    chunk_file('fa_filtered', (10, 12), (10, 12), (3, 4), 'i4', fill, compression='gzip')

    def ends(d):
        d[0:10] = 1
        d[2990:3000] = 2
    chunk_file('fa_paged', (3000,), (3000,), (1,), 'u1', ends)

    def grow(n, skip):
        def w(d):
            d.resize((n,))
            for i in range(n):
                if i % skip != 3:
                    d[i] = i % 100 + 1
        return w
    chunk_file('ea_plain', (0,), (None,), (1,), 'i1', grow(400, 7))

    def grow4(d):
        d.resize((1200,))
        d[...] = np.arange(1200) % 50
    chunk_file('ea_filtered', (0,), (None,), (4,), 'i2', grow4, compression='gzip')
    chunk_file('bt2_plain', (40, 40), (None, None), (2, 2), 'i1', fill)
    chunk_file('bt2_filtered', (20, 20), (None, None), (2, 2), 'i2', fill, compression='gzip')

    # 4-byte offsets and lengths change the width of most fields
    group_file('group_o4', 30, 3)
    chunk_file('fa_filtered_o4', (10, 12), (10, 12), (3, 4), 'i4', fill, compression='gzip')
    chunk_file('ea_plain_o4', (0,), (None,), (1,), 'i1', grow(400, 7))
    chunk_file('bt2_filtered_o4', (20, 20), (None, None), (2, 2), 'i2', fill, compression='gzip')


main()
