package org.nwbj.nwb.inspect.checks;

import java.util.Arrays;
import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The first 200 start times of a TimeIntervals table are in ascending order.
 */
public final class CheckTimeIntervalTimeColumns extends Check {
    /** The check nwbinspector names {@code check_time_interval_time_columns}. */
    public CheckTimeIntervalTimeColumns() {
        super("check_time_interval_time_columns", Importance.BEST_PRACTICE_VIOLATION, "TimeIntervals");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        double[] start = NeurodataObject.doubles(o.dataset("start_time"), 200);
        if (start != null && !Tables.ascending(start)) {
            out.add(Py.strList(Arrays.asList("start_time")) + " are time columns but the values are not in ascending order. "
                    + "All times should be in seconds with respect to the session start time.");
        }
    }
}
