package org.nwbj.nwb.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A view of a {@link SpecNode} tree with one object ({@code /a/b}) or attribute ({@code /a/b@name}) left out. */
final class Without implements SpecNode {
    private final SpecNode node;
    private final String removed;

    private Without(SpecNode node, String removed) {
        this.node = node;
        this.removed = removed;
    }

    static SpecNode of(SpecNode root, String removed) {
        return new Without(root, removed);
    }

    @Override public String name() { return node.name(); }
    @Override public String path() { return node.path(); }
    @Override public Kind kind() { return node.kind(); }
    @Override public StoredType dtype() { return node.dtype(); }
    @Override public long[] shape() { return node.shape(); }
    @Override public Object value() { return node.value(); }
    @Override public SpecNode linkTarget() { return node.linkTarget(); }

    @Override
    public Map<String, Attribute> attributes() {
        Map<String, Attribute> out = new LinkedHashMap<>(node.attributes());
        String prefix = node.path() + "@";
        if (removed.startsWith(prefix)) {
            out.remove(removed.substring(prefix.length()));
        }
        return out;
    }

    @Override
    public List<SpecNode> children() {
        List<SpecNode> out = new ArrayList<>();
        for (SpecNode c : node.children()) {
            if (!c.path().equals(removed)) {
                out.add(new Without(c, removed));
            }
        }
        return out;
    }
}
