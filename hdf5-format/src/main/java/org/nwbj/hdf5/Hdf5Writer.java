package org.nwbj.hdf5;

import java.nio.file.Path;

import org.nwbj.hdf5.internal.engine.WritableFile;
import org.nwbj.hdf5.storage.FileStorage;

/**
 * Creates an HDF5 file. Raw data goes to the file as it is written; {@link #flush()} writes the metadata, after
 * which the file on disk is complete (the C library and h5py open it); {@link #close()} flushes.
 *
 * <pre>{@code
 * try (Hdf5Writer w = Hdf5Writer.create(Path.of("out.h5"))) {
 *     DatasetWriter d = w.root().createDataset("data", DatasetOptions.of(DataTypes.FLOAT32, 0, 10)
 *             .maxDims(Dataspace.UNLIMITED, 10).chunks(1000, 10).deflate(4));
 *     d.resize(1000, 10);
 *     d.write(Selection.rows(d.dims(), 0, 1000), values);
 *     w.root().setAttribute("note", "hello");
 * }
 * }</pre>
 *
 * Written: superblock version 2, version 2 object headers, groups of link messages, contiguous and chunked
 * (version 1 B-tree) datasets with deflate/shuffle/fletcher32, values of every datatype, attributes in object
 * headers or, past 8 of them or one over 64 KiB, in dense storage; files that HDF5 1.8 and later read.
 */
public final class Hdf5Writer implements AutoCloseable {
    private final WritableFile file;
    private final GroupWriter root;

    private Hdf5Writer(WritableFile file) {
        this.file = file;
        this.root = new GroupWriter(file.root());
    }

    /** Creates (or truncates) a file. */
    public static Hdf5Writer create(Path path) {
        return new Hdf5Writer(new WritableFile(FileStorage.openReadWrite(path, true)));
    }

    /**
     * Creates (or truncates) a file; with {@code latest}, in the newest structures HDF5 1.10 writes (superblock 3,
     * chunk indexes single chunk, fixed array, extensible array for one unlimited dimension, v2 B-tree), which
     * HDF5 1.8 cannot read.
     */
    public static Hdf5Writer create(Path path, boolean latest) {
        FileStorage s = FileStorage.openReadWrite(path, true);
        return new Hdf5Writer(latest ? WritableFile.latest(s) : new WritableFile(s));
    }

    /**
     * Creates (or truncates) a split file pair as the C library's split driver names it: metadata in
     * {@code base-m.h5}, dataset elements in {@code base-r.h5}; read it with {@link OpenOptions#split()} (h5py:
     * {@code driver='split'}). The metadata file starts with superblock 0 and the multi driver's information block.
     */
    public static Hdf5Writer createSplit(Path base) {
        FileStorage meta = FileStorage.openReadWrite(java.nio.file.Paths.get(base + "-m.h5"), true);
        FileStorage raw;
        try {
            raw = FileStorage.openReadWrite(java.nio.file.Paths.get(base + "-r.h5"), true);
        } catch (RuntimeException e) {
            meta.close();
            throw e;
        }
        return new Hdf5Writer(WritableFile.split(meta, raw));
    }

    /** The root group. */
    public GroupWriter root() {
        return root;
    }

    /** Writes all pending metadata; the file is then complete on disk. */
    public void flush() {
        file.flush();
    }

    /** Flushes and closes the file. */
    @Override
    public void close() {
        file.close();
    }
}
