package org.nwbj.hdf5.internal.format;

/** Object header message types (section IV.A.2) with the specification's numbers. */
public enum MessageType {
    NIL(0x0000),
    DATASPACE(0x0001),
    LINK_INFO(0x0002),
    DATATYPE(0x0003),
    FILL_VALUE_OLD(0x0004),
    FILL_VALUE(0x0005),
    LINK(0x0006),
    EXTERNAL_DATA_FILES(0x0007),
    LAYOUT(0x0008),
    BOGUS(0x0009),
    GROUP_INFO(0x000A),
    FILTER_PIPELINE(0x000B),
    ATTRIBUTE(0x000C),
    COMMENT(0x000D),
    MODIFICATION_TIME_OLD(0x000E),
    SHARED_MESSAGE_TABLE(0x000F),
    CONTINUATION(0x0010),
    SYMBOL_TABLE(0x0011),
    MODIFICATION_TIME(0x0012),
    BTREE_K(0x0013),
    DRIVER_INFO(0x0014),
    ATTRIBUTE_INFO(0x0015),
    REFERENCE_COUNT(0x0016),
    FILE_SPACE_INFO(0x0017),
    METADATA_CACHE_IMAGE(0x0018);

    private static final MessageType[] BY_ID = new MessageType[0x19];

    static {
        for (MessageType t : values()) {
            BY_ID[t.id] = t;
        }
    }

    private final int id;

    MessageType(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    /** The type with this number, or null for a type this library does not know. */
    public static MessageType of(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
