#!/usr/bin/env python3
"""Prints, as JSON, every TimeSeries of NWB files as pynwb reads them: what `nwbj timeseries` prints for nwbj.

usage: dump_timeseries.py FILE...   (PYTHONPATH with pynwb, e.g. from ../shared/reference/setup.sh)

Which paths are listed (nwbj lists the same): walking the file from the root, skipping /specifications, every
group that pynwb maps to a TimeSeries class (subtypes and extension types included), found
- through hard links (walked recursively),
- as a soft link to such a group (reported with the link; soft links are not walked into),
- through an external link (reported with the link and walked into, at most 8 files deep).
Values come from the container pynwb builds for that group (found by object_id); when pynwb cannot read the file
at all, from h5py, and the entry says so ("reader").
"""
import hashlib
import json
import os
import sys
import warnings

import h5py
import numpy as np

MAX_EXTERNAL_DEPTH = 8


def dtype_name(dt):
    if dt.kind in 'OSU':
        return 'str'
    if dt.kind == 'b':
        return 'bool'
    return dt.name


def checksum(values):
    a = np.asarray(values)
    if a.dtype.kind in 'iub':
        b = np.ascontiguousarray(a.astype('<i8')).tobytes()
    elif a.dtype.kind == 'f':
        b = np.ascontiguousarray(a.astype('<f8')).tobytes()
    elif a.dtype.kind in 'OSU':
        items = [v.decode('utf-8') if isinstance(v, bytes) else str(v) for v in a.reshape(-1)]
        b = '\0'.join(items).encode('utf-8')
    else:
        return None
    return hashlib.sha256(b).hexdigest()


def link_of(group, name):
    link = group.get(name, getlink=True)
    if isinstance(link, h5py.SoftLink):
        return {'kind': 'soft', 'target': link.path}
    if isinstance(link, h5py.ExternalLink):
        return {'kind': 'external', 'file': link.filename, 'target': link.path}
    return None


def array_entry(values, link):
    if values is None:
        return None
    arr = values[()] if hasattr(values, 'shape') and hasattr(values, 'dtype') else np.asarray(values)
    arr = np.asarray(arr)
    return {'shape': list(arr.shape), 'dtype': dtype_name(arr.dtype), 'sha256': checksum(arr), 'link': link}


def text(v):
    return v.decode('utf-8') if isinstance(v, bytes) else v


def find(h5file, is_timeseries):
    """(path, h5py group, link) for every TimeSeries group, walked as the module doc says."""
    found = []

    def walk(group, path, depth):
        for name in sorted(group.keys(), key=lambda n: n.encode('utf-8')):
            if path == '' and name == 'specifications':
                continue
            p = path + '/' + name
            link = link_of(group, name)
            try:
                obj = group[name]
            except (KeyError, OSError):
                continue  # a dangling link
            if not isinstance(obj, h5py.Group):
                continue
            attrs = obj.attrs
            if 'neurodata_type' in attrs and is_timeseries(text(attrs.get('namespace')),
                                                           text(attrs['neurodata_type'])):
                found.append((p, obj, link))
            if link is None:
                walk(obj, p, depth)
            elif link['kind'] == 'external' and depth < MAX_EXTERNAL_DEPTH:
                walk(obj, p, depth + 1)

    walk(h5file, '', 0)
    return found


def from_pynwb(ts, group):
    timestamps = ts.timestamps
    if timestamps is not None and hasattr(timestamps, 'timestamps'):
        timestamps = timestamps.timestamps  # linked to another series' timestamps
    return {
        'neurodata_type': ts.neurodata_type,
        'data': array_entry(ts.data, link_of(group, 'data')),
        'unit': ts.unit,
        'conversion': ts.conversion,
        'offset': ts.offset,
        'resolution': ts.resolution,
        'timestamps': array_entry(timestamps, link_of(group, 'timestamps')) if timestamps is not None else None,
        'starting_time': ts.starting_time,
        'rate': ts.rate,
    }


def from_h5py(group):
    data = group['data']
    entry = {
        'neurodata_type': text(group.attrs['neurodata_type']),
        'data': array_entry(data, link_of(group, 'data')),
        'unit': text(data.attrs.get('unit', 'unknown')),
        'conversion': float(data.attrs.get('conversion', 1.0)),
        'offset': float(data.attrs.get('offset', 0.0)),
        'resolution': float(data.attrs.get('resolution', -1.0)),
        'timestamps': None, 'starting_time': None, 'rate': None,
    }
    if 'timestamps' in group:
        entry['timestamps'] = array_entry(group['timestamps'], link_of(group, 'timestamps'))
    elif 'starting_time' in group:
        entry['starting_time'] = float(group['starting_time'][()])
        entry['rate'] = float(group['starting_time'].attrs['rate'])
    return entry


def dump(path):
    import pynwb
    from pynwb import NWBHDF5IO, TimeSeries
    out = {'file': os.path.basename(path), 'reader': 'pynwb', 'pynwb_error': None, 'timeseries': []}
    io = NWBHDF5IO(path, 'r', load_namespaces=True)
    type_map = io.manager.type_map
    objects = None
    try:
        objects = io.read().objects
    except Exception as e:  # pynwb cannot read some valid files (e.g. shallow copies with linked tables)
        out['reader'] = 'h5py'
        out['pynwb_error'] = '%s: %s' % (type(e).__name__, e)

    def is_timeseries(namespace, neurodata_type):
        try:
            cls = type_map.get_dt_container_cls(neurodata_type, namespace or 'core')
        except Exception:
            return False
        return isinstance(cls, type) and issubclass(cls, TimeSeries)

    with h5py.File(path, 'r') as h:
        for p, group, link in find(h, is_timeseries):
            oid = text(group.attrs.get('object_id'))
            if objects is not None and oid in objects:
                entry = from_pynwb(objects[oid], group)
            elif objects is not None:
                raise SystemExit('%s: pynwb has no container for %s (object_id %s)' % (path, p, oid))
            else:
                entry = from_h5py(group)
            entry = dict(path=p, link=link, **entry)
            out['timeseries'].append(entry)
    io.close()
    return out


def main(argv):
    warnings.simplefilter('ignore')
    print(json.dumps([dump(p) for p in argv[1:]], indent=1, sort_keys=True))


if __name__ == '__main__':
    main(sys.argv)
