package org.nwbj.hdf5;

import org.nwbj.hdf5.internal.engine.write.WDatatype;
import org.nwbj.hdf5.internal.engine.write.WObject;
import org.nwbj.hdf5.type.DataType;

/**
 * A committed (named) datatype being written ({@link GroupWriter#commitDatatype(String, DataType)}): datasets and
 * attributes created with it store a reference to it instead of their own copy of the type.
 */
public final class DatatypeWriter extends NodeWriter {
    private final WDatatype datatype;

    DatatypeWriter(WDatatype datatype) {
        this.datatype = datatype;
    }

    @Override
    WObject object() {
        return datatype;
    }

    WDatatype datatype() {
        return datatype;
    }

    /** {@return the committed type} */
    public DataType type() {
        return datatype.type();
    }
}
