package org.nwbj.nwb;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Node;

/**
 * The text metadata of {@code /general} (experimenter, lab, institution, protocol, keywords, ...): read from and
 * written to datasets named as pynwb names the NWBFile fields, lists as 1-D text datasets.
 */
final class GeneralMetadata {
    /** The text fields of /general, with true for those that are lists. */
    static final Map<String, Boolean> FIELDS = new LinkedHashMap<>();

    static {
        for (String list : new String[] {"experimenter", "keywords", "related_publications"}) {
            FIELDS.put(list, true);
        }
        for (String text : new String[] {"data_collection", "experiment_description", "institution", "lab", "notes",
                "pharmacology", "protocol", "session_id", "slices", "source_script", "stimulus", "surgery",
                "virus"}) {
            FIELDS.put(text, false);
        }
    }

    private final Map<String, Object> values = new LinkedHashMap<>();

    private GeneralMetadata() {
    }

    static GeneralMetadata empty() {
        return new GeneralMetadata();
    }

    void set(String field, Object value) {
        Boolean list = FIELDS.get(field);
        if (list == null) {
            throw new IllegalArgumentException("not a text field of /general: " + field + " (have "
                    + FIELDS.keySet() + ")");
        }
        if (value == null) {
            values.remove(field);
        } else {
            values.put(field, list ? ((String[]) value).clone() : (String) value);
        }
    }

    String text(String field) {
        Object v = values.get(field);
        return v instanceof String s ? s : null;
    }

    List<String> list(String field) {
        Object v = values.get(field);
        return v instanceof String[] a ? Collections.unmodifiableList(Arrays.asList(a.clone())) : Collections.<String>emptyList();
    }

    void copyInto(GeneralMetadata other) {
        other.values.putAll(values);
    }

    /** Reads the fields present in a file's /general (a single string where a list is expected is one item). */
    static GeneralMetadata read(Group root) {
        GeneralMetadata m = new GeneralMetadata();
        if (!(root.link("general") != null && root.get("general") instanceof Group general)) {
            return m;
        }
        for (Map.Entry<String, Boolean> f : FIELDS.entrySet()) {
            if (general.link(f.getKey()) == null) {
                continue;
            }
            Node n = general.get(f.getKey());
            if (!(n instanceof Dataset d)) {
                continue;
            }
            Object[] v = d.readValues();
            if (f.getValue()) {
                String[] s = new String[v.length];
                for (int i = 0; i < v.length; i++) {
                    s[i] = String.valueOf(v[i]);
                }
                m.values.put(f.getKey(), s);
            } else if (v.length == 1) {
                m.values.put(f.getKey(), String.valueOf(v[0]));
            }
        }
        return m;
    }

    /** The fields set, in the order set: a String, or a String[] for a list field. */
    Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }
}
