package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The data's resolution is positive, or -1.0 (or NaN) for unknown.
 */
public final class CheckResolution extends Check {
    /** The check nwbinspector names {@code check_resolution}. */
    public CheckResolution() {
        super("check_resolution", Importance.BEST_PRACTICE_VIOLATION, "TimeSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        Dataset data = o.dataset("data");
        Object r = data == null ? null : NeurodataObject.attributeOf(data, "resolution");
        if (r instanceof Number n && n.doubleValue() != -1.0 && n.doubleValue() <= 0) {
            out.add("'resolution' should use -1.0 or NaN for unknown instead of " + Py.number(r) + ".");
        }
    }
}
