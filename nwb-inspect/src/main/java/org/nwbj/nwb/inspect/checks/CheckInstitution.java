package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The file has {@code /general/institution} (empty text counts as missing).
 */
public final class CheckInstitution extends Check {
    /** The check nwbinspector names {@code check_institution}. */
    public CheckInstitution() {
        super("check_institution", Importance.BEST_PRACTICE_SUGGESTION, "NWBFile");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        List<String> v = o.texts("general/institution");
        if (v.isEmpty() || v.size() == 1 && v.get(0).isEmpty()) {
            out.add("Metadata /general/institution is missing.");
        }
    }
}
