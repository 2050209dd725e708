#!/usr/bin/env python3
"""Writes an NWB file using an extension namespace (ndx-nwbj-test), its spec cached in the file, as a lab would.

usage: make_extension_nwb.py OUT_DIR    (PYTHONPATH with pynwb)   writes OUT_DIR/extension.nwb

Types: RatedSeries (a TimeSeries subtype with a 'gain' attribute), in acquisition; Annotations (an
NWBDataInterface with a text dataset 'notes'), in a processing module.
"""
import datetime
import os
import sys
import warnings

import numpy as np


def main(out_dir):
    warnings.simplefilter('ignore')
    from pynwb import NWBFile, NWBHDF5IO, load_namespaces, get_class
    from pynwb.spec import NWBNamespaceBuilder, NWBGroupSpec, NWBAttributeSpec, NWBDatasetSpec

    spec_dir = os.path.join(out_dir, 'spec')
    os.makedirs(spec_dir, exist_ok=True)
    ns = NWBNamespaceBuilder('an extension for nwbj tests', 'ndx-nwbj-test', version='0.1.0',
                             author='nwbj', contact='nwbj@example.org')
    ns.include_type('TimeSeries', namespace='core')
    ns.include_type('NWBDataInterface', namespace='core')
    rated = NWBGroupSpec(neurodata_type_def='RatedSeries', neurodata_type_inc='TimeSeries',
                         doc='a series with a gain',
                         attributes=[NWBAttributeSpec(name='gain', doc='amplifier gain', dtype='float64')])
    notes = NWBGroupSpec(neurodata_type_def='Annotations', neurodata_type_inc='NWBDataInterface',
                         doc='free text notes', default_name='annotations',
                         datasets=[NWBDatasetSpec(name='notes', doc='the notes', dtype='text', shape=(None,))])
    ns.add_spec('ndx-nwbj-test.extensions.yaml', rated)
    ns.add_spec('ndx-nwbj-test.extensions.yaml', notes)
    ns.export('ndx-nwbj-test.namespace.yaml', outdir=spec_dir)
    load_namespaces(os.path.join(spec_dir, 'ndx-nwbj-test.namespace.yaml'))
    RatedSeries = get_class('RatedSeries', 'ndx-nwbj-test')
    Annotations = get_class('Annotations', 'ndx-nwbj-test')

    f = NWBFile('a file with extension types', 'extension-1',
                datetime.datetime(2017, 4, 3, 11, tzinfo=datetime.timezone.utc))
    f.add_acquisition(RatedSeries(name='rated', data=np.arange(12, dtype='int32').reshape(6, 2), unit='mV',
                                  rate=100.0, gain=2.5))
    module = f.create_processing_module('notes', 'annotations of the session')
    module.add(Annotations(name='annotations', notes=['started', 'stopped']))
    path = os.path.join(out_dir, 'extension.nwb')
    with NWBHDF5IO(path, 'w') as io:
        io.write(f)
    print(path)


if __name__ == '__main__':
    main(sys.argv[1])
