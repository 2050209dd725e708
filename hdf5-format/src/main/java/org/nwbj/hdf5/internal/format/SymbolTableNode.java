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
}
