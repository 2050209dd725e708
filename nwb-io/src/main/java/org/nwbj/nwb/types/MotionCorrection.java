package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code MotionCorrection} (a {@code NWBDataInterface}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class MotionCorrection extends NWBDataInterface {
    /** A new MotionCorrection named {@code MotionCorrection}. */
    public MotionCorrection() {
        this("MotionCorrection");
    }

    /**
     * A new MotionCorrection named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public MotionCorrection(String name) {
        this(name, "MotionCorrection", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code MotionCorrection}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected MotionCorrection(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code corrected_image_stacks}: the unnamed members of type {@code CorrectedImageStack}.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, CorrectedImageStack> correctedImageStacks() {
        return mapField("corrected_image_stacks");
    }

    /**
     * Adds a member to {@code corrected_image_stacks}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public MotionCorrection addCorrectedImageStack(CorrectedImageStack member) {
        add("corrected_image_stacks", member);
        return this;
    }
}
