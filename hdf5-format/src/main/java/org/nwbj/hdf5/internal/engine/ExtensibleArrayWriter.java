package org.nwbj.hdf5.internal.engine;

import java.util.List;

import org.nwbj.hdf5.internal.format.ExtensibleArrayHeader;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.FormatWriter;

/**
 * Writes an extensible array chunk index (the C library's choice for one unlimited dimension in the latest format)
 * with the C library's default creation parameters: at most 2^32 elements, 4 elements in the index block, data
 * blocks of at least 16 elements, secondary blocks of at least 4 data block pointers, pages of 1024 elements.
 * Only arrays whose data blocks are not paged are written (up to {@link #MAX_ELEMENTS} entries); callers fall back
 * to another index past that.
 */
final class ExtensibleArrayWriter {
    static final int MAX_BITS = 32;
    static final int INDEX_ELEMENTS = 4;
    static final int MIN_POINTERS = 4;
    static final int MIN_ELEMENTS = 16;
    static final int PAGE_BITS = 10;

    /** Geometry of the default parameters (address and statistics unused). */
    private static final ExtensibleArrayHeader GEOMETRY = new ExtensibleArrayHeader(-1, 0, 8, MAX_BITS,
            INDEX_ELEMENTS, MIN_ELEMENTS, MIN_POINTERS, PAGE_BITS, 0, 0, 0, 0, 0, 0, -1);

    /** Entries held without paged data blocks: the index block's and those of the unpaged super blocks. */
    static final long MAX_ELEMENTS;

    static {
        int s = 0;
        while (!GEOMETRY.paged(s)) {
            s++;
        }
        MAX_ELEMENTS = INDEX_ELEMENTS + GEOMETRY.superBlockStart(s);
    }

    /** Layout message parameters, in the layout message's order. */
    static long[] layoutParameters() {
        return new long[] {MAX_BITS, INDEX_ELEMENTS, MIN_POINTERS, MIN_ELEMENTS, PAGE_BITS};
    }

    private ExtensibleArrayWriter() {
    }

