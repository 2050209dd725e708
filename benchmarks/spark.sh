#!/usr/bin/env bash
# nwbj-spark on local[2] vs h5py in one process (and Dask + h5py when python3-dask is installed): the mean of
# every block of rows of a chunked gzip float64 dataset in N files (issue 21; idle run: --files 100 --mb 20, 2 GB).
#   benchmarks/spark.sh [--files N] [--mb MB_PER_FILE] [--block ROWS] [--reps R] [--no-build]
#   (also: compare.sh --spark ...; --no-build: the classes already compiled)
# Prints the best time (and the process CPU seconds, all threads) of each and writes benchmarks/target/spark.json.
# Each timing covers the same work: nwbj-spark's repetition includes load (schema), planning (opening every file for
# its shape) and the job; not the JVM and SparkSession start (a Python process start is not timed either).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
files=100
mb=20
block=65536
reps=3
nobuild=0
while [ $# -gt 0 ]; do
  case "$1" in
    --files) files="$2"; shift 2 ;;
    --mb) mb="$2"; shift 2 ;;
    --block) block="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
    --no-build) nobuild=1; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
PY="${NWBJ_PYTHON:-/usr/bin/python3}"
"$PY" -c 'import h5py, numpy' 2>/dev/null || { echo "need $PY with h5py and numpy (set NWBJ_PYTHON)" >&2; exit 1; }
target="$here/target"
data="$target/spark-data/${files}x${mb}MB-b$block"
mkdir -p "$target"

if [ ! -f "$data/.done" ]; then
  echo "writing $files files of $mb MB (gzip chunks of $block rows) in $data ..." >&2
  rm -rf "$data" && mkdir -p "$data"
  "$PY" - "$data" "$files" "$mb" "$block" <<'PYEOF'
import sys, h5py, numpy as np
out, files, mb, block = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
n = int(mb * 1024 * 1024 / 8)
for f in range(files):
    x = np.round(np.random.default_rng(f).normal(size=n), 3)
    with h5py.File("%s/part-%04d.h5" % (out, f), "w") as h:
        h.create_dataset("data", data=x, chunks=(min(block, n),), compression="gzip", compression_opts=4)
PYEOF
  touch "$data/.done"
fi

# the Python paths: h5py in one process; Dask + h5py (threads) when dask imports
py_out=$("$PY" - "$data" "$block" "$reps" <<'PYEOF'
import sys, glob, time, json, h5py, numpy as np
d, block, reps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
paths = sorted(glob.glob(d + "/*.h5"))
def h5py_means():
    blocks, s = 0, 0.0
    for p in paths:
        with h5py.File(p, "r") as h:
            x = h["data"]
            for b in range(0, x.shape[0], block):
                s += float(x[b:b + block].mean()); blocks += 1
    return blocks, s
res = {}
t, cpu = [], []
for _ in range(reps):
    c0 = time.process_time(); t0 = time.perf_counter(); blocks, s = h5py_means()
    t.append(time.perf_counter() - t0); cpu.append(round(time.process_time() - c0, 2))
res["h5py"] = {"seconds": t, "cpu": cpu, "blocks": blocks, "checksum": s}
try:
    import dask, dask.array as da
    def dask_means():
        files = [h5py.File(p, "r") for p in paths]
        try:
            parts = []
            for h in files:
                x = da.from_array(h["data"], chunks=block)
                parts.append(x.map_blocks(lambda a: np.array([a.mean()]), chunks=(1,), dtype="f8"))
            m = da.concatenate(parts).compute(scheduler="threads")
            return len(m), float(m.sum())
        finally:
            for h in files: h.close()
    t, cpu = [], []
    for _ in range(reps):
        c0 = time.process_time(); t0 = time.perf_counter(); blocks, s = dask_means()
        t.append(time.perf_counter() - t0); cpu.append(round(time.process_time() - c0, 2))
    res["dask"] = {"seconds": t, "cpu": cpu, "blocks": blocks, "checksum": s, "version": dask.__version__}
except ImportError:
    pass
print(json.dumps(res))
PYEOF
)

# nwbj-spark: the module's classes and its test classpath (Spark is provided)
cp_file="$target/spark-classpath.txt"
# (one reactor run: the last module, nwbj-spark, writes the file; sibling modules appear as target/classes)
[ "$nobuild" = 1 ] && [ -f "$cp_file" ] || (cd "$root" && ./mvnw -q -o test-compile dependency:build-classpath -pl nwbj-spark -am -Dmdep.includeScope=test \
  -Dmdep.outputFile="$cp_file" >/dev/null) \
  || { echo "cannot build nwbj-spark (./mvnw -pl nwbj-spark -am test-compile)" >&2; exit 1; }
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
spark_out=$(java -Xmx2g $opens -Djdk.reflect.useDirectMethodHandle=false \
  -Dlog4j2.configurationFile="$root/nwbj-spark/src/test/resources/log4j2-test.properties" \
  -cp "$root/nwbj-spark/target/classes:$root/nwbj-spark/target/test-classes:$(cat "$cp_file")" \
  org.nwbj.spark.SparkBench "$data" "$block" "$reps" | tail -1)

"$PY" - "$py_out" "$spark_out" "$files" "$mb" "$target/spark.json" <<'PYEOF'
import json, sys
py, sp = json.loads(sys.argv[1]), json.loads(sys.argv[2])
files, mb, out = int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
rows = {"nwbj-spark local[2]": sp, **{("h5py (one process)" if k == "h5py" else "Dask + h5py (threads)"): v for k, v in py.items()}}
print("mean per block of rows, %d files x %g MB = %.2f GB gzip float64" % (files, mb, files * mb / 1024))
for name, r in rows.items():
    print("  %-24s best %7.2f s  (all %s; CPU s %s)  blocks %d  checksum %.6f" % (name, min(r["seconds"]), ["%.2f" % s for s in r["seconds"]], r.get("cpu"), r["blocks"], r["checksum"]))
fast_py = min(min(v["seconds"]) for v in py.values())
print("  speed-up vs the faster Python path: %.2fx" % (fast_py / min(sp["seconds"])))
# on a shared machine wall time measures the other jobs too; CPU seconds (all threads) are the work done
print("  CPU seconds, least: nwbj-spark %.2f, faster Python %.2f" % (min(sp["cpu"]), min(min(v["cpu"]) for v in py.values())))
for name, r in rows.items():
    if r["blocks"] != sp["blocks"] or abs(r["checksum"] - sp["checksum"]) > 1e-6 * max(1.0, abs(sp["checksum"])):
        print("  MISMATCH: %s disagrees with nwbj-spark" % name); sys.exit(1)
json.dump({"files": files, "mb_per_file": mb, "results": rows}, open(out, "w"), indent=1)
PYEOF
