package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The file's session_start_time is not in the future.
 */
public final class CheckSessionStartTimeFutureDate extends Check {
    /** The check nwbinspector names {@code check_session_start_time_future_date}. */
    public CheckSessionStartTimeFutureDate() {
        super("check_session_start_time_future_date", Importance.CRITICAL, "NWBFile");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        String start = o.text("session_start_time");
        if (start != null && SessionTimes.isFuture(start)) {
            out.add("The session_start_time (" + Py.datetime(start) + ") is set to a future date and time.");
        }
    }
}
