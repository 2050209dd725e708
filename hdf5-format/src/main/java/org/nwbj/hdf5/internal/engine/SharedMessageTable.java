package org.nwbj.hdf5.internal.engine;

import org.nwbj.hdf5.internal.format.FormatReader;
import org.nwbj.hdf5.internal.format.HeaderMessage;
import org.nwbj.hdf5.internal.format.MessageType;

/**
 * The shared object header message table "SMTB" (section III.H), named by the superblock extension: which fractal
 * heap holds shared messages of each type.
 */
final class SharedMessageTable {
    private SharedMessageTable() {
    }

    static long heapFor(FileContext f, int messageType) {
        long ext = f.superblock().extensionAddress();
        if (ext == -1) {
            return -1;
        }
        HeaderMessage m = f.header(ext).first(MessageType.SHARED_MESSAGE_TABLE);
        if (m == null) {
            return -1;
        }
        FormatReader r = m.reader("SharedMessageTableMessage", f.ctx());
        r.version("version", r.u8(), 0);
        long table = r.offset();
        int n = r.u8();
        int entry = 1 + 1 + 2 + 4 + 2 + 2 + 2 + 2 * f.ctx().offsetSize();
        FormatReader t = f.reader(table, 4 + (long) n * entry + 4, "SharedMessageTable");
        t.signature("SMTB");
        for (int i = 0; i < n; i++) {
            t.u8(); // version
            t.u8(); // index type: list or B-tree; the heap is what matters here
            int flags = t.u16();
            t.u32();
            t.u16();
            t.u16();
            t.u16();
            t.offset(); // index address
            long heap = t.offset();
            if ((flags & (1 << messageType)) != 0) {
                return heap;
            }
        }
        return -1;
    }
}
