package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.internal.format.ChunkIndexElement;
import org.nwbj.hdf5.internal.format.ExtensibleArrayBlocks;
import org.nwbj.hdf5.internal.format.ExtensibleArrayHeader;
import org.nwbj.hdf5.internal.format.FormatContext;

/**
 * An extensible array chunk index (spec "Extensible Array Index": header and blocks), used for datasets with
 * one unlimited dimension. Elements 0 .. indexBlockElements-1 live in the index block; the rest in data blocks of
 * super blocks, whose data block addresses are held by the index block (first super blocks) or by secondary blocks.
 * Not thread-safe (caches blocks it has read).
 */
public final class ExtensibleArrayIndex implements ArrayChunkIndex {
    private final BlockReader reader;
    private final ExtensibleArrayHeader header;
    private final long chunkBytes;
    private ExtensibleArrayBlocks.IndexBlock indexBlock;
    private final Map<Integer, ExtensibleArrayBlocks.SecondaryBlock> secondary = new HashMap<>();

    private ExtensibleArrayIndex(BlockReader reader, ExtensibleArrayHeader header, long chunkBytes) {
        this.reader = reader;
        this.header = header;
        this.chunkBytes = chunkBytes;
    }

    /**
     * @param chunkBytes the unfiltered byte size of one chunk, reported as the stored size of non-filtered entries
     */
    public static ExtensibleArrayIndex open(BlockReader r, long headerAddress, long chunkBytes) {
        FormatContext ctx = r.ctx();
        ByteBuffer b = Blocks.read(r, headerAddress, ExtensibleArrayHeader.encodedSize(ctx),
                ExtensibleArrayHeader.STRUCTURE);
        return new ExtensibleArrayIndex(r, ExtensibleArrayHeader.decode(b, headerAddress, ctx), chunkBytes);
    }

    public ExtensibleArrayHeader header() {
        return header;
    }

    /** Number of entries: one past the largest index ever set. */
    @Override
    public long size() {
        return header.maxIndexSet();
    }

    /** Visits entries 0 .. size()-1 in index order, reading each block once. */
    @Override
    public void forEach(Visitor visitor) {
        long n = header.maxIndexSet();
        long[] emitted = {0};
        Visitor out = (index, address, size, mask) -> {
            emitted[0]++;
            visitor.chunk(index, address, size, mask);
        };
        if (n == 0) {
            return;
        }
        // Setting an element allocates the blocks that hold it, so the last element set must lie in allocated
        // blocks; checking this first keeps a damaged "max index set" from producing billions of entries.
        if (header.indexBlockAddress() == FormatContext.UNDEFINED || !blockAllocated(n - 1)) {
            throw new Hdf5FormatException(ExtensibleArrayHeader.STRUCTURE, header.address(), "max index set " + n
                    + " but no block holds element " + (n - 1));
        }
        ExtensibleArrayBlocks.IndexBlock ib = indexBlock();
        for (int i = 0; i < ib.elements().length && i < n; i++) {
            emit(out, i, ib.elements()[i]);
        }
        long base = header.indexBlockElements();
        for (int s = 0; s < header.superBlockCount() && emitted[0] < n; s++) {
            long[] dblocks = dataBlockAddresses(s);
            long perBlock = header.dataBlockElements(s);
            for (int d = 0; d < header.dataBlocksIn(s) && emitted[0] < n; d++) {
                long first = base + header.superBlockStart(s) + d * perBlock;
                long address = dblocks == null ? FormatContext.UNDEFINED : dblocks[d];
                if (address == FormatContext.UNDEFINED) {
                    for (long j = 0; j < perBlock && emitted[0] < n; j++) {
                        out.chunk(first + j, -1, 0, 0);
                    }
                    continue;
                }
                if (!header.paged(s)) {
                    ChunkIndexElement[] el = dataBlock(s, d, address).elements();
                    for (int j = 0; j < el.length && emitted[0] < n; j++) {
                        emit(out, first + j, el[j]);
                    }
                    continue;
                }
                dataBlock(s, d, address); // verifies the prefix
                long pageElements = header.pageElements();
                for (long p = 0; p < header.pagesPerDataBlock(s) && emitted[0] < n; p++) {
                    ChunkIndexElement[] el = page(s, d, address, p);
                    for (int j = 0; j < pageElements && emitted[0] < n; j++) {
                        long idx = first + p * pageElements + j;
                        emit(out, idx, el == null ? null : el[j]);
                    }
                }
            }
        }
        if (emitted[0] < n) {
            throw new Hdf5FormatException(ExtensibleArrayHeader.STRUCTURE, header.address(),
                    "max index set " + n + " exceeds the array's capacity of " + emitted[0] + " elements");
        }
    }

