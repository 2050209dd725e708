package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The attribute message (section IV.A.2.m), versions 1 to 3. The datatype and dataspace are kept as raw
 * messages because either may be shared (flags), which only the engine can resolve.
 */
public record AttributeMessage(String name, int flags, HeaderMessage datatype, HeaderMessage dataspace,
        ByteBuffer data, long dataAddress) {

    public boolean datatypeShared() {
        return (flags & 1) != 0;
    }

    public static AttributeMessage decode(FormatReader r) {
        int version = r.u8();
        r.version("version", version, 1, 2, 3);
        int flags = r.u8();
        if (version == 1) {
            flags = 0;
        }
        int nameSize = r.u16();
        int typeSize = r.u16();
        int spaceSize = r.u16();
        if (version == 3) {
            r.u8(); // charset of the name
        }
        byte[] nameBytes = r.bytes(nameSize);
        int end = 0;
        while (end < nameBytes.length && nameBytes[end] != 0) {
            end++;
        }
        String name = new String(nameBytes, 0, end, StandardCharsets.UTF_8);
        if (version == 1) {
            r.skip(pad8(nameSize));
        }
        long typeAddr = r.address();
        ByteBuffer type = r.slice(typeSize);
        if (version == 1) {
            r.skip(pad8(typeSize));
        }
        long spaceAddr = r.address();
        ByteBuffer space = r.slice(spaceSize);
        if (version == 1) {
            r.skip(pad8(spaceSize));
        }
        long dataAddr = r.address();
        ByteBuffer data = r.slice(r.remaining());
        return new AttributeMessage(name, flags,
                new HeaderMessage(MessageType.DATATYPE.id(), (flags & 1) != 0 ? HeaderMessage.FLAG_SHARED : 0, -1,
                        type, typeAddr),
                new HeaderMessage(MessageType.DATASPACE.id(), (flags & 2) != 0 ? HeaderMessage.FLAG_SHARED : 0, -1,
                        space, spaceAddr),
                data, dataAddr);
    }

    private static int pad8(int n) {
        return (8 - n % 8) % 8;
    }

    /**
     * Encodes an attribute message, version 3, from the encoded datatype and dataspace message bodies; {@code
     * typeShared} when the datatype body is a shared (committed) reference.
     */
    public static byte[] encode(String name, byte[] type, boolean typeShared, byte[] space, byte[] data,
            FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        boolean ascii = n.length == name.length();
        w.u8(3).u8(typeShared ? 1 : 0).u16(n.length + 1).u16(type.length).u16(space.length).u8(ascii ? 0 : 1);
        w.bytes(n).u8(0).bytes(type).bytes(space).bytes(data);
        return w.toByteArray();
    }
}
