#!/usr/bin/env bash
# One command for the validator agreement check: builds nwbj if needed, writes broken copies of the conformance
# kit's pynwb files into nwb-io/target/broken-nwb, and compares pynwb's validator with `nwbj validate` on each.
# Then compares nwbj validate with pynwb 2.8.3's recorded verdicts on the files of older NWB versions (nwb-backcompat).
# Uses NWB_PYTHONPATH when set (as .ci/run does), else ../shared/reference/setup.sh. Exit 1 on disagreement.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
shared=${NWBJ_SHARED:-$root/../shared}
here="$root/nwb-io/src/test/scripts"
out="$root/nwb-io/target/broken-nwb"
python=/usr/bin/python3
if [ -z "${NWB_PYTHONPATH:-}" ]; then
  NWB_PYTHONPATH=$("$shared/reference/setup.sh" | tail -n 1)
fi
"$python" "$here/make_broken_nwb.py" "$shared/conformance/nwb" "$out"
echo "== the unbroken sources validate cleanly"
"$root/nwbj" validate "$shared/conformance/nwb/minimal.nwb" "$shared/conformance/nwb/rich.nwb"
echo "== pynwb $(PYTHONPATH=$NWB_PYTHONPATH "$python" -c 'import pynwb; print(pynwb.__version__)') vs nwbj validate"
PYTHONPATH=$NWB_PYTHONPATH "$python" "$here/check_validate_agreement.py" "$out" "$root/nwbj"
echo "== files of older NWB versions: pynwb 2.8.3's recorded verdicts vs nwbj validate"
"$python" "$here/check_validate_agreement.py" --backcompat "$shared/conformance/nwb-backcompat" "$root/nwbj"
