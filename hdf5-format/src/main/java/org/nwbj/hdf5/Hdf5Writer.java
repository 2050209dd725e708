package org.nwbj.hdf5;

import java.nio.file.Path;

import org.nwbj.hdf5.internal.engine.FileContext;
import org.nwbj.hdf5.internal.engine.write.WritableFile;
import org.nwbj.hdf5.storage.FamilyStorage;
import org.nwbj.hdf5.storage.FileStorage;
import org.nwbj.hdf5.storage.Storage;

/**
 * Creates an HDF5 file, or modifies an existing one ({@link #open(Path)}). Raw data goes to the file as it is
 * written; {@link #flush()} writes the metadata, after which the file on disk is complete (the C library and h5py open it); {@link #close()} flushes.
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
    private final java.util.List<WriterView> views = new java.util.ArrayList<>();

    private Hdf5Writer(WritableFile file) {
        this.file = file;
        this.root = new GroupWriter(file.root());
    }

    /**
     * Creates (or truncates) a file, locked for writing while the writer is open: a reader or another writer in
     * this or another JVM is refused with {@link Hdf5FileLockedException}, and so is this call while one of them
     * has the file (see {@link OpenOptions#withFileLocking(boolean)}).
     *
     * @param path the file to create
     * @return the writer; close it to finish the file
     */
    public static Hdf5Writer create(Path path) {
        return create(path, OpenOptions.defaults());
    }

    /**
     * Creates (or truncates) a file; of the options, only {@link OpenOptions#fileLocking()} applies.
     *
     * @param path the file to create
     * @param options the options; only file locking is used
     * @return the writer; close it to finish the file
     */
    public static Hdf5Writer create(Path path, OpenOptions options) {
        return new Hdf5Writer(new WritableFile(FileStorage.openReadWrite(path, true, options.fileLocking())));
    }

    /**
     * Creates a file in any writable storage (it should be empty: the file is written from address 0). The
     * storage is closed with the writer.
     *
     * @param storage an empty writable storage
     * @return the writer; close it to finish the file
     */
    public static Hdf5Writer create(Storage storage) {
        return new Hdf5Writer(new WritableFile(storage));
    }

    /**
     * Creates (or replaces) a family {@code pattern} ({@code name_%d.h5}) of members of {@code memberSize} bytes,
     * every member but the last full-size, with the member size recorded in the file (superblock 0 and the family
     * driver block), so the C library's family driver and {@link OpenOptions#family(long) family(0)} open it.
     * Every member is locked for writing while the writer is open (see {@link #create(Path)}).
     *
     * @param pattern the member name pattern, such as {@code name_%d.h5}
     * @param memberSize the size of every member but the last, in bytes
     * @return the writer; close it to finish the file
     */
    public static Hdf5Writer createFamily(Path pattern, long memberSize) {
        FamilyStorage storage = FamilyStorage.create(pattern, memberSize, OpenOptions.defaults().fileLocking());
        try {
            // members of an older, longer family would read as part of the new one (member 0 is locked now)
            for (int k = 1; ; k++) {
                Path old = java.nio.file.Paths.get(FamilyStorage.memberName(pattern.toString(), k));
                try {
                    if (!java.nio.file.Files.deleteIfExists(old)) {
                        break;
                    }
                } catch (java.io.IOException e) {
                    throw new Hdf5IoException("cannot replace the family member " + old, e);
                }
            }
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
        return new Hdf5Writer(new WritableFile(storage, memberSize));
    }

    /**
     * Creates (or truncates) a file that starts with a user block holding {@code userBlock} (padded with zeros to
     * the next power of two of at least 512 bytes, as the C library requires), like h5py's {@code userblock_size};
     * {@code latest} as in {@link #create(Path, boolean)}.
     *
     * @param path the file to create
     * @param userBlock the user block's content
     * @param latest true for the HDF5 1.10 structures
     * @return the writer; close it to finish the file
     */
    public static Hdf5Writer createWithUserBlock(Path path, byte[] userBlock, boolean latest) {
        long size = 512;
        while (size < userBlock.length) {
            size <<= 1;
        }
        return new Hdf5Writer(WritableFile.withUserBlock(FileStorage.openReadWrite(path, true,
                OpenOptions.defaults().fileLocking()), userBlock, size, latest));
    }

    /**
     * Creates (or truncates) a file, locked like {@link #create(Path)}; with {@code latest}, in the newest
     * structures HDF5 1.10 writes (superblock 3, chunk indexes single chunk, fixed array, extensible array for one
     * unlimited dimension, v2 B-tree), which HDF5 1.8 cannot read.
     *
     * @param path the file to create
     * @param latest true for the HDF5 1.10 structures, false for the 1.8-readable ones
     * @return the writer; close it to finish the file
     */
    public static Hdf5Writer create(Path path, boolean latest) {
        if (!latest) {
            return create(path);
        }
        return new Hdf5Writer(WritableFile.latest(FileStorage.openReadWrite(path, true,
                OpenOptions.defaults().fileLocking())));
    }

    /**
     * Creates (or truncates) a split file pair as the C library's split driver names it: metadata in
     * {@code base-m.h5}, dataset elements in {@code base-r.h5}; read it with {@link OpenOptions#split()} (h5py:
     * {@code driver='split'}). The metadata file starts with superblock 0 and the multi driver's information block.
     * Both files are locked for writing while the writer is open, both before either is truncated.
     *
     * @param base the common start of the two file names
     * @return the writer; close it to finish the files
     */
    public static Hdf5Writer createSplit(Path base) {
        java.util.List<FileStorage> pair = FileStorage.createTogether(java.util.Arrays.asList(
                java.nio.file.Paths.get(base + "-m.h5"), java.nio.file.Paths.get(base + "-r.h5")),
                OpenOptions.defaults().fileLocking());
        return new Hdf5Writer(WritableFile.split(pair.get(0), pair.get(1)));
    }

    /**
     * Opens an existing file (ours or the C library's, any superblock version) for modification: reach existing
     * groups and datasets with {@link GroupWriter#group(String)} and {@link GroupWriter#dataset(String)}, then
     * change them as new ones. Changed headers are rewritten in place; new data, chunks and indexes go past the
     * end of the file, and {@link #flush()} publishes them in an order that leaves a readable file at any point.
     * New chunked datasets get the chunk index the C library gives them in the file's format: an HDF5 1.10 index
     * in a superblock 3 file, a version 1 B-tree in older ones.
     * The file is locked for writing while the writer is open, as by {@link #create(Path)}.
     *
     * @param path the file to modify
     * @return the writer; close it to publish the changes
     */
    public static Hdf5Writer open(Path path) {
        return open(path, OpenOptions.defaults());
    }

    /**
     * Opens an existing file for modification; of the options, {@link OpenOptions#fileLocking()} and the driver
     * apply: {@link OpenOptions#family(long)} opens a family {@code name_%d.h5} (member size taken from the file
     * when 0), which grows by full-size members as the C library's family driver does;
     * {@link OpenOptions#split()} opens the split pair {@code path-m.h5} + {@code path-r.h5} (the C library's or
     * ours), new metadata going to the first, new dataset elements to the second, both locked.
     *
     * @param path the file to modify (or a family pattern, with the family driver)
     * @param options driver and locking
     * @return the writer; close it to publish the changes
     */
    public static Hdf5Writer open(Path path, OpenOptions options) {
        if (options.driver() == OpenOptions.Driver.FAMILY) {
            return openFamily(path, options);
        }
        if (options.driver() == OpenOptions.Driver.SPLIT) {
            return openSplit(path, options);
        }
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw new Hdf5NotFoundException("no file " + path);
        }
        return open(FileStorage.openReadWrite(path, false, options.fileLocking()));
    }

    private static Hdf5Writer openFamily(Path pattern, OpenOptions options) {
        FamilyStorage s = FamilyStorage.openReadWrite(pattern, options.memberSize(), options.fileLocking());
        try {
            long stored = Hdf5File.storedMemberSize(FileContext.open(s), pattern.toString(), options.memberSize());
            if (stored <= 0 && options.memberSize() <= 0) {
                throw new Hdf5Exception(pattern + " records no member size (its superblock has no family driver "
                        + "block, as in files of old HDF5 versions): give it with OpenOptions.family(size)");
            }
            // a family without a driver block (old HDF5 versions wrote none) takes the size the caller gives
            FamilyStorage sized = stored <= 0 || stored == s.memberSize() ? s : s.withMemberSize(stored);
            return new Hdf5Writer(new WritableFile(sized, FileContext.open(sized)));
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static Hdf5Writer openSplit(Path base, OpenOptions options) {
        Path meta = java.nio.file.Paths.get(base + "-m.h5");
        Path raw = java.nio.file.Paths.get(base + "-r.h5");
        for (Path p : new Path[] {meta, raw}) {
            if (!java.nio.file.Files.isRegularFile(p)) {
                throw new Hdf5NotFoundException("no file " + p + " (of the split pair " + base + ")");
            }
        }
        FileStorage m = FileStorage.openReadWrite(meta, false, options.fileLocking());
        FileStorage r;
        try {
            r = FileStorage.openReadWrite(raw, false, options.fileLocking());
        } catch (RuntimeException e) {
            m.close();
            throw e;
        }
        return openSplit(m, r);
    }

    /** A split pair held in two storages, opened for modification (tests: crash prefixes of both members). */
    static Hdf5Writer openSplit(Storage meta, Storage raw) {
        try {
            return new Hdf5Writer(WritableFile.openSplit(meta, raw));
        } catch (RuntimeException e) {
            meta.close();
            raw.close();
            throw e;
        }
    }

    /**
     * Opens an existing file held in a writable storage for modification (see {@link #open(Path)}).
     *
     * @param storage the writable storage holding the file
     * @return the writer; close it to publish the changes
     */
    public static Hdf5Writer open(Storage storage) {
        try {
            return new Hdf5Writer(new WritableFile(storage, FileContext.open(storage)));
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    /** {@return the root group} */
    public GroupWriter root() {
        return root;
    }

    /** Writes all pending metadata; the file is then complete on disk. Read views taken before end here. */
    public void flush() {
        invalidateViews("flushed");
        file.flush();
    }

    /**
     * Publishes one dataset's pending changes alone, as h5py's {@code Dataset.flush()}: its chunks, chunk index and
     * header (with its shape), in the order SWMR readers rely on; other objects' changes wait for the next
     * {@link #flush()}. A dataset created since the last whole flush needs its group published too: then this is a
     * whole flush. Read views taken before end here.
     *
     * @param dataset a dataset of this file
     */
    public void flush(DatasetWriter dataset) {
        invalidateViews("flushed");
        file.flush(dataset.object());
    }

    /**
     * Flushes, then returns a read view of the file as that flush left it: everything written so far, read with the
     * whole reading API in this process while the writer holds the file (h5py's {@code 'r+'}/{@code 'a'}
     * read-modify-write). The view is a snapshot: it ends at the writer's next {@link #flush()} or
     * {@link #close()} (its reads then throw {@link Hdf5Exception}; take a new view), and it does not see
     * unflushed changes, except that overwrites of contiguous datasets land in place and may show through.
     * Closing the view leaves the writer open.
     *
     * <pre>{@code
     * try (Hdf5Writer w = Hdf5Writer.open(path)) {
     *     double[] v = w.reader().dataset("/raw").readDoubles();
     *     w.root().createDataset("scaled", scale(v));
     *     double[] check = w.reader().dataset("/scaled").readDoubles();   // a new view: sees "scaled"
     * }
     * }</pre>
     *
     * @return a read view of what has been flushed
     */
    public synchronized Hdf5File reader() {
        flush();
        WriterView view = new WriterView(file.storage());
        views.add(view);
        return Hdf5File.open(view);
    }

    private synchronized void invalidateViews(String why) {
        for (WriterView v : views) {
            v.invalidate(why);
        }
        views.clear();
    }

    /**
     * Starts single-writer/multiple-reader writing, as h5py's {@code f.swmr_mode = True}: flushes, marks the
     * superblock for write and SWMR write access and releases the operating-system file lock (as the C library
     * does), after which readers in other processes open the file while it is written: the C library and h5py with
     * {@code swmr=True}, nwbj with {@link OpenOptions#swmr()}; each then sees what the last {@link #flush()}
     * published after {@code refresh()}. Flushes publish chunk data before the chunk index that points to it and
     * the index before the dataspace that covers it, and never overwrite anything a reader may still follow.
     * Unlike the C library, groups, datasets and attributes may still be created (see docs/swmr.md for what C
     * readers see of them). {@link #close()} clears the flags, so the file then opens without h5clear.
     *
     * A file opened with {@link #open(Path)} enters SWMR mode too when its superblock is version 3.
     *
     * @throws Hdf5UnsupportedException unless the file is in the latest format (superblock 3, as the C library
     *     requires: {@link #create(Path, boolean)} with {@code latest}, or such a file opened), as a single file
     */
    public synchronized void startSwmr() {
        invalidateViews("started SWMR writing");
        file.startSwmr();
        if (file.openedStorage() instanceof FileStorage fs) {
            fs.unlockForSwmr();
        }
    }

    /** {@return whether the writer is in SWMR mode ({@link #startSwmr()})} */
    public boolean swmrMode() {
        return file.swmr();
    }

    /** Flushes and closes the file. */
    @Override
    public void close() {
        invalidateViews("closed the file");
        file.close();
    }
}
