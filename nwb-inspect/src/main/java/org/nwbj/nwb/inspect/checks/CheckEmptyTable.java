package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * A table has rows.
 */
public final class CheckEmptyTable extends Check {
    /** The check nwbinspector names {@code check_empty_table}. */
    public CheckEmptyTable() {
        super("check_empty_table", Importance.BEST_PRACTICE_VIOLATION, "DynamicTable");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        if (Tables.rows(o) == 0) {
            out.add("This table has no data added to it.");
        }
    }
}
