package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * Each related publication is a DOI: 'doi:...' or a doi.org link.
 */
public final class CheckDoiPublications extends Check {
    /** The check nwbinspector names {@code check_doi_publications}. */
    public CheckDoiPublications() {
        super("check_doi_publications", Importance.BEST_PRACTICE_SUGGESTION, "NWBFile");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        for (String p : o.texts("general/related_publications")) {
            if (!p.startsWith("doi:") && !p.startsWith("http://dx.doi.org/") && !p.startsWith("https://doi.org/")) {
                out.add("Metadata /general/related_publications '" + p + "' does not start with 'doi: ###' and is not an "
                        + "external 'doi' link.");
            }
        }
    }
}
