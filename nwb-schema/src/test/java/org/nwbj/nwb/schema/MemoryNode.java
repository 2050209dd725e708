package org.nwbj.nwb.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory {@link SpecNode} tree for validator tests. */
final class MemoryNode implements SpecNode {
    private final String name;
    private final String path;
    private final Kind kind;
    private final Map<String, Attribute> attributes = new LinkedHashMap<>();
    private final List<SpecNode> children = new ArrayList<>();
    private StoredType dtype;
    private long[] shape;
    private Object value;
    private SpecNode target;
    private static int ids;
    private MemoryNode root = this;

    private MemoryNode(String name, String path, Kind kind) {
        this.name = name;
        this.path = path;
        this.kind = kind;
    }

    static MemoryNode root() {
        return new MemoryNode("", "/", Kind.GROUP);
    }

    MemoryNode group(String childName) {
        return add(new MemoryNode(childName, childPath(childName), Kind.GROUP));
    }

    MemoryNode dataset(String childName, BasicType type, long[] dims, Object v) {
        MemoryNode d = add(new MemoryNode(childName, childPath(childName), Kind.DATASET));
        d.dtype = StoredType.of(type);
        d.shape = dims;
        d.value = v;
        return d;
    }

    MemoryNode text(String childName, String v) {
        return dataset(childName, BasicType.TEXT, new long[0], v);
    }

    MemoryNode link(String childName, SpecNode to) {
        MemoryNode l = add(new MemoryNode(childName, childPath(childName), Kind.LINK));
        l.target = to;
        return l;
    }

    MemoryNode attr(String attrName, BasicType type, Object v) {
        long[] dims = v instanceof List<?> l ? new long[] {l.size()} : new long[0];
        attributes.put(attrName, new Attribute(attrName, StoredType.of(type), dims, v));
        return this;
    }

    MemoryNode attr(String attrName, StoredType type, long[] dims, Object v) {
        attributes.put(attrName, new Attribute(attrName, type, dims, v));
        return this;
    }

    MemoryNode remove(String childOrAttribute) {
        attributes.remove(childOrAttribute);
        children.removeIf(c -> c.name().equals(childOrAttribute));
        return this;
    }

    /** Adds neurodata_type, namespace and a fresh object_id. */
    MemoryNode typed(String namespace, String type) {
        attr(namespace.startsWith("hdmf") ? "data_type" : "neurodata_type", BasicType.ASCII, type);
        attr("namespace", BasicType.ASCII, namespace);
        attr("object_id", BasicType.TEXT, "id-" + (++ids));
        return this;
    }

    MemoryNode child(String childName) {
        for (SpecNode c : children) {
            if (c.name().equals(childName)) {
                return (MemoryNode) c;
            }
        }
        throw new IllegalArgumentException(childName);
    }

    private String childPath(String childName) {
        return path.equals("/") ? "/" + childName : path + "/" + childName;
    }

    private MemoryNode add(MemoryNode n) {
        n.root = root;
        children.add(n);
        return n;
    }

    @Override public String name() { return name; }
    @Override public String path() { return path; }
    @Override public Kind kind() { return kind; }
    @Override public Map<String, Attribute> attributes() { return attributes; }
    @Override public StoredType dtype() { return dtype; }
    @Override public long[] shape() { return shape; }
    @Override public Object value() { return value; }
    @Override public List<SpecNode> children() { return children; }
    @Override public SpecNode linkTarget() { return target; }

    /** References are stored as path strings in these test trees. */
    @Override
    public SpecNode dereference(Object reference) {
        MemoryNode n = root;
        for (String part : reference.toString().split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            MemoryNode next = null;
            for (SpecNode c : n.children) {
                if (c.name().equals(part)) {
                    next = (MemoryNode) c;
                }
            }
            if (next == null) {
                return null;
            }
            n = next;
        }
        return n;
    }
}
