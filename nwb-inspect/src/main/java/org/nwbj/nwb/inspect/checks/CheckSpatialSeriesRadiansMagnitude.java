package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * A SpatialSeries in radians keeps its first 200 rows between -2 * pi and 2 * pi.
 */
public final class CheckSpatialSeriesRadiansMagnitude extends Check {
    /** The check nwbinspector names {@code check_spatial_series_radians_magnitude}. */
    public CheckSpatialSeriesRadiansMagnitude() {
        super("check_spatial_series_radians_magnitude", Importance.BEST_PRACTICE_VIOLATION, "SpatialSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        Dataset data = o.dataset("data");
        Object unit = data == null ? null : NeurodataObject.attributeOf(data, "unit");
        if (!"radian".equals(unit) && !"radians".equals(unit)) {
            return;
        }
        double[] v = NeurodataObject.doubles(data, 200);
        for (double x : v == null ? new double[0] : v) {
            if (x > 2 * Math.PI || x < -(2 * Math.PI)) {
                out.add("SpatialSeries with units of radians must have values between -2pi and 2pi.");
                return;
            }
        }
    }
}
