#!/usr/bin/python3
"""Extracts single on-disk structures written by the HDF5 C library for the codec unit tests.

Run from the module directory: /usr/bin/python3 src/test/scripts/gen_codec_bytes.py
Writes small files to a temporary directory with h5py 3.7 / HDF5 1.10.8, locates structures (object headers via
H5Oget_info, message bodies by walking the header, heaps and nodes by signature or by following their owners) and
writes src/test/resources/codecs/clib.hex: one structure per line as "key address hex". Also reads the superblock
of the conformance kit's sb1_istore_k.h5 (h5py cannot set the indexed-storage K that forces version 1) and
messages only old library versions wrote from the kit's hdfgroup files (keys "old.*"), calls H5Pset_shared_mesg_*
through ctypes for shared-message heap references (keys "sohm.*"), and writes the small files
codecs/mixed_o*l*.h5 whose offsets and lengths differ in size (kept whole for end-to-end tests).
"""
import os
import struct
import tempfile
import numpy as np
import h5py

OUT = os.path.join(os.path.dirname(__file__), '..', 'resources', 'codecs', 'clib.hex')
CONFORMANCE = '/work/shared/conformance/corpus'
entries = []


def put(key, fn, addr, n):
    with open(fn, 'rb') as f:
        f.seek(addr)
        b = f.read(n)
    assert len(b) == n, key
    taken = [k for k, _, _ in entries]
    if key in taken:
        i = 1
        while '%s_%d' % (key, i) in taken:
            i += 1
        key = '%s_%d' % (key, i)
    entries.append((key, addr, b))


def raw(fn, addr, n):
    with open(fn, 'rb') as f:
        f.seek(addr)
        return f.read(n)


def addr_of(obj):
    return h5py.h5o.get_info(obj.id).addr


def uint(b, n):
    return int.from_bytes(b[:n], 'little')


def messages(fn, addr, osz=8, lsz=8):
    """[(type, body address, body length)] over all chunks, plus [(chunk kind, address, length)]."""
    b = raw(fn, addr, 64)
    msgs, chunks = [], []
    if b[0] == 1:
        size = struct.unpack_from('<I', b, 8)[0]
        chunks.append(('v1', addr, 16 + size))
        todo = [(addr + 16, size)]
        while todo:
            a, n = todo.pop(0)
            body = raw(fn, a, n)
            p = 0
            while p + 8 <= n:
                t, ln = struct.unpack_from('<HH', body, p)
                msgs.append((t, a + p + 8, ln, body[p + 4]))
                if t == 0x10:
                    ca, cl = uint(body[p + 8:], osz), uint(body[p + 8 + osz:], lsz)
                    chunks.append(('v1cont', ca, cl))
                    todo.append((ca, cl))
                p += 8 + ln
                p = (p + 7) & ~7
        return msgs, chunks
    assert b[:4] == b'OHDR'
    flags = b[5]
    p = 6 + (16 if flags & 0x20 else 0) + (4 if flags & 0x10 else 0)
    w = 1 << (flags & 3)
    size = uint(b[p:], w)
    p += w
    chunks.append(('v2', addr, p + size + 4))
    todo = [(addr + p, size)]
    hs = 6 if flags & 4 else 4
    while todo:
        a, n = todo.pop(0)
        body = raw(fn, a, n)
        q = 0
        while q + hs <= n:
            t = body[q]
            ln = struct.unpack_from('<H', body, q + 1)[0]
            msgs.append((t, a + q + hs, ln, body[q + 3]))
            if t == 0x10:
                ca, cl = uint(body[q + hs:], osz), uint(body[q + hs + osz:], lsz)
                chunks.append(('v2cont', ca, cl))
                todo.append((ca + 4, cl - 8))
            q += hs + ln
    return msgs, chunks


def put_msgs(prefix, fn, name, osz=8, lsz=8, want=(1, 2, 3, 4, 5, 6, 8, 11, 12, 16, 21)):
    ms, chunks = messages(fn, addr_of_file(fn, name), osz, lsz)
    seen = {}
    for t, a, n, _ in ms:
        if t in want:
            k = seen.get(t, 0)
            seen[t] = k + 1
            put('%s.msg%d%s' % (prefix, t, '' if k == 0 else '_%d' % k), fn, a, n)
    return chunks


