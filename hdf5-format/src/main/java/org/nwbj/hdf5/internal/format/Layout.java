package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;

/**
 * The data layout message (section IV.A.2.i), versions 1 to 4.
 *
 * @param kind            compact, contiguous, chunked or virtual
 * @param address         contiguous data or chunk index address (-1 when unallocated); for a virtual layout the
 *                        global heap collection holding its mappings
 * @param size            contiguous size in bytes (-1 when to be computed), or compact size; for a virtual
 *                        layout the mappings' global heap object index
 * @param compactData     compact data bytes (null otherwise)
 * @param chunkDims       chunk dimensions without the element-size dimension (chunked only)
 * @param indexType       chunk index: 0 v1 B-tree (versions &lt; 4), 1 single chunk, 2 implicit, 3 fixed array,
 *                        4 extensible array, 5 v2 B-tree
 * @param flags           version 4 chunked flags (bit 0: don't filter partial edge chunks; bit 1: single chunk
 *                        filtered)
 * @param singleFilteredSize size of the single filtered chunk
 * @param singleFilterMask   filter mask of the single filtered chunk
 * @param indexParams     index creation parameters as stored (fixed array page bits; extensible array max bits,
 *                        index elements, min pointers, min elements, page bits; v2 B-tree node size, split, merge)
 */
