package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The data's unit is not empty text.
 */
public final class CheckMissingUnit extends Check {
    /** The check nwbinspector names {@code check_missing_unit}. */
    public CheckMissingUnit() {
        super("check_missing_unit", Importance.BEST_PRACTICE_VIOLATION, "TimeSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        Dataset data = o.dataset("data");
        if (data != null && "".equals(NeurodataObject.attributeOf(data, "unit"))) {
            out.add("Missing text for attribute 'unit'. Please specify the scientific unit of the 'data'.");
        }
    }
}
