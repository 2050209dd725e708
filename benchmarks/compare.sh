#!/usr/bin/env bash
# Side-by-side comparison of nwbj, jHDF, h5py (HDF5 C) and the raw limit on the same files.
#   benchmarks/compare.sh [--scale F] [--reps N] [--only w1,w2] [--memory]
#   the image_* workloads (bitshuffle+LZ4 and blosc image stacks) run only when named in --only or with --images
#   hb_* (hdf5-benchmark style: tiny-chunk indexes, a warm slice, 10-chunk gzip) and nwb_write_series: hdfbench.py
#   --memory: also write the chunked workload at 10x the scale with -Xmx256m (WriteMemoryCheck)
#   write_append_misaligned (only when named in --only): issue 14's appends of 10,000-row blocks into 4,096-row
#   chunks, 640 x scale blocks (204.8 MB at scale 1); its file-size column is the point (AppendMisaligned)
#   benchmarks/compare.sh --remote [--delay MS]: the remote-read comparison of remote.sh instead
#   benchmarks/compare.sh --spark [--files N --mb MB]: nwbj-spark vs h5py (and Dask) of spark.sh instead
# Writes benchmarks/target/comparison.json and prints a table. See benchmarks/README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
scale=1.0
reps=5
only=""
memory=0
images=0
image_workloads="image_bslz4_read image_bslz4_frames image_bslz4_write image_blosc_read image_blosc_frames image_blosc_write"
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --memory) memory=1; shift ;;
    --remote) shift; exec bash "$here/remote.sh" "$@" ;;
    --spark) shift; exec bash "$here/spark.sh" "$@" ;;
    --images) images=1; shift ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
PY="${NWBJ_PYTHON:-/usr/bin/python3}"
"$PY" -c 'import h5py, numpy' 2>/dev/null || { echo "need $PY with h5py and numpy (set NWBJ_PYTHON)" >&2; exit 1; }
script="$here/src/main/resources/org/nwbj/benchmarks/workloads.py"
jar="$here/target/benchmarks.jar"
target="$here/target"
wl="$target/workloads"

# build the jar when missing or older than a source of benchmarks/ or hdf5-format/
if [ ! -f "$jar" ] || [ -n "$(find "$here/src" "$here/pom.xml" "$root/hdf5-format/src" "$root/hdf5-filters/src" -newer "$jar" -type f | head -1)" ]; then
  echo "building $jar ..." >&2
  (cd "$root" && { ./mvnw -q -o package -pl benchmarks -am -DskipTests || ./mvnw -q package -pl benchmarks -am -DskipTests; })
fi

# the workload files, written once by h5py (regenerated when the scale changes)
if [ ! -f "$wl/manifest.json" ] || [ "$("$PY" -c "import json,sys; print(json.load(open(sys.argv[1]))['scale'])" "$wl/manifest.json")" != "$("$PY" -c "print(float('$scale'))")" ]; then
  echo "generating workloads at scale $scale in $wl ..." >&2
  rm -rf "$wl"
  "$PY" "$script" generate "$wl" "$scale"
fi

# pynwb for the NWB workloads: NWBJ_PYNWB_PATH (or CI's NWB_PYTHONPATH), else the shared reference stack beside the repository
pynwb_path="${NWBJ_PYNWB_PATH:-${NWB_PYTHONPATH:-}}"
if [ -z "$pynwb_path" ] && [ -x "$root/../shared/reference/setup.sh" ]; then
  pynwb_path="$("$root/../shared/reference/setup.sh" 2>/dev/null || true)"
fi

hb_workloads="hb_fixed hb_earray hb_btree2 hb_slice hb_gzip"
workloads="contiguous_read chunked_read random_rows metadata_walk write_contiguous write_chunked write_append $hb_workloads nwb_write nwb_write_series nwb_list nwb_units"
[ "$images" = 1 ] && workloads="$workloads $image_workloads"
[ -n "$only" ] && workloads="${only//,/ }"
# ---- begin: write_append_misaligned (issue 14 item 5), run apart from the loop below ----
append_misaligned=0
if [[ " $workloads " == *" write_append_misaligned "* ]]; then
  append_misaligned=1
  workloads="$(echo " $workloads " | sed 's/ write_append_misaligned / /; s/^ *//; s/ *$//')"
