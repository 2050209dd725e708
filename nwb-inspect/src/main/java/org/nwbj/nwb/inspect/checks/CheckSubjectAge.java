package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The subject's age is an ISO 8601 duration ('P90D'), or a range of two ('P1D/P3D', open 'P90Y/');
 * without an age, a date of birth must be given. DANDI requires it (with {@code --config dandi}: CRITICAL).
 */
public final class CheckSubjectAge extends Check {
    /** The check nwbinspector names {@code check_subject_age}. */
    public CheckSubjectAge() {
        super("check_subject_age", Importance.BEST_PRACTICE_SUGGESTION, "Subject");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        String age = o.text("age");
        if (age == null) {
            if (o.field("date_of_birth") == null) {
                out.add("Subject is missing age and date_of_birth. Please specify at least one of these fields.");
            }
            return;
        }
        if (Durations.isDuration(age)) {
            return;
        }
        String[] bounds = age.split("/", -1);
        if (bounds.length == 2 && Durations.isDuration(bounds[0])
                && (Durations.isDuration(bounds[1]) || bounds[1].isEmpty())) {
            return;
        }
        out.add("Subject age, '" + age + "', does not follow ISO 8601 duration format, e.g. 'P2Y' for 2 years or 'P23W' for "
                + "23 weeks. You may also specify a range using a '/' separator, e.g., 'P1D/P3D' for an age range somewhere "
                + "from 1 to 3 days. If you cannot specify the upper bound of the range, you may leave the right side blank, "
                + "e.g., 'P90Y/' means 90 years old or older.");
    }
}
