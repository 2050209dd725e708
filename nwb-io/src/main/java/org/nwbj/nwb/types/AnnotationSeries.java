package org.nwbj.nwb.types;

/**
 * The core type {@code AnnotationSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class AnnotationSeries extends TimeSeries {
    /**
     * A new AnnotationSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public AnnotationSeries(String name) {
        this(name, "AnnotationSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code AnnotationSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected AnnotationSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
