package org.nwbj.hdf5.type;

/**
 * A string type: fixed size in bytes, or variable length ({@link #isVariable()}).
 *
 * @param size bytes per stored element (for a variable-length string: its heap reference)
 * @param isVariable true for variable-length strings
 * @param charset the character set
 * @param padding how a fixed-size string fills its bytes
 */
public record StringType(int size, boolean isVariable, Charset charset, Padding padding) implements DataType {
    /** Character set of a string type. */
    public enum Charset {
        /** US-ASCII. */
        ASCII,
        /** UTF-8. */
        UTF8
    }

    /** How a fixed-size string fills its bytes. */
    public enum Padding {
        /** Ends at the first NUL byte. */
        NULLTERM,
        /** Padded with NUL bytes. */
        NULLPAD,
        /** Padded with spaces, as Fortran does. */
        SPACEPAD
    }
}
