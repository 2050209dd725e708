package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The subject's species is given. DANDI requires it.
 */
public final class CheckSubjectSpeciesExists extends Check {
    /** The check nwbinspector names {@code check_subject_species_exists}. */
    public CheckSubjectSpeciesExists() {
        super("check_subject_species_exists", Importance.BEST_PRACTICE_VIOLATION, "Subject");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        String species = o.text("species");
        if (species == null || species.isEmpty()) {
            out.add("Subject species is missing.");
        }
    }
}
