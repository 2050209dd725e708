package org.nwbj.hdf5.internal.engine.write;

import java.util.List;

import org.nwbj.hdf5.internal.format.ChunkIndexElement;
import org.nwbj.hdf5.internal.format.ExtensibleArrayBlocks;
import org.nwbj.hdf5.internal.format.ExtensibleArrayHeader;
import org.nwbj.hdf5.internal.format.FormatContext;

/**
 * Writes an extensible array chunk index (the C library's choice for one unlimited dimension in the latest format)
 * with the C library's default creation parameters: at most 2^32 elements, 4 elements in the index block, data
 * blocks of at least 16 elements, secondary blocks of at least 4 data block pointers, pages of 1024 elements.
 * Data blocks larger than a page (from 131,060 elements on) are paged: a prefix, then each page's elements with
 * their own checksum, and a page-initialized bit in the secondary block for each page written. Only the blocks and
 * pages that hold stored chunks are created, as the C library creates them when chunks are set.
 */
public final class ExtensibleArrayWriter {
    static final int MAX_BITS = 32;
    static final int INDEX_ELEMENTS = 4;
    static final int MIN_POINTERS = 4;
    static final int MIN_ELEMENTS = 16;
    static final int PAGE_BITS = 10;

    /** Elements an array of these parameters holds: 2^{@link #MAX_BITS}. */
    static final long CAPACITY = 1L << MAX_BITS;

    /** Layout message parameters, in the layout message's order. */
    static long[] layoutParameters() {
        return new long[] {MAX_BITS, INDEX_ELEMENTS, MIN_POINTERS, MIN_ELEMENTS, PAGE_BITS};
    }

    private ExtensibleArrayWriter() {
    }

    /**
     * Writes the array holding element {@code index[i]} = ({@code address[i]}, {@code size[i]}, {@code mask[i]}),
     * indexes strictly increasing and below {@link #CAPACITY}, and returns the header address. The array's
     * "max index set" is one past the last index.
     */
    public static long write(FileWriterSupport out, long[] index, long[] address, long[] size, int[] mask,
            boolean filtered, int sizeWidth) {
        FormatContext ctx = out.ctx();
        int n = index.length;
        for (int i = 0; i < n; i++) {
            if (index[i] < 0 || index[i] >= CAPACITY || (i > 0 && index[i] <= index[i - 1])) {
                throw new IllegalArgumentException("extensible array indexes must increase within 0.." + CAPACITY
                        + ": " + index[i] + " at " + i);
            }
        }
        int client = filtered ? 1 : 0;
        int elementSize = ctx.offsetSize() + (filtered ? sizeWidth + 4 : 0);
        long maxIndexSet = n == 0 ? 0 : index[n - 1] + 1;
        Elements el = new Elements(index, address, size, mask, filtered, sizeWidth);
        int headerSize = ExtensibleArrayHeader.encodedSize(ctx);
        long headerAddress = out.allocate(headerSize);
        // the fixed fields: the geometry and the back pointer every block carries
        ExtensibleArrayHeader g = new ExtensibleArrayHeader(headerAddress, client, elementSize, MAX_BITS,
                INDEX_ELEMENTS, MIN_ELEMENTS, MIN_POINTERS, PAGE_BITS, 0, 0, 0, 0, 0, 0, -1);
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
        long pageElements = g.pageElements();
        byte[] emptyPage = null;
        // data blocks (and secondary blocks) of the super blocks that hold stored elements
        for (int s = 0; maxIndexSet > INDEX_ELEMENTS && s < g.superBlockCount(); s++) {
            long start = INDEX_ELEMENTS + g.superBlockStart(s);
            if (start >= maxIndexSet) {
                break;
            }
            long per = g.dataBlockElements(s);
            int blocks = (int) g.dataBlocksIn(s);
            if (!el.any(start, start + blocks * per)) {
                continue;
            }
            long[] blockAddress = new long[blocks];
            java.util.Arrays.fill(blockAddress, -1);
            boolean direct = s < g.indexBlockSuperBlocks();
            boolean paged = g.paged(s);
            long pages = g.pagesPerDataBlock(s);
            int bitmapPerBlock = (int) ((pages + 7) / 8);
            byte[] bitmap = paged ? new byte[blocks * bitmapPerBlock] : null;
            long secondary = -1;
            if (!direct) {
                secondary = out.allocate(g.secondaryBlockSize(s, ctx));
            }
            for (int d = 0; d < blocks; d++) {
                long first = start + d * per;
                if (!el.any(first, first + per)) {
                    continue;
                }
                long blockOffset = direct
                        ? g.superBlockStart(s) + (g.superBlockFirstDataBlock(s) + d) * per
                        : g.superBlockStart(s) + d * per;
                byte[] prefix = ExtensibleArrayBlocks.encodeData(new ExtensibleArrayBlocks.DataBlock(-1, blockOffset,
                        paged ? null : el.elements(first, per)), g, ctx);
                long pageSize = pageElements * elementSize + 4;
                long blockSize = prefix.length + pages * pageSize;
                blockAddress[d] = out.allocate(blockSize);
                out.write(blockAddress[d], prefix);
                for (long p = 0; p < pages; p++) {
                    long pageFirst = first + p * pageElements;
                    byte[] page;
                    if (el.any(pageFirst, pageFirst + pageElements)) {
                        page = ChunkIndexElement.encodePage(el.elements(pageFirst, pageElements), client,
                                elementSize, ctx);
                        long bit = d * pages + p;
                        bitmap[(int) (bit >>> 3)] |= (byte) (0x80 >>> (int) (bit & 7));
                    } else {
                        // never read (its bit is clear); written so that the file reaches every allocated byte
                        if (emptyPage == null) {
                            emptyPage = new byte[(int) pageSize];
                        }
                        page = emptyPage;
                    }
                    out.write(blockAddress[d] + prefix.length + p * pageSize, page);
                }
                ndblks++;
                dblksSize += blockSize;
                realized += per;
            }
            if (direct) {
                System.arraycopy(blockAddress, 0, dataBlockAddress, (int) g.superBlockFirstDataBlock(s), blocks);
            } else {
                byte[] block = ExtensibleArrayBlocks.encodeSecondary(new ExtensibleArrayBlocks.SecondaryBlock(-1,
                        g.superBlockStart(s), paged ? bitmap : null, blockAddress), g, ctx);
                out.write(secondary, block);
                secondaryAddress[s - g.indexBlockSuperBlocks()] = secondary;
                nsblks++;
                sblksSize += block.length;
            }
        }
        byte[] iblock = ExtensibleArrayBlocks.encodeIndex(new ExtensibleArrayBlocks.IndexBlock(-1,
                el.elements(0, INDEX_ELEMENTS), dataBlockAddress, secondaryAddress), g, ctx);
        long ibAddress = out.allocate(iblock.length);
        out.write(ibAddress, iblock);

        ExtensibleArrayHeader header = new ExtensibleArrayHeader(headerAddress, client, elementSize, MAX_BITS,
                INDEX_ELEMENTS, MIN_ELEMENTS, MIN_POINTERS, PAGE_BITS, nsblks, sblksSize, ndblks, dblksSize,
                maxIndexSet, realized, ibAddress);
        out.write(headerAddress, header.encode(ctx));
        return headerAddress;
    }

