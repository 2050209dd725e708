package org.nwbj.hdf5.internal.format;

import java.nio.charset.StandardCharsets;

/**
 * The driver information block of superblocks 0 and 1 (spec II.B "Disk Format: Level 0B - File Driver Info"): a
 * 16-byte header (version 0, reserved, the size of the driver's data, an 8-byte driver id such as "NCSAfami" or
 * "NCSAmult") followed by the driver's data. The data's meaning is the driver's ({@link FamilyDriverInfo},
 * {@link MultiDriverInfo}).
 */
public record DriverInfoBlock(String driverId, byte[] data) {
    public static final String STRUCTURE = "DriverInfoBlock";
    /** Bytes of the header before the driver's data. */
    public static final int HEADER = 16;

    public DriverInfoBlock {
        if (driverId.length() != 8) {
            throw new IllegalArgumentException("driver id '" + driverId + "' is not 8 characters");
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The header alone: the driver id and the size of the data that follows it. */
    public record Header(String driverId, long dataSize) {
    }

    /** Decodes the {@value #HEADER}-byte header (to learn how much data to read). */
    public static Header decodeHeader(FormatReader r) {
        r.version("version", r.u8(), 0);
        r.skip(3);
        long size = r.u32();
        String id = new String(r.bytes(8), StandardCharsets.ISO_8859_1);
        return new Header(id, size);
    }

    /** Decodes a whole block: header and data. */
    public static DriverInfoBlock decode(FormatReader r) {
        Header h = decodeHeader(r);
        r.require(h.dataSize());
        return new DriverInfoBlock(h.driverId(), r.bytes((int) h.dataSize()));
    }

    public int encodedSize() {
        return HEADER + data.length;
    }

    /** The block's bytes; the mirror of {@link #decode}. */
    public byte[] encode(FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx, encodedSize());
        w.u8(0).zeros(3).u32(data.length).signature(driverId).bytes(data);
        return w.toByteArray();
    }

    /** Decodes a driver info message (superblock 2 and later): version 0, driver id, 2-byte size, data. */
    public static DriverInfoBlock decodeMessage(FormatReader r) {
        r.version("version", r.u8(), 0);
        String id = new String(r.bytes(8), StandardCharsets.ISO_8859_1);
        int size = r.u16();
        return new DriverInfoBlock(id, r.bytes(size));
    }

    public int encodedMessageSize() {
        return 11 + data.length;
    }

    /** The driver info message body; the mirror of {@link #decodeMessage}. */
    public byte[] encodeMessage(FormatContext ctx) {
        if (data.length > 0xffff) {
            throw new IllegalArgumentException("driver data of " + data.length + " bytes exceed a message's 65535");
        }
        FormatWriter w = new FormatWriter(ctx, encodedMessageSize());
        w.u8(0).signature(driverId).u16(data.length).bytes(data);
        return w.toByteArray();
    }
}
