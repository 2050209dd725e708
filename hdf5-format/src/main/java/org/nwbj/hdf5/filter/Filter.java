package org.nwbj.hdf5.filter;

/**
 * One stage of an HDF5 filter pipeline (deflate, shuffle, fletcher32, ...). Implementations are stateless and
 * thread-safe. Third-party filters are found through {@link java.util.ServiceLoader} like HDF5's plugin directory.
 */
public interface Filter {
    /** {@return the filter identifier registered with The HDF Group (1 = deflate, 2 = shuffle, ...)} */
    int id();

    /** {@return a short name for messages, e.g. {@code "deflate"}} */
    String name();

    /**
     * Reverses this filter: turns the bytes stored on disk back into the bytes that were given to encode.
     *
     * @param encoded the bytes as stored
     * @param parameters the dataset's client data, sizes and read limits
     * @return the decoded bytes
     */
    byte[] decode(byte[] encoded, FilterParameters parameters);

    /**
     * Applies this filter on write.
     *
     * @param raw the bytes to store
     * @param parameters the dataset's client data and sizes
     * @return the encoded bytes
     */
    default byte[] encode(byte[] raw, FilterParameters parameters) {
        throw new org.nwbj.hdf5.Hdf5UnsupportedException("writing with filter " + name() + " (id " + id() + ")");
    }
}