public record Layout(Kind kind, int version, long address, long size, ByteBuffer compactData, long[] chunkDims,
        int chunkElementSize, int indexType, int flags, long singleFilteredSize, int singleFilterMask,
        long[] indexParams) {

    /** Storage layout classes. */
    public enum Kind { COMPACT, CONTIGUOUS, CHUNKED, VIRTUAL }

    public static final int INDEX_BTREE_V1 = 0;
    public static final int INDEX_SINGLE = 1;
    public static final int INDEX_IMPLICIT = 2;
    public static final int INDEX_FIXED_ARRAY = 3;
    public static final int INDEX_EXTENSIBLE_ARRAY = 4;
    public static final int INDEX_BTREE_V2 = 5;

    public static Layout decode(FormatReader r) {
        int version = r.u8();
        r.version("version", version, 1, 2, 3, 4, 5);
        if (version <= 2) {
            int ndims = r.u8();
            int cls = r.u8();
            r.skip(5);
            long address = -1;
            if (cls != 0) {
                address = r.offset();
            }
            if (ndims > 33) {
                throw r.fail("dimensionality expected at most 33, found " + ndims);
            }
            long[] dims = new long[ndims];
            for (int i = 0; i < ndims; i++) {
                dims[i] = r.u32();
            }
            switch (cls) {
                case 0 -> {
                    int n = r.u32AsInt("compact data size");
                    return new Layout(Kind.COMPACT, version, -1, n, r.slice(n), null, 0, 0, 0, 0, 0, null);
                }
                case 1 -> {
                    return new Layout(Kind.CONTIGUOUS, version, address, -1, null, null, 0, 0, 0, 0, 0, null);
                }
                case 2 -> {
                    if (ndims < 2) {
                        throw r.fail("chunked layout needs at least 2 dimensions (rank + element size), found "
                                + ndims);
                    }
                    long[] chunk = java.util.Arrays.copyOf(dims, ndims - 1);
                    return new Layout(Kind.CHUNKED, version, address, -1, null, chunk, (int) dims[ndims - 1],
                            INDEX_BTREE_V1, 0, 0, 0, null);
                }
                default -> throw r.fail("layout class expected 0 to 2, found " + cls);
            }
        }
        int cls = r.u8();
        switch (cls) {
            case 0 -> {
                int n = r.u16();
                return new Layout(Kind.COMPACT, version, -1, n, r.slice(n), null, 0, 0, 0, 0, 0, null);
            }
            case 1 -> {
                long address = r.offset();
                long size = r.length();
                return new Layout(Kind.CONTIGUOUS, version, address, size, null, null, 0, 0, 0, 0, 0, null);
            }
            case 2 -> {
                if (version == 3) {
                    int ndims = r.u8();
                    if (ndims < 2 || ndims > 33) {
                        throw r.fail("chunked dimensionality expected 2 to 33, found " + ndims);
                    }
                    long address = r.offset();
                    long[] dims = new long[ndims];
                    for (int i = 0; i < ndims; i++) {
                        dims[i] = r.u32();
                    }
                    return new Layout(Kind.CHUNKED, version, address, -1, null,
                            java.util.Arrays.copyOf(dims, ndims - 1), (int) dims[ndims - 1], INDEX_BTREE_V1, 0, 0,
                            0, null);
                }
                int flags = r.u8();
                int ndims = r.u8();
                if (ndims < 2 || ndims > 33) {
                    throw r.fail("chunked dimensionality expected 2 to 33, found " + ndims);
                }
                int width = r.u8();
                if (width < 1 || width > 8) {
                    throw r.fail("chunk dimension width expected 1 to 8, found " + width);
                }
                long[] dims = new long[ndims];
                for (int i = 0; i < ndims; i++) {
                    dims[i] = r.uint(width);
                }
                int index = r.u8();
                long filteredSize = 0;
                int mask = 0;
                long[] params;
                switch (index) {
                    case INDEX_SINGLE -> {
                        if ((flags & 2) != 0) {
                            filteredSize = r.length();
                            mask = (int) r.u32();
                        }
                        params = new long[0];
                    }
                    case INDEX_IMPLICIT -> params = new long[0];
                    case INDEX_FIXED_ARRAY -> params = new long[] {r.u8()};
                    case INDEX_EXTENSIBLE_ARRAY -> params = new long[] {r.u8(), r.u8(), r.u8(), r.u8(), r.u8()};
                    case INDEX_BTREE_V2 -> params = new long[] {r.u32(), r.u8(), r.u8()};
                    default -> throw r.fail("chunk index type expected 1 to 5, found " + index);
                }
                long address = r.offset();
                return new Layout(Kind.CHUNKED, version, address, -1, null, java.util.Arrays.copyOf(dims, ndims - 1),
                        (int) dims[ndims - 1], index, flags, filteredSize, mask, params);
            }
            case 3 -> {
                if (version < 4) {
                    throw r.fail("virtual layout needs message version 4, found " + version);
                }
                // the mappings live in a global heap object: its collection address and index
                long collection = r.offset();
                long index = r.u32();
                return new Layout(Kind.VIRTUAL, version, collection, index, null, null, 0, 0, 0, 0, 0, null);
            }
            default -> throw r.fail("layout class expected 0 to 3, found " + cls);
        }
    }

    /** Encodes a compact layout (version 3): the data lives in the message. */
    public static byte[] encodeCompact(byte[] data, FormatContext ctx) {
        return encodeCompact(data, ctx, 3);
    }

    /** A compact layout of message version 3 or 4 (the C library's latest format writes 4; the fields agree). */
    public static byte[] encodeCompact(byte[] data, FormatContext ctx, int version) {
        FormatWriter w = new FormatWriter(ctx);
        w.u8(version).u8(0).u16(data.length).bytes(data);
        return w.toByteArray();
    }

    /** Encodes a contiguous layout (version 3); address -1 for storage not yet allocated. */
    public static byte[] encodeContiguous(long address, long size, FormatContext ctx) {
        return encodeContiguous(address, size, ctx, 3);
    }

    /** A contiguous layout of message version 3 or 4 (the C library's latest format writes 4; the fields agree). */
    public static byte[] encodeContiguous(long address, long size, FormatContext ctx, int version) {
        FormatWriter w = new FormatWriter(ctx);
        w.u8(version).u8(1).offset(address).length(size);
        return w.toByteArray();
    }

    /** Encodes a virtual layout (version 4): the global heap object that holds its {@link VirtualMappings}. */
    public static byte[] encodeVirtual(long collection, int index, FormatContext ctx) {
        return new FormatWriter(ctx).u8(4).u8(3).offset(collection).u32(index & 0xffffffffL).toByteArray();
    }

    /** Encodes a chunked layout (version 3, v1 B-tree index). */
    public static byte[] encodeChunkedV3(long btreeAddress, long[] chunkDims, int elementSize, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        w.u8(3).u8(2).u8(chunkDims.length + 1).offset(btreeAddress);
        for (long d : chunkDims) {
            w.u32(d);
        }
        w.u32(elementSize);
        return w.toByteArray();
    }

    /**
     * Encodes a chunked layout, version 4, with one of the HDF5 1.10 chunk indexes. {@code params} are the index's
     * creation parameters as {@link #indexParams()} lists them.
     */
    public static byte[] encodeChunkedV4(int flags, long[] chunkDims, int elementSize, int indexType, long[] params,
            long singleFilteredSize, int singleFilterMask, long indexAddress, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        long max = elementSize;
        for (long d : chunkDims) {
            max = Math.max(max, d);
        }
        int width = Math.max(1, (64 - Long.numberOfLeadingZeros(max) + 7) / 8);
        w.u8(4).u8(2).u8(flags).u8(chunkDims.length + 1).u8(width);
        for (long d : chunkDims) {
            w.uint(d, width);
        }
        w.uint(elementSize, width);
        w.u8(indexType);
        switch (indexType) {
            case INDEX_SINGLE -> {
                if ((flags & 2) != 0) {
                    w.length(singleFilteredSize).u32(singleFilterMask & 0xffffffffL);
                }
            }
            case INDEX_IMPLICIT -> {
            }
            case INDEX_FIXED_ARRAY -> w.u8((int) params[0]);
            case INDEX_EXTENSIBLE_ARRAY -> {
                for (int i = 0; i < 5; i++) {
                    w.u8((int) params[i]);
                }
            }
            case INDEX_BTREE_V2 -> w.u32(params[0]).u8((int) params[1]).u8((int) params[2]);
            default -> throw new IllegalArgumentException("chunk index type " + indexType);
        }
        w.offset(indexAddress);
        return w.toByteArray();
    }

    /** Width of the chunk size field in filtered chunk index entries, as the C library sizes it. */
    public static int filteredChunkSizeWidth(long chunkBytes) {
        int log2 = 63 - Long.numberOfLeadingZeros(Math.max(1, chunkBytes));
        return Math.min(8, 1 + (log2 + 8) / 8);
    }
}
