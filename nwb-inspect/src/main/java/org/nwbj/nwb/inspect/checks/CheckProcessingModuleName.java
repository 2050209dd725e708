package org.nwbj.nwb.inspect.checks;

import java.util.Arrays;
import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * A processing module is named after a modality of the schema (ophys, ecephys, icephys, behavior, misc, ogen,
 * retinotopy).
 */
public final class CheckProcessingModuleName extends Check {
    /** The check nwbinspector names {@code check_processing_module_name}. */
    public CheckProcessingModuleName() {
        super("check_processing_module_name", Importance.BEST_PRACTICE_SUGGESTION, "ProcessingModule");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        if (!MODULES.contains(o.name())) {
            out.add("Processing module is named " + o.name() + ". It is recommended to use the schema module names: "
                    + String.join(", ", MODULES));
        }
    }

    private static final List<String> MODULES = Arrays.asList("ophys", "ecephys", "icephys", "behavior", "misc", "ogen",
            "retinotopy");
}
