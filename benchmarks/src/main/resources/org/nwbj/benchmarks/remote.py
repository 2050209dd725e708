#!/usr/bin/python3
"""The remote-read benchmark (benchmarks/remote.sh): an NWB file with 100 series behind an HTTP server that adds
a fixed latency to every request, read by h5py's ros3 driver and by h5py over fsspec's HTTP filesystem.

  remote.py generate FILE                 write the NWB file with pynwb (100 TimeSeries, chunked gzip data)
  remote.py serve ROOT DELAY_MS           serve ROOT with range requests on 127.0.0.1; prints the port;
                                          GET /__stats answers {"requests": N, "bytes": M} and resets them
  remote.py run PEER URL SERIES           PEER = ros3 | fsspec: open + list every object, then read rows
                                          5000..5999 of SERIES; prints one JSON line of times
"""
import json
import os
import re
import sys
import threading
import time


def generate(path):
    from datetime import datetime, timezone

    import numpy as np
    from hdmf.backends.hdf5.h5_utils import H5DataIO
    from pynwb import NWBHDF5IO, NWBFile, TimeSeries

    nwb = NWBFile(session_description="remote benchmark", identifier="remote-bench",
                  session_start_time=datetime(2026, 1, 1, tzinfo=timezone.utc))
    rng = np.random.default_rng(7)
    for i in range(100):
        data = rng.integers(-1000, 1000, size=(20_000, 4)).cumsum(axis=0).astype("float32")
        nwb.add_acquisition(TimeSeries(name="ts_%03d" % i, data=H5DataIO(data, chunks=(1000, 4), compression="gzip"),
                                       unit="mV", rate=1000.0, description="series %d" % i))
    with NWBHDF5IO(path, "w") as io:
        io.write(nwb)


def serve(root, delay_ms):
    import http.server

    root = os.path.abspath(root)
    stats = {"requests": 0, "bytes": 0}
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def reply(self, status, body, headers=()):
            self.send_response(status)
            for k, v in headers:
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def do_HEAD(self):
            self.do_GET()

        def do_GET(self):
            if self.path == "/__stats":
                with lock:
                    body = json.dumps(stats).encode()
                    stats["requests"] = stats["bytes"] = 0
                return self.reply(200, body)
            time.sleep(delay_ms / 1000.0)
            path = os.path.normpath(os.path.join(root, self.path.split("?")[0].lstrip("/")))
            if not path.startswith(root) or not os.path.isfile(path):
                return self.reply(404, b"")
            size = os.path.getsize(path)
            tag = ('"%x-%x"' % (int(os.path.getmtime(path)), size),)
            m = re.match(r"bytes=(\d+)-(\d*)$", self.headers.get("Range", ""))
            with open(path, "rb") as f:
                if m:
                    a = int(m.group(1))
                    b = min(size - 1, int(m.group(2)) if m.group(2) else size - 1)
                    f.seek(a)
                    body = f.read(b - a + 1) if self.command != "HEAD" else b""
                    status, headers = 206, [("Content-Range", "bytes %d-%d/%d" % (a, b, size))]
                else:
                    body = f.read() if self.command != "HEAD" else b""
                    status, headers = 200, []
            with lock:
                stats["requests"] += 1
                stats["bytes"] += len(body)
            headers += [("ETag", tag[0]), ("Accept-Ranges", "bytes"), ("Content-Type", "application/octet-stream")]
            if self.command == "HEAD":
                self.send_response(200)
                for k, v in headers:
                    self.send_header(k, v)
                self.send_header("Content-Length", str(size))
                self.end_headers()
                return
            self.reply(status, body, headers)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


def run(peer, url, series):
    # the timed region starts after the modules a script imports at its top (h5py, fsspec), as nwbj's starts after
    # the JVM has started; what a library does lazily on first use (fsspec importing aiohttp, the JVM loading
    # nwbj's classes) is timed for every peer
    import h5py

    if peer == "fsspec":
        import fsspec

    t0 = time.perf_counter()
    if peer == "ros3":
        f = h5py.File(url, "r", driver="ros3")
    elif peer == "fsspec":
        f = h5py.File(fsspec.filesystem("http").open(url, "rb"), "r")
    else:
        raise SystemExit("unknown peer " + peer)
    names = []

    def visit(name, obj):
        names.append((name, obj.attrs.get("neurodata_type")))

    f.visititems(visit)
    t1 = time.perf_counter()
    rows = f[series][5000:6000]
    t2 = time.perf_counter()
    print(json.dumps({"peer": peer, "objects": len(names), "list_s": t1 - t0, "slice_s": t2 - t1,
                      "check": float(rows.astype("float64").sum())}))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "generate":
        generate(sys.argv[2])
    elif cmd == "serve":
        serve(sys.argv[2], float(sys.argv[3]))
    elif cmd == "run":
        run(sys.argv[2], sys.argv[3], sys.argv[4])
