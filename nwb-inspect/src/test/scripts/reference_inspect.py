#!/usr/bin/env python3
"""Runs nwbinspector (0.5.2, from the reference stack on PYTHONPATH) over NWB files and prints its messages as JSON.

Usage: reference_inspect.py OUT.json FILE...
       reference_inspect.py --all OUT.json DIR      (nwbinspector's inspect_all over a folder, as its command line)
Writes {"messages": [{file_path, check_function_name, importance, location, object_type, object_name, message}]},
the fields of nwbinspector's InspectorMessage. pynwb's validation is skipped (compared separately by the
validator agreement); a file pynwb cannot read gives one ERROR message, as nwbinspector reports it.
"""
import json
import sys
import warnings


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    warnings.simplefilter("ignore")
    from nwbinspector import inspect_all, inspect_nwbfile
    out = []
    if argv[1] == "--all":
        for m in inspect_all(path=argv[3], skip_validate=True, progress_bar=False):
            out.append(dict(file_path=m.file_path, check_function_name=m.check_function_name,
                            importance=m.importance.name, location=m.location, object_type=m.object_type,
                            object_name=m.object_name, message=m.message))
        with open(argv[2], "w") as f:
            json.dump({"messages": out}, f, indent=1)
        return 0
    for path in argv[2:]:
        try:
            messages = list(inspect_nwbfile(nwbfile_path=path, skip_validate=True))
        except Exception as e:  # the inspector itself failed (for example on the file's identifier)
            messages = []
            out.append(dict(file_path=path, check_function_name="(nwbinspector failed)", importance="ERROR",
                            location=None, object_type=None, object_name=None, message=repr(e)))
        for m in messages:
            out.append(dict(file_path=path, check_function_name=m.check_function_name,
                            importance=m.importance.name, location=m.location, object_type=m.object_type,
                            object_name=m.object_name, message=m.message))
    with open(argv[1], "w") as f:
        json.dump({"messages": out}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
