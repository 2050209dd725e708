package org.nwbj.nwb;

/** NWB's {@code SpatialSeries}: positions or directions over time (samples x 1, 2 or 3 axes), e.g. in meters. */
public final class SpatialSeries extends TimeSeries {
    private String referenceFrame;

    /**
     * A spatial series.
     *
     * @param name the series' name
     * @param data the positions, one row per sample
     * @param unit the unit of the values
     */
    public SpatialSeries(String name, ArrayData data, String unit) {
        super(name, data, unit);
        setType("SpatialSeries");
    }

    /** {@return what the coordinates are relative to (e.g. "corner of the arena"), or null when not stated} */
    public String referenceFrame() {
        return referenceFrame;
    }

    /**
     * Sets the reference frame, in free text.
     *
     * @param referenceFrame the reference frame
     * @return this series
     */
    public SpatialSeries setReferenceFrame(String referenceFrame) {
        this.referenceFrame = java.util.Objects.requireNonNull(referenceFrame, "referenceFrame");
        return this;
    }

    @Override
    String writtenType() {
        return "SpatialSeries";
    }
}