fi
# ---- end: write_append_misaligned ----
images_script="$here/src/main/resources/org/nwbj/benchmarks/images.py"
# the image stacks need the C filter plug-ins for h5py (Debian: hdf5-filter-plugin, hdf5-filter-plugin-blosc-serial)
export HDF5_PLUGIN_PATH="${HDF5_PLUGIN_PATH:-/usr/lib/x86_64-linux-gnu/hdf5/serial/plugins}"
if [[ " $workloads " == *" image_"* ]] && { [ ! -f "$wl/images.json" ] || [ "$("$PY" -c "import json,sys; print(json.load(open(sys.argv[1]))['scale'])" "$wl/images.json")" != "$("$PY" -c "print(float('$scale'))")" ]; }; then
  echo "generating the image stacks at scale $scale in $wl ..." >&2
  "$PY" "$images_script" generate "$wl" "$scale"
fi
# the hdf5-benchmark style files (tiny-chunk indexes, the slice, 10-chunk gzip), written by h5py with libver latest
hb_script="$here/src/main/resources/org/nwbj/benchmarks/hdfbench.py"
if [[ " $workloads " == *" hb_"* || " $workloads " == *" nwb_write_series "* ]] && { [ ! -f "$wl/hdfbench.json" ] || [ "$("$PY" -c "import json,sys; print(json.load(open(sys.argv[1]))['scale'])" "$wl/hdfbench.json")" != "$("$PY" -c "print(float('$scale'))")" ]; }; then
  echo "generating the hdf5-benchmark style files at scale $scale in $wl ..." >&2
  "$PY" "$hb_script" generate "$wl" "$scale"
fi
raw="$target/comparison-raw.jsonl"
: > "$raw"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for w in $workloads; do
  echo "== $w" >&2
  if [[ "$w" == image_* ]]; then
    "$PY" "$images_script" run "$wl" "$w" "$reps" | tee -a "$raw" >&2
  elif [[ "$w" == hb_* || "$w" == nwb_write_series ]]; then
    PYTHONPATH="${pynwb_path}${PYTHONPATH:+:$PYTHONPATH}" "$PY" "$hb_script" run "$wl" "$w" "$reps" | tee -a "$raw" >&2
  else
    PYTHONPATH="${pynwb_path}${PYTHONPATH:+:$PYTHONPATH}" "$PY" "$script" run "$wl" "$w" "$reps" | tee -a "$raw" >&2
  fi
  java ${JAVA_OPTS:--Xmx4g} -Dslf4j.internal.verbosity=ERROR -cp "$jar" org.nwbj.benchmarks.Compare "$wl" "$w" "$reps" 3 \
    | tee -a "$raw" >&2
done
# ---- begin: write_append_misaligned (issue 14 item 5) ----
if [ "$append_misaligned" = 1 ]; then
  blocks="$("$PY" -c "print(max(1, round(640 * float('$scale'))))")"
  echo "== write_append_misaligned: $blocks blocks of 10,000 x 4 float64 into 4,096-row chunks" >&2
  "$PY" - "$wl" "$blocks" "$reps" <<'PYEOF' | tee -a "$raw" >&2
import json, os, sys, time, zlib
import h5py, numpy as np
d, blocks, reps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
path, rows, cols = os.path.join(d, "write_append_misaligned_py.h5"), 10000, 4
times, crc = [], 0
for _ in range(reps):
    t = time.perf_counter()
    crc = 0
    with h5py.File(path, "w") as f:
        ds = f.create_dataset("data", shape=(0, cols), maxshape=(None, cols), dtype="<f8", chunks=(4096, cols))
        for b in range(blocks):
            v = np.arange(b * rows * cols, (b + 1) * rows * cols, dtype="<f8").reshape(rows, cols)
            crc = zlib.crc32(v.tobytes(), crc)
            ds.resize(((b + 1) * rows, cols))
            ds[b * rows:(b + 1) * rows] = v
    times.append(time.perf_counter() - t)
    size = os.path.getsize(path)
    os.remove(path)
