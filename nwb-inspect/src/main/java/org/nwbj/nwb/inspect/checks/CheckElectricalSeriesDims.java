package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The second dimension of an ElectricalSeries' data has one entry per electrode of its electrodes region.
 */
public final class CheckElectricalSeriesDims extends Check {
    /** The check nwbinspector names {@code check_electrical_series_dims}. */
    public CheckElectricalSeriesDims() {
        super("check_electrical_series_dims", Importance.CRITICAL, "ElectricalSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        long[] data = o.shape("data");
        long[] electrodes = o.shape("electrodes");
        if (data == null || electrodes == null || data.length != 2 || electrodes.length == 0 || data[1] == electrodes[0]) {
            return;
        }
        out.add(data[0] == electrodes[0]
                ? "The second dimension of data does not match the length of electrodes, but instead the first does. Data "
                        + "is oriented incorrectly and should be transposed."
                : "The second dimension of data does not match the length of electrodes. Your data may be transposed.");
    }
}
