package org.nwbj.nwb;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataType;

/**
 * A dataset of an NWB file as a lazy handle: nothing but its header is read until one of the read methods is
 * called, whole or by selection (e.g. {@code Selection.rows(dims(), 10, 5)}).
 */
public final class NwbDataset extends NwbObject {
    NwbDataset(String name, String path, NwbLink link, Dataset d, NwbSource source) {
        super(name, path, link, d, source);
    }

    /** {@return the HDF5 dataset, for reads the methods here do not offer} */
    public Dataset dataset() {
        return (Dataset) node;
    }

    /**
     * Reads the dataset's shape and chunk index again, as h5py's {@code refresh()}: in a file opened with {@link
     * NwbIO#openSwmr}, rows the writer flushed since become visible (see {@link Dataset#refresh()}).
     */
    public void refresh() {
        dataset().refresh();
    }

    /** {@return dimensions, slowest-varying first (empty for a scalar)} */
    public long[] dims() {
        return dataset().space().dims();
    }

    /** {@return the stored element type} */
    public DataType type() {
        return dataset().type();
    }

    /** {@return every element as a Java value in C order (see {@link Dataset#readValues()})} */
    public Object[] readValues() {
        return dataset().readValues();
    }

    /**
     * {@return the selected elements as Java values}
     *
     * @param selection the elements to read
     */
    public Object[] readValues(Selection selection) {
        return dataset().readValues(selection);
    }

    /** {@return every element as a double (numeric types)} */
    public double[] readDoubles() {
        return dataset().readDoubles();
    }

    /**
     * {@return the selected elements as doubles (numeric types)}
     *
     * @param selection the elements to read
     */
    public double[] readDoubles(Selection selection) {
        return dataset().readDoubles(selection);
    }

    /** {@return every element as a long (integer types)} */
    public long[] readLongs() {
        return dataset().readLongs();
    }

    /**
     * {@return the selected elements as longs (integer types)}
     *
     * @param selection the elements to read
     */
    public long[] readLongs(Selection selection) {
        return dataset().readLongs(selection);
    }
}
