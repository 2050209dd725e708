package org.nwbj.hdf5;

/**
 * How {@link Hdf5File#copyTo(java.nio.file.Path, CopyOptions)} writes a copy: the format setting and, like
 * h5repack, new chunking and compression for every dataset. Immutable.
 *
 * <pre>{@code
 * f.copyTo(out, CopyOptions.defaults().chunks(1000, 10).deflate(4).shuffle());
 * }</pre>
 */
public final class CopyOptions {
    private final boolean latest;
    private final long[] chunks;
    private final int deflate;
    private final boolean shuffle;
    /** Filters ({id, client data...}) replacing every dataset's, in pipeline order. */
    private java.util.List<int[]> filters = java.util.Collections.emptyList();
    /** Set only by {@link #materializeVirtual()} on a fresh copy (kept out of the constructor). */
    private boolean materialize;

    private CopyOptions(boolean latest, long[] chunks, int deflate, boolean shuffle) {
        this.latest = latest;
        this.chunks = chunks;
        this.deflate = deflate;
        this.shuffle = shuffle;
    }

    /** {@return a plain copy: default format, datasets stored as in the source} */
    public static CopyOptions defaults() {
        return new CopyOptions(false, null, -1, false);
    }

    /**
     * Write superblock 3 and the HDF5 1.10 chunk indexes (HDF5 1.8 cannot read the copy).
     *
     * @return a copy with this setting
     */
    public CopyOptions latest() {
        return carry(new CopyOptions(true, chunks, deflate, shuffle));
    }

    /**
     * Chunk every dataset of this rank with these dimensions (clipped to the dataset's); datasets of other ranks
     * keep their chunks, or get ones chosen like h5py's when they were not chunked. Scalar datasets stay as they are.
     *
     * @return a copy with this setting
     * @param dims the chunk dimensions, each at least 1
     */
    public CopyOptions chunks(long... dims) {
        for (long d : dims) {
            if (d < 1) {
                throw new IllegalArgumentException("chunk dimensions must be positive");
            }
        }
        return carry(new CopyOptions(latest, dims.clone(), deflate, shuffle));
    }

    /**
     * Compress every non-scalar dataset with deflate at {@code level} (0-9), chunking it when needed; replaces the
     * source's filters.
     *
     * @return a copy with this setting
     * @param level the deflate level, 0 (fastest) to 9 (smallest)
     */
    public CopyOptions deflate(int level) {
        if (level < 0 || level > 9) {
            throw new IllegalArgumentException("deflate level must be 0..9, not " + level);
        }
        return carry(new CopyOptions(latest, chunks, level, shuffle));
    }

    /**
     * Byte-shuffle every non-scalar dataset before compression; replaces the source's filters.
     *
     * @return a copy with this setting
     */
    public CopyOptions shuffle() {
        return carry(new CopyOptions(latest, chunks, deflate, true));
    }

    /**
     * Replace every non-scalar dataset's filters with the pipeline {@code like} describes (its shuffle, deflate,
     * fletcher32 and added filters such as {@link DatasetOptions#bitshuffleLz4()}), chunking datasets when needed;
     * client data that depends on the dataset (type size, chunk bytes) is derived per dataset. Like h5repack's
     * {@code -f}. Filters from the optional hdf5-filters module need it on the class path.
     *
     * @return a copy with this setting
     * @param like the options whose filter pipeline every dataset gets
     */
    public CopyOptions filtersLike(DatasetOptions like) {
        CopyOptions o = carry(new CopyOptions(latest, chunks, deflate, shuffle));
        o.filters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(like.filterIds()));
        return o;
    }

    /**
     * Write virtual datasets as plain contiguous datasets holding the elements their sources give now (h5repack
     * does so); without it they stay virtual, mapping the same source names.
     *
     * @return a copy with this setting
     */
    public CopyOptions materializeVirtual() {
        CopyOptions o = carry(new CopyOptions(latest, chunks, deflate, shuffle));
        o.materialize = true;
        return o;
    }

    private CopyOptions carry(CopyOptions o) {
        o.filters = filters;
        o.materialize = materialize;
        return o;
    }

    boolean materializesVirtual() {
        return materialize;
    }

    boolean isLatest() {
        return latest;
    }

    /** True when datasets are rewritten rather than copied as stored. */
    boolean repacks() {
        return chunks != null || deflate >= 0 || shuffle || !filters.isEmpty();
    }

    org.nwbj.hdf5.internal.engine.copy.FileCopier.Repack repack() {
        return new org.nwbj.hdf5.internal.engine.copy.FileCopier.Repack(chunks == null ? null : chunks.clone(), deflate,
                shuffle, (space, size) -> ChunkGuess.guess(space.dims(), space.maxDims(), size), filters,
                DatasetOptions::clientData);
    }
}
