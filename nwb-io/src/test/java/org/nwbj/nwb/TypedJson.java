package org.nwbj.nwb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.nwbj.hdf5.EnumValue;
import org.nwbj.nwb.types.TypedObject;

/**
 * The nwbj side of mock_roundtrip.py's field comparison: every typed object of a file by object id, with its type,
 * name and fields as JSON in the shape of the pynwb dumper (objects as "Type name", arrays flat, NaN as "nan").
 */
final class TypedJson {
    private static final int MAX_ELEMENTS = 100_000;

    private TypedJson() {
    }

    static String dump(TypedObject root) {
        Map<String, Object> out = new TreeMap<>();
        collect(root, out, Collections.newSetFromMap(new IdentityHashMap<>()));
        StringBuilder b = new StringBuilder();
        write(out, b);
        return b.toString();
    }

    private static void collect(Object v, Map<String, Object> out, Set<Object> seen) {
        if (v instanceof TypedObject o) {
            if (!seen.add(o)) {
                return;
            }
            if (o.objectId() != null) {
                Map<String, Object> fields = new TreeMap<>();
                o.fields().forEach((k, x) -> fields.put(k, value(x)));
                if (o instanceof org.nwbj.nwb.types.NWBFile f) {
                    flattened(f, fields);
                }
                Map<String, Object> entry = new TreeMap<>();
                entry.put("type", o.neurodataType());
                entry.put("name", o.name());
                entry.put("fields", fields);
                out.put(o.objectId(), entry);
            }
            o.fields().values().forEach(x -> collect(x, out, seen));
        } else if (v instanceof Map<?, ?> m) {
            m.values().forEach(x -> collect(x, out, seen));
        } else if (v instanceof Object[] a) {
            for (Object x : a) {
                collect(x, out, seen);
            }
        }
    }

    /** pynwb's flattened NWBFile fields, from the typed class's accessors for them (issue 16 item 4). */
    private static void flattened(org.nwbj.nwb.types.NWBFile f, Map<String, Object> fields) {
        Map<String, Object> v = new TreeMap<>();
        v.put("devices", f.devices());
        v.put("electrode_groups", f.electrodeGroups());
        v.put("electrodes", f.electrodes());
        v.put("imaging_planes", f.imagingPlanes());
        v.put("ogen_sites", f.ogenSites());
        v.put("icephys_electrodes", f.icephysElectrodes());
        v.put("lab_meta_data", f.labMetaData());
        v.put("subject", f.subject());
        v.put("intervals", f.timeIntervals());
        v.put("trials", f.trials());
        v.put("epochs", f.epochs());
        v.put("invalid_times", f.invalidTimes());
        v.put("stimulus", f.stimulusPresentation());
        v.put("stimulus_template", f.stimulusTemplate());
        v.put("sweep_table", f.sweepTable());
        v.put("intracellular_recordings", f.intracellularRecordings());
        v.put("icephys_simultaneous_recordings", f.icephysSimultaneousRecordings());
        v.put("icephys_sequential_recordings", f.icephysSequentialRecordings());
        v.put("icephys_repetitions", f.icephysRepetitions());
        v.put("icephys_experimental_conditions", f.icephysExperimentalConditions());
        v.forEach((k, x) -> {
            if (x != null) {
                fields.put(k, value(x));
            }
        });
    }

    private static Object value(Object v) {
        if (v instanceof TypedObject t) {
            return (t.neurodataType() == null ? "group" : t.neurodataType()) + " " + t.name();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), value(x)));
            return out;
        }
        if (v instanceof ArrayData.Stored st) {
            long n = st.dataset().space().elementCount();
            return n > MAX_ELEMENTS ? "elements=" + n : value(st.dataset().readValues());
        }
        if (v instanceof ArrayData.InMemory m) {
            return value(m.values());
        }
        if (v instanceof Object[] a) {
            List<Object> out = new ArrayList<>();
            for (Object x : a) {
                Object y = value(x);
                if (y instanceof List<?> l) {
                    out.addAll(l);
                } else {
                    out.add(y);
                }
            }
            return out;
        }
        if (v != null && v.getClass().isArray() && !(v instanceof byte[])) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < java.lang.reflect.Array.getLength(v); i++) {
                out.add(value(java.lang.reflect.Array.get(v, i)));
            }
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(value(x)));
            return out;
        }
        if (v instanceof EnumValue e) {
            return e.value() != 0;
        }
        if (v instanceof Double d && d.isNaN() || v instanceof Float f && f.isNaN()) {
            return "nan";
        }
        if (v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v;
        }
        return String.valueOf(v);
    }

    private static void write(Object v, StringBuilder b) {
        if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ",");
                first = false;
                write(String.valueOf(e.getKey()), b);
                b.append(':');
                write(e.getValue(), b);
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? "" : ",");
                write(l.get(i), b);
            }
            b.append(']');
        } else if (v instanceof String s) {
            b.append('"');
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    b.append('\\').append(c);
                } else if (c < 0x20) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            b.append('"');
        } else if (v instanceof Double d && d.isInfinite()) {
            b.append(d > 0 ? "\"inf\"" : "\"-inf\"");
        } else if (v == null) {
            b.append("null");
        } else {
            b.append(v);
        }
    }
}
