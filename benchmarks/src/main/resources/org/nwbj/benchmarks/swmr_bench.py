"""The h5py side of benchmarks/swmr.sh (issue 20).

  swmr_bench.py write FILE BLOCKS ROWS INTERVAL_MS   an h5py SWMR writer with the protocol of SwmrRecord.java
  swmr_bench.py read FILE TOTAL_ROWS                 an h5py SWMR reader: refreshes in a loop; for every block that
                                                     appears, the delay from the time stamp in column 0 of its last
                                                     row to now; prints "LATENCY n median_ms p90_ms max_ms"
"""
import sys
import time

import h5py
import numpy as np


def write(path, blocks, rows, interval):
    f = h5py.File(path, 'w', libver='latest')
    d = f.create_dataset('data', shape=(0, 4), maxshape=(None, 4), chunks=(rows, 4), dtype='i8',
                         compression='gzip', compression_opts=4)
    f.swmr_mode = True
    print('READY', flush=True)
    sys.stdin.readline()
    base = np.arange(rows * 4, dtype='i8').reshape(rows, 4)
    start = time.perf_counter()
    for b in range(blocks):
        at = b * rows
        v = base + 4 * at
        if interval > 0:
            v[:, 0] = int(time.time() * 1e6)
        d.resize((at + rows, 4))
        d[at:] = v
        d.flush()
        if interval > 0:
            time.sleep(interval / 1000.0)
    seconds = time.perf_counter() - start
    print('DONE %.4f %.1f' % (seconds, blocks * rows / seconds), flush=True)
    f.close()


def read(path, total):
    f = h5py.File(path, 'r', libver='latest', swmr=True)
    d = f['data']
    print('OPEN', flush=True)
    seen = 0
    delays = []
    deadline = time.time() + 600
    while seen < total and time.time() < deadline:
        d.refresh()
        n = d.shape[0]
        if n > seen:
            stamp = int(d[n - 1, 0])
            delays.append(time.time() * 1e3 - stamp / 1e3)
            seen = n
    delays.sort()
    if not delays:
        print('LATENCY 0 nan nan nan', flush=True)
        return
    pick = lambda q: delays[min(len(delays) - 1, int(q * len(delays)))]
    print('LATENCY %d %.2f %.2f %.2f' % (len(delays), pick(0.5), pick(0.9), delays[-1]), flush=True)
    f.close()


if __name__ == '__main__':
    if sys.argv[1] == 'write':
        write(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    else:
        read(sys.argv[2], int(sys.argv[3]))
