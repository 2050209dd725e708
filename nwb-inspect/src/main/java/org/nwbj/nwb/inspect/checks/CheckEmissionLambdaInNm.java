package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The emission wavelength of an OpticalChannel is in nanometres (at least 10).
 */
public final class CheckEmissionLambdaInNm extends Check {
    /** The check nwbinspector names {@code check_emission_lambda_in_nm}. */
    public CheckEmissionLambdaInNm() {
        super("check_emission_lambda_in_nm", Importance.BEST_PRACTICE_VIOLATION, "OpticalChannel");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        Object v = o.field("emission_lambda");
        if (v instanceof Number n && n.doubleValue() < 10.0) {
            out.add("emission lambda of " + Py.number(v) + " should be in units of nm.");
        }
    }
}
