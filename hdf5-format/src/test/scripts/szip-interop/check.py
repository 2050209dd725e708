# Writes each nwbj-encoded chunk (<name>.java.enc) into its libhdf5 dataset and compares what libhdf5 reads.
import h5py, numpy as np, glob, os
ok = True
for enc in sorted(glob.glob("*.java.enc")):
    name = enc[:-9]
    data = np.load(name + ".npy")
    with h5py.File(name + ".h5", "a") as f:
        f["d"].id.write_direct_chunk((0,) * data.ndim, open(enc, "rb").read())
        back = f["d"][...]
    same = np.array_equal(back, data)
    ok &= same
    print(name, "OK" if same else "MISMATCH", os.path.getsize(enc), data.nbytes)
print("ALL OK" if ok else "FAILURES")
