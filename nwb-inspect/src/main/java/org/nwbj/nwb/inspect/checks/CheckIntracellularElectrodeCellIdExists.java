package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * An IntracellularElectrode names the cell it recorded (cell_id).
 */
public final class CheckIntracellularElectrodeCellIdExists extends Check {
    /** The check nwbinspector names {@code check_intracellular_electrode_cell_id_exists}. */
    public CheckIntracellularElectrodeCellIdExists() {
        super("check_intracellular_electrode_cell_id_exists", Importance.BEST_PRACTICE_VIOLATION, "IntracellularElectrode");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        if (o.field("cell_id") == null) {
            out.add("Please include a unique cell_id associated with this IntracellularElectrode.");
        }
    }
}
