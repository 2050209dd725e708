package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * Some OptogeneticSeries of the file uses each OptogeneticStimulusSite.
 */
public final class CheckOptogeneticStimulusSiteHasOptogeneticSeries extends Check {
    /** The check nwbinspector names {@code check_optogenetic_stimulus_site_has_optogenetic_series}. */
    public CheckOptogeneticStimulusSiteHasOptogeneticSeries() {
        super("check_optogenetic_stimulus_site_has_optogenetic_series", Importance.BEST_PRACTICE_VIOLATION, "OptogeneticStimulusSite");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        for (NeurodataObject x : o.file().objects()) {
            NeurodataObject site = x.isA("OptogeneticSeries") ? x.linked("site") : null;
            if (site != null && site.path().equals(o.path())) {
                return;
            }
        }
        out.add("OptogeneticStimulusSite is not referenced by any OptogeneticStimulusSite.");
    }
}
