"""Prints, as JSON, what h5py sees in a file: every object (by path, links not followed), its links, attributes and
dataset values, normalized so that nwbj's reader view (ReaderView.java) can be compared with it:
floats as the hex bits of the float64 value, strings as str, enums and bools as ints, compounds as dicts, opaque
as hex, references as the target's path. Usage: h5values.py FILE (or BASE of a split pair BASE-m.h5 + BASE-r.h5)"""
import json
import os
import struct
import sys

import h5py
import numpy as np


def fbits(x):
    return "f:" + format(struct.unpack("<Q", struct.pack("<d", float(x)))[0], "x")


def norm(f, x, dt):
    if dt.names:
        return {n: norm(f, x[n], dt.fields[n][0]) for n in dt.names}
    if dt.subdtype is not None:
        base, shape = dt.subdtype
        return nest(f, np.asarray(x).reshape(shape), base, len(shape))
    ref = h5py.check_ref_dtype(dt)
    if ref is not None:
        if not x:
            return None
        target = PATHS.get(h5py.h5o.get_info(f[x].id).addr)
        if ref is h5py.RegionReference:
            return {"region": target}
        return target
    vl = h5py.check_vlen_dtype(dt)
    if vl is not None and vl not in (str, bytes):
        return [norm(f, e, vl) for e in x]
    if isinstance(x, bytes):
        if dt.kind == "V":
            return x.hex()
        return x.rstrip(b"\x00 ").decode("utf-8")
    if isinstance(x, str):
        return x.rstrip("\x00 ") if dt.kind == "S" else x
    if dt.kind in "iu" or dt.kind == "b":
        return int(x)
    if dt.kind == "f":
        return fbits(x)
    if dt.kind == "V":
        return bytes(x).hex()
    if dt.kind == "O":
        return x.decode("utf-8") if isinstance(x, bytes) else x
    raise ValueError("unhandled dtype %r" % (dt,))


def nest(f, arr, dt, ndim=None):
    """Nested lists over the first ndim dimensions of arr (all of them by default), elements normalized."""
    if ndim is None:
        ndim = arr.ndim
    if ndim == 0:
        return norm(f, arr[()] if isinstance(arr, np.ndarray) else arr, dt)
    return [nest(f, a, dt, ndim - 1) for a in arr]


def shape_of(shape):
    return None if shape is None else list(shape)


def attrs(f, obj):
    out = {}
    for name in sorted(obj.attrs.keys()):
        aid = obj.attrs.get_id(name)
        shape = aid.shape
        if aid.get_type().get_class() == h5py.h5t.OPAQUE:
            # h5py converts opaque data only between equal tags: read with the stored type itself
            v = np.empty(shape, dtype=aid.dtype)
            aid.read(v, mtype=aid.get_type())
        else:
            v = obj.attrs[name]
        if shape is None:
            out[name] = {"shape": None}
            continue
        dt = aid.dtype
        if shape == ():
            if isinstance(v, np.ndarray) and v.shape == () and v.dtype == dt:
                v = v[()]
            out[name] = {"shape": [], "value": norm(f, v, dt)}
            continue
        arr = np.asarray(v, dtype=dt) if not isinstance(v, np.ndarray) else v
        if dt.subdtype is None:
            arr = arr.reshape(shape)
            out[name] = {"shape": list(shape), "value": nest(f, arr, dt, len(shape))}
        else:
            base, sub = dt.subdtype
            arr = arr.reshape(tuple(shape) + tuple(sub))
            out[name] = {"shape": list(shape), "value": nest(f, arr, base, len(shape) + len(sub))}
    return out


PATHS = {}


def index_paths(g, gpath):
    """First path of every object in sorted depth-first order: reference targets print as these."""
    for name in sorted(g.keys()):
        link = g.get(name, getlink=True)
        if not isinstance(link, h5py.HardLink):
            continue
        obj = g[name]
        addr = h5py.h5o.get_info(obj.id).addr
        if addr in PATHS:
            continue
        child = gpath.rstrip("/") + "/" + name
        PATHS[addr] = child
        if isinstance(obj, h5py.Group):
            index_paths(obj, child)


def main(path):
    if not os.path.exists(path) and os.path.exists(path + "-m.h5"):
        f = h5py.File(path, "r", driver="split")  # a split pair PATH-m.h5 + PATH-r.h5
    else:
        f = h5py.File(path, "r")
    PATHS[h5py.h5o.get_info(f["/"].id).addr] = "/"
    index_paths(f, "/")
    seen = {}
    out = {}

    def visit(g, gpath):
        entry = {"kind": "group", "attrs": attrs(f, g), "links": {}}
        out[gpath] = entry
        for name in sorted(g.keys()):
            child = gpath.rstrip("/") + "/" + name
            link = g.get(name, getlink=True)
            if isinstance(link, h5py.SoftLink):
                entry["links"][name] = {"soft": link.path}
                continue
            if isinstance(link, h5py.ExternalLink):
                entry["links"][name] = {"external": [link.filename, link.path]}
                continue
            obj = g[name]
            addr = h5py.h5o.get_info(obj.id).addr
            if addr in seen:
                entry["links"][name] = {"hard": seen[addr]}
                continue
            seen[addr] = child
            entry["links"][name] = {"hard": child}
            if isinstance(obj, h5py.Group):
                visit(obj, child)
            elif isinstance(obj, h5py.Dataset):
                d = {"kind": "dataset", "attrs": attrs(f, obj), "shape": shape_of(obj.shape)}
                if obj.shape is not None:
                    if obj.id.get_type().get_class() == h5py.h5t.OPAQUE:
                        arr = np.empty(obj.shape, dtype=obj.dtype)
                        obj.id.read(h5py.h5s.ALL, h5py.h5s.ALL, arr, mtype=obj.id.get_type())
                    else:
                        arr = obj[()]
                    sub = obj.dtype.subdtype
                    if obj.shape == () and sub is None:
                        if isinstance(arr, np.ndarray) and arr.shape == () and arr.dtype == obj.dtype:
                            arr = arr[()]
                        d["value"] = norm(f, arr, obj.dtype)
                    else:
                        if not isinstance(arr, np.ndarray):
                            arr = np.asarray(arr, dtype=obj.dtype)
                        ndim = len(obj.shape) + (len(sub[1]) if sub else 0)
                        d["value"] = nest(f, arr, sub[0] if sub else obj.dtype, ndim)
                out[child] = d
            else:
                out[child] = {"kind": "datatype", "attrs": attrs(f, obj)}

    seen[h5py.h5o.get_info(f["/"].id).addr] = "/"
    visit(f, "/")
    print(json.dumps(out, sort_keys=True))


main(sys.argv[1])
