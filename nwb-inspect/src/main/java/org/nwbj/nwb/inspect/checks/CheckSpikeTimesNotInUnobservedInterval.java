package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * Every spike of the first four units of a Units table with observation intervals lies within one of its unit's
 * intervals.
 */
public final class CheckSpikeTimesNotInUnobservedInterval extends Check {
    /** The check nwbinspector names {@code check_spike_times_not_in_unobserved_interval}. */
    public CheckSpikeTimesNotInUnobservedInterval() {
        super("check_spike_times_not_in_unobserved_interval", Importance.BEST_PRACTICE_VIOLATION, "Units");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        double[] spikes = NeurodataObject.doubles(o.dataset("spike_times"), -1);
        double[] spikeEnds = NeurodataObject.doubles(o.dataset("spike_times_index"), -1);
        double[] intervals = NeurodataObject.doubles(o.dataset("obs_intervals"), -1);
        double[] intervalEnds = NeurodataObject.doubles(o.dataset("obs_intervals_index"), -1);
        if (spikes == null || spikeEnds == null || intervals == null || intervalEnds == null || intervalEnds.length == 0) {
            return;
        }
        for (int u = 0; u < Math.min(4, Math.min(spikeEnds.length, intervalEnds.length)); u++) {
            int s0 = u == 0 ? 0 : (int) spikeEnds[u - 1];
            int i0 = u == 0 ? 0 : (int) intervalEnds[u - 1];
            for (int s = s0; s < (int) spikeEnds[u] && s < spikes.length; s++) {
                boolean observed = false;
                for (int i = i0; i < (int) intervalEnds[u] && 2 * i + 1 < intervals.length; i++) {
                    observed |= intervals[2 * i] <= spikes[s] && spikes[s] <= intervals[2 * i + 1];
                }
                if (!observed) {
                    out.add("This Units table contains spike times that occur during periods of time not labeled as being "
                            + "observed intervals.");
                    return;
                }
            }
        }
    }
}