def find_all(fn, sig):
    data = open(fn, 'rb').read()
    out, i = [], data.find(sig)
    while i >= 0:
        out.append(i)
        i = data.find(sig, i + 1)
    return out


def bitfield(f, name):
    sid = h5py.h5s.create_simple((3,))
    h5py.h5d.create(f.id, name.encode(), h5py.h5t.STD_B16BE, sid)


def earliest(d, sizes):
    fn = os.path.join(d, 'earliest%d.h5' % sizes)
    fcpl = h5py.h5p.create(h5py.h5p.FILE_CREATE)
    fcpl.set_sizes(sizes, sizes)
    fid = h5py.h5f.create(fn.encode(), h5py.h5f.ACC_TRUNC, fcpl=fcpl)
    with h5py.File(fid) as f:
        ds = f.create_dataset('i32be', data=np.arange(6, dtype='>i4').reshape(2, 3))
        ds.attrs['units'] = np.string_('volt')
        f.create_dataset('f64', data=np.arange(3, dtype='<f8'))
        f.create_dataset('str', data=np.array([b'ab', b'cde'], dtype='S5'))
        ct = np.dtype([('a', '<i2'), ('b', '<f8'), ('c', 'S3')])
        f.create_dataset('compound', data=np.zeros(2, dtype=ct))
        et = h5py.enum_dtype({'RED': 0, 'GREEN': 1, 'BLUE': -2}, basetype='i1')
        f.create_dataset('enum', data=np.array([0, 1], dtype='i1'), dtype=et)
        f.create_dataset('vlen_str', data=['hello', 'vlen world!'], dtype=h5py.string_dtype('utf-8'))
        f.create_dataset('vlen_seq', data=np.array([np.arange(3, dtype='i4'), np.arange(5, dtype='i4')],
                                                    dtype=object), dtype=h5py.vlen_dtype('i4'))
        f.create_dataset('array', data=np.zeros(2, dtype=np.dtype(('<i4', (2, 3)))))
        f.create_dataset('ref', data=[f['f64'].ref], dtype=h5py.ref_dtype)
        f.create_dataset('regref', data=[f['i32be'].regionref[0:1, 1:2]], dtype=h5py.regionref_dtype)
        f.create_dataset('opaque', data=np.zeros(2, dtype='V4'))
        bitfield(f, 'bitfield')
        for name, pad in [('spacepad', h5py.h5t.STR_SPACEPAD), ('nullterm', h5py.h5t.STR_NULLTERM)]:
            st = h5py.h5t.C_S1.copy()
            st.set_size(6)
            st.set_strpad(pad)
            h5py.h5d.create(f.id, name.encode(), st, h5py.h5s.create_simple((2,)))
        f.create_dataset('chunked', data=np.arange(40, dtype='<i4').reshape(4, 10), chunks=(2, 5),
                         compression='gzip', shuffle=True, fletcher32=True)
        f.create_dataset('fill', shape=(4,), dtype='<i2', fillvalue=7)
        dcpl = h5py.h5p.create(h5py.h5p.DATASET_CREATE)
        dcpl.set_layout(h5py.h5d.COMPACT)
        h5py.h5d.create(f.id, b'compact2', h5py.h5t.STD_U8LE, h5py.h5s.create_simple((4,)), dcpl=dcpl)
        at = h5py.h5t.array_create(h5py.h5t.STD_I32LE, (2, 3))
        h5py.h5d.create(f.id, b'arraytype', at, h5py.h5s.create_simple((2,)))
        f.create_dataset('compound_arr', data=np.zeros(2, dtype=np.dtype([('x', '<i2'), ('arr', '<f4', (3,))])))
        f['committed_t'] = np.dtype('<i2')
        f.create_group('cattr').attrs.create('shared', data=np.arange(2, dtype='<i2'), dtype=f['committed_t'])
        many = f.create_group('many_attrs')
        for i in range(20):
            many.attrs['attribute_number_%02d' % i] = np.arange(i + 1, dtype='<i8')
    tag = 'e%d' % sizes
    for k in ['i32be', 'f64', 'str', 'compound', 'enum', 'vlen_str', 'vlen_seq', 'array', 'ref',
              'regref', 'opaque', 'bitfield', 'chunked', 'fill', 'compact2', 'many_attrs', 'arraytype',
              'compound_arr', 'cattr', 'spacepad', 'nullterm']:
        put_msgs('%s.%s' % (tag, k), fn, k, sizes, sizes)
    put('%s.superblock' % tag, fn, 0, 24 + 4 * sizes + 2 * sizes + 24)
    v1oh = addr_of_file(fn, 'i32be')
    ms, ch = messages(fn, v1oh, sizes, sizes)
    put('%s.i32be.oh' % tag, fn, ch[0][1], ch[0][2])
    ms, ch = messages(fn, addr_of_file(fn, 'many_attrs'), sizes, sizes)
    put('%s.many_attrs.oh' % tag, fn, ch[0][1], ch[0][2])
    for i, c in enumerate(ch[1:]):
        put('%s.many_attrs.cont%d' % (tag, i), fn, c[1], c[2])
    heap = find_all(fn, b'HEAP')[0]
    put('%s.localheap' % tag, fn, heap, 8 + 3 * sizes)
    snod = find_all(fn, b'SNOD')[0]
    put('%s.snod' % tag, fn, snod, 8 + 8 * (2 * sizes + 24))
    trees = find_all(fn, b'TREE')
    for t in trees:
        typ = raw(fn, t + 4, 1)[0]
        used = struct.unpack_from('<H', raw(fn, t + 6, 2))[0]
        key = sizes if typ == 0 else 8 + 8 * 3
        put('%s.tree_%s' % (tag, 'group' if typ == 0 else 'chunk'), fn, t,
            8 + 2 * sizes + (used + 1) * key + used * sizes)
    g = find_all(fn, b'GCOL')[0]
    size = uint(raw(fn, g + 8, sizes), sizes)
    put('%s.gcol' % tag, fn, g, size)


