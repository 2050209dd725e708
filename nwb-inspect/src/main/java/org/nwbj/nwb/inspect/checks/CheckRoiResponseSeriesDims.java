package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The second dimension of a RoiResponseSeries' data has one entry per ROI of its rois region.
 */
public final class CheckRoiResponseSeriesDims extends Check {
    /** The check nwbinspector names {@code check_roi_response_series_dims}. */
    public CheckRoiResponseSeriesDims() {
        super("check_roi_response_series_dims", Importance.CRITICAL, "RoiResponseSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        long[] data = o.shape("data");
        long[] rois = o.shape("rois");
        if (data == null || rois == null || data.length != 2 || rois.length == 0 || data[1] == rois[0]) {
            return;
        }
        out.add(data[0] == rois[0]
                ? "The second dimension of data does not match the length of rois, but instead the first does. Data is "
                        + "oriented incorrectly and should be transposed."
                : "The second dimension of data does not match the length of rois. Your data may be transposed.");
    }
}
