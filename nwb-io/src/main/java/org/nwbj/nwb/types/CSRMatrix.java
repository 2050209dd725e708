package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The hdmf-common type {@code CSRMatrix} (a {@code Container}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class CSRMatrix extends Container {
    /** A new CSRMatrix named {@code name}. */
    public CSRMatrix(String name) {
        this(name, "CSRMatrix", "hdmf-common", false);
    }

    protected CSRMatrix(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code shape}. */
    public Object shape() {
        return get("shape");
    }

    /** Sets field {@code shape}. */
    public CSRMatrix setShape(Object value) {
        set("shape", value);
        return this;
    }

    /** Field {@code indices}. */
    public ArrayData indices() {
        return arrayField("indices");
    }

    /** Sets field {@code indices}. */
    public CSRMatrix setIndices(ArrayData value) {
        set("indices", value);
        return this;
    }

    /** Field {@code indptr}. */
    public ArrayData indptr() {
        return arrayField("indptr");
    }

    /** Sets field {@code indptr}. */
    public CSRMatrix setIndptr(ArrayData value) {
        set("indptr", value);
        return this;
    }

    /** Field {@code data}. */
    public ArrayData data() {
        return arrayField("data");
    }

    /** Sets field {@code data}. */
    public CSRMatrix setData(ArrayData value) {
        set("data", value);
        return this;
    }
}
