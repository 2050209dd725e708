package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The first value of every column named '*_time' is not negative (times count from the session start).
 */
public final class CheckTableTimeColumnsAreNotNegative extends Check {
    /** The check nwbinspector names {@code check_table_time_columns_are_not_negative}. */
    public CheckTableTimeColumnsAreNotNegative() {
        super("check_table_time_columns_are_not_negative", Importance.BEST_PRACTICE_SUGGESTION, "DynamicTable");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        for (String name : Tables.columns(o)) {
            if (!name.endsWith("_time")) {
                continue;
            }
            Dataset c = o.dataset(name);
            if (c == null || o.dataset(name + "_index") != null) {
                continue; // a ragged column's first element is a list; nwbinspector cannot compare it either
            }
            double[] first = NeurodataObject.doubles(c, 1);
            if (first != null && first.length == 1 && first[0] < 0) {
                out.add("Timestamps in column " + name + " should not be negative. It is recommended to align the "
                        + "`session_start_time` or `timestamps_reference_time` to be the earliest time value that occurs in "
                        + "the data, and shift all other signals accordingly.");
            }
        }
    }
}
