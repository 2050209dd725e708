package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The first sample's time (starting_time, else the first timestamp) is not negative: times count from the
 * session start (or timestamps_reference_time).
 */
public final class CheckTimestampOfTheFirstSampleIsNotNegative extends Check {
    /** The check nwbinspector names {@code check_timestamp_of_the_first_sample_is_not_negative}. */
    public CheckTimestampOfTheFirstSampleIsNotNegative() {
        super("check_timestamp_of_the_first_sample_is_not_negative", Importance.BEST_PRACTICE_SUGGESTION, "TimeSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        Double first = o.number("starting_time");
        if (first == null) {
            double[] t = NeurodataObject.doubles(o.dataset("timestamps"), 1);
            first = t == null || t.length == 0 ? null : t[0];
        }
        if (first != null && first < 0) {
            out.add("Timestamps should not be negative. It is recommended to align the `session_start_time` or "
                    + "`timestamps_reference_time` to be the earliest time value that occurs in the data, and shift all other "
                    + "signals accordingly.");
        }
    }
}
