#!/usr/bin/env bash
# Profiles one peer on one comparison workload with JFR and prints the hottest methods.
#   benchmarks/profile.sh WORKLOAD [PEER] [REPS]      (run compare.sh first: it writes the workload files)
# e.g. benchmarks/profile.sh chunked_read nwbj 20
# Leaves benchmarks/target/profile-WORKLOAD-PEER.jfr for `jfr print --events jdk.ExecutionSample FILE`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
w="${1:?workload}"
peer="${2:-nwbj}"
reps="${3:-10}"
jfr="$here/target/profile-$w-$peer.jfr"
java ${JAVA_OPTS:--Xmx4g} -Dslf4j.internal.verbosity=ERROR \
  -XX:+FlightRecorder -XX:StartFlightRecording=filename="$jfr",settings=profile \
  -cp "$here/target/benchmarks.jar" org.nwbj.benchmarks.Compare "$here/target/workloads" "$w" "$reps" 2 "$peer" >&2
summarize() {
  "${NWBJ_PYTHON:-/usr/bin/python3}" -c '
import collections, re, sys
title = sys.argv[1]
samples, top, incl, cur = 0, collections.Counter(), collections.Counter(), []
def flush():
    global samples, cur
    if cur:
        samples += 1
        top[cur[0]] += 1
        for m in set(cur):
            incl[m] += 1
    cur = []
for line in sys.stdin:
    if re.match(r"jdk\.\w+Sample", line):
        flush()
    m = re.match(r"\s+(\S+\(.*?\))\s+line:", line)
    if m:
        cur.append(m.group(1))
flush()
print("== %s: %d samples" % (title, samples))
if samples:
    print("self (top frame):")
    for m, n in top.most_common(12):
        print("  %5.1f%%  %s" % (100.0 * n / samples, m))
    print("total (anywhere on the stack):")
    for m, n in incl.most_common(22):
        print("  %5.1f%%  %s" % (100.0 * n / samples, m))
' "$1"
}
jfr print --stack-depth 64 --events jdk.ExecutionSample "$jfr" | summarize "Java code (jdk.ExecutionSample)"
jfr print --stack-depth 64 --events jdk.NativeMethodSample "$jfr" | summarize "threads in native code (jdk.NativeMethodSample)"
jfr summary "$jfr" | grep -E "jdk.(ExecutionSample|NativeMethodSample|GarbageCollection|ObjectAllocationOutsideTLAB) " || true
echo "GC pause total (ms): $(jfr print --events jdk.GarbageCollection "$jfr" | grep -E '^\s+sumOfPauses' | sed -E 's/.*= ([0-9.]+) ms.*/\1/' | paste -sd+ | bc 2>/dev/null || echo '?')"
