package org.nwbj.hdf5.internal.format;

/**
 * The multi driver's information block ("NCSAmult") for the split layout the C library's split driver writes:
 * superblock, B-tree, local heap and object header data in the metadata member (from address 0), raw data and
 * global heaps in the raw member (from {@link #RAW_START}), members named {@code %s-m.h5} and {@code %s-r.h5}.
 */
public final class SplitDriverInfo {
    /** Address where the raw member's space starts, as the C library's split driver places it (HADDR_MAX / 2). */
    public static final long RAW_START = 0x7fffffffffffffffL;

    private SplitDriverInfo() {
    }

    /** Bytes of the block: 16-byte header and the member table. */
    public static int size() {
        return 16 + 56;
    }

    /** The whole block; end-of-allocation values are relative to each member's start. */
    public static byte[] encode(long metaEnd, long rawEnd, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        // memory types super, btree, draw, gheap, lheap, ohdr mapped to members 1 (metadata) and 3 (raw data)
        w.u8(1).u8(1).u8(3).u8(3).u8(1).u8(1).zeros(2);
        w.u64(0).u64(metaEnd);
        w.u64(RAW_START).u64(rawEnd);
        w.bytes(new byte[] {'%', 's', '-', 'm', '.', 'h', '5', 0});
        w.bytes(new byte[] {'%', 's', '-', 'r', '.', 'h', '5', 0});
        return new DriverInfoBlock("NCSAmult", w.toByteArray()).encode(ctx);
    }
}
