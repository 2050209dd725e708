#!/usr/bin/env bash
# Done-when 3 of issue 7: every file of ../shared/conformance/nwb (and one with extension types) opens with nwb-io and nwbj sees the TimeSeries
# pynwb sees (paths, types, shapes, dtypes, value checksums, units, timestamps or rate, links). Uses NWB_PYTHONPATH
# when set (as .ci/run does), else ../shared/reference/setup.sh. Exit 1 on any difference.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
shared=${NWBJ_SHARED:-$root/../shared}
here="$root/nwb-io/src/test/scripts"
out="$root/nwb-io/target/timeseries-agreement"
python=/usr/bin/python3
if [ -z "${NWB_PYTHONPATH:-}" ]; then
  NWB_PYTHONPATH=$("$shared/reference/setup.sh" | tail -n 1)
fi
mkdir -p "$out"
# plus a file with extension types (spec cached in the file) written by pynwb
PYTHONPATH=$NWB_PYTHONPATH "$python" "$here/make_extension_nwb.py" "$out" > /dev/null
files=("$shared"/conformance/nwb/*.nwb "$out/extension.nwb")
PYTHONPATH=$NWB_PYTHONPATH "$python" "$here/dump_timeseries.py" "${files[@]}" > "$out/pynwb.json"
"$root/nwbj" timeseries "${files[@]}" > "$out/nwbj.json"
"$python" "$here/compare_timeseries.py" "$out/pynwb.json" "$out/nwbj.json"
