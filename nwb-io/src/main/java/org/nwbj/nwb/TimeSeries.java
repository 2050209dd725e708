package org.nwbj.nwb;

import java.util.Objects;
import java.util.UUID;

/**
 * NWB's {@code TimeSeries}: values over time ({@code data}, first dimension is time) with either one timestamp
 * per sample or a starting time and a sampling rate. Setters return this for chaining.
 *
 * <p>A series read from one file and added to another is written there as an external link to its group, as
 * pynwb does: the other file keeps the series, and changes made to it after reading are not written.
 *
 * <pre>{@code
 * TimeSeries ts = new TimeSeries("test_timeseries1", ArrayData.of(values, 100, 10), "SIunit")
 *         .setTimestamps(ArrayData.of(times));
 * }</pre>
 */
public class TimeSeries {
    private final String name;
    private final ArrayData data;
    private final String unit;
    private String neurodataType = "TimeSeries";
    private String objectId = UUID.randomUUID().toString();
    private double conversion = 1.0;
    private double resolution = -1.0;
    private double offset = 0.0;
    private String continuity;
    private ArrayData timestamps;
    private Double startingTime;
    private Double rate;
    private String description = "no description";
    private String comments = "no comments";
    private Location source;

    /**
     * A series named {@code name} (its group's name) of {@code data} measured in {@code unit}.
     *
     * @param name the series' name
     * @param data the values, first dimension one per sample
     * @param unit the unit of the values after conversion
     */
    public TimeSeries(String name, ArrayData data, String unit) {
        if (name == null || name.isEmpty() || name.contains("/")) {
            throw new IllegalArgumentException("a TimeSeries name must be non-empty and contain no '/': " + name);
        }
        this.name = name;
        this.data = Objects.requireNonNull(data, "data");
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    /** {@return the series' name} */
    public String name() {
        return name;
    }

    /** {@return the values} */
    public ArrayData data() {
        return data;
    }

    /** {@return the unit of the values after conversion} */
    public String unit() {
        return unit;
    }

    /** {@return the neurodata type the file gives this series: "TimeSeries", or a subtype when read from a file} */
    public String neurodataType() {
        return neurodataType;
    }

    /** {@return the UUID4 identifying this container in its file} */
    public String objectId() {
        return objectId;
    }

    /** {@return factor from stored values to {@link #unit()} (default 1)} */
    public double conversion() {
        return conversion;
    }

    /** {@return smallest meaningful difference between values in {@link #unit()}; -1 (default) when unknown} */
    public double resolution() {
        return resolution;
    }

    /**
     * Added to values after {@link #conversion()} (default 0).
     *
     * @return the offset
     */
    public double offset() {
        return offset;
    }

    /** {@return "continuous", "instantaneous" or "step", or null when not stated} */
    public String continuity() {
        return continuity;
    }

    /** {@return one time per sample in seconds, or null when the series has a {@link #rate()}} */
    public ArrayData timestamps() {
        return timestamps;
    }

    /** {@return time of the first sample in seconds, or null when the series has {@link #timestamps()}} */
    public Double startingTime() {
        return startingTime;
    }

    /** {@return samples per second, or null when the series has {@link #timestamps()}} */
    public Double rate() {
        return rate;
    }

    /** {@return the description, or null} */
    public String description() {
        return description;
    }

    /** {@return the comments, or null} */
    public String comments() {
        return comments;
    }

    /**
     * Sets the factor that turns stored values into the unit.
     *
     * @param conversion the factor
     * @return this series
     */
    public TimeSeries setConversion(double conversion) {
        this.conversion = conversion;
        return this;
    }

    /**
     * Sets the smallest meaningful difference between values, in the unit.
     *
     * @param resolution the resolution
     * @return this series
     */
    public TimeSeries setResolution(double resolution) {
        this.resolution = resolution;
        return this;
    }

    /**
     * Sets what is added to values after conversion.
     *
     * @param offset the offset, in the unit
     * @return this series
     */
    public TimeSeries setOffset(double offset) {
        this.offset = offset;
        return this;
    }

    /**
     * Sets whether the values are continuous, instantaneous or step.
     *
     * @param continuity the continuity
     * @return this series
     */
    public TimeSeries setContinuity(String continuity) {
        this.continuity = continuity;
        return this;
    }

    /**
     * Sets one time per sample (seconds), replacing a starting time and rate.
     *
     * @param timestamps the times, in seconds
     * @return this series
     */
    public TimeSeries setTimestamps(ArrayData timestamps) {
        this.timestamps = Objects.requireNonNull(timestamps, "timestamps");
        this.startingTime = null;
        this.rate = null;
        return this;
    }

    /**
     * Sets one time per sample (seconds), replacing a starting time and rate.
     *
     * @param timestamps the times, in seconds
     * @return this series
     */
    public TimeSeries setTimestamps(double[] timestamps) {
        return setTimestamps(ArrayData.of(timestamps));
    }

    /**
     * Sets regular sampling from {@code startingTime} seconds at {@code rate} Hz, replacing timestamps.
     *
     * @param startingTime the time of the first sample, in seconds
     * @param rate the sampling rate, in Hz
     * @return this series
     */
    public TimeSeries setRate(double startingTime, double rate) {
        this.startingTime = startingTime;
        this.rate = rate;
        this.timestamps = null;
        return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this series
     */
    public TimeSeries setDescription(String description) {
        this.description = Objects.requireNonNull(description, "description");
        return this;
    }

    /**
     * Sets the comments.
     *
     * @param comments the comments
     * @return this series
     */
    public TimeSeries setComments(String comments) {
        this.comments = Objects.requireNonNull(comments, "comments");
        return this;
    }

    /** Where this series was read from, or null for a series built in memory. */
    Location source() {
        return source;
    }

    // set by the reader: a file's own ids and types are kept as found
    TimeSeries readFrom(Location where, String type, String id) {
        this.source = where;
        this.neurodataType = type;
        this.objectId = id;
        return this;
    }

    /** The type written for this series: subclasses name theirs. */
    String writtenType() {
        return "TimeSeries";
    }


    // sync: lab-specific time and sync information from the hardware, as named datasets (optional)
    private final java.util.Map<String, Object> sync = new java.util.LinkedHashMap<>();

    /**
     * Adds a dataset to the series' {@code sync} group (lab-specific time and sync information from the
     * acquisition hardware): {@code value} is a Java array (long[], int[], double[], float[], String[], ...) or a
     * single number or string, as {@link org.nwbj.hdf5.GroupWriter#createDataset(String, Object)} takes it.
     *
     * @param name the dataset's name
     * @param value the value
     * @return this series
     */
    public TimeSeries addSync(String name, Object value) {
        if (name == null || name.isEmpty() || name.contains("/")) {
            throw new IllegalArgumentException("a sync dataset needs a name without '/', not " + name);
        }
        sync.put(name, java.util.Objects.requireNonNull(value, "value"));
        return this;
    }

    /** {@return the datasets of the series' {@code sync} group (read back as the values {@code readValues()} gives)} */
    public java.util.Map<String, Object> sync() {
        return java.util.Collections.unmodifiableMap(sync);
    }

    // control: which condition each sample was recorded under (optional)
    private byte[] control;
    private String[] controlDescription;

    /**
     * Marks each sample with a condition: {@code control[i]} indexes {@code descriptions} (one per condition);
     * one value per sample (first dimension of the data).
     *
     * @param control one condition index per sample
     * @param descriptions one description per condition
     * @return this series
     */
    public TimeSeries setControl(byte[] control, String[] descriptions) {
        for (byte b : control) {
            if ((b & 0xff) >= descriptions.length) {
                throw new IllegalArgumentException("control value " + (b & 0xff) + " has no description ("
                        + descriptions.length + " given)");
            }
        }
        this.control = control.clone();
        this.controlDescription = descriptions.clone();
        return this;
    }

    /** {@return the condition of each sample, or null when not given} */
    public byte[] control() {
        return control == null ? null : control.clone();
    }

    /** {@return what each control value means, or null when not given} */
    public String[] controlDescription() {
        return controlDescription == null ? null : controlDescription.clone();
    }

    /** Subclasses state their type for {@link #neurodataType()}. */
    final void setType(String type) {
        this.neurodataType = type;
    }

    @Override
    public String toString() {
        return neurodataType + " " + name;
    }
}
