package org.nwbj.nwb.inspect.checks;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The first 200 ids of a table are unique.
 */
public final class CheckIdsUnique extends Check {
    /** The check nwbinspector names {@code check_ids_unique}. */
    public CheckIdsUnique() {
        super("check_ids_unique", Importance.CRITICAL, "DynamicTable");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        Dataset id = o.dataset("id");
        Object[] ids = id == null ? null : NeurodataObject.values(id, 200);
        if (ids != null && new HashSet<>(Arrays.asList(ids)).size() != ids.length) {
            out.add("This table has ids that are not unique.");
        }
    }
}
