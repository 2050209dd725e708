package org.nwbj.hdf5.internal.format;

/**
 * A symbol table entry (section III.C): a link name's offset in the local heap, the object header address and the
 * scratch-pad cache (type 1: B-tree and local heap of a group; type 2: soft link value offset).
 */
public record SymbolTableEntry(long nameOffset, long objectHeaderAddress, int cacheType, long scratchBTree,
        long scratchHeap, long softLinkOffset) {

    /** The name offset has "size of lengths" bytes (as the C library writes it), the header address "size of offsets". */
    public static int size(FormatContext ctx) {
        return ctx.lengthSize() + ctx.offsetSize() + 4 + 4 + 16;
    }

    public static SymbolTableEntry decode(FormatReader r) {
        long name = r.length();
        long header = r.offset();
        int cache = (int) r.u32();
        r.u32();
        long btree = -1;
        long heap = -1;
        long soft = -1;
        int scratchStart = r.position();
        if (cache == 1) {
            btree = r.offset();
            heap = r.offset();
        } else if (cache == 2) {
            soft = r.u32();
        }
        r.position(scratchStart);
        r.skip(16);
        return new SymbolTableEntry(name, header, cache, btree, heap, soft);
    }

    /** The entry's bytes (scratch pad zero-padded to 16 bytes); the mirror of {@link #decode}. */
    public void encode(FormatWriter w) {
        w.length(nameOffset).offset(objectHeaderAddress).u32(cacheType).u32(0);
        int scratch = w.position();
        if (cacheType == 1) {
            w.offset(scratchBTree).offset(scratchHeap);
        } else if (cacheType == 2) {
            w.u32(softLinkOffset);
        }
        w.zeros(16 - (w.position() - scratch));
    }
}
