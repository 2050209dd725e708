package org.nwbj.hdf5;

/**
 * How to open a file: the driver (single file, family, split), the family member size (0: detect it), and a prefix
 * for external link targets (like {@code H5Pset_elink_prefix}).
 */
public record OpenOptions(Driver driver, long memberSize, String externalLinkPrefix) {
    /** The file drivers nwbj reads. */
    public enum Driver { SINGLE, FAMILY, SPLIT }

    public static OpenOptions defaults() {
        return new OpenOptions(Driver.SINGLE, 0, null);
    }

    /** A family {@code name_%d.h5}; member size 0 means: take it from the file (or member 0's size). */
    public static OpenOptions family(long memberSize) {
        return new OpenOptions(Driver.FAMILY, memberSize, null);
    }

    /** A split pair {@code NAME-m.h5} (metadata) and {@code NAME-r.h5} (raw data). */
    public static OpenOptions split() {
        return new OpenOptions(Driver.SPLIT, 0, null);
    }

    public OpenOptions withExternalLinkPrefix(String prefix) {
        return new OpenOptions(driver, memberSize, prefix);
    }
}
