#!/usr/bin/env bash
# Modify-mode round trip over the shared conformance kit: each file is copied, opened with Hdf5Writer.open, every
# object header rewritten in place and every contiguous/chunked dataset rewritten with its own bytes
# (ModifyTouch); the kit's roundtrip.sh then has the C library compare the result with the source's dump.
# Split pairs are touched as pairs (Hdf5Writer.open(base, OpenOptions.split())); roundtrip.sh reads our plain copy
# of the touched pair, and a second pass here has the C library read each touched pair itself
# (h5json.py --driver split). Family sources are not touched by ModifyTouch (they show as "crashed").
#   hdf5-format/src/test/scripts/modify_roundtrip.sh [DIR ...]   (default: corpus and nwb of ../shared/conformance)
set -u
root=$(cd "$(dirname "$0")/../../../.." && pwd)
kit=${NWBJ_SHARED:-$root/../shared}/conformance
(cd "$root" && ./mvnw -q -o -pl hdf5-format -am test-compile) || exit 2
cp=$root/hdf5-format/target/test-classes:$root/hdf5-format/target/classes
[ $# -gt 0 ] || set -- "$kit/corpus" "$kit/nwb"
bash "$kit/roundtrip.sh" "java -cp $cp org.nwbj.hdf5.ModifyTouch" "$@"
status=$?

# the touched split pairs themselves, read by the C library
H5PY=${H5JSON_PYTHON:-/usr/bin/python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
for dir in "$@"; do
  while IFS= read -r -d '' args; do
    grep -q -- '--driver split' "$args" || continue
    file=${args%.args}
    name=${file#"$dir"/}
    rm -f "$tmp"/pair*
    if ! java -cp "$cp" org.nwbj.hdf5.ModifyTouch --driver split "$file" "$tmp/pair" >"$tmp/err" 2>&1; then
      echo "crashed (pair): $name: $(tail -n 1 "$tmp/err" | cut -c1-160)"; failed=$((failed + 1))
    elif ! "$H5PY" "$kit/h5json.py" --driver split "$tmp/pair" >"$tmp/dump" 2>"$tmp/err"; then
      echo "unreadable (pair): $name: $(tail -n 1 "$tmp/err" | cut -c1-160)"; failed=$((failed + 1))
    elif "$H5PY" "$kit/compare.py" "$file.json" "$tmp/dump" >"$tmp/diff" 2>&1; then
      echo "ok (pair): $name"; passed=$((passed + 1))
    else
      echo "differs (pair): $name: $(head -n 1 "$tmp/diff" | cut -c1-200)"; failed=$((failed + 1))
    fi
  done < <(find "$dir" -name '*.args' -type f -print0 | LC_ALL=C sort -z)
done
echo "split pairs read by the C library after touching: $passed passed, $failed failed"
[ $status -eq 0 ] && [ $failed -eq 0 ]
