package org.nwbj.hdf5.internal.engine.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.nwbj.hdf5.internal.format.ChunkIndexElement;
import org.nwbj.hdf5.internal.format.ExtensibleArrayBlocks;
import org.nwbj.hdf5.internal.format.ExtensibleArrayHeader;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.Layout;

/**
 * An extensible array chunk index kept in memory and updated in place, as a SWMR writer appends chunks: the work
 * of a flush is proportional to the chunks stored since the last one, not to the dataset's chunk count. A flush
 * writes, in this order: new data blocks and secondary blocks whole, into fresh space ({@link #writeFresh}); then,
 * after the superblock's end of allocation covers them, the changed units in place ({@link #writeInPlace}): data
 * blocks or data block pages, secondary blocks, the index block, the header (max index set, counts). Each unit is
 * rewritten whole with its checksum in one write, so a reader that reads it mid-write gets a checksum mismatch and
 * reads it again; it never sees an element before its chunk, nor a header count before the blocks it covers.
 *
 * <p>The creation parameters are the C library's defaults except the page size: pages (and so unpaged data blocks)
 * hold as many elements as fit in 4 KiB, and every unit of at most 4 KiB is placed within one page of the file, so
 * a writer killed while rewriting one cannot leave it torn (the kernel copies a write page by page).
 */
final class SwmrExtensibleArray {
    private static final int PAGE = FileWriterSupport.PAGE;

    private final FormatContext ctx;
    private final boolean filtered;
    private final int client;
    private final int elementSize;
    private final int pageBits;
    /** The geometry and back pointer (counts are kept in the fields below). */
    private final ExtensibleArrayHeader g;
    private final long headerAddress;
    private final long indexBlockAddress;
    private final long[] dataBlockAddress;
    private final long[] secondaryAddress;
    private final Map<Integer, Secondary> secondaries = new HashMap<>();
    private final Map<Long, DataBlock> blocks = new HashMap<>();
    private long[] address = new long[64];
    private long[] size = new long[64];
    private int[] mask = new int[64];
    private long maxIndexSet;
    private long nsblks;
    private long sblksSize;
    private long ndblks;
    private long dblksSize;
    private long realized = ExtensibleArrayWriter.INDEX_ELEMENTS;
    /** Nothing references the header yet: everything is written whole at the next flush. */
    private boolean fresh = true;
    private boolean indexDirty = true;
    private boolean headerDirty = true;
    private final Set<DataBlock> dirtyBlocks = new LinkedHashSet<>();
    private final Set<Secondary> dirtySecondaries = new LinkedHashSet<>();

    private static final class Secondary {
        final int s;
        final long address;
        final long[] blocks;
        final byte[] bitmap;
        boolean fresh = true;

        Secondary(int s, long address, int count, byte[] bitmap) {
            this.s = s;
            this.address = address;
            this.blocks = new long[count];
            Arrays.fill(blocks, -1);
            this.bitmap = bitmap;
        }
    }

    private static final class DataBlock {
        final int s;
        final long d;
        final long address;
        final long first;
        final long blockOffset;
        boolean fresh = true;
        /** Changed pages of a paged block: page, first changed element in it. */
        final TreeMap<Long, Long> dirtyPages = new TreeMap<>();

        DataBlock(int s, long d, long address, long first, long blockOffset) {
            this.s = s;
            this.d = d;
            this.address = address;
            this.first = first;
            this.blockOffset = blockOffset;
        }
    }

    SwmrExtensibleArray(FileWriterSupport out, boolean filtered, int sizeWidth) {
        this.ctx = out.ctx();
        this.filtered = filtered;
        this.client = filtered ? ChunkIndexElement.CLIENT_FILTERED_CHUNKS : ChunkIndexElement.CLIENT_CHUNKS;
        this.elementSize = ctx.offsetSize() + (filtered ? sizeWidth + 4 : 0);
        // the C library's default page of 2^10 elements, smaller when an unpaged data block of a page would pass 4 KiB
        int bits = ExtensibleArrayWriter.PAGE_BITS;
        int offsetWidth = header(-1, bits, -1).arrayOffsetSize();
        while (bits > Integer.numberOfTrailingZeros(ExtensibleArrayWriter.MIN_ELEMENTS)
                && 10 + ctx.offsetSize() + offsetWidth + (1L << bits) * elementSize > PAGE) {
            bits--;
        }
        this.pageBits = bits;
        Arrays.fill(address, -1);
        this.headerAddress = out.allocateWithinPage(ExtensibleArrayHeader.encodedSize(ctx));
        this.g = header(headerAddress, bits, -1);
        this.indexBlockAddress = out.allocateWithinPage(g.indexBlockSize(ctx));
        this.dataBlockAddress = new long[g.indexBlockDataBlockAddresses()];
        this.secondaryAddress = new long[g.indexBlockSecondaryBlockAddresses()];
        Arrays.fill(dataBlockAddress, -1);
        Arrays.fill(secondaryAddress, -1);
    }

