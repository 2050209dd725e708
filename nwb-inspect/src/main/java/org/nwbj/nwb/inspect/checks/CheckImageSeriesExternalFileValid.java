package org.nwbj.nwb.inspect.checks;

import java.nio.file.Path;
import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * Each relative external file of an ImageSeries exists beside the NWB file.
 */
public final class CheckImageSeriesExternalFileValid extends Check {
    /** The check nwbinspector names {@code check_image_series_external_file_valid}. */
    public CheckImageSeriesExternalFileValid() {
        super("check_image_series_external_file_valid", Importance.CRITICAL, "ImageSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        for (String f : o.texts("external_file")) {
            if (ExternalFiles.isAbsoluteHere(f)) {
                continue;
            }
            Path dir = o.file().path().toAbsolutePath().getParent();
            if (!ExternalFiles.exists(dir, f)) {
                out.add("The external file '" + f + "' does not exist. Please confirm the relative location to the NWBFile.");
            }
        }
    }
}
