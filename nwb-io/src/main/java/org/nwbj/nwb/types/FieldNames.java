package org.nwbj.nwb.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nwbj.nwb.schema.AttributeSpec;
import org.nwbj.nwb.schema.DatasetSpec;
import org.nwbj.nwb.schema.GroupSpec;
import org.nwbj.nwb.schema.LinkSpec;
import org.nwbj.nwb.schema.Spec;
import org.nwbj.nwb.schema.StorageSpec;

/**
 * The fields of a spec as pynwb names them: an attribute by its name; a named dataset by its name, its attributes
 * by theirs (or {@code dataset_attribute} when the name is taken, as pynwb's {@code timestamps_unit}); a named
 * group or link by its name; the unnamed typed members of one kind by hdmf's plural of their type
 * ({@code PlaneSegmentation} -> {@code plane_segmentations}); a typed dataset's own values as {@code data}. Reader,
 * writer and the source generator all name fields here, so they agree.
 */
final class FieldNames {
    /** What a field stands for in the file. */
    enum Kind { ATTRIBUTE, DATASET, DATASET_ATTRIBUTE, GROUP, LINK, MANY, DATA }

    /**
     * One field.
     *
     * @param member the group member it is stored in (null for the object's own attributes and values)
     * @param attribute the attribute name (ATTRIBUTE, DATASET_ATTRIBUTE), else null
     * @param spec the spec of the member or attribute (for MANY: the first of the specs it collects)
     * @param types for MANY: the types it collects
     */
    record Field(String name, Kind kind, String member, String attribute, Spec spec, List<String> types) {
        /** True for a named untyped group that only holds unnamed typed members: read as a map of them. */
        boolean isCollection() {
            return kind == Kind.GROUP && spec instanceof GroupSpec g && g.dataType() == null && isCollection(g);
        }

        static boolean isCollection(GroupSpec g) {
            if (!g.attributes().isEmpty()) {
                return false;
            }
            for (DatasetSpec d : g.datasets()) {
                if (d.name() != null) {
                    return false;
                }
            }
            for (GroupSpec c : g.groups()) {
                if (c.name() != null) {
                    return false;
                }
            }
            for (LinkSpec l : g.links()) {
                if (l.name() != null) {
                    return false;
                }
            }
            return !(g.datasets().isEmpty() && g.groups().isEmpty() && g.links().isEmpty());
        }
    }

    private FieldNames() {
    }

    /** The fields of a (resolved) spec, in spec order. */
    static List<Field> of(StorageSpec spec) {
        Map<String, Field> out = new LinkedHashMap<>();
        for (AttributeSpec a : spec.attributes()) {
            out.putIfAbsent(a.name(), new Field(a.name(), Kind.ATTRIBUTE, null, a.name(), a, java.util.Collections.emptyList()));
        }
        if (spec instanceof DatasetSpec) {
            out.putIfAbsent("data", new Field("data", Kind.DATA, null, null, spec, java.util.Collections.emptyList()));
            return new ArrayList<>(out.values());
        }
        GroupSpec g = (GroupSpec) spec;
        String owner = g.dataType();
        for (DatasetSpec d : g.datasets()) {
            if (d.name() == null) {
                many(out, owner, d.dataType(), d);
                continue;
            }
            out.putIfAbsent(d.name(), new Field(d.name(), Kind.DATASET, d.name(), null, d, java.util.Collections.emptyList()));
            if (d.dataType() == null) {
                for (AttributeSpec a : d.attributes()) {
                    String name = out.containsKey(a.name()) ? d.name() + "_" + a.name() : a.name();
                    out.putIfAbsent(name, new Field(name, Kind.DATASET_ATTRIBUTE, d.name(), a.name(), a, java.util.Collections.emptyList()));
                }
            }
        }
        for (GroupSpec c : g.groups()) {
            if (c.name() == null) {
                many(out, owner, c.dataType(), c);
            } else {
                out.putIfAbsent(c.name(), new Field(c.name(), Kind.GROUP, c.name(), null, c, java.util.Collections.emptyList()));
            }
        }
        for (LinkSpec l : g.links()) {
            if (l.name() == null) {
                many(out, owner, l.targetType(), l);
            } else {
                out.putIfAbsent(l.name(), new Field(l.name(), Kind.LINK, l.name(), null, l, java.util.Collections.emptyList()));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void many(Map<String, Field> out, String owner, String type, Spec spec) {
        if (type == null) {
            return;
        }
        String name = pluralName(owner, type);
        Field f = out.get(name);
        if (f == null) {
            out.put(name, new Field(name, Kind.MANY, null, null, spec, java.util.Collections.singletonList(type)));
        } else if (f.kind() == Kind.MANY && !f.types().contains(type)) {
            List<String> types = new ArrayList<>(f.types());
            types.add(type);
            out.put(name, new Field(name, Kind.MANY, null, null, f.spec(), java.util.Collections.unmodifiableList(types)));
        }
    }

    /** hdmf's name for the members of one type (ObjectMapper.convert_dt_name), with pynwb's own names. */
    static String pluralName(String owner, String type) {
        if ("ProcessingModule".equals(owner)) {
            return "data_interfaces";
        }
        if ("DynamicTable".equals(owner) || "VectorData".equals(type)) {
            return "columns";
        }
        String s = snake(type);
        return s.endsWith("s") ? s : s + "s";
    }

    /** {@code PlaneSegmentation} -> {@code plane_segmentation}, {@code NWBDataInterface} -> {@code nwb_data_interface}. */
    static String snake(String type) {
        String s = type.replaceAll("(.)([A-Z][a-z]+)", "$1_$2");
        return s.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** {@code spike_times} -> {@code spikeTimes}. */
    static String camel(String field) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : field.toCharArray()) {
            if (c == '_' || c == '-' || c == '.') {
                up = b.length() > 0;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
