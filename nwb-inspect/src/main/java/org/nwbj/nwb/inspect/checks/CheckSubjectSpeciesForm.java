package org.nwbj.nwb.inspect.checks;

import java.util.List;
import java.util.regex.Pattern;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The species is a Latin binomial ('Mus musculus') or an NCBI taxonomy link
 * ('http://purl.obolibrary.org/obo/NCBITaxon_10090').
 */
public final class CheckSubjectSpeciesForm extends Check {
    /** The check nwbinspector names {@code check_subject_species_form}. */
    public CheckSubjectSpeciesForm() {
        super("check_subject_species_form", Importance.BEST_PRACTICE_VIOLATION, "Subject");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        String species = o.text("species");
        if (species != null && !species.isEmpty() && !FORM.matcher(species).matches()) {
            out.add("Subject species '" + species + "' should either be in Latin binomial form (e.g., 'Mus musculus' and "
                    + "'Homo sapiens') or be a NCBI taxonomy link (e.g., 'http://purl.obolibrary.org/obo/NCBITaxon_280675').");
        }
    }

    private static final Pattern FORM = Pattern.compile(
            "([A-Z][a-z]* [a-z]+)|(http://purl\\.obolibrary\\.org/obo/NCBITaxon_\\d+)");
}
