package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * No spike time of a Units table is negative (times count from the session start).
 */
public final class CheckNegativeSpikeTimes extends Check {
    /** The check nwbinspector names {@code check_negative_spike_times}. */
    public CheckNegativeSpikeTimes() {
        super("check_negative_spike_times", Importance.BEST_PRACTICE_VIOLATION, "Units");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        double[] t = NeurodataObject.doubles(o.dataset("spike_times"), -1);
        if (t == null) {
            return;
        }
        for (double v : t) {
            if (v < 0) {
                out.add("This Units table contains negative spike times. Time should generally be aligned to the earliest "
                        + "time reference in the NWBFile.");
                return;
            }
        }
    }
}
