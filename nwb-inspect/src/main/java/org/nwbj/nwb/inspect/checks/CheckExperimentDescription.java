package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The file has {@code /general/experiment_description} (empty text counts as missing).
 */
public final class CheckExperimentDescription extends Check {
    /** The check nwbinspector names {@code check_experiment_description}. */
    public CheckExperimentDescription() {
        super("check_experiment_description", Importance.BEST_PRACTICE_SUGGESTION, "NWBFile");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        List<String> v = o.texts("general/experiment_description");
        if (v.isEmpty() || v.size() == 1 && v.get(0).isEmpty()) {
            out.add("Experiment description is missing.");
        }
    }
}
