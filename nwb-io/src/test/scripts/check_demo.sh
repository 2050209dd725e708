#!/usr/bin/env bash
# Done-when check of the tutorial workflow: `./nwbj demo DIR` writes every file of pynwb's "modular data storage"
# tutorial, then each must pass ../shared/reference/nwb_check.py (pynwb reads it, its validator and nwbinspector
# report no error) and h5dump (exit 0), and check_demo.py compares what pynwb reads with the sources. The family
# file, which nwb_check.py cannot open (it takes paths), is checked by check_demo.py through h5py's family driver,
# and its single-file copy (`nwbj copy name_%d.nwb one.h5`) by nwb_check.py. Uses NWB_PYTHONPATH when set (as .ci/run
# does), else ../shared/reference/setup.sh. Exit 1 on any failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
shared=${NWBJ_SHARED:-$root/../shared}
here="$root/nwb-io/src/test/scripts"
out=${1:-$root/nwb-io/target/demo}
python=/usr/bin/python3
if [ -z "${NWB_PYTHONPATH:-}" ]; then
  NWB_PYTHONPATH=$("$shared/reference/setup.sh" | tail -n 1)
fi
rm -rf "$out"
echo "== ./nwbj demo $out"
"$root/nwbj" demo "$out"

singles=()
for f in "$out"/*.nwb; do
  case "$f" in *family_nwb_file_*) ;; *) singles+=("$f") ;; esac
done
"$root/nwbj" copy "$out/family_nwb_file_%d.nwb" "$out/family-as-one-file.h5"
singles+=("$out/family-as-one-file.h5")

echo "== nwb_check.py on ${#singles[@]} files"
PYTHONPATH=$NWB_PYTHONPATH "$python" "$shared/reference/nwb_check.py" --quiet "${singles[@]}"

echo "== h5dump on every file"
for f in "${singles[@]}"; do
  h5dump "$f" >/dev/null || { echo "h5dump failed on $f" >&2; exit 1; }
done
h5dump --filedriver=family "$out/family_nwb_file_%d.nwb" >/dev/null \
  || { echo "h5dump --filedriver=family failed on $out/family_nwb_file_%d.nwb" >&2; exit 1; }
echo "h5dump: ${#singles[@]} files and the family: exit 0"

echo "== pynwb reads the linked, exported and family files with the source values"
PYTHONPATH=$NWB_PYTHONPATH "$python" "$here/check_demo.py" "$out"
