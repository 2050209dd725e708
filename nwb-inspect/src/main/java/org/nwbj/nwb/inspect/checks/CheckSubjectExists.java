package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The file describes its subject ({@code /general/subject}); DANDI requires it.
 */
public final class CheckSubjectExists extends Check {
    /** The check nwbinspector names {@code check_subject_exists}. */
    public CheckSubjectExists() {
        super("check_subject_exists", Importance.BEST_PRACTICE_SUGGESTION, "NWBFile");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        if (o.child("general/subject") == null) {
            out.add("Subject is missing.");
        }
    }
}
