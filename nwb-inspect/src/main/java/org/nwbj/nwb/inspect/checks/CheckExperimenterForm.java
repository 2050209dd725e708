package org.nwbj.nwb.inspect.checks;

import java.util.List;
import java.util.regex.Pattern;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * Each experimenter is written as DANDI asks: 'LastName, FirstName' (optionally more given names or initials).
 */
public final class CheckExperimenterForm extends Check {
    /** The check nwbinspector names {@code check_experimenter_form}. */
    public CheckExperimenterForm() {
        super("check_experimenter_form", Importance.BEST_PRACTICE_SUGGESTION, "NWBFile");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        for (String e : o.texts("general/experimenter")) {
            if (!NAME.matcher(e).find()) {
                out.add("The name of experimenter '" + e + "' does not match any of the accepted DANDI forms: "
                        + "'LastName, Firstname', 'LastName, FirstName MiddleInitial.' or 'LastName, FirstName, MiddleName'.");
            }
        }
    }

    /** DANDI's name pattern (as nwbinspector carries it when dandi is not installed). */
    private static final Pattern NAME = Pattern.compile("^([\\w\\s\\-.']+),\\s+([\\w\\s\\-.']+)$",
            Pattern.UNICODE_CHARACTER_CLASS);
}
