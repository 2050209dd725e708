package org.nwbj.nwb.inspect.checks;

import java.util.Arrays;
import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The subject's sex is given as 'M', 'F', 'O' or 'U' ('XO' or 'XX' for C. elegans). DANDI requires it.
 */
public final class CheckSubjectSex extends Check {
    /** The check nwbinspector names {@code check_subject_sex}. */
    public CheckSubjectSex() {
        super("check_subject_sex", Importance.BEST_PRACTICE_SUGGESTION, "Subject");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        String sex = o.text("sex");
        if (sex == null || sex.isEmpty()) {
            out.add("Subject.sex is missing.");
            return;
        }
        String species = o.text("species");
        if ("Caenorhabditis elegans".equals(species) || "C. elegans".equals(species)) {
            if (!sex.equals("XO") && !sex.equals("XX")) {
                out.add("For C. elegans, Subject.sex should be 'XO' (male) or 'XX' (hermaphrodite).");
            }
        } else if (!Arrays.asList("M", "F", "O", "U").contains(sex)) {
            out.add("Subject.sex should be one of: 'M' (male), 'F' (female), 'O' (other), or 'U' (unknown).");
        }
    }
}
