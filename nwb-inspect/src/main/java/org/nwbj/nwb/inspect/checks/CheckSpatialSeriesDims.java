package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * A SpatialSeries has 1, 2 or 3 columns (x, y, z).
 */
public final class CheckSpatialSeriesDims extends Check {
    /** The check nwbinspector names {@code check_spatial_series_dims}. */
    public CheckSpatialSeriesDims() {
        super("check_spatial_series_dims", Importance.CRITICAL, "SpatialSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        long[] shape = o.shape("data");
        if (shape != null && shape.length > 1 && shape[1] > 3) {
            out.add("SpatialSeries should have 1 column (x), 2 columns (x, y), or 3 columns (x, y, z).");
        }
    }
}
