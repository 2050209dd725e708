package org.nwbj.nwb.types;

/**
 * The core type {@code AnnotationSeries} (a {@code TimeSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class AnnotationSeries extends TimeSeries {
    /** A new AnnotationSeries named {@code name}. */
    public AnnotationSeries(String name) {
        this(name, "AnnotationSeries", "core", false);
    }

    protected AnnotationSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
