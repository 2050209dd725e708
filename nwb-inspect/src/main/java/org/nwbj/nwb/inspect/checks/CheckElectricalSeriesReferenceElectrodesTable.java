package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * An ElectricalSeries' electrodes region points into the file's electrodes table.
 */
public final class CheckElectricalSeriesReferenceElectrodesTable extends Check {
    /** The check nwbinspector names {@code check_electrical_series_reference_electrodes_table}. */
    public CheckElectricalSeriesReferenceElectrodesTable() {
        super("check_electrical_series_reference_electrodes_table", Importance.BEST_PRACTICE_VIOLATION, "ElectricalSeries");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        NeurodataObject region = o.linked("electrodes");
        NeurodataObject table = region == null ? null : region.referenced(region.attribute("table"));
        if (table != null && !table.name().equals("electrodes")) {
            out.add("electrodes does not  reference an electrodes table.");
        }
    }
}
