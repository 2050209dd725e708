package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The rois region of a RoiResponseSeries points into a PlaneSegmentation.
 */
public final class CheckRoiResponseSeriesLinkToPlaneSegmentation extends Check {
    /** The check nwbinspector names {@code check_roi_response_series_link_to_plane_segmentation}. */
    public CheckRoiResponseSeriesLinkToPlaneSegmentation() {
        super("check_roi_response_series_link_to_plane_segmentation", Importance.BEST_PRACTICE_VIOLATION, "RoiResponseSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        NeurodataObject region = o.linked("rois");
        NeurodataObject table = region == null ? null : region.referenced(region.attribute("table"));
        if (table != null && !table.isA("PlaneSegmentation")) {
            out.add("rois field does not point to a PlaneSegmentation table.");
        }
    }
}
