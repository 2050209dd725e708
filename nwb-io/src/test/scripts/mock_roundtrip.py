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


def extras():
    """Types pynwb's own integration tests (tests/integration/hdf5) round-trip that no mock builder makes: one
    builder each, named extra_<Type>, adding its object(s) to the given file."""
    from pynwb import TimeSeries, ProcessingModule
    from pynwb.base import Images, ImageReferences
    from pynwb.behavior import (BehavioralEpochs, BehavioralEvents, BehavioralTimeSeries, EyeTracking,
                                SpatialSeries)
    from pynwb.ecephys import ElectricalSeries, EventDetection, FilteredEphys, LFP
    from pynwb.image import GrayscaleImage, ImageMaskSeries, ImageSeries, IndexSeries, OpticalSeries, RGBAImage, \
        RGBImage
    from pynwb.misc import AbstractFeatureSeries, AnnotationSeries, DecompositionSeries, IntervalSeries
    from pynwb.testing.mock.ecephys import mock_ElectricalSeries

    def module(nwbfile, name):
        if name not in nwbfile.processing:
            nwbfile.add_processing_module(ProcessingModule(name=name, description=name + ' data'))
        return nwbfile.processing[name]

    def annotation(nwbfile):
        nwbfile.add_acquisition(AnnotationSeries(name='notes', description='what happened',
                                                 data=['start', 'stop'], timestamps=[0.0, 1.0]))

    def abstract_feature(nwbfile):
        nwbfile.add_acquisition(AbstractFeatureSeries(name='features', data=[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]],
                                                      feature_units=['cm', 's'], features=['height', 'time'],
                                                      timestamps=[0.0, 0.1, 0.2], description='features'))

    def interval(nwbfile):
        nwbfile.add_acquisition(IntervalSeries(name='running', data=[1, -1, 1, -1],
                                               timestamps=[0.5, 1.5, 3.5, 4.0], description='running bouts'))

    def decomposition(nwbfile):
        ts = TimeSeries(name='source', data=np.arange(20.0).reshape(10, 2), unit='mV', rate=100.0,
                        description='the decomposed signal')
        nwbfile.add_acquisition(ts)
        ds = DecompositionSeries(name='bands', data=np.arange(40.0).reshape(10, 2, 2), metric='amplitude',
                                 description='two bands', source_timeseries=ts, rate=100.0)
        ds.add_band(band_name='theta', band_limits=(4.0, 8.0), band_mean=6.0, band_stdev=1.0)
        ds.add_band(band_name='gamma', band_limits=(30.0, 80.0), band_mean=55.0, band_stdev=5.0)
        module(nwbfile, 'ecephys').add(ds)

    def image_series(nwbfile):
        nwbfile.add_acquisition(ImageSeries(name='movie', data=np.arange(240, dtype=np.uint8).reshape(20, 3, 4),
                                            unit='n.a.', rate=30.0, description='a movie'))

    def optical(nwbfile):
        nwbfile.add_stimulus(OpticalSeries(name='shown', data=np.arange(240, dtype=np.uint8).reshape(20, 3, 4),
                                           unit='n.a.', rate=1.0, distance=0.7, field_of_view=[0.2, 0.3],
                                           orientation='lower left', description='what the animal saw'))

    def images(nwbfile):
        gray = GrayscaleImage(name='gray', data=np.arange(12, dtype=np.uint8).reshape(3, 4), resolution=1.5,
                              description='a gray image')
        rgb = RGBImage(name='rgb', data=np.arange(36, dtype=np.uint8).reshape(3, 4, 3), description='colour')
        rgba = RGBAImage(name='rgba', data=np.arange(48, dtype=np.uint8).reshape(3, 4, 4), description='alpha')
        # no order_of_images here (the dump turns references to images of three shapes into one numpy array);
        # extra_IndexSeries has one
        imgs = Images(name='stack', images=[gray, rgb, rgba], description='three images')
        nwbfile.add_acquisition(imgs)

    def index_series(nwbfile):
        a = GrayscaleImage(name='a', data=np.zeros((3, 4), dtype=np.uint8), description='first')
        b = GrayscaleImage(name='b', data=np.ones((3, 4), dtype=np.uint8), description='second')
        imgs = Images(name='templates', images=[a, b], description='shown images',
                      order_of_images=ImageReferences(name='order_of_images', data=[a, b]))
        nwbfile.add_stimulus_template(imgs)
        nwbfile.add_stimulus(IndexSeries(name='shown_order', data=[0, 1, 0], indexed_images=imgs,
                                         unit='N/A', timestamps=[0.0, 1.0, 2.0], description='which image'))

    def image_mask(nwbfile):
        movie = ImageSeries(name='movie', data=np.arange(240, dtype=np.uint8).reshape(20, 3, 4), unit='n.a.',
                            rate=30.0, description='a movie')
        nwbfile.add_acquisition(movie)
        nwbfile.add_acquisition(ImageMaskSeries(name='mask', masked_imageseries=movie, unit='n.a.',
                                                data=np.ones((20, 3, 4), dtype=np.uint8), rate=30.0,
                                                description='a mask'))

    def scratch(nwbfile):
        nwbfile.add_scratch(np.arange(5.0), name='scratch_values', description='kept for later')

    def series(nwbfile, name):
        mock_ElectricalSeries(name='raw', nwbfile=nwbfile)  # the electrodes table, and a raw series beside
        region = nwbfile.create_electrode_table_region([0, 1], 'two electrodes')
        return ElectricalSeries(name=name, data=np.arange(20.0).reshape(10, 2), electrodes=region, rate=1000.0,
                                filtering='1-300 Hz band pass', description=name)

    def lfp(nwbfile):
        module(nwbfile, 'ecephys').add(LFP(electrical_series=series(nwbfile, 'lfp_series')))

    def filtered(nwbfile):
        module(nwbfile, 'ecephys').add(FilteredEphys(electrical_series=series(nwbfile, 'filtered_series')))

    # FeatureExtraction is left out: nwbinspector 0.5.2's check_description fails on its description list (ERROR)
    def detection(nwbfile):
        es = mock_ElectricalSeries(name='es', nwbfile=nwbfile)
        module(nwbfile, 'ecephys').add(EventDetection(detection_method='threshold', source_electricalseries=es,
                                                      source_idx=[1, 3], times=[0.01, 0.03]))

    def behavior(nwbfile):
        m = module(nwbfile, 'behavior')
        m.add(BehavioralEvents(time_series=TimeSeries(name='licks', data=[1, 1, 1], unit='n.a.',
                                                       timestamps=[0.1, 0.5, 0.9], description='licks')))
        m.add(BehavioralTimeSeries(time_series=TimeSeries(name='speed', data=[1.0, 2.0], unit='m/s', rate=10.0,
                                                           description='running speed')))
        m.add(BehavioralEpochs(interval_series=IntervalSeries(name='still', data=[1, -1], timestamps=[0.0, 2.0],
                                                               description='still')))
        m.add(EyeTracking(spatial_series=SpatialSeries(name='eye', data=np.ones((3, 2)), reference_frame='screen',
                                                        rate=60.0, description='gaze')))

    def intervals(nwbfile):
        nwbfile.add_epoch(start_time=0.0, stop_time=1.0, tags=['rest'])
        nwbfile.add_epoch(start_time=1.0, stop_time=3.0, tags=['run', 'fast'])
        nwbfile.add_trial_column('correct', 'was the answer right')
        nwbfile.add_trial(start_time=0.0, stop_time=0.5, correct=True)
        nwbfile.add_trial(start_time=1.0, stop_time=1.5, correct=False)
        nwbfile.add_invalid_time_interval(start_time=2.0, stop_time=2.5)

    return [('extra_AbstractFeatureSeries', abstract_feature), ('extra_AnnotationSeries', annotation),
            ('extra_BehavioralInterfaces', behavior), ('extra_DecompositionSeries', decomposition),
            ('extra_EventDetection', detection), ('extra_FilteredEphys', filtered),
            ('extra_ImageMaskSeries', image_mask), ('extra_ImageSeries', image_series), ('extra_Images', images),
            ('extra_IndexSeries', index_series), ('extra_IntervalSeries', interval),
            ('extra_LFP', lfp), ('extra_OpticalSeries', optical), ('extra_ScratchData', scratch),
            ('extra_TimeIntervals', intervals)]


def write(out_dir):
    warnings.simplefilter('ignore')
    from pynwb import NWBHDF5IO
    from pynwb.testing.mock.file import mock_NWBFile
    os.makedirs(out_dir, exist_ok=True)
    for name, f in builders() + extras():
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
