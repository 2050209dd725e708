package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * A series' timestamps are as many as the first dimension of its data (not for an external-file series with
 * empty data, nor an ImageSeries without timestamps that an IndexSeries indexes).
 */
public final class CheckTimestampsMatchFirstDimension extends Check {
    /** The check nwbinspector names {@code check_timestamps_match_first_dimension}. */
    public CheckTimestampsMatchFirstDimension() {
        super("check_timestamps_match_first_dimension", Importance.CRITICAL, "TimeSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        long[] data = o.shape("data");
        long[] ts = o.shape("timestamps");
        if (data == null || ts == null || data.length == 0 || ts.length == 0) {
            return;
        }
        if (o.field("external_file") != null && data[0] == 0) {
            return;
        }
        if (o.isA("ImageSeries") && ts[0] == 0 && indexed(o)) {
            return;
        }
        if (data[0] != ts[0]) {
            out.add("The length of the first dimension of data (" + data[0] + ") does not match the length of timestamps ("
                    + ts[0] + ").");
        }
    }

    /** True when some IndexSeries of the file indexes this series. */
    private static boolean indexed(NeurodataObject series) {
        for (NeurodataObject x : series.file().objects()) {
            NeurodataObject target = x.isA("IndexSeries") ? x.linked("indexed_timeseries") : null;
            if (target != null && target.path().equals(series.path())) {
                return true;
            }
        }
        return false;
    }
}
