# Writes sample arrays (<name>.npy/.raw), the szip client data libhdf5 picks for them (<name>.cd) and an
# empty szip dataset per case (<name>.h5) into the current directory. See README.md.
import h5py, numpy as np, subprocess, re, os
rng = np.random.default_rng(7)
NN, EC = h5py.h5z.SZIP_NN_OPTION_MASK, h5py.h5z.SZIP_EC_OPTION_MASK
cases = [
 ("i32_nn8", (np.cumsum(rng.integers(-3,4,256))+1000).astype("<i4"), NN, 8),
 ("i32_ec16_rand", rng.integers(0,1<<30,256).astype("<i4"), EC, 16),
 ("u16_nn16_be", (np.cumsum(rng.integers(-50,51,512))+30000).astype(">u2"), NN, 16),
 ("u16_ec32", rng.integers(0,8,512).astype("<u2"), EC, 32),
 ("u8_nn8_zeros", np.where(rng.random(1000)<0.01, 5, 0).astype("u1"), NN, 8),
 ("i16_pad", (np.cumsum(rng.integers(-5,6,(10,21)),axis=1)+100).astype("<i2"), NN, 8),
 ("f64_nn32", np.linspace(0,3,300).astype("<f8"), NN, 32),
 ("u8_ec32_big", rng.integers(0,256,4096).astype("u1"), EC, 32),
 ("i16_zero_runs", np.zeros(8192,"<i2"), EC, 8),
 ("u16_se", rng.integers(0,2,1024).astype("<u2"), NN, 16),
]
for name, data, mask, ppb in cases:
    fn = name + ".h5"
    with h5py.File(fn, "w") as f:
        dcpl = h5py.h5p.create(h5py.h5p.DATASET_CREATE)
        dcpl.set_chunk(data.shape); dcpl.set_szip(mask, ppb)
        tid = h5py.h5t.py_create(data.dtype)
        d = h5py.h5d.create(f.id, b"d", tid, h5py.h5s.create_simple(data.shape), dcpl=dcpl)
        addr = h5py.h5o.get_info(d).addr
    out = subprocess.run(["h5debug", fn, str(addr)], capture_output=True, text=True).stdout
    cd = [int(m.group(1)) for m in re.finditer(r"CD value \d+\s+(\d+)", out)]
    open(name + ".raw", "wb").write(data.tobytes())
    open(name + ".cd", "w").write(",".join(map(str, cd)))
    np.save(name + ".npy", data)
    print(name, cd)
