#!/usr/bin/python3
"""The image-stack workloads of the comparison harness (see benchmarks/README.md): a 3-D uint16 detector stack
(FRAMES x 512 x 512, Poisson counts over a moving pattern, one chunk per frame) compressed with bitshuffle+LZ4
and with blosc (lz4, byte shuffle), read by h5py through the C plug-ins.

  images.py generate DIR SCALE          write DIR/images_bslz4.h5 and DIR/images_blosc.h5 (once)
  images.py run DIR WORKLOAD REPS       time h5py; prints one JSON line like workloads.py
"""
import json
import os
import sys
import time
import zlib

os.environ.setdefault("HDF5_PLUGIN_PATH", "/usr/lib/x86_64-linux-gnu/hdf5/serial/plugins")
import h5py  # noqa: E402
import numpy as np  # noqa: E402

SIDE = 512
FILTERS = {"bslz4": dict(compression=32008, compression_opts=(0, 2)),
           "blosc": dict(compression=32001, compression_opts=(0, 0, 0, 0, 5, 1, 1))}


def frames(scale):
    return max(10, int(200 * scale))


def stack(n):
    """Poisson counts around a background of ~100 with a few bright moving spots: realistic noisy detector data."""
    rng = np.random.default_rng(5)
    y, x = np.mgrid[0:SIDE, 0:SIDE]
    out = np.empty((n, SIDE, SIDE), dtype=np.uint16)
    for i in range(n):
        lam = 100 + 40 * np.sin((x + 3 * i) / 37.0) * np.cos(y / 53.0)
        for k in range(5):
            cx, cy = (97 * k + 5 * i) % SIDE, (61 * k + 3 * i) % SIDE
            lam = lam + 3000 * np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / 50.0)
        out[i] = rng.poisson(lam).astype(np.uint16)
    return out


def generate(d, scale):
    os.makedirs(d, exist_ok=True)
    data = stack(frames(scale))
    for name, opts in FILTERS.items():
        with h5py.File(os.path.join(d, "images_%s.h5" % name), "w") as f:
            f.create_dataset("data", data=data, chunks=(1, SIDE, SIDE), **opts)
    with open(os.path.join(d, "images.json"), "w") as out:
        json.dump({"scale": scale, "frames": int(data.shape[0])}, out)


def run(d, name, reps):
    # image_<filter>_<read|frames|write>
    _, filt, kind = name.split("_")
    path = os.path.join(d, "images_%s.h5" % filt)
    n = json.load(open(os.path.join(d, "images.json")))["frames"]
    payload = stack(n) if kind == "write" else None

    def once():
        if kind == "read":
            with h5py.File(path, "r") as f:
                a = f["data"][()]
            return lambda: "%08x" % zlib.crc32(a)
        if kind == "frames":
            crc = 0
            with h5py.File(path, "r") as f:
                ds = f["data"]
                for i in range(ds.shape[0]):
                    crc = zlib.crc32(ds[i], crc)
            return lambda: "%08x" % crc
        out = os.path.join(d, "write_%s_py.h5" % filt)
        with h5py.File(out, "w") as f:
            f.create_dataset("data", data=payload, chunks=(1, SIDE, SIDE), **FILTERS[filt])
        return lambda: "written"

    check = once()()
    times = []
    cpu = []  # process CPU seconds (all threads): what a busy shared machine disturbs far less than wall time
    budget = time.perf_counter() + 120
    for _ in range(reps):
        t = time.perf_counter()
        c = time.process_time()
        once()
        cpu.append(time.process_time() - c)
        times.append(time.perf_counter() - t)
        if time.perf_counter() > budget:
            break
    file_bytes = None
    if kind == "write":
        file_bytes = os.path.getsize(os.path.join(d, "write_%s_py.h5" % filt))
        os.remove(os.path.join(d, "write_%s_py.h5" % filt))
    how = {"read": "Dataset[()] through the C plug-in", "frames": "Dataset[i] for every frame",
           "write": "create_dataset(data=..., chunks=(1,512,512)) through the C plug-in"}[kind]
    line = {"peer": "h5py", "workload": name, "how": how, "times": times, "cpu_times": cpu,
            "bytes": n * SIDE * SIDE * 2, "check": check}
    if file_bytes is not None:
        line["file_bytes"] = file_bytes
    print(json.dumps(line))


if __name__ == "__main__":
    if sys.argv[1] == "generate":
        generate(sys.argv[2], float(sys.argv[3]))
    elif sys.argv[1] == "run":
        run(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        raise SystemExit(__doc__)
