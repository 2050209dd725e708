package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * A series of more than one frame does not have a sampling rate of 0 Hz.
 */
public final class CheckRateIsNotZero extends Check {
    /** The check nwbinspector names {@code check_rate_is_not_zero}. */
    public CheckRateIsNotZero() {
        super("check_rate_is_not_zero", Importance.CRITICAL, "TimeSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        long[] shape = o.shape("data");
        Dataset start = o.dataset("starting_time");
        Object rate = start == null ? null : NeurodataObject.attributeOf(start, "rate");
        if (shape != null && shape.length > 0 && shape[0] > 1 && rate instanceof Number n && n.doubleValue() == 0.0) {
            out.add(o.name() + " has a sampling rate value of 0.0Hz but the series has more than one frame.");
        }
    }
}
