package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The family driver's information ("NCSAfami"): the size of every member but the last, as an 8-byte integer
 * whatever the superblock's size of lengths. Stored as the data of a {@link DriverInfoBlock} (superblocks 0 and 1)
 * or of a driver info message (superblock 2 and later).
 */
public record FamilyDriverInfo(long memberSize) {
    public static final String DRIVER_ID = "NCSAfami";
    public static final String STRUCTURE = "FamilyDriverInfo";
    /** Bytes of the driver's data. */
    public static final int DATA_SIZE = 8;

    /** Decodes the driver's data (the bytes after the block header) read at {@code address}. */
    public static FamilyDriverInfo decodeData(byte[] data, long address) {
        if (data.length < DATA_SIZE) {
            throw new org.nwbj.hdf5.Hdf5FormatException(STRUCTURE, address, "data size", "at least " + DATA_SIZE,
                    data.length);
        }
        return new FamilyDriverInfo(ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getLong(0));
    }

    /** The driver's data: the member size. */
    public byte[] encodeData() {
        return ByteBuffer.allocate(DATA_SIZE).order(ByteOrder.LITTLE_ENDIAN).putLong(0, memberSize).array();
    }

    /** The whole driver information block (header and data) of superblocks 0 and 1. */
    public byte[] encode(FormatContext ctx) {
        return new DriverInfoBlock(DRIVER_ID, encodeData()).encode(ctx);
    }

    /** Bytes of the whole block. */
    public static int encodedSize() {
        return DriverInfoBlock.HEADER + DATA_SIZE;
    }

    /** Decodes a whole block of superblocks 0 and 1; refuses one of another driver. */
    public static FamilyDriverInfo decode(FormatReader r) {
        long address = r.address();
        DriverInfoBlock b = DriverInfoBlock.decode(r);
        if (!b.driverId().equals(DRIVER_ID)) {
            throw new org.nwbj.hdf5.Hdf5FormatException(STRUCTURE, address, "driver id", DRIVER_ID, b.driverId());
        }
        return decodeData(b.data(), address);
    }
}
