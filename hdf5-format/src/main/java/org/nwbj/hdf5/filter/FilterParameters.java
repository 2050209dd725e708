package org.nwbj.hdf5.filter;

import org.nwbj.hdf5.ReadLimits;

/**
 * What a filter knows about the data it transforms.
 *
 * @param clientData  the filter's client data values as stored in the pipeline message (unsigned 32-bit each)
 * @param elementSize size in bytes of one element of the dataset's datatype
 * @param chunkBytes  size in bytes of one whole unfiltered chunk (the size decode must produce)
 * @param limits      the file's read limits; a decoder must not produce more than
 *                    {@link ReadLimits#maxChunkBytes} nor inflate beyond {@link ReadLimits#maxCompressionRatio}
 */
public record FilterParameters(int[] clientData, int elementSize, int chunkBytes, ReadLimits limits) {
    /**
     * Copies the client data and puts the default read limits where none are given.
     *
     * @param clientData the filter's client data values
     * @param elementSize size in bytes of one element
     * @param chunkBytes size in bytes of one whole unfiltered chunk
     * @param limits the file's read limits, or null for the defaults
     */
    public FilterParameters {
        clientData = clientData.clone();
        if (limits == null) {
            limits = ReadLimits.defaults();
        }
    }

    /**
     * With the default read limits.
     *
     * @param clientData the filter's client data values
     * @param elementSize size in bytes of one element
     * @param chunkBytes size in bytes of one whole unfiltered chunk
     */
    public FilterParameters(int[] clientData, int elementSize, int chunkBytes) {
        this(clientData, elementSize, chunkBytes, null);
    }

    /** {@return a copy of the client data values} */
    @Override
    public int[] clientData() {
        return clientData.clone();
    }

    /**
     * {@return client data value {@code i}, or {@code fallback} when fewer values are stored}
     *
     * @param i the index of the value
     * @param fallback the value to use when there are not that many
     */
    public int clientData(int i, int fallback) {
        return i < clientData.length ? clientData[i] : fallback;
    }

    /** {@return the number of client data values} */
    public int clientDataCount() {
        return clientData.length;
    }
}
