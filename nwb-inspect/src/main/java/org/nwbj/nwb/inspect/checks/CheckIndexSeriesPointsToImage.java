package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * An IndexSeries indexes an Images container, not a TimeSeries (indexed_timeseries is deprecated).
 */
public final class CheckIndexSeriesPointsToImage extends Check {
    /** The check nwbinspector names {@code check_index_series_points_to_image}. */
    public CheckIndexSeriesPointsToImage() {
        super("check_index_series_points_to_image", Importance.BEST_PRACTICE_VIOLATION, "IndexSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        if (o.child("indexed_timeseries") != null) {
            out.add("Pointing an IndexSeries to a TimeSeries will be deprecated. Please point to an Images container "
                    + "instead.");
        }
    }
}
