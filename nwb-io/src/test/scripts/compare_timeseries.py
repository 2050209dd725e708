#!/usr/bin/env python3
"""Compares two dump_timeseries.py-style JSON documents (pynwb's and `nwbj timeseries`'s) file by file.

usage: compare_timeseries.py REFERENCE.json NWBJ.json    exit 1 on any difference, with the differences listed
"""
import json
import math
import sys

# fields of the reference's own harness (which reader it used), which `nwbj timeseries` does not print
IGNORED = {'reader', 'pynwb_error'}


def canonical(v):
    """The reference prints NaN and infinities as Python's json does (bare NaN/Infinity, not JSON); nwbj prints
    them as h5json does, as strings: compare in the latter form."""
    if isinstance(v, float) and not math.isfinite(v):
        return 'NaN' if math.isnan(v) else ('Infinity' if v > 0 else '-Infinity')
    if isinstance(v, dict):
        return {k: canonical(x) for k, x in v.items()}
    if isinstance(v, list):
        return [canonical(x) for x in v]
    return v


def diff(a, b, where, out):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k in IGNORED:
                continue
            if k not in a or k not in b:
                out.append('%s.%s: only in %s' % (where, k, 'reference' if k in a else 'nwbj'))
            else:
                diff(a[k], b[k], where + '.' + k, out)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append('%s: %d entries in the reference, %d in nwbj' % (where, len(a), len(b)))
        for i, (x, y) in enumerate(zip(a, b)):
            diff(x, y, '%s[%d]' % (where, i), out)
    elif isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        if not (a == b or math.isclose(a, b, rel_tol=1e-12)):
            out.append('%s: %r (reference) != %r (nwbj)' % (where, a, b))
    elif a != b:
        out.append('%s: %r (reference) != %r (nwbj)' % (where, a, b))


def invalid_constant(name):
    raise ValueError('nwbj printed %s, which is not JSON (expected the string "%s")' % (name, name))


def main(argv):
    reference = {f['file']: canonical(f) for f in json.load(open(argv[1]))}
    # strict: nwbj's document must be valid JSON (no bare NaN or Infinity)
    ours = {f['file']: f for f in json.load(open(argv[2]), parse_constant=invalid_constant)}
    failures = 0
    for name in sorted(set(reference) | set(ours)):
        if name not in reference or name not in ours:
            print('DIFF %s: missing in %s' % (name, 'nwbj' if name in reference else 'the reference'))
            failures += 1
            continue
        ref, got = reference[name], ours[name]
        out = []
        ref_paths = [t['path'] for t in ref['timeseries']]
        got_paths = [t['path'] for t in got['timeseries']]
        if ref_paths != got_paths:
            out.append('paths: %s (reference) != %s (nwbj)' % (ref_paths, got_paths))
        else:
            for r, g in zip(ref['timeseries'], got['timeseries']):
                diff(r, g, r['path'], out)
        links = sum(1 for t in ref['timeseries'] for v in (t, t.get('data') or {}, t.get('timestamps') or {})
                    if v.get('link'))
        by = 'pynwb' if ref['reader'] == 'pynwb' else 'h5py, as pynwb fails: ' + (ref['pynwb_error'] or '')[:80]
        if out:
            failures += 1
            print('DIFF %s' % name)
            for line in out:
                print('    ' + line)
        else:
            print('same %-36s %2d TimeSeries, %2d links (reference read by %s)'
                  % (name, len(ref_paths), links, by))
    if failures:
        print('%d file(s) differ' % failures)
        return 1
    print('all %d files: nwbj sees the same TimeSeries as the reference' % len(reference))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
