package org.nwbj.nwb.types;

import java.util.Map;

/**
 * The core type {@code PlaneSegmentation} (a {@code DynamicTable}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class PlaneSegmentation extends DynamicTable {
    /** A new PlaneSegmentation named {@code name}. */
    public PlaneSegmentation(String name) {
        this(name, "PlaneSegmentation", "core", false);
    }

    protected PlaneSegmentation(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code image_mask}. */
    public VectorData imageMask() {
        return objectField("image_mask", VectorData.class);
    }

    /** Sets field {@code image_mask}. */
    public PlaneSegmentation setImageMask(VectorData value) {
        set("image_mask", value);
        return this;
    }

    /** Field {@code pixel_mask_index}. */
    public VectorIndex pixelMaskIndex() {
        return objectField("pixel_mask_index", VectorIndex.class);
    }

    /** Sets field {@code pixel_mask_index}. */
    public PlaneSegmentation setPixelMaskIndex(VectorIndex value) {
        set("pixel_mask_index", value);
        return this;
    }

    /** Field {@code pixel_mask}. */
    public VectorData pixelMask() {
        return objectField("pixel_mask", VectorData.class);
    }

    /** Sets field {@code pixel_mask}. */
    public PlaneSegmentation setPixelMask(VectorData value) {
        set("pixel_mask", value);
        return this;
    }

    /** Field {@code voxel_mask_index}. */
    public VectorIndex voxelMaskIndex() {
        return objectField("voxel_mask_index", VectorIndex.class);
    }

    /** Sets field {@code voxel_mask_index}. */
    public PlaneSegmentation setVoxelMaskIndex(VectorIndex value) {
        set("voxel_mask_index", value);
        return this;
    }

    /** Field {@code voxel_mask}. */
    public VectorData voxelMask() {
        return objectField("voxel_mask", VectorData.class);
    }

    /** Sets field {@code voxel_mask}. */
    public PlaneSegmentation setVoxelMask(VectorData value) {
        set("voxel_mask", value);
        return this;
    }

    /** Field {@code reference_images}. */
    public Map<String, TypedObject> referenceImages() {
        return mapField("reference_images");
    }

    /** Adds a member to {@code reference_images}. */
    public PlaneSegmentation addReferenceImages(TypedObject member) {
        add("reference_images", member);
        return this;
    }

    /** Field {@code imaging_plane}. */
    public ImagingPlane imagingPlane() {
        return objectField("imaging_plane", ImagingPlane.class);
    }

    /** Sets field {@code imaging_plane}. */
    public PlaneSegmentation setImagingPlane(ImagingPlane value) {
        set("imaging_plane", value);
        return this;
    }
}
