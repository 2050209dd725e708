#!/usr/bin/env python3
"""One NWB file per pynwb.testing.mock builder, and a JSON dump of what pynwb reads from a file.

usage (PYTHONPATH with pynwb 2.8.3):
  mock_roundtrip.py write OUT_DIR        writes OUT_DIR/<builder>.nwb for every mock_* builder, prints the names
  mock_roundtrip.py dump FILE...         prints {file: {object key: {field: value}}} as pynwb reads each file
  mock_roundtrip.py fields DIR           compares DIR/x.nwb as pynwb reads it with DIR/x.nwb.json, nwbj's dump of its
                                         typed view (TypedJson): every pynwb object (by object id) with its type and
                                         name, every pynwb field nwbj names alike with an equal value; lists the
                                         pynwb fields nwbj names otherwise; exit 1 on a missing object or a difference
  mock_roundtrip.py compare A_DIR B_DIR  dumps every A_DIR/x.nwb and B_DIR/x.nwb (same names) and lists differences;
                                         exit 1 when any differ or cannot be read

The dump lists every container pynwb builds (nwbfile.objects), keyed by its type and its parents' names, with its
fields (hdmf's Container.fields): arrays as lists, containers as "Type name", datetimes in ISO form.
"""
import datetime
import importlib
import inspect
import json
import os
import pkgutil
import sys
import warnings

import numpy as np


def builders():
    import pynwb.testing.mock as mock
    out = []
    for info in pkgutil.iter_modules(mock.__path__):
        mod = importlib.import_module('pynwb.testing.mock.' + info.name)
        for name, f in inspect.getmembers(mod, inspect.isfunction):
            if name.startswith('mock_') and f.__module__ == mod.__name__ and name != 'mock_NWBFile':
                out.append((name, f))
    return sorted(out)


def place(nwbfile, obj):
    """Adds obj to the file where pynwb users put it, unless the builder already did."""
    from pynwb.device import Device
    from pynwb.ecephys import ElectrodeGroup
    from pynwb.file import Subject
    from pynwb.icephys import IntracellularElectrode
    from pynwb.ogen import OptogeneticStimulusSite
    from pynwb.ophys import ImagingPlane, OpticalChannel
    from pynwb.core import NWBDataInterface, DynamicTable
    if obj is None or getattr(obj, 'parent', None) is not None:
        return
    if isinstance(obj, Device):
        nwbfile.add_device(obj)
    elif isinstance(obj, Subject):
        nwbfile.subject = obj
    elif isinstance(obj, ElectrodeGroup):
        nwbfile.add_electrode_group(obj)
    elif isinstance(obj, IntracellularElectrode):
        nwbfile.add_icephys_electrode(obj)
    elif isinstance(obj, OptogeneticStimulusSite):
        nwbfile.add_ogen_site(obj)
    elif isinstance(obj, ImagingPlane):
        nwbfile.add_imaging_plane(obj)
    elif isinstance(obj, OpticalChannel):
        from pynwb.testing.mock.ophys import mock_ImagingPlane
        mock_ImagingPlane(nwbfile=nwbfile, optical_channel=obj)
    elif isinstance(obj, (NWBDataInterface, DynamicTable)):
        nwbfile.add_acquisition(obj)


def write(out_dir):
    warnings.simplefilter('ignore')
    from pynwb import NWBHDF5IO
    from pynwb.testing.mock.file import mock_NWBFile
    os.makedirs(out_dir, exist_ok=True)
    for name, f in builders():
        nwbfile = mock_NWBFile(session_start_time=datetime.datetime(2024, 1, 2, 3, 4, 5,
                                                                    tzinfo=datetime.timezone.utc),
                               identifier=name)
        obj = f(nwbfile=nwbfile)
        place(nwbfile, obj)
        with NWBHDF5IO(os.path.join(out_dir, name + '.nwb'), 'w') as io:
            io.write(nwbfile)
        print(name)


def value(v):
    from hdmf.container import AbstractContainer, Data
    if isinstance(v, AbstractContainer) and not isinstance(v, Data):
        return '%s %s' % (type(v).__name__, v.name)
    if isinstance(v, Data):
        return {'%s %s' % (type(v).__name__, v.name): value(v.data)}
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.isoformat()
    if isinstance(v, dict):
        return {str(k): value(x) for k, x in sorted(v.items())}
    if isinstance(v, (list, tuple)):
        return [value(x) for x in v]
    if hasattr(v, 'shape') and hasattr(v, 'dtype'):
        a = np.asarray(v[()] if hasattr(v, 'id') else v)
        if a.dtype.kind == 'f':
            return [value(x) for x in a.astype('float64').tolist()] if a.ndim else value(float(a))
        if a.dtype.kind in 'OSU':
            return [value(x) for x in a.tolist()] if a.ndim else value(a.tolist())
        if a.dtype.names:
            return [value(tuple(x)) for x in a.tolist()]
        return a.tolist()
    if isinstance(v, bytes):
        return v.decode('utf-8', 'replace')
    if isinstance(v, (np.generic,)):
        return value(v.item())
    if isinstance(v, float):
        return 'nan' if v != v else round(v, 9)
    if isinstance(v, (str, int, bool)) or v is None:
        return v
    return repr(v)


def key(c):
    names = []
    p = c
    while p is not None:
        names.append(p.name)
        p = p.parent
    return type(c).__name__ + ' ' + '/'.join(reversed(names))


