package org.nwbj.hdf5;

import java.util.List;

import org.nwbj.hdf5.internal.engine.FileContext;
import org.nwbj.hdf5.internal.engine.Messages;
import org.nwbj.hdf5.internal.engine.ObjectHeader;
import org.nwbj.hdf5.type.DataType;

/** A committed (named) datatype stored as an object of its own. */
public final class NamedDatatype implements Node {
    private final FileContext file;
    private final ObjectHeader header;
    private final String path;

    NamedDatatype(FileContext file, ObjectHeader header, String path) {
        this.file = file;
        this.header = header;
        this.path = path;
    }

    /**
     * {@return the committed datatype}
     */
    public DataType type() {
        return Messages.datatype(file, header);
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public long address() {
        return header.address();
    }

    @Override
    public List<Attribute> attributes() {
        return NodeSupport.attributes(file, header);
    }

    @Override
    public List<Attribute> attributesInCreationOrder() {
        return NodeSupport.attributesInCreationOrder(file, header);
    }
}
