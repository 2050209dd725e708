package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The file names at least one experimenter ({@code /general/experimenter}).
 */
public final class CheckExperimenterExists extends Check {
    /** The check nwbinspector names {@code check_experimenter_exists}. */
    public CheckExperimenterExists() {
        super("check_experimenter_exists", Importance.BEST_PRACTICE_SUGGESTION, "NWBFile");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        if (o.texts("general/experimenter").isEmpty()) {
            out.add("Experimenter is missing.");
        }
    }
}
