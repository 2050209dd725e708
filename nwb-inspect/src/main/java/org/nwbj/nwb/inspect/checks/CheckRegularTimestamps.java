package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * A series with more than two timestamps that are evenly spaced (to 9 decimals) should store starting_time and
 * rate instead.
 */
public final class CheckRegularTimestamps extends Check {
    /** The check nwbinspector names {@code check_regular_timestamps}. */
    public CheckRegularTimestamps() {
        super("check_regular_timestamps", Importance.BEST_PRACTICE_VIOLATION, "TimeSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        double[] t = NeurodataObject.doubles(o.dataset("timestamps"), -1);
        if (t == null || t.length <= 2 || t[1] - t[0] == 0) {
            return;
        }
        double first = round9(t[1] - t[0]);
        for (int i = 2; i < t.length; i++) {
            if (Double.compare(round9(t[i] - t[i - 1]), first) != 0) {
                return;
            }
        }
        out.add("TimeSeries appears to have a constant sampling rate. Consider specifying starting_time=" + Py.repr(t[0])
                + " and rate=" + Py.repr(1 / (t[1] - t[0])) + " instead of timestamps.");
    }

    /** numpy's {@code round(decimals=9)}. */
    private static double round9(double d) {
        return Double.isFinite(d) ? Math.rint(d * 1e9) / 1e9 : d;
    }
}
