package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;

import org.nwbj.hdf5.internal.format.ChunkIndexElement;
import org.nwbj.hdf5.internal.format.FixedArrayDataBlock;
import org.nwbj.hdf5.internal.format.FixedArrayHeader;
import org.nwbj.hdf5.internal.format.FormatContext;

/**
 * A fixed array chunk index (spec "Fixed Array Index": "Fixed Array Header" and "Data Block"): one entry per chunk of
 * a dataset whose dimensions are fixed, in the linear order of the chunk grid.
 * Not thread-safe (caches blocks it has read).
 */
public final class FixedArrayIndex implements ArrayChunkIndex {
    private final BlockReader reader;
    private final FixedArrayHeader header;
    private final long chunkBytes;
    private FixedArrayDataBlock dataBlock;

    private FixedArrayIndex(BlockReader reader, FixedArrayHeader header, long chunkBytes) {
        this.reader = reader;
        this.header = header;
        this.chunkBytes = chunkBytes;
    }

    /**
     * @param chunkBytes the unfiltered byte size of one chunk, reported as the stored size of non-filtered entries
     */
    public static FixedArrayIndex open(BlockReader r, long headerAddress, long chunkBytes) {
        FormatContext ctx = r.ctx();
        ByteBuffer b = Blocks.read(r, headerAddress, FixedArrayHeader.encodedSize(ctx), FixedArrayHeader.STRUCTURE);
        return new FixedArrayIndex(r, FixedArrayHeader.decode(b, headerAddress, ctx), chunkBytes);
    }

    public FixedArrayHeader header() {
        return header;
    }

    /** Number of entries (chunks of the dataset's maximum dimensions). */
    @Override
    public long size() {
        return header.maxEntries();
    }

    /** Visits every entry in index order, reading one page at a time. */
    @Override
    public void forEach(Visitor visitor) {
        long n = header.maxEntries();
        if (header.dataBlockAddress() == FormatContext.UNDEFINED) {
            for (long i = 0; i < n; i++) {
                visitor.chunk(i, -1, 0, 0);
            }
            return;
        }
        FixedArrayDataBlock db = dataBlock();
        if (!header.paged()) {
            for (int i = 0; i < n; i++) {
                emit(visitor, i, db.elements()[i]);
            }
            return;
        }
        for (long p = 0; p < header.pageCount(); p++) {
            ChunkIndexElement[] page = page(db, p);
            long base = p << header.pageBits();
            for (int i = 0; i < header.pageLength(p); i++) {
                emit(visitor, base + i, page == null ? null : page[i]);
            }
        }
    }

    /** The entry at {@code index}, reading only the data block prefix and the page holding it. */
    @Override
    public StoredChunk get(long index) {
        if (index < 0 || index >= header.maxEntries()) {
            throw new IndexOutOfBoundsException("chunk index " + index + " outside 0.." + header.maxEntries());
        }
        if (header.dataBlockAddress() == FormatContext.UNDEFINED) {
            return chunk(index, null);
        }
        FixedArrayDataBlock db = dataBlock();
        if (!header.paged()) {
            return chunk(index, db.elements()[(int) index]);
        }
        long p = index >>> header.pageBits();
        ChunkIndexElement[] page = page(db, p);
        return chunk(index, page == null ? null : page[(int) (index - (p << header.pageBits()))]);
    }

    private FixedArrayDataBlock dataBlock() {
        if (dataBlock == null) {
            long address = header.dataBlockAddress();
            long size = header.dataBlockPrefixSize(reader.ctx());
            ByteBuffer b = Blocks.read(reader, address, size, FixedArrayDataBlock.STRUCTURE);
            dataBlock = FixedArrayDataBlock.decode(b, address, header, reader.ctx());
        }
        return dataBlock;
    }

    /** Page {@code p}, or null when the bitmap says it was never written. */
    private ChunkIndexElement[] page(FixedArrayDataBlock db, long p) {
        if (!ChunkIndexElement.bit(db.pageBitmap(), p)) {
            return null;
        }
        // full pages precede page p
        long address = header.dataBlockAddress() + header.dataBlockPrefixSize(reader.ctx())
                + p * header.pageSize(0);
        ByteBuffer b = Blocks.read(reader, address, header.pageSize(p), FixedArrayDataBlock.PAGE);
        return ChunkIndexElement.decodePage(b, address, FixedArrayDataBlock.PAGE, header.clientId(),
                header.entrySize(), header.pageLength(p), reader.ctx());
    }

    /** Entry {@code index}, {@code e} null when not allocated; {@link #forEach} visits the same as primitives. */
    private StoredChunk chunk(long index, ChunkIndexElement e) {
        return ArrayChunkIndex.chunk(index, e, header.clientId(), chunkBytes);
    }

    private void emit(Visitor v, long index, ChunkIndexElement e) {
        ArrayChunkIndex.visit(v, index, e, header.clientId(), chunkBytes);
    }
}
