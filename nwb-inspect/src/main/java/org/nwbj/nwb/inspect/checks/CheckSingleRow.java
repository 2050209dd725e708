package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * A table of one row may be better another type (a Units table or an electrodes table of one row is fine).
 */
public final class CheckSingleRow extends Check {
    /** The check nwbinspector names {@code check_single_row}. */
    public CheckSingleRow() {
        super("check_single_row", Importance.BEST_PRACTICE_SUGGESTION, "DynamicTable");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        if (o.isA("Units") || o.name().equals("electrodes")) {
            return;
        }
        if (Tables.rows(o) == 1) {
            out.add("This table has only a single row; it may be better represented by another data type.");
        }
    }
}
