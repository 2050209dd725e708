#!/usr/bin/env bash
# Modify-mode round trip over the shared conformance kit: each file is copied, opened with Hdf5Writer.open, every
# object header rewritten in place and every contiguous/chunked dataset rewritten with its own bytes
# (ModifyTouch); the kit's roundtrip.sh then has the C library compare the result with the source's dump.
# Split pairs and families are touched as such (Hdf5Writer.open(base, OpenOptions.split()) / family(N));
# roundtrip.sh reads our plain copy of the touched set, and a second pass here has the C library read each
# touched set itself (h5json.py --driver split / --driver family --memb-size N). Families whose superblock has
# no family driver block (the HDF Group's old family_v16 and tfamily sets) are opened with the member size of their
# .args. `.ci/run` runs the first pass through .ci/conformance (known failures) and the second with --in-place-only.
#   hdf5-format/src/test/scripts/modify_roundtrip.sh [--in-place-only] [DIR ...]
#   (default DIRs: corpus and nwb of ../shared/conformance)
set -u
root=$(cd "$(dirname "$0")/../../../.." && pwd)
kit=${NWBJ_SHARED:-$root/../shared}/conformance
(cd "$root" && ./mvnw -q -o -pl hdf5-format -am test-compile) || exit 2
cp=$root/hdf5-format/target/test-classes:$root/hdf5-format/target/classes
in_place_only=false
if [ "${1:-}" = "--in-place-only" ]; then in_place_only=true; shift; fi
[ $# -gt 0 ] || set -- "$kit/corpus" "$kit/nwb"
status=0
if ! $in_place_only; then
  bash "$kit/roundtrip.sh" "java -cp $cp org.nwbj.hdf5.ModifyTouch" "$@"
  status=$?
fi

# the touched split pairs and families themselves, read by the C library through its split/family driver
H5PY=${H5JSON_PYTHON:-/usr/bin/python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
for dir in "$@"; do
  while IFS= read -r -d '' argsfile; do
    read -r -a args < "$argsfile"
    file=${argsfile%.args}
    name=${file#"$dir"/}
    rm -f "$tmp"/out*
    case " ${args[*]} " in
      *" split "*) touched=$tmp/out ;;
      *" family "*) touched=$tmp/out.%d.h5 ;;
      *) continue ;;
    esac
    if ! java -cp "$cp" org.nwbj.hdf5.ModifyTouch "${args[@]}" "$file" "$tmp/out" >"$tmp/err" 2>&1; then
      echo "crashed (in place): $name: $(tail -n 1 "$tmp/err" | cut -c1-160)"; failed=$((failed + 1))
    elif ! "$H5PY" "$kit/h5json.py" "${args[@]}" "$touched" >"$tmp/dump" 2>"$tmp/err"; then
      echo "unreadable (in place): $name: $(tail -n 1 "$tmp/err" | cut -c1-160)"; failed=$((failed + 1))
    elif "$H5PY" "$kit/compare.py" "$file.json" "$tmp/dump" >"$tmp/diff" 2>&1; then
      echo "ok (in place): $name"; passed=$((passed + 1))
    else
      echo "differs (in place): $name: $(head -n 1 "$tmp/diff" | cut -c1-200)"; failed=$((failed + 1))
    fi
  done < <(find "$dir" -name '*.args' -type f -print0 | LC_ALL=C sort -z)
done
echo "split pairs and families read in place by the C library after touching: $passed passed, $failed failed"
[ $status -eq 0 ] && [ $failed -eq 0 ]
