package org.nwbj.hdf5;

import java.util.Arrays;

/**
 * One filter of a dataset's chunk pipeline, as stored: the registered filter id (1 deflate, 2 shuffle,
 * 3 fletcher32, 4 szip, 5 nbit, 6 scale-offset, 32000 and up: registered plugins), its name (the one stored in
 * the file, else the known name of the id, else {@code "filter <id>"}), the flags (bit 0: optional, a chunk may
 * skip it) and the client data the filter was configured with (deflate: the level; shuffle: the element size).
 *
 * @param id the HDF5 filter id
 * @param name the filter's name as stored, or null/empty for the well-known name
 * @param flags the pipeline flags (bit 0: optional)
 * @param clientData the filter's client data values
 */
public record FilterInfo(int id, String name, int flags, int[] clientData) {
    /** The filter id of deflate (zlib). */
    public static final int DEFLATE = 1;
    /** The filter id of the byte shuffle. */
    public static final int SHUFFLE = 2;
    /** The filter id of the Fletcher-32 checksum. */
    public static final int FLETCHER32 = 3;
    /** The filter id of szip. */
    public static final int SZIP = 4;
    /** The filter id of the N-bit filter. */
    public static final int NBIT = 5;
    /** The filter id of the scale-offset filter. */
    public static final int SCALE_OFFSET = 6;

    /**
     * Copies the client data and names a filter given without a name by its id.
     *
     * @param id the HDF5 filter id
     * @param name the filter's name as stored, or null/empty for the well-known name
     * @param flags the pipeline flags (bit 0: optional)
     * @param clientData the filter's client data values
     */
    public FilterInfo {
        clientData = clientData.clone();
        if (name == null || name.isEmpty()) {
            name = knownName(id);
        }
    }

    /** {@return the client data (a copy)} */
    @Override
    public int[] clientData() {
        return clientData.clone();
    }

    /** {@return true when a chunk may skip this filter (flag bit 0; the C library's {@code H5Z_FLAG_OPTIONAL})} */
    public boolean optional() {
        return (flags & 1) != 0;
    }

    /**
     * {@return the deflate level (0-9) of a deflate filter, the level h5py's {@code compression_opts} gives; else -1}
     */
    public int deflateLevel() {
        return id == DEFLATE ? (clientData.length > 0 ? clientData[0] : 6) : -1;
    }

    /**
     * {@return the name HDF5 tools use for a filter id, or {@code "filter <id>"}}
     *
     * @param id the HDF5 filter id
     */
    public static String knownName(int id) {
        return switch (id) {
            case DEFLATE -> "deflate";
            case SHUFFLE -> "shuffle";
            case FLETCHER32 -> "fletcher32";
            case SZIP -> "szip";
            case NBIT -> "nbit";
            case SCALE_OFFSET -> "scaleoffset";
            case 307 -> "bzip2";
            case 32000 -> "lzf";
            case 32001 -> "blosc";
            case 32004 -> "lz4";
            case 32008 -> "bitshuffle";
            case 32015 -> "zstd";
            default -> "filter " + id;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FilterInfo f && f.id == id && f.flags == flags && f.name.equals(name)
                && Arrays.equals(f.clientData, clientData);
    }

    @Override
    public int hashCode() {
        return (id * 31 + flags) * 31 + Arrays.hashCode(clientData);
    }

    @Override
    public String toString() {
        return name + (clientData.length == 0 ? "" : Arrays.toString(clientData)) + (optional() ? " (optional)" : "");
    }
}