    /** The entry at {@code index}, reading only the blocks on the way to it. */
    @Override
    public StoredChunk get(long index) {
        if (index < 0) {
            throw new IndexOutOfBoundsException("chunk index " + index);
        }
        if (index >= header.maxIndexSet() || header.indexBlockAddress() == FormatContext.UNDEFINED) {
            return chunk(index, null);
        }
        ExtensibleArrayBlocks.IndexBlock ib = indexBlock();
        if (index < header.indexBlockElements()) {
            return chunk(index, ib.elements()[(int) index]);
        }
        long i = index - header.indexBlockElements();
        int s = header.superBlockOf(i);
        if (s >= header.superBlockCount()) {
            return chunk(index, null);
        }
        long inSuper = i - header.superBlockStart(s);
        long perBlock = header.dataBlockElements(s);
        long dl = inSuper / perBlock;
        if (inSuper < 0 || dl >= header.dataBlocksIn(s)) {
            throw new Hdf5FormatException(ExtensibleArrayHeader.STRUCTURE, header.address(),
                    "element " + index + " beyond super block " + s);
        }
        int d = (int) dl;
        long inBlock = inSuper % perBlock;
        long[] dblocks = dataBlockAddresses(s);
        if (dblocks == null || dblocks[d] == FormatContext.UNDEFINED) {
            return chunk(index, null);
        }
        if (!header.paged(s)) {
            return chunk(index, dataBlock(s, d, dblocks[d]).elements()[(int) inBlock]);
        }
        long p = inBlock / header.pageElements();
        ChunkIndexElement[] el = page(s, d, dblocks[d], p);
        return chunk(index, el == null ? null : el[(int) (inBlock % header.pageElements())]);
    }

    /** Whether the data block (or index block) that would hold element {@code index} exists. */
    private boolean blockAllocated(long index) {
        if (index < header.indexBlockElements()) {
            return true;
        }
        long i = index - header.indexBlockElements();
        int s = header.superBlockOf(i);
        if (s >= header.superBlockCount()) {
            return false;
        }
        long d = (i - header.superBlockStart(s)) / header.dataBlockElements(s);
        long[] dblocks = dataBlockAddresses(s);
        return dblocks != null && d >= 0 && d < dblocks.length && dblocks[(int) d] != FormatContext.UNDEFINED;
    }

    private ExtensibleArrayBlocks.IndexBlock indexBlock() {
        if (indexBlock == null) {
            long address = header.indexBlockAddress();
            ByteBuffer b = Blocks.read(reader, address, header.indexBlockSize(reader.ctx()),
                    ExtensibleArrayBlocks.INDEX);
            indexBlock = ExtensibleArrayBlocks.decodeIndex(b, address, header, reader.ctx());
        }
        return indexBlock;
    }

