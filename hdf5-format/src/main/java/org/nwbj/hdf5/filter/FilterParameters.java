package org.nwbj.hdf5.filter;

/**
 * What a filter knows about the data it transforms.
 *
 * @param clientData  the filter's client data values as stored in the pipeline message (unsigned 32-bit each)
 * @param elementSize size in bytes of one element of the dataset's datatype
 * @param chunkBytes  size in bytes of one whole unfiltered chunk (the size decode must produce)
 */
public record FilterParameters(int[] clientData, int elementSize, int chunkBytes) {
    public FilterParameters {
        clientData = clientData.clone();
    }

    @Override
    public int[] clientData() {
        return clientData.clone();
    }

    /** Client data value {@code i}, or {@code fallback} when fewer values are stored. */
    public int clientData(int i, int fallback) {
        return i < clientData.length ? clientData[i] : fallback;
    }

    public int clientDataCount() {
        return clientData.length;
    }
}
