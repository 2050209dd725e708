package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * Time is the first dimension of data, usually its longest: a later dimension longer than the first suggests
 * transposed data. (DANDI's configuration lowers it to BEST_PRACTICE_VIOLATION.)
 */
public final class CheckDataOrientation extends Check {
    /** The check nwbinspector names {@code check_data_orientation}. */
    public CheckDataOrientation() {
        super("check_data_orientation", Importance.CRITICAL, "TimeSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        long[] shape = o.shape("data");
        if (shape == null) {
            return;
        }
        for (int i = 1; i < shape.length; i++) {
            if (shape[i] > shape[0]) {
                out.add("Data may be in the wrong orientation. Time should be in the first dimension, and is usually the "
                        + "longest dimension. Here, another dimension is longer.");
                return;
            }
        }
    }
}
