package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * Every object: its name holds no slash or backslash (HDF5 forbids '/', a backslash confuses paths).
 */
public final class CheckNameSlashes extends Check {
    /** The check nwbinspector names {@code check_name_slashes}. */
    public CheckNameSlashes() {
        super("check_name_slashes", Importance.CRITICAL, null);
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        String name = o.name();
        if (name.contains("/") || name.contains("\\")) {
            out.add("Object name contains slashes.");
        }
    }
}
