package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The first 200 row indices of a DynamicTableRegion lie within its table (indices, not ids).
 */
public final class CheckDynamicTableRegionDataValidity extends Check {
    /** The check nwbinspector names {@code check_dynamic_table_region_data_validity}. */
    public CheckDynamicTableRegionDataValidity() {
        super("check_dynamic_table_region_data_validity", Importance.CRITICAL, "DynamicTableRegion");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        Dataset d = (Dataset) o.node();
        long rows = Tables.rows(o.referenced(o.attribute("table")));
        double[] v = NeurodataObject.doubles(d, 200);
        if (v == null || rows < 0) {
            return;
        }
        for (double x : v) {
            if (x > rows) {
                out.add("Some elements of " + o.name() + " are out of range because they are greater than the length of the "
                        + "target table. Note that data should contain indices, not ids.");
                return;
            }
        }
        for (double x : v) {
            if (x < 0) {
                out.add("Some elements of " + o.name() + " are out of range because they are less than 0.");
                return;
            }
        }
    }
}
