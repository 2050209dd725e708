package org.nwbj.hdf5.internal.format;

/**
 * Fill value messages: the old one (type 0x04, section IV.A.2.e) and the new one (type 0x05, IV.A.2.f, versions
 * 1-3). {@code value} is null when no fill value is defined (reads as zeros).
 */
public record FillValue(int allocationTime, int fillTime, boolean defined, byte[] value) {

    public static FillValue decodeOld(FormatReader r) {
        int n = r.u32AsInt("fill value size");
        return new FillValue(2, 0, true, r.bytes(n));
    }

    public static FillValue decode(FormatReader r) {
        int version = r.u8();
        r.version("version", version, 1, 2, 3);
        if (version <= 2) {
            int alloc = r.u8();
            int fillTime = r.u8();
            boolean defined = r.u8() != 0;
            byte[] value = null;
            // only a defined value has a meaningful size: the C library (H5O__fill_new_decode) reads nothing after
            // an undefined flag, and old writers left 0xFFFFFFFF (its "no value" size) there in version 1
            if (defined) {
                int n = r.u32AsInt("fill value size");
                if (n > 0) {
                    value = r.bytes(n);
                }
            }
            return new FillValue(alloc, fillTime, defined, value);
        }
        int flags = r.u8();
        int alloc = flags & 3;
        int fillTime = (flags >> 2) & 3;
        boolean undefined = (flags & 0x10) != 0;
        byte[] value = null;
        if ((flags & 0x20) != 0) {
            int n = r.u32AsInt("fill value size");
            value = r.bytes(n);
        }
        return new FillValue(alloc, fillTime, !undefined, value);
    }

    /**
     * Encodes a fill value message, version 3. Allocation time: 1 early, 2 late, 3 incremental; fill time: 0 on
     * allocation, 1 never, 2 if set. A null value means the default (zeros).
     */
    public static byte[] encode(int allocationTime, int fillTime, byte[] value, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        int flags = allocationTime & 3 | (fillTime & 3) << 2 | (value != null ? 0x20 : 0);
        w.u8(3).u8(flags);
        if (value != null) {
            w.u32(value.length).bytes(value);
        }
        return w.toByteArray();
    }

    /** Bytes {@link #encode} writes. */
    public static int encodedSize(byte[] value) {
        return 2 + (value != null ? 4 + value.length : 0);
    }
}