def addr_of_file(fn, name):
    with h5py.File(fn, 'r') as f:
        return addr_of(f[name])


def new_file(fn, libver='latest'):
    return h5py.File(fn, 'w', libver=libver)


def latest(d):
    fn = os.path.join(d, 'latest.h5')
    with new_file(fn) as f:
        g = f.create_group('links')
        g['hard'] = f.create_group('target')
        g['soft'] = h5py.SoftLink('/target')
        g['ext'] = h5py.ExternalLink('other.h5', '/some/path')
        g['\u00e9t\u00e9'] = h5py.SoftLink('/x')
        gcpl = h5py.h5p.create(h5py.h5p.GROUP_CREATE)
        gcpl.set_link_creation_order(h5py.h5p.CRT_ORDER_TRACKED | h5py.h5p.CRT_ORDER_INDEXED)
        gcpl.set_attr_creation_order(h5py.h5p.CRT_ORDER_TRACKED | h5py.h5p.CRT_ORDER_INDEXED)
        h5py.h5g.create(f.id, b'ordered', gcpl=gcpl)
        o = f['ordered']
        o['a'] = h5py.SoftLink('/target')
        o.attrs['x'] = 1
        dense = f.create_group('dense', track_order=True)
        for i in range(20):
            dense['l%02d' % i] = h5py.SoftLink('/t%d' % i)
            dense.attrs['attr%02d' % i] = i
        ds = f.create_dataset('timed', data=np.arange(3, dtype='<u2'), track_times=True)
        ds.attrs['\u00fcber'] = np.string_('x')
        ocpl = h5py.h5p.create(h5py.h5p.DATASET_CREATE)
        ocpl.set_attr_phase_change(4, 2)
        h5py.h5d.create(f.id, b'phase', h5py.h5t.STD_I8LE, h5py.h5s.create_simple((2,)), dcpl=ocpl)
        cont = f.create_dataset('cont', data=np.arange(2, dtype='i4'))
        for i in range(7):
            cont.attrs['attribute_%d' % i] = np.arange(10, dtype='<i8')
        ct = np.dtype([('a', '<i2'), ('b', '<f8'), ('arr', '<i4', (2,))])
        f.create_dataset('compound', data=np.zeros(2, dtype=ct))
        et = h5py.enum_dtype({'RED': 0, 'GREEN': 1, 'BLUE': -2}, basetype='<i2')
        f.create_dataset('enum', data=np.array([0, 1], dtype='<i2'), dtype=et)
        f.create_dataset('array', data=np.zeros(2, dtype=np.dtype(('<f4', (3,)))))
        at = h5py.h5t.array_create(h5py.h5t.IEEE_F64BE, (4,))
        h5py.h5d.create(f.id, b'arraytype', at, h5py.h5s.create_simple((2,)))
        f.create_dataset('scalar', data=np.float32(1.5))
        f.create_dataset('null', data=h5py.Empty('<i4'))
        f.create_dataset('unlimited', data=np.zeros((2, 3), dtype='<i4'), maxshape=(None, 3), chunks=(1, 3))
        f.create_dataset('single', data=np.zeros((4, 4), dtype='<i4'), chunks=(4, 4))
        f.create_dataset('single_filtered', data=np.zeros((4, 4), dtype='<i4'), chunks=(4, 4), compression='gzip')
        dcpl = h5py.h5p.create(h5py.h5p.DATASET_CREATE)
        dcpl.set_chunk((2, 2))
        dcpl.set_alloc_time(h5py.h5d.ALLOC_TIME_EARLY)
        h5py.h5d.create(f.id, b'implicit', h5py.h5t.STD_I32LE, h5py.h5s.create_simple((4, 4)), dcpl=dcpl)
        f.create_dataset('fixed', data=np.zeros((8, 8), dtype='<i4'), chunks=(2, 2), maxshape=(8, 8))
        f.create_dataset('earray', data=np.zeros((8, 8), dtype='<i4'), chunks=(2, 2), maxshape=(None, 8))
        f.create_dataset('btree2', data=np.zeros((8, 8), dtype='<i4'), chunks=(2, 2), maxshape=(None, None),
                         compression='lzf')
        f.create_dataset('contig', data=np.arange(5, dtype='<i8'))
        f.create_dataset('nofill', shape=(3,), dtype='<i4')
        f.create_dataset('fill', shape=(3,), dtype='<i4', fillvalue=-1)
        f['committed'] = np.dtype('<i8')
        f.create_dataset('uses_committed', shape=(2,), dtype=f['committed'])
        names = ['links', 'ordered', 'dense', 'timed', 'phase', 'cont', 'compound', 'enum', 'array', 'scalar', 'null',
                 'unlimited', 'single', 'single_filtered', 'implicit', 'fixed', 'earray', 'btree2', 'contig',
                 'nofill', 'fill', 'uses_committed', 'arraytype']
    for k in names:
        put_msgs('l.%s' % k, fn, k)
    put('l.superblock', fn, 0, 48)
    for k in ['timed', 'phase', 'ordered', 'cont']:
        ms, ch = messages(fn, addr_of_file(fn, k))
        put('l.%s.oh' % k, fn, ch[0][1], ch[0][2])
        for i, c in enumerate(ch[1:]):
            put('l.%s.cont%d' % (k, i), fn, c[1], c[2])


