package org.nwbj.hdf5;

import java.nio.file.Path;

import org.nwbj.hdf5.internal.engine.FileContext;
import org.nwbj.hdf5.internal.engine.WritableFile;
import org.nwbj.hdf5.storage.FileStorage;
import org.nwbj.hdf5.storage.Storage;

/**
 * Creates an HDF5 file, or modifies an existing one ({@link #open(Path)}). Raw data goes to the file as it is written; {@link #flush()} writes the metadata, after
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
 * (version 1 B-tree) datasets with deflate/shuffle/fletcher32, attributes in object headers; files that HDF5 1.8
 * and later read.
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
     * Opens an existing file (ours or the C library's, any superblock version) for modification: reach existing
     * groups and datasets with {@link GroupWriter#group(String)} and {@link GroupWriter#dataset(String)}, then
     * change them as new ones. Changed headers are rewritten in place; new data, chunks and indexes go past the
     * end of the file, and {@link #flush()} publishes them in an order that leaves a readable file at any point.
     */
    public static Hdf5Writer open(Path path) {
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw new Hdf5NotFoundException("no file " + path);
        }
        return open(FileStorage.openReadWrite(path, false));
    }

    /** Opens an existing file held in a writable storage for modification (see {@link #open(Path)}). */
    public static Hdf5Writer open(Storage storage) {
        try {
            return new Hdf5Writer(new WritableFile(storage, FileContext.open(storage)));
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
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