    private ExtensibleArrayHeader header(long at, int bits, long ib) {
        return new ExtensibleArrayHeader(at, client, elementSize, ExtensibleArrayWriter.MAX_BITS,
                ExtensibleArrayWriter.INDEX_ELEMENTS, ExtensibleArrayWriter.MIN_ELEMENTS,
                ExtensibleArrayWriter.MIN_POINTERS, bits, nsblks, sblksSize, ndblks, dblksSize, maxIndexSet, realized,
                ib);
    }

    /** The layout message body naming this array. */
    byte[] layout(long[] chunks, int datasetElementSize) {
        return Layout.encodeChunkedV4(0, chunks, datasetElementSize, Layout.INDEX_EXTENSIBLE_ARRAY,
                new long[] {ExtensibleArrayWriter.MAX_BITS, ExtensibleArrayWriter.INDEX_ELEMENTS,
                    ExtensibleArrayWriter.MIN_POINTERS, ExtensibleArrayWriter.MIN_ELEMENTS, pageBits},
                0, 0, headerAddress, ctx);
    }

    /** Sets element {@code k} (a chunk's linear index); blocks it needs are allocated now, written at the flush. */
    void set(FileWriterSupport out, long k, long chunkAddress, long chunkSize, int chunkMask) {
        if (k < 0 || k >= ExtensibleArrayWriter.CAPACITY) {
            throw new IllegalArgumentException("extensible array index " + k + " outside 0.."
                    + ExtensibleArrayWriter.CAPACITY);
        }
        if (k >= address.length) {
            int n = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(k + 1, 2L * address.length));
            int old = address.length;
            address = Arrays.copyOf(address, n);
            size = Arrays.copyOf(size, n);
            mask = Arrays.copyOf(mask, n);
            Arrays.fill(address, old, n, -1);
        }
        address[(int) k] = chunkAddress;
        size[(int) k] = chunkSize;
        mask[(int) k] = chunkMask;
        if (k + 1 > maxIndexSet) {
            maxIndexSet = k + 1;
            headerDirty = true;
        }
        if (k < ExtensibleArrayWriter.INDEX_ELEMENTS) {
            indexDirty = true;
            return;
        }
        long i = k - ExtensibleArrayWriter.INDEX_ELEMENTS;
        int s = g.superBlockOf(i);
        long per = g.dataBlockElements(s);
        long d = (i - g.superBlockStart(s)) / per;
        DataBlock b = block(out, s, d);
        if (g.paged(s)) {
            long p = (i - g.superBlockStart(s) - d * per) / g.pageElements();
            long inPage = i - g.superBlockStart(s) - d * per - p * g.pageElements();
            Secondary sec = secondaries.get(s);
            long bit = d * g.pagesPerDataBlock(s) + p;
            int at = (int) (bit >>> 3);
            byte m = (byte) (0x80 >>> (int) (bit & 7));
            if ((sec.bitmap[at] & m) == 0) {
                // a page used for the first time holds no encoded elements yet: it is written whole
                inPage = 0;
                sec.bitmap[at] |= m;
                dirtySecondaries.add(sec);
            }
            b.dirtyPages.merge(p, inPage, Math::min);
        }
        dirtyBlocks.add(b);
    }

    private DataBlock block(FileWriterSupport out, int s, long d) {
        long key = ((long) s << 40) | d;
        DataBlock b = blocks.get(key);
        if (b != null) {
            return b;
        }
        boolean direct = s < g.indexBlockSuperBlocks();
        long per = g.dataBlockElements(s);
        Secondary sec = null;
        if (!direct) {
            sec = secondaries.get(s);
            if (sec == null) {
                long sz = g.secondaryBlockSize(s, ctx);
                long at = sz <= PAGE ? out.allocateWithinPage(sz) : out.allocate(sz);
                sec = new Secondary(s, at, (int) g.dataBlocksIn(s), g.paged(s)
                        ? new byte[(int) (g.dataBlocksIn(s) * ((g.pagesPerDataBlock(s) + 7) / 8))] : null);
                secondaries.put(s, sec);
                secondaryAddress[s - g.indexBlockSuperBlocks()] = at;
                nsblks++;
                sblksSize += sz;
                indexDirty = true;
                dirtySecondaries.add(sec);
            }
        }
        long pageSize = g.pageElements() * elementSize + 4;
        long blockSize = g.dataBlockPrefixSize(s, ctx) + g.pagesPerDataBlock(s) * pageSize;
        long at = blockSize <= PAGE ? out.allocateWithinPage(blockSize) : out.allocate(blockSize);
        long blockOffset = direct ? g.superBlockStart(s) + (g.superBlockFirstDataBlock(s) + d) * per
                : g.superBlockStart(s) + d * per;
        long first = ExtensibleArrayWriter.INDEX_ELEMENTS + g.superBlockStart(s) + d * per;
        b = new DataBlock(s, d, at, first, blockOffset);
        blocks.put(key, b);
        if (direct) {
            dataBlockAddress[(int) (g.superBlockFirstDataBlock(s) + d)] = at;
            indexDirty = true;
        } else {
            sec.blocks[(int) d] = at;
            dirtySecondaries.add(sec);
        }
        ndblks++;
        dblksSize += blockSize;
        realized += per;
        headerDirty = true;
        return b;
    }

    /**
     * Writes the blocks nothing published references yet, whole: new data blocks and secondary blocks (and, for a
     * new array, everything). Before the superblock's end of allocation is raised past them.
     */
    void writeFresh(FileWriterSupport out) {
        for (DataBlock b : blocks.values()) {
            if (b.fresh) {
                writeWhole(out, b);
                b.fresh = false;
                b.dirtyPages.clear();
                dirtyBlocks.remove(b);
            }
        }
        for (Secondary sec : secondaries.values()) {
            if (sec.fresh) {
                out.write(sec.address, secondary(sec));
                sec.fresh = false;
                dirtySecondaries.remove(sec);
            }
        }
        if (fresh) {
            writeInPlace(out); // nothing references it yet: the order does not matter
            fresh = false;
        }
    }

    /** Rewrites the changed published units in place, children before parents, the header last. */
    void writeInPlace(FileWriterSupport out) {
        for (DataBlock b : dirtyBlocks) {
            if (!g.paged(b.s)) {
                writeWhole(out, b);
                continue;
            }
            byte[] prefix = prefix(b);
            long pageSize = g.pageElements() * elementSize + 4;
            for (Map.Entry<Long, Long> e : b.dirtyPages.entrySet()) {
                // from the first changed element to the checksum: the bytes before it are unchanged, and the
                // shorter write is less often split by a page boundary of the file (a kill between its pages)
                byte[] page = page(b, e.getKey());
                int from = (int) (e.getValue() * elementSize);
                out.write(b.address + prefix.length + e.getKey() * pageSize + from,
                        java.nio.ByteBuffer.wrap(page, from, page.length - from));
            }
            b.dirtyPages.clear();
        }
        dirtyBlocks.clear();
        for (Secondary sec : dirtySecondaries) {
            out.write(sec.address, secondary(sec));
        }
        dirtySecondaries.clear();
        if (indexDirty) {
            out.write(indexBlockAddress, ExtensibleArrayBlocks.encodeIndex(new ExtensibleArrayBlocks.IndexBlock(-1,
                    elements(0, ExtensibleArrayWriter.INDEX_ELEMENTS), dataBlockAddress, secondaryAddress), g, ctx));
            indexDirty = false;
        }
        if (headerDirty) {
            out.write(headerAddress, header(headerAddress, pageBits, indexBlockAddress).encode(ctx));
            headerDirty = false;
        }
    }

    private byte[] prefix(DataBlock b) {
        return ExtensibleArrayBlocks.encodeData(new ExtensibleArrayBlocks.DataBlock(-1, b.blockOffset, null), g,
                ctx);
    }

    private void writeWhole(FileWriterSupport out, DataBlock b) {
        long per = g.dataBlockElements(b.s);
        if (!g.paged(b.s)) {
            out.write(b.address, ExtensibleArrayBlocks.encodeData(new ExtensibleArrayBlocks.DataBlock(-1,
                    b.blockOffset, elements(b.first, per)), g, ctx));
            return;
        }
        byte[] prefix = prefix(b);
        long pageSize = g.pageElements() * elementSize + 4;
        long pages = g.pagesPerDataBlock(b.s);
        byte[] all = new byte[(int) (prefix.length + pages * pageSize)];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        for (long p = 0; p < pages; p++) {
            if (pageUsed(b, p)) {
                byte[] page = page(b, p);
                System.arraycopy(page, 0, all, (int) (prefix.length + p * pageSize), page.length);
            } // else never read (its bit is clear): zeros, so that the file reaches every allocated byte
        }
        out.write(b.address, all);
    }

    private boolean pageUsed(DataBlock b, long p) {
        long from = b.first + p * g.pageElements();
        long to = Math.min(from + g.pageElements(), maxIndexSet);
        for (long k = from; k < to; k++) {
            if (address[(int) k] != -1) {
                return true;
            }
        }
        return false;
    }

    private byte[] page(DataBlock b, long p) {
        return ChunkIndexElement.encodePage(elements(b.first + p * g.pageElements(), g.pageElements()), client,
                elementSize, ctx);
    }

    private byte[] secondary(Secondary sec) {
        return ExtensibleArrayBlocks.encodeSecondary(new ExtensibleArrayBlocks.SecondaryBlock(-1,
                g.superBlockStart(sec.s), sec.bitmap, sec.blocks), g, ctx);
    }

    private ChunkIndexElement[] elements(long first, long count) {
        ChunkIndexElement[] out = new ChunkIndexElement[(int) count];
        for (int i = 0; i < count; i++) {
            long k = first + i;
            long a = k < maxIndexSet && k < address.length ? address[(int) k] : -1;
            out[i] = ExtensibleArrayWriter.element(a, a == -1 ? 0 : size[(int) k], a == -1 ? 0 : mask[(int) k],
                    filtered);
        }
        return out;
    }

    /** The element indexes this array holds (tests). */
    List<Long> indexes() {
        List<Long> l = new ArrayList<>();
        for (long k = 0; k < maxIndexSet; k++) {
            if (address[(int) k] != -1) {
                l.add(k);
            }
        }
        return l;
    }
}