    /** Data block addresses of super block {@code s}, or null when its secondary block is not allocated. */
    private long[] dataBlockAddresses(int s) {
        ExtensibleArrayBlocks.IndexBlock ib = indexBlock();
        int direct = header.indexBlockSuperBlocks();
        if (s < direct) {
            long first = header.superBlockFirstDataBlock(s);
            long[] out = new long[(int) header.dataBlocksIn(s)];
            for (int d = 0; d < out.length; d++) {
                long k = first + d;
                if (k >= ib.dataBlockAddresses().length) {
                    throw new Hdf5FormatException(ExtensibleArrayBlocks.INDEX, ib.address(),
                            "data block " + k + " of super block " + s + " beyond the index block's pointers");
                }
                out[d] = ib.dataBlockAddresses()[(int) k];
            }
            return out;
        }
        ExtensibleArrayBlocks.SecondaryBlock sb = secondaryBlock(s);
        return sb == null ? null : sb.dataBlockAddresses();
    }

    private ExtensibleArrayBlocks.SecondaryBlock secondaryBlock(int s) {
        ExtensibleArrayBlocks.SecondaryBlock sb = secondary.get(s);
        if (sb != null) {
            return sb;
        }
        ExtensibleArrayBlocks.IndexBlock ib = indexBlock();
        int k = s - header.indexBlockSuperBlocks();
        if (k >= ib.secondaryBlockAddresses().length) {
            throw new Hdf5FormatException(ExtensibleArrayBlocks.INDEX, ib.address(),
                    "super block " + s + " beyond the index block's secondary block pointers");
        }
        long address = ib.secondaryBlockAddresses()[k];
        if (address == FormatContext.UNDEFINED) {
            return null;
        }
        ByteBuffer b = Blocks.read(reader, address, header.secondaryBlockSize(s, reader.ctx()),
                ExtensibleArrayBlocks.SECONDARY);
        sb = ExtensibleArrayBlocks.decodeSecondary(b, address, header, s, reader.ctx());
        secondary.put(s, sb);
        return sb;
    }

    private ExtensibleArrayBlocks.DataBlock dataBlock(int s, int d, long address) {
        ByteBuffer b = Blocks.read(reader, address, header.dataBlockPrefixSize(s, reader.ctx()),
                ExtensibleArrayBlocks.DATA);
        long expectedOffset = header.superBlockStart(s) + d * header.dataBlockElements(s);
        long libraryOffset = s < header.indexBlockSuperBlocks()
                ? header.superBlockStart(s) + (header.superBlockFirstDataBlock(s) + d) * header.dataBlockElements(s)
                : expectedOffset;
        return ExtensibleArrayBlocks.decodeData(b, address, header, s, expectedOffset, libraryOffset,
                reader.ctx());
    }

    /** Page {@code p} of data block {@code d} of super block {@code s}; null when never written. */
    private ChunkIndexElement[] page(int s, int d, long dblockAddress, long p) {
        if (s >= header.indexBlockSuperBlocks()) {
            ExtensibleArrayBlocks.SecondaryBlock sb = secondaryBlock(s);
            if (sb != null && sb.pageBitmap() != null
                    && !ChunkIndexElement.bit(sb.pageBitmap(), d * header.pagesPerDataBlock(s) + p)) {
                return null;
            }
        }
        long pageSize = header.pageElements() * header.elementSize() + 4;
        long address = dblockAddress + header.dataBlockPrefixSize(s, reader.ctx()) + p * pageSize;
        ByteBuffer b = Blocks.read(reader, address, pageSize, ExtensibleArrayBlocks.PAGE);
        return ChunkIndexElement.decodePage(b, address, ExtensibleArrayBlocks.PAGE, header.clientId(),
                header.elementSize(), (int) header.pageElements(), reader.ctx());
    }

    /** Entry {@code index}, {@code e} null when not allocated; {@link #forEach} visits the same as primitives. */
    private StoredChunk chunk(long index, ChunkIndexElement e) {
        return ArrayChunkIndex.chunk(index, e, header.clientId(), chunkBytes);
    }

    private void emit(Visitor v, long index, ChunkIndexElement e) {
        ArrayChunkIndex.visit(v, index, e, header.clientId(), chunkBytes);
    }
}