def dump(path):
    warnings.simplefilter('ignore')
    from pynwb import NWBHDF5IO
    with NWBHDF5IO(path, 'r', load_namespaces=True) as io:
        f = io.read()
        out = {}
        for c in f.objects.values():
            out[key(c)] = {k: value(v) for k, v in sorted(c.fields.items())}
        return out


def flat(v):
    if isinstance(v, (list, tuple)):
        out = []
        for x in v:
            out.extend(flat(x))
        return out
    return [v]


def same(a, b):
    import math
    a, b = flat(a), flat(b)
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if isinstance(x, dict) or isinstance(y, dict):
            if x != y:
                return False
        elif isinstance(x, (int, float)) and isinstance(y, (int, float)):
            if not math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9):
                return False
        elif x != y:
            return False
    return True


def by_id(path):
    from hdmf.container import AbstractContainer
    from pynwb import NWBHDF5IO

    def idvalue(v):
        if isinstance(v, AbstractContainer):
            return '%s %s' % (getattr(v, 'neurodata_type', type(v).__name__), v.name)
        if isinstance(v, dict):
            return {str(k): idvalue(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [idvalue(x) for x in v]
        return value(v)
    with NWBHDF5IO(path, 'r', load_namespaces=True) as io:
        f = io.read()
        return {c.object_id: {'type': getattr(c, 'neurodata_type', type(c).__name__), 'name': c.name,
                              'fields': {k: idvalue(v) for k, v in c.fields.items()}}
                for c in f.objects.values()}


# pynwb fields whose value pynwb does not take from the file, or that it names for something else:
# the icephys tables' descriptions are set by pynwb's classes (the file holds the spec's text, ending in '.');
# NWBFile.stimulus is pynwb's name for /stimulus/presentation (nwbj: the stimulus group, presentation inside).
KNOWN = {('IntracellularElectrodesTable', 'description'), ('IntracellularStimuliTable', 'description'),
         ('IntracellularResponsesTable', 'description'), ('NWBFile', 'stimulus')}


def same_columns(pv, jv, jfields):
    """pynwb lists every column; nwbj keeps the unnamed ones in 'columns', the spec's named ones as fields."""
    ours = set(jv.values()) if isinstance(jv, dict) else set(flat(jv))
    return ours <= set(pv) and all(c in ours or c.split(' ', 1)[1] in jfields for c in pv)


def fields(d):
    warnings.simplefilter('ignore')
    bad, compared, other = 0, 0, set()
    for name in sorted(os.listdir(d)):
        if not name.endswith('.nwb'):
            continue
        theirs = by_id(os.path.join(d, name))
        ours = json.load(open(os.path.join(d, name + '.json')))
        problems = []
        for oid, p in sorted(theirs.items()):
            j = ours.get(oid)
            if j is None:
                problems.append('%s %s: not in the typed view' % (p['type'], p['name']))
                continue
            if (j['type'], j['name']) != (p['type'], p['name']):
                problems.append('%s %s: nwbj has %s %s' % (p['type'], p['name'], j['type'], j['name']))
            for k, pv in sorted(p['fields'].items()):
                if k not in j['fields']:
                    other.add('%s.%s' % (p['type'], k))
                    continue
                compared += 1
                if (p['type'], k) in KNOWN:
                    continue
                if k == 'columns' and isinstance(pv, list):
                    ok = same_columns(pv, j['fields'][k], j['fields'])
                else:
                    ok = same(pv, j['fields'][k])
                if not ok:
                    problems.append('%s %s.%s: pynwb %r, nwbj %r' % (p['type'], p['name'], k, pv, j['fields'][k]))
        print('%s: %s' % (name, 'equal' if not problems else 'DIFFERENT\n  ' + '\n  '.join(problems)))
        bad += bool(problems)
    print('%d fields compared equal or reported above; pynwb fields nwbj names otherwise (flattened or renamed): %s'
          % (compared, ', '.join(sorted(other))))
    return bad


def compare(a_dir, b_dir):
    bad = 0
    for name in sorted(os.listdir(a_dir)):
        if not name.endswith('.nwb'):
            continue
        try:
            a = dump(os.path.join(a_dir, name))
            b = dump(os.path.join(b_dir, name))
        except Exception as e:  # noqa: BLE001 - report every file
            print('%s: cannot read: %s' % (name, e))
            bad += 1
            continue
        diffs = []
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                fa, fb = a.get(k) or {}, b.get(k) or {}
                fields = sorted(x for x in set(fa) | set(fb) if fa.get(x) != fb.get(x))
                if k in a and k in b:
                    what = ', '.join('%s %r != %r' % (x, fa.get(x), fb.get(x)) for x in fields)
                else:
                    what = 'only in ' + ('pynwb' if k in a else 'nwbj')
                diffs.append('%s: %s' % (k, what))
        print('%s: %s' % (name, 'equal' if not diffs else 'DIFFERENT\n  ' + '\n  '.join(diffs)))
        bad += bool(diffs)
    return bad


if __name__ == '__main__':
    if sys.argv[1] == 'write':
        write(sys.argv[2])
    elif sys.argv[1] == 'dump':
        print(json.dumps({p: dump(p) for p in sys.argv[2:]}, indent=1, sort_keys=True))
    elif sys.argv[1] == 'fields':
        sys.exit(1 if fields(sys.argv[2]) else 0)
    elif sys.argv[1] == 'compare':
        sys.exit(1 if compare(sys.argv[2], sys.argv[3]) else 0)
