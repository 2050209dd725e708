package org.nwbj.nwb;

/**
 * NWB's {@code TimeIntervals}: a {@link DynamicTable} of intervals with {@code start_time} and {@code stop_time}
 * (seconds), stored under {@code /intervals} (trials, epochs, invalid_times or other names).
 */
public final class TimeIntervals extends DynamicTable {
    /**
     * Intervals i from start[i] to stop[i].
     *
     * @param name the table's name
     * @param description what the intervals are
     * @param start the start of each interval, in seconds
     * @param stop the end of each interval, in seconds
     */
    public TimeIntervals(String name, String description, double[] start, double[] stop) {
        super(name, description, start.length, "TimeIntervals", "core");
        if (stop.length != start.length) {
            throw new IllegalArgumentException(start.length + " start times for " + stop.length + " stop times");
        }
        addColumn("start_time", "Start time of epoch, in seconds", ArrayData.of(start.clone()));
        addColumn("stop_time", "Stop time of epoch, in seconds", ArrayData.of(stop.clone()));
    }

    @Override
    public TimeIntervals addColumn(String name, String description, ArrayData values) {
        super.addColumn(name, description, values);
        return this;
    }

    @Override
    public TimeIntervals addColumn(String name, String description, String[] values) {
        super.addColumn(name, description, values);
        return this;
    }

    @Override
    public TimeIntervals addRaggedColumn(String name, String description, String[] values, long[] ends) {
        super.addRaggedColumn(name, description, values, ends);
        return this;
    }
}
