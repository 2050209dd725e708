package org.nwbj.nwb.types;

/**
 * The core type {@code VoltageClampStimulusSeries} (a {@code PatchClampSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class VoltageClampStimulusSeries extends PatchClampSeries {
    /**
     * A new VoltageClampStimulusSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public VoltageClampStimulusSeries(String name) {
        this(name, "VoltageClampStimulusSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code VoltageClampStimulusSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected VoltageClampStimulusSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }
}
