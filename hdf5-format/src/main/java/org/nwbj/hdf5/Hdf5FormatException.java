package org.nwbj.hdf5;

/**
 * A structure on disk does not match the HDF5 format: names the structure, its file address, and what was
 * expected and found, e.g. {@code LinkInfoMessage at 0x1a40: version expected 0, found 3}.
 */
public class Hdf5FormatException extends Hdf5Exception {
    /**
     * The structure that failed to decode.
     */
    private final String structure;
    /**
     * The file address of that structure.
     */
    private final long address;

    /**
     * A structure that does not decode.
     *
     * @param structure the structure's name
     * @param address its file address
     * @param problem what is wrong with it
     */
    public Hdf5FormatException(String structure, long address, String problem) {
        super(structure + " at " + hex(address) + ": " + problem);
        this.structure = structure;
        this.address = address;
    }

    /**
     * A field of a structure holding an unexpected value.
     *
     * @param structure the structure's name
     * @param address its file address
     * @param field the field's name
     * @param expected what the format allows there
     * @param found what the file holds
     */
    public Hdf5FormatException(String structure, long address, String field, Object expected, Object found) {
        this(structure, address, field + " expected " + expected + ", found " + found);
    }

    /** {@return the name of the structure that failed to decode} */
    public String structure() {
        return structure;
    }

    /** {@return the file address of that structure, or -1 when unknown} */
    public long address() {
        return address;
    }

    static String hex(long address) {
        // addresses are unsigned (a split file's raw data lies at 2^63 - 1 and above); all ones is "unknown"
        return address == -1 ? "(unknown address)" : "0x" + Long.toHexString(address);
    }
}
