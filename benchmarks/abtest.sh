#!/usr/bin/env bash
# Back-to-back A/B of two builds of hdf5-format on one comparison workload (nwbj only), alternating runs so that a
# changing machine load hits both alike. Prints the median wall and process-CPU seconds of each run.
#   benchmarks/abtest.sh BASELINE_HDF5_FORMAT_JAR WORKLOAD [ROUNDS] [REPS]
# e.g. git archive <commit> | tar -x -C /tmp/base && (cd /tmp/base && ./mvnw -q -o package -pl hdf5-format -DskipTests)
#      benchmarks/abtest.sh /tmp/base/hdf5-format/target/hdf5-format-0.1.0-SNAPSHOT.jar chunked_read
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
base="${1:?baseline hdf5-format jar}"
w="${2:?workload}"
rounds="${3:-3}"
reps="${4:-10}"
jar="$here/target/benchmarks.jar"
for r in $(seq "$rounds"); do
  for side in before after; do
    cp="$jar"
    [ "$side" = before ] && cp="$base:$jar"   # the baseline's classes shadow the library in the shaded jar
    java ${JAVA_OPTS:--Xmx4g} -Dslf4j.internal.verbosity=ERROR -cp "$cp" org.nwbj.benchmarks.Compare \
      "$here/target/workloads" "$w" "$reps" 3 nwbj \
      | "${NWBJ_PYTHON:-/usr/bin/python3}" -c '
import json, statistics, sys
# one line per timed result: a workload may print several nwbj variants ("how") and "unsupported" peer lines
for x in sys.stdin.read().splitlines():
    if not (x.startswith("{") and "\"times\"" in x):
        continue
    l = json.loads(x)
    if not l.get("times"):
        continue
    print("%-6s round %s: %-40s wall %.4f s (median), cpu %.4f s (mean) of %d runs, load %s" % (sys.argv[1],
          sys.argv[2], str(l.get("how", ""))[:40], statistics.median(l["times"]), statistics.mean(l["cpu_times"]),
          len(l["times"]), open("/proc/loadavg").read().split()[0]))
' "$side" "$r"
  done
done
