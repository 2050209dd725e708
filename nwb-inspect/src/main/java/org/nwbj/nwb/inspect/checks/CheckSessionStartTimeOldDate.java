package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The file's session_start_time is after 1980-01-01 (earlier ones are usually a default, not the recording's date).
 */
public final class CheckSessionStartTimeOldDate extends Check {
    /** The check nwbinspector names {@code check_session_start_time_old_date}. */
    public CheckSessionStartTimeOldDate() {
        super("check_session_start_time_old_date", Importance.BEST_PRACTICE_SUGGESTION, "NWBFile");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        String start = o.text("session_start_time");
        if (start != null && SessionTimes.compareTo(start, 1980, 1, 1) <= 0) {
            out.add("The session_start_time (" + Py.datetime(start) + ") may not be set to the true date of the recording.");
        }
    }
}
