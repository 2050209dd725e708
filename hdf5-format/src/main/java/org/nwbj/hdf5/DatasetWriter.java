package org.nwbj.hdf5;

import org.nwbj.hdf5.internal.engine.write.WDataset;
import org.nwbj.hdf5.internal.engine.write.WObject;
import org.nwbj.hdf5.internal.format.RegionSelection;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.StringType;

/** A dataset being written: write selections, resize along growable dimensions. */
public final class DatasetWriter extends NodeWriter {
    private final WDataset dataset;

    DatasetWriter(WDataset dataset) {
        this.dataset = dataset;
    }

    @Override
    WObject object() {
        return dataset;
    }

    /** {@return current dimensions} */
    public long[] dims() {
        return dataset.dims();
    }

    /** {@return the datatype of the elements} */
    public DataType type() {
        return dataset.type();
    }

    /**
     * Changes the dimensions (chunked datasets, within the maximum dimensions).
     *
     * @param dims the new dimensions, one per dimension of the dataset
     */
    public void resize(long... dims) {
        dataset.resize(dims);
    }

    /**
     * Writes a Java array (long[], int[], short[], byte[], double[], float[], boolean[], String[], or Object[] of
     * the element forms {@link Dataset#readValues()} returns: Map, List, EnumValue, references, byte[]) into a
     * selection, converting to the dataset's type; the array holds the selection's elements in C order.
     *
     * @param selection the elements to write
     * @param values a Java array with one value per selected element, in C order of the selection
     */
    public void write(Selection selection, Object values) {
        if (!dataset.writeArray(selection, values)) {
            dataset.write(selection, bytes(values));
        }
    }

    /**
     * Writes every element (see {@link #write(Selection, Object)}).
     *
     * @param values a Java array with one value per element, in C order
     */
    public void writeAll(Object values) {
        write(Selection.all(dataset.dims()), values);
    }

    void useCommittedType(DatatypeWriter t) {
        dataset.useCommittedType(t.datatype());
    }

    /**
     * {@return a region reference to {@code selection} of this dataset, to write into datasets or attributes of type
     * {@code new ReferenceType(ReferenceType.Kind.REGION, 12)}; gives the dataset its file address now if needed}
     *
     * @param selection the elements the reference points at
     */
    public RegionReference regionReference(Selection selection) {
        long[] dims = dataset.dims();
        selection.checkWithin(dims);
        byte[] sel = selection.equals(Selection.all(dims)) ? RegionSelection.all()
                : RegionSelection.hyperslab(selection.start(), selection.stride(), selection.count(), selection.block());
        return new RegionReference(dataset.place(), sel);
    }

    /**
     * Writes stored element bytes into a selection.
     *
     * @param selection the elements to write
     * @param raw the stored bytes of the selected elements, in C order and the file's byte order
     */
    public void writeBytes(Selection selection, byte[] raw) {
        dataset.write(selection, raw.clone());
    }

    private byte[] bytes(Object values) {
        DataType t = dataset.type();
        String[] strings = ValueBytes.strings(values);
        if (strings != null && t instanceof StringType st && st.isVariable()) {
            return dataset.vlenStrings(strings);
        }
        if (ValueBytes.isSimple(t, values)) {
            return ValueBytes.encode(t, values);
        }
        return dataset.encodeValuesNow(ValueBytes.elements(values));
    }
}
