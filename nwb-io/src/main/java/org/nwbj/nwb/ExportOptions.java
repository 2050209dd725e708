package org.nwbj.nwb;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * How {@link NwbIO#export} writes the self-contained copy: compression and chunking of the copied datasets, and
 * how much of a dataset's values may be in memory at once. Immutable; each setter returns a new value.
 */
public final class ExportOptions {
    /** Datasets smaller than this stay as they are under {@link #deflate(int)}: compressing them gains nothing. */
    public static final long RECOMPRESS_MIN_BYTES = 4096;

    private final int deflate;
    private final Map<String, long[]> chunks;
    private final long blockBytes;

    private ExportOptions(int deflate, Map<String, long[]> chunks, long blockBytes) {
        this.deflate = deflate;
        this.chunks = chunks;
        this.blockBytes = blockBytes;
    }

    /** {@return datasets keep their chunks and deflate/shuffle/fletcher32 filters; values copied in blocks of 1 MiB} */
    public static ExportOptions defaults() {
        return new ExportOptions(-1, Collections.emptyMap(), 1L << 20);
    }

    /**
     * Recompresses every dataset of at least {@link #RECOMPRESS_MIN_BYTES} with shuffle + deflate at {@code level}.
     *
     * @return a copy with this setting
     * @param level the deflate level, 0-9
     */
    public ExportOptions deflate(int level) {
        if (level < 0 || level > 9) {
            throw new IllegalArgumentException("deflate level must be 0..9, not " + level);
        }
        return new ExportOptions(level, chunks, blockBytes);
    }

    /**
     * Stores every dataset without filters.
     *
     * @return a copy with this setting
     */
    public ExportOptions uncompressed() {
        return new ExportOptions(-2, chunks, blockBytes);
    }

    /**
     * Rechunks the dataset at {@code path} (its path in the exported file, such as /acquisition/ts/data).
     *
     * @return a copy with this setting
     * @param path the dataset's path in the exported file
     * @param dims the new chunk dimensions
     */
    public ExportOptions chunks(String path, long... dims) {
        Map<String, long[]> c = new HashMap<>(chunks);
        c.put(path, dims.clone());
        return new ExportOptions(deflate, Collections.unmodifiableMap(c), blockBytes);
    }

    /**
     * Most bytes of a dataset's values in memory at once (at least one row is).
     *
     * @return a copy with this setting
     * @param bytes the most bytes in memory
     */
    public ExportOptions blockBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("block size must be positive, not " + bytes);
        }
        return new ExportOptions(deflate, chunks, bytes);
    }

    /** {@return the deflate level to recompress with; -1 keeps the stored filters, -2 stores uncompressed} */
    public int deflateLevel() {
        return deflate;
    }

    /**
     * {@return new chunk dimensions for this dataset path, or null to keep its own}
     *
     * @param path the dataset's path in the exported file
     */
    public long[] chunksFor(String path) {
        long[] c = chunks.get(path);
        return c == null ? null : c.clone();
    }

    /** {@return the most bytes of a dataset's values in memory at once} */
    public long blockBytes() {
        return blockBytes;
    }
}