def sb2(d):
    fn = os.path.join(d, 'v108.h5')
    with new_file(fn, ('earliest', 'v108')) as f:
        f.create_group('g')
    with h5py.File(fn, 'w', libver=('v108', 'v108')) as f:
        f.create_group('g')
    put('v108.superblock', fn, 0, 48)
    put('sb1.superblock', os.path.join(CONFORMANCE, 'sb1_istore_k.h5'), 0, 100)


def mixed():
    """Files whose offsets and lengths differ in size (committed whole, for end-to-end tests)."""
    for a, l in [(8, 4), (4, 8), (2, 4)]:
        fn = os.path.join(os.path.dirname(OUT), 'mixed_o%dl%d.h5' % (a, l))
        fcpl = h5py.h5p.create(h5py.h5p.FILE_CREATE)
        fcpl.set_sizes(a, l)
        fid = h5py.h5f.create(fn.encode(), h5py.h5f.ACC_TRUNC, fcpl=fcpl)
        with h5py.File(fid) as f:
            f.create_dataset('x', data=np.arange(5, dtype='<i8'))
            f.create_group('g')['y'] = np.arange(3, dtype='<f8')
            f['s'] = h5py.SoftLink('/x')
            f.attrs['a'] = np.int64(1)
        snod = find_all(fn, b'SNOD')[0]
        put('m%d%d.snod' % (a, l), fn, snod, 8 + 3 * (a + l + 24))
        put('m%d%d.superblock' % (a, l), fn, 0, 24 + 4 * a + a + l + 24)


