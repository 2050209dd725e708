package org.nwbj.hdf5.internal.engine;

import java.util.List;

import org.nwbj.hdf5.internal.format.HeaderMessage;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.SharedMessageTableCodec;

/**
 * The shared object header message table "SMTB" (section III.H), named by the superblock extension: which fractal
 * heap holds shared messages of each type. Parsing (and the checksum check) is the format codec's.
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
        SharedMessageTableCodec.TableMessage tm = SharedMessageTableCodec.TableMessage
                .decode(m.reader("SharedMessageTableMessage", f.ctx()));
        long size = SharedMessageTableCodec.encodedSize(tm.indexCount(), f.ctx());
        // a SWMR writer may rewrite the table in place: a checksum mismatch is retried like other metadata
        List<SharedMessageTableCodec.Index> indexes = f.swmrRetried(() -> SharedMessageTableCodec.decode(
                f.read(tm.tableAddress(), size, SharedMessageTableCodec.STRUCTURE), tm.tableAddress(),
                tm.indexCount(), f.ctx()));
        for (SharedMessageTableCodec.Index x : indexes) {
            if (x.shares(messageType)) {
                return x.heapAddress();
            }
        }
        return -1;
    }
}
