package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * A SpatialSeries in degrees keeps its first 200 rows between -360 and 360.
 */
public final class CheckSpatialSeriesDegreesMagnitude extends Check {
    /** The check nwbinspector names {@code check_spatial_series_degrees_magnitude}. */
    public CheckSpatialSeriesDegreesMagnitude() {
        super("check_spatial_series_degrees_magnitude", Importance.BEST_PRACTICE_VIOLATION, "SpatialSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        Dataset data = o.dataset("data");
        Object unit = data == null ? null : NeurodataObject.attributeOf(data, "unit");
        if (!"degree".equals(unit) && !"degrees".equals(unit)) {
            return;
        }
        double[] v = NeurodataObject.doubles(data, 200);
        for (double x : v == null ? new double[0] : v) {
            if (x > 360 || x < -(360)) {
                out.add("SpatialSeries with units of degrees must have values between -360 and 360.");
                return;
            }
        }
    }
}
