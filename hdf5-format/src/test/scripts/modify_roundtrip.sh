#!/usr/bin/env bash
# Modify-mode round trip over the shared conformance kit: each file is copied, opened with Hdf5Writer.open, every
# object header rewritten in place and every contiguous/chunked dataset rewritten with its own bytes
# (ModifyTouch); the kit's roundtrip.sh then has the C library compare the result with the source's dump.
# Family and split sources are not supported by modify mode (they show as "crashed").
#   hdf5-format/src/test/scripts/modify_roundtrip.sh [DIR ...]   (default: corpus and nwb of ../shared/conformance)
set -eu
root=$(cd "$(dirname "$0")/../../../.." && pwd)
kit=${NWBJ_SHARED:-$root/../shared}/conformance
(cd "$root" && ./mvnw -q -o -pl hdf5-format -am test-compile)
cp=$root/hdf5-format/target/test-classes:$root/hdf5-format/target/classes
[ $# -gt 0 ] || set -- "$kit/corpus" "$kit/nwb"
exec bash "$kit/roundtrip.sh" "java -cp $cp org.nwbj.hdf5.ModifyTouch" "$@"
