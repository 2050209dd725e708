package org.nwbj.hdf5.type;

/** A string type: fixed size in bytes, or variable length ({@link #isVariable()}). */
public record StringType(int size, boolean isVariable, Charset charset, Padding padding) implements DataType {
    /** Character set of a string type. */
    public enum Charset { ASCII, UTF8 }

    /** How a fixed-size string fills its bytes. */
    public enum Padding { NULLTERM, NULLPAD, SPACEPAD }
}
