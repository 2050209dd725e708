package org.nwbj.nwb.types;

import org.nwbj.nwb.ArrayData;

/**
 * The hdmf-common type {@code CSRMatrix} (a {@code Container}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class CSRMatrix extends Container {
    /**
     * A new CSRMatrix named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public CSRMatrix(String name) {
        this(name, "CSRMatrix", "hdmf-common", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code CSRMatrix}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected CSRMatrix(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code shape}: an attribute (uint), required.
     *
     * @return the value, or null when it is not set
     */
    public Object shape() {
        return get("shape");
    }

    /**
     * Sets field {@code shape}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public CSRMatrix setShape(Object value) {
        set("shape", value);
        return this;
    }

    /**
     * Field {@code indices}: a dataset (uint), required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData indices() {
        return arrayField("indices");
    }

    /**
     * Sets field {@code indices}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public CSRMatrix setIndices(ArrayData value) {
        set("indices", value);
        return this;
    }

    /**
     * Field {@code indptr}: a dataset (uint), required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData indptr() {
        return arrayField("indptr");
    }

    /**
     * Sets field {@code indptr}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public CSRMatrix setIndptr(ArrayData value) {
        set("indptr", value);
        return this;
    }

    /**
     * Field {@code data}: a dataset, required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData data() {
        return arrayField("data");
    }

    /**
     * Sets field {@code data}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public CSRMatrix setData(ArrayData value) {
        set("data", value);
        return this;
    }
}
