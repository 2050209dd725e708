package org.nwbj.nwb;


/**
 * NWB's {@code ImageSeries}: frames over time (frames x height x width, or x 3 for color), stored in the file or,
 * with {@link #setExternalFile}, in other files (then the data is empty).
 */
public final class ImageSeries extends TimeSeries {
    private String format;
    private String[] externalFiles;
    private long[] startingFrames;

    /**
     * An image series.
     *
     * @param name the series' name
     * @param data the frames, first dimension one per frame
     * @param unit the unit of the values
     */
    public ImageSeries(String name, ArrayData data, String unit) {
        super(name, data, unit);
        setType("ImageSeries");
    }

    /** {@return "raw" (in this file), "external" or a codec name; null when not stated} */
    public String format() {
        return format;
    }

    /**
     * Sets how the frames are stored, such as {@code raw} or {@code external}.
     *
     * @param format the format
     * @return this series
     */
    public ImageSeries setFormat(String format) {
        this.format = java.util.Objects.requireNonNull(format, "format");
        return this;
    }

    /**
     * Frames stored in other files: their paths and the index of each file's first frame; sets format external.
     *
     * @param files the paths of the files
     * @param startingFrames the index of each file's first frame
     * @return this series
     */
    public ImageSeries setExternalFile(String[] files, long[] startingFrames) {
        if (files.length != startingFrames.length) {
            throw new IllegalArgumentException(files.length + " files for " + startingFrames.length
                    + " starting frames");
        }
        this.externalFiles = files.clone();
        this.startingFrames = startingFrames.clone();
        this.format = "external";
        return this;
    }

    @Override
    String writtenType() {
        return "ImageSeries";
    }

    /** The files of {@link #setExternalFile}, or null; the array itself, for the writer. */
    String[] externalFiles() {
        return externalFiles;
    }

    /** The first frame of each external file, or null; the array itself, for the writer. */
    long[] startingFrames() {
        return startingFrames;
    }
}
