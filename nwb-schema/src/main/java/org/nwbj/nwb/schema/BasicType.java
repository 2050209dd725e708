package org.nwbj.nwb.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nwbj.nwb.schema.internal.Lists;

/** The canonical meaning of a simple dtype name: several spellings ({@code float}, {@code float32}) map to one. */
public enum BasicType {
    /** 32-bit float ({@code float32}, {@code float}). */
    FLOAT32("float32", "float"),
    /** 64-bit float ({@code float64}, {@code double}). */
    FLOAT64("float64", "double"),
    /** Signed 8-bit integer. */
    INT8("int8"),
    /** Signed 16-bit integer ({@code int16}, {@code short}). */
    INT16("int16", "short"),
    /** Signed 32-bit integer ({@code int32}, {@code int}). */
    INT32("int32", "int"),
    /** Signed 64-bit integer ({@code int64}, {@code long}). */
    INT64("int64", "long"),
    /** Unsigned 8-bit integer. */
    UINT8("uint8"),
    /** Unsigned 16-bit integer. */
    UINT16("uint16"),
    /** Unsigned 32-bit integer ({@code uint32}, {@code uint}). */
    UINT32("uint32", "uint"),
    /** Unsigned 64-bit integer. */
    UINT64("uint64"),
    /** Any numeric type. */
    NUMERIC("numeric"),
    /** Boolean. */
    BOOL("bool"),
    /** UTF-8 text. */
    TEXT("text", "utf", "utf8", "utf-8"),
    /** ASCII text or bytes. */
    ASCII("ascii", "bytes"),
    /** An ISO 8601 date-time, stored as text. */
    ISODATETIME("isodatetime", "datetime");

    private static final Map<String, BasicType> BY_NAME = new HashMap<>();

    static {
        for (BasicType t : values()) {
            for (String s : t.spellings) {
                BY_NAME.put(s, t);
            }
        }
    }

    private final List<String> spellings;

    BasicType(String... spellings) {
        this.spellings = Lists.of(spellings);
    }

    /** {@return the preferred spelling, such as {@code float32}} */
    public String canonicalName() {
        return spellings.get(0);
    }

    /** {@return every spelling a spec may use for this type} */
    public List<String> spellings() {
        return spellings;
    }

    /**
     * {@return the type a dtype name stands for, or {@code null} if the name is not a simple dtype}
     *
     * @param name a dtype name as a spec writes it
     */
    public static BasicType forName(String name) {
        return name == null ? null : BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    /** {@return true for the integer types} */
    public boolean isInteger() {
        return ordinal() >= INT8.ordinal() && ordinal() <= UINT64.ordinal();
    }

    /** {@return true for the unsigned integer types} */
    public boolean isUnsigned() {
        return ordinal() >= UINT8.ordinal() && ordinal() <= UINT64.ordinal();
    }

    /** {@return true for the float types} */
    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** {@return true for the numeric types, {@link #NUMERIC} included} */
    public boolean isNumeric() {
        return isInteger() || isFloat() || this == NUMERIC;
    }

    /** {@return true for the text types} */
    public boolean isText() {
        return this == TEXT || this == ASCII || this == ISODATETIME;
    }

    /** {@return size in bytes of a fixed-size numeric type, 0 for others} */
    public int byteSize() {
        switch (this) {
            case INT8: case UINT8: case BOOL: return 1;
            case INT16: case UINT16: return 2;
            case INT32: case UINT32: case FLOAT32: return 4;
            case INT64: case UINT64: case FLOAT64: return 8;
            default: return 0;
        }
    }
}
