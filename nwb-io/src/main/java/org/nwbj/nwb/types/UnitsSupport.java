package org.nwbj.nwb.types;

/** What {@link Units} adds to its generated fields: a unit's spike times in one call. */
public abstract class UnitsSupport extends DynamicTable {
    /**
     * For the generated {@code Units}: a units table of a type that extends {@code Units}.
     *
     * @param name the table's name
     * @param type its neurodata type
     * @param namespace the namespace defining the type
     * @param dataset false: a table is a group
     */
    protected UnitsSupport(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * {@return the spike times of unit {@code unit} (row), as pynwb's {@code units['spike_times'][unit]}}
     *
     * @param unit the unit's row number, from 0
     */
    public double[] spikeTimes(long unit) {
        return column("spike_times").getDoubles(unit);
    }
}