print(json.dumps({"peer": "h5py", "workload": "write_append_misaligned", "times": times,
                  "how": "resize + ds[a:b] = block, %d blocks of %d rows, chunks 4096 rows" % (blocks, rows),
                  "bytes": blocks * rows * cols * 8, "check": "rows=%d crc=%d" % (blocks * rows, crc),
                  "file_bytes": size}))
PYEOF
  java ${JAVA_OPTS:--Xmx4g} -cp "$jar" org.nwbj.benchmarks.AppendMisaligned "$wl" "$blocks" "$reps" | tee -a "$raw" >&2
fi
# ---- end: write_append_misaligned ----
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$memory" = 1 ]; then
  mrows="$("$PY" -c "print(int(10 * float('$scale') * 1_000_000) // 1000 * 1000)")"
  echo "== write_memory: $mrows rows (10x the chunked workload) with -Xmx256m" >&2
  java -Xmx256m -Dslf4j.internal.verbosity=ERROR -cp "$jar" org.nwbj.benchmarks.WriteMemoryCheck "$wl" "$mrows" \
    | tee "$target/memory-check.jsonl" >&2
fi

mem_json=""
[ "$memory" = 1 ] && mem_json="$target/memory-check.jsonl"
"$PY" - "$raw" "$target/comparison.json" "$scale" "$load_before" "$load_after" "$mem_json" <<'PYEOF'
import json, os, platform, statistics, subprocess, sys, time
raw, out, scale, load_before, load_after, mem_json = sys.argv[1:7]
lines = [json.loads(l) for l in open(raw) if l.strip().startswith("{")]
order = ["contiguous_read", "chunked_read", "random_rows", "write_contiguous", "write_chunked", "write_append",
         "metadata_walk", "hb_fixed", "hb_earray", "hb_btree2", "hb_slice", "hb_gzip", "nwb_write",
         "nwb_write_series", "nwb_list", "nwb_units", "image_bslz4_read", "image_bslz4_frames", "image_bslz4_write",
         "image_blosc_read", "image_blosc_frames", "image_blosc_write"]
peers = ["nwbj", "h5py", "pynwb", "jhdf", "limit"]
writes = {"write_contiguous", "write_chunked", "write_append", "nwb_write", "nwb_write_series", "image_bslz4_write", "image_blosc_write"}
order += [w for w in sorted({l["workload"] for l in lines}) if w not in order]  # e.g. write_append_misaligned
writes |= {w for w in order if w.startswith("write")}
by = {}
for l in lines:
    by.setdefault(l["workload"], []).append(l)
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
mem = [l for l in open("/proc/meminfo") if l.startswith("MemTotal")][0].split()[1]
result = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "scale": float(scale),
          "machine": {"cores": os.cpu_count(), "memory_gib": round(int(mem) / 2**20, 1),
                      "jdk": java[1] if len(java) > 1 else java[0], "os": platform.platform(),
                      "loadavg_before": load_before, "loadavg_after": load_after},
          "workloads": []}
