package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * A container's first uncompressed array dataset over 20 GB must be compressed.
 */
public final class CheckLargeDatasetCompression extends Check {
    /** The check nwbinspector names {@code check_large_dataset_compression}. */
    public CheckLargeDatasetCompression() {
        super("check_large_dataset_compression", Importance.BEST_PRACTICE_VIOLATION, "NWBContainer");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        for (Dataset d : Compression.arrayFields(o)) {
            double bytes = Compression.dataBytes(d);
            if (!Compression.isCompressed(d) && bytes > 20e9 && bytes < Double.MAX_VALUE) {
                String p = d.path();
                out.add(p.substring(p.lastIndexOf('/') + 1) + " is a large uncompressed dataset! Please enable compression.");
                return;
            }
        }
    }
}
