package org.nwbj.nwb.inspect.checks;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * An optional text field written as an empty string: it should be left out instead. The optional text fields are
 * those pynwb's constructor of the object's exact type takes as a {@code str} defaulting to None (listed here by
 * type, as pynwb 2.8 declares them); each maps to where the file stores it.
 */
public final class CheckEmptyStringForOptionalAttribute extends Check {
    /** The check nwbinspector names {@code check_empty_string_for_optional_attribute}. */
    public CheckEmptyStringForOptionalAttribute() {
        super("check_empty_string_for_optional_attribute", Importance.BEST_PRACTICE_SUGGESTION, null);
    }

    /** A field by pynwb's name, and where it is stored: a child dataset or attribute, or an attribute of a child. */
    private record Field(String name, String stored, String attributeOf) {
        static Field at(String name, String stored) {
            return new Field(name, stored, null);
        }
    }

    private static final Map<String, List<Field>> FIELDS = new HashMap<>();

    static {
        List<Field> image = Arrays.asList(new Field("unit", "unit", "data"), Field.at("format", "format"));
        FIELDS.put("Device", Arrays.asList(Field.at("description", "description"),
                Field.at("manufacturer", "manufacturer")));
        FIELDS.put("ElectricalSeries", Collections.singletonList(Field.at("filtering", "filtering")));
        FIELDS.put("ImageSeries", image);
        FIELDS.put("ImageMaskSeries", image);
        FIELDS.put("OnePhotonSeries", image);
        FIELDS.put("OpticalSeries", image);
        FIELDS.put("TwoPhotonSeries", image);
        FIELDS.put("ImagingPlane", Collections.singletonList(Field.at("reference_frame", "reference_frame")));
        FIELDS.put("IntracellularElectrode", fields("slice", "seal", "location", "resistance", "filtering",
                "initial_access_resistance", "cell_id"));
        FIELDS.put("NWBFile", Arrays.asList(Field.at("experiment_description", "general/experiment_description"),
                Field.at("session_id", "general/session_id"), Field.at("institution", "general/institution"),
                Field.at("notes", "general/notes"), Field.at("pharmacology", "general/pharmacology"),
                Field.at("protocol", "general/protocol"), Field.at("slices", "general/slices"),
                Field.at("source_script", "general/source_script"),
                new Field("source_script_file_name", "file_name", "general/source_script"),
                Field.at("data_collection", "general/data_collection"), Field.at("surgery", "general/surgery"),
                Field.at("virus", "general/virus"), Field.at("stimulus_notes", "general/stimulus"),
                Field.at("lab", "general/lab"), Field.at("icephys_filtering", "general/intracellular_ephys/filtering")));
        FIELDS.put("Subject", fields("description", "genotype", "sex", "species", "subject_id", "strain"));
        FIELDS.put("TimeSeries", Collections.singletonList(new Field("continuity", "continuity", "data")));
    }

    private static List<Field> fields(String... names) {
        Field[] out = new Field[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = Field.at(names[i], names[i]);
        }
        return Arrays.asList(out);
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        List<Field> fields = o.type() == null ? null : FIELDS.get(o.type());
        if (fields == null || !("core".equals(o.namespace()) || o.namespace() == null)) {
            return;
        }
        for (Field f : fields) {
            Object v;
            if (f.attributeOf() != null) {
                Dataset d = o.dataset(f.attributeOf());
                v = d == null ? null : NeurodataObject.attributeOf(d, f.stored());
            } else {
                v = o.field(f.stored());
            }
            if ("".equals(v)) {
                out.add("The attribute \"" + f.name() + "\" is optional and you have supplied an empty string. "
                        + "Improve my omitting this attribute (in MatNWB or PyNWB) or entering as None (in PyNWB)");
            }
        }
    }
}
