package org.nwbj.hdf5.internal.format;

import java.util.ArrayList;
import java.util.List;

/** A symbol table node "SNOD" (section III.B): up to 2K entries of a group's links. */
public record SymbolTableNode(List<SymbolTableEntry> entries) {
    public static int size(FormatContext ctx, int leafK) {
        return 8 + 2 * leafK * SymbolTableEntry.size(ctx);
    }

    public static SymbolTableNode decode(FormatReader r, int leafK) {
        r.signature("SNOD");
        r.version("version", r.u8(), 1);
        r.u8();
        int n = r.u16();
        if (n > 2 * leafK) {
            throw r.fail("number of symbols expected at most " + 2 * leafK + ", found " + n);
        }
        List<SymbolTableEntry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            entries.add(SymbolTableEntry.decode(r));
        }
        return new SymbolTableNode(entries);
    }

    /** The node's bytes, padded to room for 2K entries; the mirror of {@link #decode}. */
    public byte[] encode(int leafK, FormatContext ctx) {
        if (entries.size() > 2 * leafK) {
            throw new IllegalArgumentException(entries.size() + " symbols exceed a node of 2K = " + 2 * leafK);
        }
        FormatWriter w = new FormatWriter(ctx, size(ctx, leafK));
        w.signature("SNOD").u8(1).u8(0).u16(entries.size());
        for (SymbolTableEntry e : entries) {
            e.encode(w);
        }
        w.zeros(size(ctx, leafK) - w.position());
        return w.toByteArray();
    }
}