bad = []
rows = []
for name in order:
    if name not in by:
        continue
    entry = {"name": name}
    details = {}
    checks = {}
    nbytes = None
    for peer in peers:
        ls = [l for l in by[name] if l["peer"] == peer and "times" in l and l["times"]]
        if not ls:
            entry[peer + "_s"] = None
            u = [l for l in by[name] if l["peer"] == peer and "unsupported" in l]
            if u:
                details[peer] = {"unsupported": u[0]["unsupported"]}
            continue
        # the limit may have several variants: the fastest is the limit
        best = min(ls, key=lambda l: statistics.median(l["times"]))
        entry[peer + "_s"] = statistics.median(best["times"])
        nbytes = best["bytes"] if nbytes is None else nbytes
        details[peer] = {"how": best.get("how", "numpy array via Dataset[...]" if peer == "h5py" else ""),
                         "times": best["times"], "check": best["check"]}
        if "file_bytes" in best:
            details[peer]["file_bytes"] = best["file_bytes"]
        if peer == "limit" and len(ls) > 1:
            details[peer]["variants"] = {l["how"]: statistics.median(l["times"]) for l in ls}
        if name not in writes and not str(best["check"]).startswith("limit:"):
            checks[peer] = best["check"]
    entry["bytes"] = nbytes
    if len(set(checks.values())) > 1:
        bad.append((name, checks))
    entry["checks_agree"] = None if name in writes else len(set(checks.values())) <= 1
    entry["check"] = next(iter(checks.values()), None)
    if name.startswith("nwb"):
        entry["reference"] = "pynwb"
        entry["note"] = ("the seed tutorial's 4 files, written by NwbIO / pynwb" if name == "nwb_write" else
                         "1,000 TimeSeries of 100 float64 in one file; MB/s counts the data" if name == "nwb_write_series" else
                         "typed read of a 1,000-unit Units table: open, every unit's spike times"
                         if name == "nwb_units" else
                         "open an NWB file, list every TimeSeries with its data shape; MB/s counts the file size")
    elif name.startswith("write"):
        entry["note"] = "write throughput depends on the page cache (no fsync); nwbj checks what it wrote by reading it back"
    if name == "random_rows":
        entry["note"] = "MB/s counts the selected rows only; limit = inflating each touched chunk once"
    if name == "metadata_walk":
        entry["note"] = "MB/s counts the file size"
    if name in ("hb_fixed", "hb_earray", "hb_btree2"):
        entry["note"] = "whole read of a dataset in tiny chunks (1x3 / 3x3): the cost per chunk of the index"
    if name == "hb_slice":
        entry["note"] = "one 100-element slice read 10,000 times from an open dataset (warm)"
    if name == "hb_gzip":
        entry["note"] = "1-D int64 in 10 chunks, shuffle + gzip 4; limit = inflating the chunks on all cores"
    entry["peers"] = details
    result["workloads"].append(entry)

if mem_json:
    result["memory_check"] = [json.loads(l) for l in open(mem_json) if l.strip().startswith("{")]
json.dump(result, open(out, "w"), indent=1)

def fmt(x, spec):
    return "-" if x is None else format(x, spec)
print()
print("scale %s, %s, %d cores, %s GiB, %s; load average %s -> %s" % (scale, result["date"],
      result["machine"]["cores"], result["machine"]["memory_gib"], result["machine"]["jdk"], load_before, load_after))
print()
print("| workload | peer | median s | MB/s | vs h5py / pynwb (speed-up) | vs limit | reps | file MB (x data) |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
for e in result["workloads"]:
    for peer in peers:
        t = e.get(peer + "_s")
        if t is None and peer not in e.get("peers", {}):
            continue
        if t is None:
            print("| %s | %s | - | - | - | - | %s | - |" % (e["name"], peer, e["peers"][peer]["unsupported"]))
            continue
        mbs = e["bytes"] / t / 1e6 if e.get("bytes") else None
        h = e.get("pynwb_s" if e["name"].startswith("nwb") else "h5py_s")
        lim = e.get("limit_s")
        fb = e["peers"][peer].get("file_bytes")
        # bytes on disk against bytes of data: what a write costs in space (compressed workloads go below 1)
        size = "%.1f (%.3fx)" % (fb / 1e6, fb / e["bytes"]) if fb and e.get("bytes") else "-"
        print("| %s | %s | %.4f | %s | %s | %s | %d | %s |" % (e["name"], peer, t, fmt(mbs, ".0f"),
              fmt(h / t if h else None, ".2f") + ("x" if h else ""),
              (fmt(lim / t, ".2f") + "x") if lim and peer != "limit" else "-", len(e["peers"][peer]["times"]), size))
for m in result.get("memory_check", []):
    print("write_memory %s: %d rows (%.0f MB of data) in %.1f s with a %d MiB heap, peak heap used %d MiB, "
          "read back %s" % (m["how"], m["rows"], m["data_bytes"] / 1e6, m["seconds"], m["max_heap_bytes"] >> 20,
                            m["peak_heap_used_bytes"] >> 20, "identical" if m["read_back_matches"] else "DIFFERENT"))
print()
print("wrote", out)
if bad:
    print("CHECK MISMATCH (a peer read wrong data):", bad, file=sys.stderr)
    sys.exit(1)
print("checks: every peer read the same data (CRC-32 / sums agree)")
PYEOF
