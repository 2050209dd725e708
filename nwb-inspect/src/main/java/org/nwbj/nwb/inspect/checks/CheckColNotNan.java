package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * No floating-point column is all NaN (the first 200 values, then a sample across the column).
 */
public final class CheckColNotNan extends Check {
    /** The check nwbinspector names {@code check_col_not_nan}. */
    public CheckColNotNan() {
        super("check_col_not_nan", Importance.BEST_PRACTICE_SUGGESTION, "DynamicTable");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        for (String name : Tables.columns(o)) {
            Dataset c = o.dataset(name);
            if (c == null || Tables.isIndex(c) || !(c.type() instanceof org.nwbj.hdf5.type.FloatType)) {
                continue;
            }
            long[] shape = NeurodataObject.shapeOf(c);
            long n = shape.length == 0 ? 1 : shape[0];
            if (n == 0 || !allNan(NeurodataObject.doubles(c, 200))) {
                continue;
            }
            long step = (n + 199) / 200;
            double[] all = NeurodataObject.doubles(c, -1);
            boolean sampledNan = true;
            int width = all == null ? 0 : (int) (all.length / n);
            for (long r = 0; all != null && r < n; r += step) {
                for (int k = 0; k < width; k++) {
                    sampledNan &= Double.isNaN(all[(int) (r * width + k)]);
                }
            }
            if (all != null && sampledNan) {
                out.add("Column '" + name + "' " + (step == 1 ? "has" : "might have")
                        + " all NaN values. Consider removing it from the table.");
            }
        }
    }

    private static boolean allNan(double[] v) {
        if (v == null) {
            return false;
        }
        for (double d : v) {
            if (!Double.isNaN(d)) {
                return false;
            }
        }
        return true;
    }
}
