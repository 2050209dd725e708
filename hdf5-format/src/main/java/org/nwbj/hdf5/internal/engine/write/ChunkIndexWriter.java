package org.nwbj.hdf5.internal.engine.write;

import java.util.List;

import org.nwbj.hdf5.internal.format.BTreeV2Records;
import org.nwbj.hdf5.internal.format.ChunkIndexElement;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.FixedArrayDataBlock;
import org.nwbj.hdf5.internal.format.FixedArrayHeader;
import org.nwbj.hdf5.internal.format.FormatWriter;
import org.nwbj.hdf5.internal.format.Layout;

/**
 * Writes the HDF5 1.10 chunk indexes for layout version 4, of any number of chunks: single chunk, fixed array (one
 * unpaged data block), extensible array and version 2 B-tree. Returns the layout message body.
 */
public final class ChunkIndexWriter {
    /** A written chunk: its grid cell (scaled offsets), address, stored size and filter mask. */
    public record Entry(long[] cell, long address, long size, int mask) {
    }

    private static final long FIXED_ARRAY_MAX_ENTRIES = 1 << 20;
    /** The C library's node size for v2 B-tree chunk indexes. */
    static final int BTREE_NODE_SIZE = 2048;

    private ChunkIndexWriter() {
    }

    /**
     * Chooses and writes an index as the C library's "latest" setting would: one chunk covering fixed dimensions:
     * single chunk; fixed maximum dimensions: fixed array; growable: v2 B-tree. With {@code out} null nothing is
     * written and the body has the final size with placeholder addresses (for sizing object headers).
     */
    public static byte[] write(FileWriterSupport out, FormatContext ctx, List<Entry> entries, long[] dims, long[] maxDims,
            long[] chunk, int elementSize, boolean filtered, int layoutFlags) {
        return write(out, ctx, entries, dims, maxDims, chunk, elementSize, filtered, layoutFlags, -1);
    }

    /**
     * As {@link #write(FileWriterSupport, FormatContext, List, long[], long[], long[], int, boolean, int)}, with the
     * index type given ({@code indexType} >= 0: single chunk, fixed array, extensible array or v2 B-tree, as an
     * existing dataset had it) instead of chosen; null when that type cannot hold the dataset (a single chunk or
     * fixed array with growable dimensions, an extensible array without exactly one unlimited dimension).
     */
    public static byte[] write(FileWriterSupport out, FormatContext ctx, List<Entry> entries, long[] dims, long[] maxDims,
            long[] chunk, int elementSize, boolean filtered, int layoutFlags, int indexType) {
        int rank = chunk.length;
        boolean unlimited = false;
        long[] grid = new long[rank];
        long cells = 1;
        for (int d = 0; d < rank; d++) {
            unlimited |= maxDims[d] == org.nwbj.hdf5.Dataspace.UNLIMITED;
            long m = maxDims[d] == org.nwbj.hdf5.Dataspace.UNLIMITED ? dims[d] : maxDims[d];
            grid[d] = (m + chunk[d] - 1) / chunk[d];
            cells = cells > Long.MAX_VALUE / Math.max(1, grid[d]) ? Long.MAX_VALUE : cells * grid[d];
        }
        long chunkBytes = elementSize;
        for (long c : chunk) {
            chunkBytes *= c;
        }
        int sizeWidth = Layout.filteredChunkSizeWidth(chunkBytes);
        boolean chosen = indexType < 0;
        if (chosen ? !unlimited && cells == 1 : indexType == Layout.INDEX_SINGLE) {
            if (unlimited || cells != 1) {
                return null;
            }
            Entry e = entries.isEmpty() || out == null ? null : entries.get(0);
            int flags = layoutFlags | (filtered ? 2 : 0);
            return Layout.encodeChunkedV4(flags, chunk, elementSize, Layout.INDEX_SINGLE, new long[0],
                    e == null ? 0 : e.size(), e == null ? 0 : e.mask(), e == null ? -1 : e.address(), ctx);
        }
        // a fixed array holds an entry for every possible chunk; for huge maximum dimensions a B-tree is smaller
        if (chosen ? !unlimited && cells <= FIXED_ARRAY_MAX_ENTRIES : indexType == Layout.INDEX_FIXED_ARRAY) {
            if (unlimited || cells > FIXED_ARRAY_MAX_ENTRIES) {
                return null;
            }
            int pageBits = 10;
            while ((1L << pageBits) < cells && pageBits < 31) {
                pageBits++;
            }
            long address = out == null || entries.isEmpty() ? -1
                    : fixedArray(out, entries, grid, cells, filtered, sizeWidth, pageBits);
            return Layout.encodeChunkedV4(layoutFlags, chunk, elementSize, Layout.INDEX_FIXED_ARRAY,
                    new long[] {pageBits}, 0, 0, address, ctx);
        }
        // one unlimited dimension: an extensible array, as the C library chooses (a B-tree past its 2^32 elements)
        int unlimitedCount = 0;
        int unlimitedDim = -1;
        for (int d = 0; d < rank; d++) {
            if (maxDims[d] == org.nwbj.hdf5.Dataspace.UNLIMITED) {
                unlimitedCount++;
                unlimitedDim = d;
            }
        }
        if (chosen ? unlimitedCount == 1 : indexType == Layout.INDEX_EXTENSIBLE_ARRAY) {
            // decided from the dimensions alone, so that sizing (no entries yet) and writing choose alike
            long linearCount = cells;
            if (unlimitedCount == 1 && linearCount <= ExtensibleArrayWriter.CAPACITY) {
                long address = out == null || entries.isEmpty() ? -1
                        : ExtensibleArrayWriter.write(out, entries, grid, unlimitedDim, filtered, sizeWidth,
                                linearCount);
                return Layout.encodeChunkedV4(layoutFlags, chunk, elementSize, Layout.INDEX_EXTENSIBLE_ARRAY,
                        ExtensibleArrayWriter.layoutParameters(), 0, 0, address, ctx);
            }
        }
        if (!chosen && indexType != Layout.INDEX_BTREE_V2) {
            return null; // an extensible array past its capacity, or a type this writer does not write
        }
        int recordSize = BTreeV2Records.chunkSize(rank, filtered ? sizeWidth : 0, ctx);
        long address = out == null || entries.isEmpty() ? -1 : btree(out, entries, filtered, sizeWidth, recordSize);
        return Layout.encodeChunkedV4(layoutFlags, chunk, elementSize, Layout.INDEX_BTREE_V2,
                new long[] {BTREE_NODE_SIZE, BTreeV2Writer.SPLIT_PERCENT, BTreeV2Writer.MERGE_PERCENT}, 0, 0,
                address, ctx);
    }

