package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The first 200 timestamps hold no NaN.
 */
public final class CheckTimestampsWithoutNans extends Check {
    /** The check nwbinspector names {@code check_timestamps_without_nans}. */
    public CheckTimestampsWithoutNans() {
        super("check_timestamps_without_nans", Importance.BEST_PRACTICE_VIOLATION, "TimeSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        double[] t = NeurodataObject.doubles(o.dataset("timestamps"), 200);
        if (t == null) {
            return;
        }
        for (double v : t) {
            if (Double.isNaN(v)) {
                out.add(o.name() + " timestamps contain NaN values.");
                return;
            }
        }
    }
}
