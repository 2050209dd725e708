package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code PlaneSegmentation} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class PlaneSegmentation extends DynamicTable {
    /**
     * A new PlaneSegmentation named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public PlaneSegmentation(String name) {
        this(name, "PlaneSegmentation", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code PlaneSegmentation}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected PlaneSegmentation(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code image_mask}: a dataset of type {@code VectorData}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorData imageMask() {
        return objectField("image_mask", VectorData.class);
    }

    /**
     * Sets field {@code image_mask}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public PlaneSegmentation setImageMask(VectorData value) {
        set("image_mask", value);
        return this;
    }

    /**
     * Field {@code pixel_mask_index}: a dataset of type {@code VectorIndex}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorIndex pixelMaskIndex() {
        return objectField("pixel_mask_index", VectorIndex.class);
    }

    /**
     * Sets field {@code pixel_mask_index}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public PlaneSegmentation setPixelMaskIndex(VectorIndex value) {
        set("pixel_mask_index", value);
        return this;
    }

    /**
     * Field {@code pixel_mask}: a dataset of type {@code VectorData}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorData pixelMask() {
        return objectField("pixel_mask", VectorData.class);
    }

    /**
     * Sets field {@code pixel_mask}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public PlaneSegmentation setPixelMask(VectorData value) {
        set("pixel_mask", value);
        return this;
    }

    /**
     * Field {@code voxel_mask_index}: a dataset of type {@code VectorIndex}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorIndex voxelMaskIndex() {
        return objectField("voxel_mask_index", VectorIndex.class);
    }

    /**
     * Sets field {@code voxel_mask_index}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public PlaneSegmentation setVoxelMaskIndex(VectorIndex value) {
        set("voxel_mask_index", value);
        return this;
    }

    /**
     * Field {@code voxel_mask}: a dataset of type {@code VectorData}, optional.
     *
     * @return the value, or null when it is not set
     */
    public VectorData voxelMask() {
        return objectField("voxel_mask", VectorData.class);
    }

    /**
     * Sets field {@code voxel_mask}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public PlaneSegmentation setVoxelMask(VectorData value) {
        set("voxel_mask", value);
        return this;
    }

    /**
     * Field {@code reference_images}: a group of typed members, required.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, TypedObject> referenceImages() {
        return mapField("reference_images");
    }

    /**
     * Adds a member to {@code reference_images}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public PlaneSegmentation addReferenceImages(TypedObject member) {
        add("reference_images", member);
        return this;
    }

    /**
     * Field {@code imaging_plane}: a link to a {@code ImagingPlane}, required.
     *
     * @return the value, or null when it is not set
     */
    public ImagingPlane imagingPlane() {
        return objectField("imaging_plane", ImagingPlane.class);
    }

    /**
     * Sets field {@code imaging_plane}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public PlaneSegmentation setImagingPlane(ImagingPlane value) {
        set("imaging_plane", value);
        return this;
    }
}
