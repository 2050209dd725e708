#!/usr/bin/env bash
# SWMR recording (issue 20): nwbj's SWMR writer vs h5py's, flush per block.
#   benchmarks/swmr.sh [--blocks N] [--rows B] [--reps R] [--interval MS] [--latency-blocks M] [--warmup W]
#   throughput: N blocks of B rows (int64 x 4, chunks of B rows, deflate 4), a flush after each, no reader, best
#   and median rows/s of R runs; latency: M blocks MS apart while an h5py SWMR reader refreshes in a loop, the delay
#   from the writer's time stamp (taken just before it writes a block) until the reader sees the block.
#   nwbj's JVM first runs the same loop for W blocks (default 2000) on a scratch file, so that the measured loop runs
#   compiled code as a recording does after its first seconds; "cold" is one run without it (the first 0.5 s of a JVM).
# Writes benchmarks/target/swmr.json and prints a table. Numbers taken on a shared machine are taken under load.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
blocks=500; rows=1000; reps=3; interval=20; lblocks=200; warmup=2000
while [ $# -gt 0 ]; do
  case "$1" in
    --blocks) blocks="$2"; shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
    --interval) interval="$2"; shift 2 ;;
    --latency-blocks) lblocks="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
PY="${NWBJ_PYTHON:-/usr/bin/python3}"
"$PY" -c 'import h5py, numpy' 2>/dev/null || { echo "need $PY with h5py and numpy (set NWBJ_PYTHON)" >&2; exit 1; }
jar="$here/target/benchmarks.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$here/src" "$here/pom.xml" "$root/hdf5-format/src" -newer "$jar" -type f | head -1)" ]; then
  echo "building $jar ..." >&2
  (cd "$root" && { ./mvnw -q -o package -pl benchmarks -am -DskipTests || ./mvnw -q package -pl benchmarks -am -DskipTests; })
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$PY" - "$PY" "$jar" "$here/src/main/resources/org/nwbj/benchmarks/swmr_bench.py" "$work" "$blocks" "$rows" "$reps" \
  "$interval" "$lblocks" "$here/target/swmr.json" "$warmup" <<'PYEOF'
import json, statistics, subprocess, sys
py, jar, script, work, blocks, rows, reps, interval, lblocks, out, warmup = sys.argv[1:]
blocks, rows, reps, interval, lblocks, warmup = int(blocks), int(rows), int(reps), int(interval), int(lblocks), int(warmup)

def writer(who, path, n, ms, warm=True):
    cmd = (['java', '-Xmx1g', '-cp', jar, 'org.nwbj.benchmarks.SwmrRecord'] if who == 'nwbj'
           else [py, script, 'write']) + [path, str(n), str(rows), str(ms)]
    if who == 'nwbj':
        cmd.append(str(warmup if warm else 0))
    return subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

def run(who, n, ms, with_reader, warm=True):
    path = '%s/%s.h5' % (work, who)
    w = writer(who, path, n, ms, warm)
    assert w.stdout.readline().strip() == 'READY'
    r = None
    if with_reader:
        r = subprocess.Popen([py, script, 'read', path, str(n * rows)], stdout=subprocess.PIPE, text=True)
        assert r.stdout.readline().strip() == 'OPEN'
    w.stdin.write('go\n'); w.stdin.flush()
    done = w.stdout.readline().split()
    assert w.wait() == 0 and done[0] == 'DONE', done
    lat = None
    if r:
        lat = r.stdout.readline().split()
        assert r.wait() == 0 and lat[0] == 'LATENCY', lat
    return float(done[2]), lat

result = {'blocks': blocks, 'rows_per_block': rows, 'interval_ms': interval, 'latency_blocks': lblocks,
          'nwbj_warmup_blocks': warmup, 'note': 'taken under load on a shared machine unless said otherwise'}
# the writers take turns, rep by rep, so that a shared machine's load swings hit both alike
speeds = {'nwbj': [], 'h5py': []}
lats = {}
for _ in range(reps):
    for who in ('nwbj', 'h5py'):
        speeds[who].append(run(who, blocks, 0, False)[0])
for who in ('nwbj', 'h5py'):
    lats[who] = run(who, lblocks, interval, True)[1]
for who in ('nwbj', 'h5py'):
    lat = lats[who]
    result[who] = {'rows_per_s_best': max(speeds[who]), 'rows_per_s_median': statistics.median(speeds[who]),
                   'rows_per_s_all': speeds[who],
                   'latency_ms_median': float(lat[2]), 'latency_ms_p90': float(lat[3]),
                   'latency_ms_max': float(lat[4]), 'blocks_seen': int(lat[1])}
result['nwbj']['rows_per_s_cold'] = run('nwbj', blocks, 0, False, warm=False)[0]
json.dump(result, open(out, 'w'), indent=1)
print('SWMR recording: %d blocks of %d rows (int64 x 4, deflate 4), flush per block; latency: %d blocks %d ms apart, '
      'an h5py SWMR reader' % (blocks, rows, lblocks, interval))
print('%-6s %14s %14s %12s %12s %12s' % ('writer', 'rows/s best', 'rows/s median', 'lat. median', 'lat. p90',
                                          'lat. max'))
for who in ('nwbj', 'h5py'):
    x = result[who]
    print('%-6s %14.0f %14.0f %10.2fms %10.2fms %10.2fms' % (who, x['rows_per_s_best'], x['rows_per_s_median'],
          x['latency_ms_median'], x['latency_ms_p90'], x['latency_ms_max']))
print('nwbj / h5py throughput: %.2fx best, %.2fx median (nwbj after a %d-block warm-up; cold JVM: %.0f rows/s, '
      '%.2fx)' % (result['nwbj']['rows_per_s_best'] / result['h5py']['rows_per_s_best'],
                  result['nwbj']['rows_per_s_median'] / result['h5py']['rows_per_s_median'], warmup,
                  result['nwbj']['rows_per_s_cold'], result['nwbj']['rows_per_s_cold'] / result['h5py']['rows_per_s_best']))
PYEOF
