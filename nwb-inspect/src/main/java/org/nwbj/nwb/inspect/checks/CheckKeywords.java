package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The file has {@code /general/keywords} (empty text counts as missing).
 */
public final class CheckKeywords extends Check {
    /** The check nwbinspector names {@code check_keywords}. */
    public CheckKeywords() {
        super("check_keywords", Importance.BEST_PRACTICE_SUGGESTION, "NWBFile");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        List<String> v = o.texts("general/keywords");
        if (v.isEmpty() || v.size() == 1 && v.get(0).isEmpty()) {
            out.add("Metadata /general/keywords is missing.");
        }
    }
}
