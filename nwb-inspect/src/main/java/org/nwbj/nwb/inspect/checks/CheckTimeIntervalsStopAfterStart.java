package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * In the first 200 rows of a TimeIntervals table no stop time comes before its start time.
 */
public final class CheckTimeIntervalsStopAfterStart extends Check {
    /** The check nwbinspector names {@code check_time_intervals_stop_after_start}. */
    public CheckTimeIntervalsStopAfterStart() {
        super("check_time_intervals_stop_after_start", Importance.BEST_PRACTICE_VIOLATION, "TimeIntervals");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        double[] start = NeurodataObject.doubles(o.dataset("start_time"), 200);
        double[] stop = NeurodataObject.doubles(o.dataset("stop_time"), 200);
        if (start == null || stop == null) {
            return;
        }
        for (int i = 0; i < Math.min(start.length, stop.length); i++) {
            if (stop[i] - start[i] < 0) {
                out.add("stop_times should be greater than start_times. Make sure the stop times are with respect to the "
                        + "session start time.");
                return;
            }
        }
    }
}
