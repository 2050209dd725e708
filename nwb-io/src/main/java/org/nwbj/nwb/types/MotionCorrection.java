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

    /** A new MotionCorrection named {@code name}. */
    public MotionCorrection(String name) {
        this(name, "MotionCorrection", "core", false);
    }

    protected MotionCorrection(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code corrected_image_stacks}. */
    public Map<String, CorrectedImageStack> correctedImageStacks() {
        return mapField("corrected_image_stacks");
    }

    /** Adds a member to {@code corrected_image_stacks}. */
    public MotionCorrection addCorrectedImageStack(CorrectedImageStack member) {
        add("corrected_image_stacks", member);
        return this;
    }
}