def sohm(d):
    """Shared object header messages in the SOHM heap (h5py has no call for it: ctypes on the same library)."""
    import ctypes
    import glob
    lib = None
    for cand in sorted(glob.glob('/usr/lib/*/libhdf5_serial.so*')) + sorted(glob.glob('/usr/lib/*/libhdf5.so*')):
        try:
            lib = ctypes.CDLL(cand)
            break
        except OSError:
            pass
    fn = os.path.join(d, 'sohm.h5')
    fcpl = h5py.h5p.create(h5py.h5p.FILE_CREATE)
    assert lib.H5Pset_shared_mesg_nindexes(ctypes.c_int64(fcpl.id), 1) >= 0
    # H5O_SHMESG_ALL_FLAG (dataspace, datatype, fill, pipeline, attribute), messages of at least 1 byte
    assert lib.H5Pset_shared_mesg_index(ctypes.c_int64(fcpl.id), 0, 0x1f, 1) >= 0
    fid = h5py.h5f.create(fn.encode(), h5py.h5f.ACC_TRUNC, fcpl=fcpl)
    with h5py.File(fid) as f:
        for i in range(3):
            f.create_dataset('d%d' % i, data=np.arange(4, dtype='<i4'))
    put_msgs('sohm.d1', fn, 'd1')
    ms, ch = messages(fn, addr_of_file(fn, 'd1'))
    put('sohm.d1.oh', fn, ch[0][1], ch[0][2])


def virtual(d):
    fn = os.path.join(d, 'vds.h5')
    with new_file(fn) as f:
        f.create_dataset('src', data=np.arange(4, dtype='<i4'))
        layout = h5py.VirtualLayout(shape=(4,), dtype='<i4')
        layout[:] = h5py.VirtualSource(f['src'])
        f.create_virtual_dataset('vds', layout)
    put_msgs('vds.vds', fn, 'vds', want=(8,))


def from_conformance():
    """Structures only old library versions wrote, from the conformance kit's hdfgroup files."""
    d = os.path.join(CONFORMANCE, 'hdfgroup')
    for name in ['fill_old', 'deflate', 'tarrold', 'tbfloat16', 't128bit_float', 'tcompound', 'tenum']:
        fn = os.path.join(d, name + '.h5')
        with h5py.File(fn, 'r') as f:
            objs = []
            f.visit(lambda n: objs.append((n, addr_of(f[n]))))
        seen = set()
        for n, a in sorted(objs):
            ms, _ = messages(fn, a)
            for t, ad, ln, fl in ms:
                key = 'old.%s.%s%d' % (name, 'shared' if fl & 2 else 'msg', t)
                if t in (3, 4, 5, 8, 11) and (key not in seen or name == 'tarrold'):
                    seen.add(key)
                    put(key, fn, ad, ln)


def main():
    from_conformance()
    mixed()
    with tempfile.TemporaryDirectory() as d:
        sohm(d)
        virtual(d)
        earliest(d, 8)
        earliest(d, 4)
        latest(d)
        sb2(d)
    with open(OUT, 'w') as out:
        out.write('# generated by src/test/scripts/gen_codec_bytes.py (h5py %s, HDF5 %s): key address hex\n'
                  % (h5py.__version__, h5py.version.hdf5_version))
        for k, a, b in entries:
            out.write('%s %d %s\n' % (k, a, b.hex()))


main()
