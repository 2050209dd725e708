package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * A container's first uncompressed array dataset over 50 MB (and under 20 GB) should be compressed.
 */
public final class CheckSmallDatasetCompression extends Check {
    /** The check nwbinspector names {@code check_small_dataset_compression}. */
    public CheckSmallDatasetCompression() {
        super("check_small_dataset_compression", Importance.BEST_PRACTICE_SUGGESTION, "NWBContainer");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        for (Dataset d : Compression.arrayFields(o)) {
            double bytes = Compression.dataBytes(d);
            if (!Compression.isCompressed(d) && bytes > 50e6 && bytes < 20e9) {
                String p = d.path();
                out.add(p.substring(p.lastIndexOf('/') + 1) + " is not compressed. Consider enabling compression when writing a dataset.");
                return;
            }
        }
    }
}
