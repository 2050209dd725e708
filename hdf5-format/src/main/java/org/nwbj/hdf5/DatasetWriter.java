package org.nwbj.hdf5;

import org.nwbj.hdf5.internal.engine.WDataset;
import org.nwbj.hdf5.internal.engine.WObject;
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

    /** Current dimensions. */
    public long[] dims() {
        return dataset.dims();
    }

    public DataType type() {
        return dataset.type();
    }

    /** Changes the dimensions (chunked datasets, within the maximum dimensions). */
    public void resize(long... dims) {
        dataset.resize(dims);
    }

    /**
     * Writes a Java array (long[], int[], short[], byte[], double[], float[], boolean[], String[], or Object[] of
     * the element forms {@link Dataset#readValues()} returns: Map, List, EnumValue, references, byte[]) into a
     * selection, converting to the dataset's type; the array holds the selection's elements in C order.
     */
    public void write(Selection selection, Object values) {
        if (!dataset.writeArray(selection, values)) {
            dataset.write(selection, bytes(values));
        }
    }

    /** Writes every element (see {@link #write(Selection, Object)}). */
    public void writeAll(Object values) {
        write(Selection.all(dataset.dims()), values);
    }

    void useCommittedType(DatatypeWriter t) {
        dataset.useCommittedType(t.datatype());
    }

    /**
     * A region reference to {@code selection} of this dataset, to write into datasets or attributes of type
     * {@code new ReferenceType(ReferenceType.Kind.REGION, 12)}; gives the dataset its file address now if needed.
     */
    public RegionReference regionReference(Selection selection) {
        long[] dims = dataset.dims();
        selection.checkWithin(dims);
        byte[] sel = selection.equals(Selection.all(dims)) ? RegionSelection.all()
                : RegionSelection.hyperslab(selection.start(), selection.stride(), selection.count(), selection.block());
        return new RegionReference(dataset.place(), sel);
    }

    /** Writes stored element bytes into a selection. */
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
