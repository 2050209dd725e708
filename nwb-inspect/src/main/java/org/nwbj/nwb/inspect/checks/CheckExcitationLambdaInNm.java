package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The excitation wavelength of an ImagingPlane is in nanometres (at least 10).
 */
public final class CheckExcitationLambdaInNm extends Check {
    /** The check nwbinspector names {@code check_excitation_lambda_in_nm}. */
    public CheckExcitationLambdaInNm() {
        super("check_excitation_lambda_in_nm", Importance.BEST_PRACTICE_VIOLATION, "ImagingPlane");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        Object v = o.field("excitation_lambda");
        if (v instanceof Number n && n.doubleValue() < 10.0) {
            out.add("excitation lambda of " + Py.number(v) + " should be in units of nm.");
        }
    }
}
