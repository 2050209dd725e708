package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * An ImageSeries names its external files relative to the NWB file, so the two can move together.
 */
public final class CheckImageSeriesExternalFileRelative extends Check {
    /** The check nwbinspector names {@code check_image_series_external_file_relative}. */
    public CheckImageSeriesExternalFileRelative() {
        super("check_image_series_external_file_relative", Importance.BEST_PRACTICE_VIOLATION, "ImageSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        for (String f : o.texts("external_file")) {
            if (ExternalFiles.isAbsolute(f)) {
                out.add("The external file '" + f + "' is not a relative path. Please adjust the absolute path to be relative "
                        + "to the location of the NWBFile.");
            }
        }
    }
}
