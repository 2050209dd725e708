#!/usr/bin/env bash
# The inspector agreement check: nwbinspector 0.5.2 vs `nwbj inspect --json` on the conformance kit's NWB files
# (nwb, nwb-backcompat), on one file built to violate each implemented check (ChecksTest writes them with nwbj's
# writer into nwb-inspect/target/inspect-violations) and on a folder of two files sharing an identifier.
# Compared: (file, check name, location, importance) of every finding of the checks nwbj implements. Known
# disagreements: nwb-inspect/src/test/scripts/known-disagreements.tsv (a fixed one must be removed from it).
# Uses NWB_PYTHONPATH when set (as .ci/run does), else ../shared/reference/setup.sh. Exit 1 on disagreement.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
shared=${NWBJ_SHARED:-$root/../shared}
here="$root/nwb-inspect/src/test/scripts"
out="$root/nwb-inspect/target/inspect-agreement"
python=/usr/bin/python3
if [ -z "${NWB_PYTHONPATH:-}" ]; then
  NWB_PYTHONPATH=$("$shared/reference/setup.sh" | tail -n 1)
fi
rm -rf "$out"
mkdir -p "$out/violations" "$out/identifiers"
echo "== files violating each check (ChecksTest, nwbj's writer)"
(cd "$root" && ./mvnw -q -B -ntp -o -pl nwb-inspect -am test -Dtest=ChecksTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dnwbj.inspect.violations="$out/violations" -Dnwbj.shared="$shared")
cp "$shared/conformance/nwb/minimal.nwb" "$out/identifiers/session_a.nwb"
cp "$shared/conformance/nwb/minimal.nwb" "$out/identifiers/session_b.nwb"
kit=("$shared"/conformance/nwb/*.nwb "$shared"/conformance/nwb-backcompat/*.nwb)
violations=("$out"/violations/*.nwb)
echo "== nwbinspector $(PYTHONPATH=$NWB_PYTHONPATH "$python" -c 'import nwbinspector; print(nwbinspector.__version__)' 2>/dev/null || echo 0.5.2) on ${#kit[@]} kit files, ${#violations[@]} violation files and one folder"
export PYTHONPATH=$NWB_PYTHONPATH
"$python" "$here/reference_inspect.py" "$out/ref-kit.json" "${kit[@]}"
"$python" "$here/reference_inspect.py" "$out/ref-violations.json" "${violations[@]}"
"$python" "$here/reference_inspect.py" --all "$out/ref-identifiers.json" "$out/identifiers"
unset PYTHONPATH
echo "== nwbj inspect --json on the same files"
# files inspected one by one on the reference side, so the identifier check runs only on the folder
"$root/nwbj" inspect --json --ignore check_unique_identifiers "${kit[@]}" > "$out/nwbj-kit.json" || [ $? -eq 1 ]
"$root/nwbj" inspect --json --ignore check_unique_identifiers "${violations[@]}" > "$out/nwbj-violations.json" \
  || [ $? -eq 1 ]
"$root/nwbj" inspect --json "$out/identifiers" > "$out/nwbj-identifiers.json" || [ $? -eq 1 ]
"$python" "$here/compare_inspect.py" "$here/known-disagreements.tsv" \
  "$out/ref-kit.json" "$out/nwbj-kit.json" "$out/ref-violations.json" "$out/nwbj-violations.json" \
  "$out/ref-identifiers.json" "$out/nwbj-identifiers.json"
