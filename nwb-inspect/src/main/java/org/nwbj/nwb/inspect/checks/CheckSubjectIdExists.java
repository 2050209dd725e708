package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The subject has a subject_id. DANDI requires it.
 */
public final class CheckSubjectIdExists extends Check {
    /** The check nwbinspector names {@code check_subject_id_exists}. */
    public CheckSubjectIdExists() {
        super("check_subject_id_exists", Importance.BEST_PRACTICE_SUGGESTION, "Subject");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        if (o.field("subject_id") == null) {
            out.add("subject_id is missing.");
        }
    }
}
