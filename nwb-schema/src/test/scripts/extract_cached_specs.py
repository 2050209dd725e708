#!/usr/bin/env python3
"""Copies the specifications cached in an NWB file into plain JSON files for the Java tests.

Every dataset /specifications/<namespace>/<version>/<source> holds one JSON string; it is written unchanged to
<out>/<namespace>/<version>/<source>.json. The Java loader reads these strings, as it will read them from HDF5.

Usage: /usr/bin/python3 extract_cached_specs.py /work/shared/conformance/nwb/minimal.nwb \
           nwb-schema/src/test/resources/cached-specs
"""
import os
import sys

import h5py


def main():
    path, out = sys.argv[1], sys.argv[2]
    with h5py.File(path, "r") as f:
        specs = f["specifications"]
        for ns in specs:
            for version in specs[ns]:
                target = os.path.join(out, ns, version)
                os.makedirs(target, exist_ok=True)
                for source in specs[ns][version]:
                    value = specs[ns][version][source][()]
                    if isinstance(value, bytes):
                        value = value.decode("utf-8")
                    with open(os.path.join(target, source + ".json"), "w", encoding="utf-8") as o:
                        o.write(value)


if __name__ == "__main__":
    main()
