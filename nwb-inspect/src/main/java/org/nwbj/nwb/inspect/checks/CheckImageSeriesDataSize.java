package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * An ImageSeries (not a TwoPhotonSeries) stores under 20 GB in the file; larger movies belong in external files.
 */
public final class CheckImageSeriesDataSize extends Check {
    /** The check nwbinspector names {@code check_image_series_data_size}. */
    public CheckImageSeriesDataSize() {
        super("check_image_series_data_size", Importance.BEST_PRACTICE_VIOLATION, "ImageSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        Dataset data = o.dataset("data");
        if (o.isA("TwoPhotonSeries") || data == null) {
            return;
        }
        if (Compression.dataBytes(data) > 20e9) {
            out.add("ImageSeries is very large. Consider using external mode for better storage.");
        }
    }
}
