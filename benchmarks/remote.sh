#!/usr/bin/env bash
# Remote reading: an NWB file with 100 series (written by pynwb) behind a local HTTP server that adds DELAY ms to
# every request; nwbj, h5py's ros3 driver and h5py over fsspec's HTTP filesystem each open it and list every object,
# then read a 1,000-row slice of one chunked series. Counts requests and bytes at the server, times inside each
# process (JVM and Python start-up excluded) and each whole process (start-up included). Writes
# benchmarks/target/remote.json and prints a table.
#   benchmarks/remote.sh [--delay MS] [--reps N]     (compare.sh --remote runs it)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
delay=20
reps=3
while [ $# -gt 0 ]; do
  case "$1" in
    --delay) delay="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
PY="${NWBJ_PYTHON:-/usr/bin/python3}"
py="$here/src/main/resources/org/nwbj/benchmarks/remote.py"
jar="${NWBJ_BENCH_JAR:-$here/target/benchmarks.jar}"   # NWBJ_BENCH_JAR: another build's jar, for before/after
target="$here/target/remote"
mkdir -p "$target"
if [ -z "${NWBJ_BENCH_JAR:-}" ] && { [ ! -f "$jar" ] || [ -n "$(find "$here/src" "$root/hdf5-format/src" "$root/hdf5-remote/src" -newer "$jar" -type f | head -1)" ]; }; then
  (cd "$root" && ./mvnw -q -o package -pl benchmarks -am -DskipTests)
fi
pynwb_path="${NWBJ_PYNWB_PATH:-${NWB_PYTHONPATH:-}}"
[ -n "$pynwb_path" ] || pynwb_path="$("$root/../shared/reference/setup.sh" 2>/dev/null || true)"
[ -f "$target/series.nwb" ] || PYTHONPATH="$pynwb_path" "$PY" "$py" generate "$target/series.nwb"
"$PY" "$py" serve "$target" "$delay" > "$target/port" &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 1 50); do [ -s "$target/port" ] && break; sleep 0.1; done
url="http://127.0.0.1:$(cat "$target/port")/series.nwb"
stats() { "$PY" -c "import urllib.request,sys; print(urllib.request.urlopen(sys.argv[1]).read().decode())" \
  "http://127.0.0.1:$(cat "$target/port")/__stats"; }
series=/acquisition/ts_050/data
: > "$target/raw.jsonl"
stats >/dev/null
for r in $(seq 1 "$reps"); do
  for peer in ${PEERS:-nwbj ros3 fsspec}; do
    t0=$(date +%s%N)
    if [ "$peer" = nwbj ]; then
      # the JVM options of the nwbj launcher (a listing is a short command); NWBJ_JAVA_OPTS overrides them
      out=$(java ${NWBJ_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto} -cp "$jar" \
        org.nwbj.benchmarks.RemoteBench "$url" "$series" 2>&1 | tail -n 1)
    else
      out=$("$PY" "$py" run "$peer" "$url" "$series" 2>&1 | tail -n 1)
    fi
    t1=$(date +%s%N)
    s=$(stats)
    echo "{\"rep\": $r, \"result\": $out, \"server\": $s, \"process_s\": $(( (t1 - t0) / 1000000 ))e-3}" \
      | tee -a "$target/raw.jsonl" >&2 || true
  done
done
"$PY" - "$target/raw.jsonl" "$here/target/remote.json" "$delay" <<'PYEOF'
import json, statistics, sys
raw, out, delay = sys.argv[1:4]
rows = []
for line in open(raw):
    try:
        rows.append(json.loads(line))
    except ValueError:
        print("unparsable: " + line.strip()[:200], file=sys.stderr)
table = {}
for r in rows:
    p = r["result"]["peer"]
    table.setdefault(p, []).append(r)
summary = {}
for p, rs in table.items():
    total = [x["result"]["list_s"] + x["result"]["slice_s"] for x in rs]
    summary[p] = {"requests": statistics.median(x["server"]["requests"] for x in rs),
                  "bytes": statistics.median(x["server"]["bytes"] for x in rs),
                  "list_s": statistics.median(x["result"]["list_s"] for x in rs),
                  "slice_s": statistics.median(x["result"]["slice_s"] for x in rs),
                  "total_s": statistics.median(total), "objects": rs[0]["result"]["objects"],
                  "process_s": statistics.median(x.get("process_s", float("nan")) for x in rs),
                  "check": rs[0]["result"]["check"]}
json.dump({"delay_ms": float(delay), "peers": summary}, open(out, "w"), indent=1)
print("remote read, %s ms per request: open + list every object, then a 1,000-row slice" % delay)
print("%-8s %9s %12s %9s %9s %9s %9s %10s" % ("peer", "requests", "bytes", "list s", "slice s", "total s", "nwbj x",
                                             "process s"))
n = summary.get("nwbj")
for p in ["nwbj", "ros3", "fsspec"]:
    s = summary.get(p)
    if not s:
        print("%-8s (no result)" % p)
        continue
    ratio = s["total_s"] / n["total_s"] if n else float("nan")
    print("%-8s %9d %12d %9.3f %9.3f %9.3f %8.1fx %10.3f" % (p, s["requests"], s["bytes"], s["list_s"],
                                                            s["slice_s"], s["total_s"], ratio, s["process_s"]))
print("total s: inside each process, from before open to after the slice (JVM start-up, and Python start-up with")
print("the script's top-level imports of h5py/fsspec, excluded alike; lazy work on first use timed for all);")
print("process s: the whole process as the shell sees it, start-up included")
checks = {p: s["check"] for p, s in summary.items()}
if len(set(checks.values())) > 1:
    print("CHECK VALUES DIFFER: %s" % checks)
    sys.exit(1)
PYEOF
