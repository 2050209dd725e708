package org.nwbj.nwb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Node;

/** What groups and datasets of an NWB file have in common: a place, a neurodata type, attributes. */
public abstract sealed class NwbObject permits NwbContainer, NwbDataset {
    private final String name;
    private final String path;
    private final NwbLink link;
    final Node node;
    final NwbSource source;

    NwbObject(String name, String path, NwbLink link, Node node, NwbSource source) {
        this.name = name;
        this.path = path;
        this.link = link;
        this.node = node;
        this.source = source;
    }

    /** {@return the name in its parent group ("/" for the root)} */
    public String name() {
        return name;
    }

    /** {@return the path by which this object was reached in the file that was opened (through links as named)} */
    public String path() {
        return path;
    }

    /** {@return the soft or external link this object was reached through, or null when reached by hard links only} */
    public NwbLink link() {
        return link;
    }

    /** {@return the neurodata_type attribute, or null for an untyped group or dataset} */
    public String neurodataType() {
        return text("neurodata_type");
    }

    /** {@return the namespace attribute (where the type is defined), or null when untyped} */
    public String namespace() {
        return text("namespace");
    }

    /** {@return the object_id attribute (a UUID4), or null when absent} */
    public String objectId() {
        return text("object_id");
    }

    /**
     * {@return true when this object's type is {@code type} or derives from it, judged by the specifications the file
     * caches (so extension types derived from core types count too)}
     *
     * @param type a type name
     */
    public boolean isA(String type) {
        String own = neurodataType();
        if (own == null) {
            return false;
        }
        if (own.equals(type)) {
            return true;
        }
        String ns = namespace();
        return ns != null && source.catalog().hasType(ns, own) && source.catalog().isA(ns, own, type);
    }

    /**
     * {@return the attributes as Java values, by name: a scalar as its value (String, Long, Double, ...), an array as
     * an Object[] in C order (see {@link org.nwbj.hdf5.Dataset#readValues()})}
     */
    public Map<String, Object> attributes() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Attribute a : node.attributes()) {
            out.put(a.name(), value(a));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * {@return one attribute's value as in {@link #attributes()}, or null when absent}
     *
     * @param attributeName the attribute's name
     */
    public Object attribute(String attributeName) {
        return node.hasAttribute(attributeName) ? value(node.attribute(attributeName)) : null;
    }

    /**
     * {@return a text attribute, or null when absent or not text}
     *
     * @param attributeName the attribute's name
     */
    public String text(String attributeName) {
        Object v = attribute(attributeName);
        return v instanceof String s ? s : null;
    }

    private static Object value(Attribute a) {
        Object[] v = a.readValues();
        return a.space().kind() == Dataspace.Kind.SCALAR && v.length == 1 ? v[0] : v;
    }

    @Override
    public String toString() {
        String type = neurodataType();
        return path + (type == null ? "" : " " + type);
    }
}