    /**
     * Writes the array for entries by linear index ({@code address[i]} -1 when chunk {@code i} is not stored) and
     * returns the header address.
     */
    static long write(FileWriterSupport out, long[] address, long[] size, int[] mask, boolean filtered,
            int sizeWidth) {
        FormatContext ctx = out.ctx();
        int n = address.length;
        if (n > MAX_ELEMENTS) {
            throw new IllegalArgumentException(n + " entries exceed " + MAX_ELEMENTS);
        }
        int client = filtered ? 1 : 0;
        int elementSize = ctx.offsetSize() + (filtered ? sizeWidth + 4 : 0);
        ExtensibleArrayHeader g = new ExtensibleArrayHeader(-1, client, elementSize, MAX_BITS, INDEX_ELEMENTS,
                MIN_ELEMENTS, MIN_POINTERS, PAGE_BITS, 0, 0, 0, 0, 0, 0, -1);
        long maxIndexSet = 0;
        for (int i = 0; i < n; i++) {
            if (address[i] != -1) {
                maxIndexSet = i + 1;
            }
        }
        int headerSize = ExtensibleArrayHeader.encodedSize(ctx);
        long headerAddress = out.allocate(headerSize);
        int ibDataBlocks = g.indexBlockDataBlockAddresses();
        int ibSecondary = g.indexBlockSecondaryBlockAddresses();
        long[] dataBlockAddress = new long[ibDataBlocks];
        long[] secondaryAddress = new long[ibSecondary];
        java.util.Arrays.fill(dataBlockAddress, -1);
        java.util.Arrays.fill(secondaryAddress, -1);
        long nsblks = 0;
        long sblksSize = 0;
        long ndblks = 0;
        long dblksSize = 0;
        long realized = INDEX_ELEMENTS;
        // data blocks (and secondary blocks) for every super block up to the last entry set
        for (int s = 0; maxIndexSet > INDEX_ELEMENTS && s < g.superBlockCount(); s++) {
            long start = INDEX_ELEMENTS + g.superBlockStart(s);
            if (start >= maxIndexSet) {
                break;
            }
            long per = g.dataBlockElements(s);
            int blocks = (int) g.dataBlocksIn(s);
            long[] blockAddress = new long[blocks];
            java.util.Arrays.fill(blockAddress, -1);
            boolean direct = s < g.indexBlockSuperBlocks();
            long secondary = -1;
            if (!direct) {
                secondary = out.allocate(g.secondaryBlockSize(s, ctx));
            }
            for (int d = 0; d < blocks; d++) {
                long first = start + d * per;
                if (first >= maxIndexSet) {
                    break;
                }
                long blockOffset = direct
                        ? g.superBlockStart(s) + (g.superBlockFirstDataBlock(s) + d) * per
                        : g.superBlockStart(s) + d * per;
                FormatWriter b = new FormatWriter(ctx);
                b.signature("EADB").u8(0).u8(client).offset(headerAddress).uint(blockOffset, g.arrayOffsetSize());
                for (long j = 0; j < per; j++) {
                    element(b, first + j < n ? (int) (first + j) : -1, address, size, mask, filtered, sizeWidth);
                }
                b.checksum(0);
                byte[] block = b.toByteArray();
                blockAddress[d] = out.allocate(block.length);
                out.write(blockAddress[d], block);
                ndblks++;
                dblksSize += block.length;
                realized += per;
            }
            if (direct) {
                System.arraycopy(blockAddress, 0, dataBlockAddress, (int) g.superBlockFirstDataBlock(s), blocks);
            } else {
                FormatWriter sb = new FormatWriter(ctx);
                sb.signature("EASB").u8(0).u8(client).offset(headerAddress)
                        .uint(g.superBlockStart(s), g.arrayOffsetSize());
                for (long a : blockAddress) {
                    sb.offset(a);
                }
                sb.checksum(0);
                byte[] block = sb.toByteArray();
                out.write(secondary, block);
                secondaryAddress[s - g.indexBlockSuperBlocks()] = secondary;
                nsblks++;
                sblksSize += block.length;
            }
        }
        FormatWriter ib = new FormatWriter(ctx);
        ib.signature("EAIB").u8(0).u8(client).offset(headerAddress);
        for (int i = 0; i < INDEX_ELEMENTS; i++) {
            element(ib, i < n ? i : -1, address, size, mask, filtered, sizeWidth);
        }
        for (long a : dataBlockAddress) {
            ib.offset(a);
        }
        for (long a : secondaryAddress) {
            ib.offset(a);
        }
        ib.checksum(0);
        byte[] iblock = ib.toByteArray();
        long ibAddress = out.allocate(iblock.length);
        out.write(ibAddress, iblock);

        FormatWriter h = new FormatWriter(ctx);
        h.signature("EAHD").u8(0).u8(client).u8(elementSize).u8(MAX_BITS).u8(INDEX_ELEMENTS).u8(MIN_ELEMENTS)
                .u8(MIN_POINTERS).u8(PAGE_BITS);
        h.length(nsblks).length(sblksSize).length(ndblks).length(dblksSize).length(maxIndexSet).length(realized);
        h.offset(ibAddress);
        h.checksum(0);
        out.write(headerAddress, h.toByteArray());
        return headerAddress;
    }

    private static void element(FormatWriter w, int i, long[] address, long[] size, int[] mask, boolean filtered,
            int sizeWidth) {
        long a = i < 0 ? -1 : address[i];
        w.offset(a);
        if (filtered) {
            w.uint(a == -1 ? 0 : size[i], sizeWidth).u32(a == -1 ? 0 : mask[i] & 0xffffffffL);
        }
    }

    /** Linear index of a chunk cell: the unlimited dimension first, then the others in order (row-major). */
    static long linear(long[] cell, long[] grid, int unlimited) {
        long v = cell[unlimited];
        for (int d = 0; d < cell.length; d++) {
            if (d != unlimited) {
                v = v * grid[d] + cell[d];
            }
        }
        return v;
    }

    /** Convenience for callers holding entries. */
    static long write(FileWriterSupport out, List<ChunkIndexWriter.Entry> entries, long[] grid, int unlimited,
            boolean filtered, int sizeWidth, long count) {
        long[] address = new long[(int) count];
        long[] size = new long[(int) count];
        int[] mask = new int[(int) count];
        java.util.Arrays.fill(address, -1);
        for (ChunkIndexWriter.Entry e : entries) {
            long k = linear(e.cell(), grid, unlimited);
            if (k >= count) {
                continue; // a chunk wholly outside the current extent: not part of the dataset
            }
            address[(int) k] = e.address();
            size[(int) k] = e.size();
            mask[(int) k] = e.mask();
        }
        return write(out, address, size, mask, filtered, sizeWidth);
    }
}
