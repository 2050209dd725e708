package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The first 200 timestamps (NaN left out) never decrease.
 */
public final class CheckTimestampsAscending extends Check {
    /** The check nwbinspector names {@code check_timestamps_ascending}. */
    public CheckTimestampsAscending() {
        super("check_timestamps_ascending", Importance.BEST_PRACTICE_VIOLATION, "TimeSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        double[] t = NeurodataObject.doubles(o.dataset("timestamps"), 200);
        if (t == null) {
            return;
        }
        double last = Double.NaN;
        for (double v : t) {
            if (Double.isNaN(v)) {
                continue;
            }
            if (v < last) {
                out.add(o.name() + " timestamps are not ascending.");
                return;
            }
            last = v;
        }
    }
}
