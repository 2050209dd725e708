package org.nwbj.hdf5;

/**
 * Bounds on what reading one file may cost, so that a hostile or corrupt file fails with an
 * {@link Hdf5LimitException} instead of exhausting memory or looping. The defaults suit a server that opens
 * untrusted files; raise a limit with its with-er, e.g. {@code ReadLimits.defaults().maxReadBytes(2L << 30)}.
 *
 * @param maxReadBytes           bytes one read call (a dataset or attribute read) may allocate for its result
 * @param maxChunkBytes          bytes one chunk may occupy once its filters are undone
 * @param maxCompressionRatio    how many times its stored size a chunk may inflate to while decompressing; deflate
 *                               cannot legitimately exceed about 1032
 * @param maxHeaderMessages      messages in one object header, across its continuation blocks
 * @param maxLinkTraversals      soft and external links followed while resolving one path
 * @param maxVlenBytes           bytes of one variable-length element (string or sequence)
 * @param maxMetadataBlockBytes  bytes of one metadata block (header chunk, B-tree node, heap block)
 */
public record ReadLimits(long maxReadBytes, long maxChunkBytes, long maxCompressionRatio, int maxHeaderMessages,
        int maxLinkTraversals, long maxVlenBytes, long maxMetadataBlockBytes) {
    /** The largest Java array, the hard ceiling of every byte limit. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

    /**
     * Checks that every limit is positive (link traversals: not negative).
     *
     * @param maxReadBytes bytes one read may return
     * @param maxChunkBytes bytes of one decoded chunk
     * @param maxCompressionRatio decoded bytes per stored byte of a filtered chunk
     * @param maxHeaderMessages messages in one object header
     * @param maxLinkTraversals soft and external links followed to resolve one path
     * @param maxVlenBytes bytes of one variable-length element
     * @param maxMetadataBlockBytes bytes of one metadata block
     */
    public ReadLimits {
        positive("maxReadBytes", maxReadBytes);
        positive("maxChunkBytes", maxChunkBytes);
        positive("maxCompressionRatio", maxCompressionRatio);
        positive("maxHeaderMessages", maxHeaderMessages);
        if (maxLinkTraversals < 0) {
            throw new IllegalArgumentException("maxLinkTraversals must not be negative: " + maxLinkTraversals);
        }
        positive("maxVlenBytes", maxVlenBytes);
        positive("maxMetadataBlockBytes", maxMetadataBlockBytes);
    }

    /**
     * {@return 512 MiB per read, 256 MiB per chunk, ratio 2048, 100,000 header messages, 16 link traversals (the C
     * library's default), 64 MiB per vlen element and per metadata block}
     */
    public static ReadLimits defaults() {
        return new ReadLimits(512L << 20, 256L << 20, 2048, 100_000, 16, 64L << 20, 64L << 20);
    }

    /**
     * Bytes one read may return.
     *
     * @param v the limit, positive
     * @return a copy with this limit
     */
    public ReadLimits maxReadBytes(long v) {
        return new ReadLimits(v, maxChunkBytes, maxCompressionRatio, maxHeaderMessages, maxLinkTraversals,
                maxVlenBytes, maxMetadataBlockBytes);
    }

    /**
     * Bytes of one decoded chunk.
     *
     * @param v the limit, positive
     * @return a copy with this limit
     */
    public ReadLimits maxChunkBytes(long v) {
        return new ReadLimits(maxReadBytes, v, maxCompressionRatio, maxHeaderMessages, maxLinkTraversals,
                maxVlenBytes, maxMetadataBlockBytes);
    }

    /**
     * Decoded bytes per stored byte of a filtered chunk.
     *
     * @param v the limit, positive
     * @return a copy with this limit
     */
    public ReadLimits maxCompressionRatio(long v) {
        return new ReadLimits(maxReadBytes, maxChunkBytes, v, maxHeaderMessages, maxLinkTraversals, maxVlenBytes,
                maxMetadataBlockBytes);
    }

    /**
     * Messages in one object header.
     *
     * @param v the limit, positive
     * @return a copy with this limit
     */
    public ReadLimits maxHeaderMessages(int v) {
        return new ReadLimits(maxReadBytes, maxChunkBytes, maxCompressionRatio, v, maxLinkTraversals, maxVlenBytes,
                maxMetadataBlockBytes);
    }

    /**
     * Soft and external links followed to resolve one path.
     *
     * @param v the limit, 0 or more
     * @return a copy with this limit
     */
    public ReadLimits maxLinkTraversals(int v) {
        return new ReadLimits(maxReadBytes, maxChunkBytes, maxCompressionRatio, maxHeaderMessages, v, maxVlenBytes,
                maxMetadataBlockBytes);
    }

    /**
     * Bytes of one variable-length element.
     *
     * @param v the limit, positive
     * @return a copy with this limit
     */
    public ReadLimits maxVlenBytes(long v) {
        return new ReadLimits(maxReadBytes, maxChunkBytes, maxCompressionRatio, maxHeaderMessages, maxLinkTraversals,
                v, maxMetadataBlockBytes);
    }

    /**
     * Bytes of one metadata block.
     *
     * @param v the limit, positive
     * @return a copy with this limit
     */
    public ReadLimits maxMetadataBlockBytes(long v) {
        return new ReadLimits(maxReadBytes, maxChunkBytes, maxCompressionRatio, maxHeaderMessages, maxLinkTraversals,
                maxVlenBytes, v);
    }

    /**
     * Throws an {@link Hdf5LimitException} naming {@code limit} when {@code found > allowed}.
     *
     * @param limit the limit's name
     * @param found the value asked for
     * @param allowed the limit in effect
     * @param what what was being read, for the message
     */
    public static void check(String limit, long found, long allowed, String what) {
        if (found > allowed) {
            throw new Hdf5LimitException(limit, found, allowed, what);
        }
    }

    private static void positive(String name, long v) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + v);
        }
    }
}