    /** The stored elements, sorted by index, and the encoding of a run of elements (undefined where not stored). */
    private static final class Elements {
        private final long[] index;
        private final long[] address;
        private final long[] size;
        private final int[] mask;
        private final boolean filtered;
        private final int sizeWidth;

        Elements(long[] index, long[] address, long[] size, int[] mask, boolean filtered, int sizeWidth) {
            this.index = index;
            this.address = address;
            this.size = size;
            this.mask = mask;
            this.filtered = filtered;
            this.sizeWidth = sizeWidth;
        }

        /** Position of the first element with index at or after {@code i}. */
        private int from(long i) {
            int k = java.util.Arrays.binarySearch(index, i);
            return k >= 0 ? k : -k - 1;
        }

        boolean any(long first, long end) {
            int k = from(first);
            return k < index.length && index[k] < end;
        }

        /** Elements [first, first + count): undefined (address -1, no size or mask) where not stored. */
        ChunkIndexElement[] elements(long first, long count) {
            ChunkIndexElement[] out = new ChunkIndexElement[(int) count];
            int k = from(first);
            for (int i = 0; i < count; i++) {
                if (k < index.length && index[k] == first + i) {
                    out[i] = element(address[k], size[k], mask[k], filtered);
                    k++;
                } else {
                    out[i] = element(-1, 0, 0, filtered);
                }
            }
            return out;
        }
    }

    static ChunkIndexElement element(long a, long size, int mask, boolean filtered) {
        return filtered ? new ChunkIndexElement(a, a == -1 ? 0 : size, a == -1 ? 0 : mask)
                : new ChunkIndexElement(a, -1, 0);
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

    /** Writes the array for chunk entries; those whose linear index is {@code count} or more are left out. */
    static long write(FileWriterSupport out, List<ChunkIndexWriter.Entry> entries, long[] grid, int unlimited,
            boolean filtered, int sizeWidth, long count) {
        List<long[]> kept = new java.util.ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            long k = linear(entries.get(i).cell(), grid, unlimited);
            if (k < count) { // else a chunk wholly outside the current extent: not part of the dataset
                kept.add(new long[] {k, i});
            }
        }
        kept.sort((a, b) -> Long.compare(a[0], b[0]));
        int n = kept.size();
        long[] index = new long[n];
        long[] address = new long[n];
        long[] size = new long[n];
        int[] mask = new int[n];
        int m = 0;
        for (long[] k : kept) {
            if (m > 0 && index[m - 1] == k[0]) {
                m--; // the same chunk twice: the later entry wins
            }
            ChunkIndexWriter.Entry e = entries.get((int) k[1]);
            index[m] = k[0];
            address[m] = e.address();
            size[m] = e.size();
            mask[m] = e.mask();
            m++;
        }
        return write(out, java.util.Arrays.copyOf(index, m), java.util.Arrays.copyOf(address, m),
                java.util.Arrays.copyOf(size, m), java.util.Arrays.copyOf(mask, m), filtered, sizeWidth);
    }
}
