package org.nwbj.nwb.types;

/** What {@link Units} adds to its generated fields: a unit's spike times in one call. */
public abstract class UnitsSupport extends DynamicTable {
    protected UnitsSupport(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** {@return the spike times of unit {@code unit} (row), as pynwb's {@code units['spike_times'][unit]}} */
    public double[] spikeTimes(long unit) {
        return column("spike_times").getDoubles(unit);
    }
}
