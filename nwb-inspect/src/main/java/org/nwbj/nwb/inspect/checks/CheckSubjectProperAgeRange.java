package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * An age range ('P1D/P3D') has a lower bound shorter than its upper bound.
 */
public final class CheckSubjectProperAgeRange extends Check {
    /** The check nwbinspector names {@code check_subject_proper_age_range}. */
    public CheckSubjectProperAgeRange() {
        super("check_subject_proper_age_range", Importance.BEST_PRACTICE_SUGGESTION, "Subject");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        String age = o.text("age");
        if (age == null || !age.contains("/")) {
            return;
        }
        String[] bounds = age.split("/", -1);
        if (bounds.length == 2 && Durations.isDuration(bounds[0]) && Durations.isDuration(bounds[1])
                && Durations.seconds(bounds[0]) >= Durations.seconds(bounds[1])) {
            out.add("The durations of the Subject age range, '" + age + "', are not strictly increasing. The upper (right) "
                    + "bound should be a longer duration than the lower (left) bound.");
        }
    }
}