    private static long fixedArray(FileWriterSupport out, List<Entry> entries, long[] grid, long cells,
            boolean filtered, int sizeWidth, int pageBits) {
        FormatContext ctx = out.ctx();
        int entrySize = ctx.offsetSize() + (filtered ? sizeWidth + 4 : 0);
        long[] addr = new long[(int) cells];
        long[] size = new long[(int) cells];
        int[] mask = new int[(int) cells];
        java.util.Arrays.fill(addr, -1);
        for (Entry e : entries) {
            long linear = 0;
            for (int d = 0; d < grid.length; d++) {
                linear = linear * grid[d] + e.cell()[d];
            }
            addr[(int) linear] = e.address();
            size[(int) linear] = e.size();
            mask[(int) linear] = e.mask();
        }
        long headerAddress = out.allocate(FixedArrayHeader.encodedSize(ctx));
        int client = filtered ? ChunkIndexElement.CLIENT_FILTERED_CHUNKS : ChunkIndexElement.CLIENT_CHUNKS;
        ChunkIndexElement[] elements = new ChunkIndexElement[(int) cells];
        for (int i = 0; i < cells; i++) {
            elements[i] = filtered ? new ChunkIndexElement(addr[i], addr[i] == -1 ? 0 : size[i], mask[i])
                    : new ChunkIndexElement(addr[i], -1, 0);
        }
        // pageBits covers every cell: one unpaged data block
        FixedArrayHeader shape = new FixedArrayHeader(headerAddress, client, entrySize, pageBits, cells, -1);
        byte[] block = new FixedArrayDataBlock(-1, elements, null).encode(shape, ctx);
        long blockAddress = out.allocate(block.length);
        out.write(blockAddress, block);
        FixedArrayHeader header = new FixedArrayHeader(headerAddress, client, entrySize, pageBits, cells,
                blockAddress);
        out.write(headerAddress, header.encode(ctx));
        return headerAddress;
    }

    private static long btree(FileWriterSupport out, List<Entry> entries, boolean filtered, int sizeWidth,
            int recordSize) {
        FormatContext ctx = out.ctx();
        List<Entry> sorted = new java.util.ArrayList<>(entries);
        sorted.sort((a, b) -> {
            for (int d = 0; d < a.cell().length; d++) {
                int c = Long.compare(a.cell()[d], b.cell()[d]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        int type = filtered ? BTreeV2Records.CHUNK_FILTERED : BTreeV2Records.CHUNK;
        FormatWriter records = new FormatWriter(ctx, sorted.size() * recordSize);
        for (Entry e : sorted) {
            BTreeV2Records.encodeChunk(records, new BTreeV2Records.Chunk(e.address(), e.size(), e.mask(), e.cell()),
                    filtered ? sizeWidth : 0);
        }
        long address = BTreeV2Writer.write(out, type, BTREE_NODE_SIZE, recordSize, records.toByteArray());
        return address;
    }
}
