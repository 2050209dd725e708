package org.nwbj.nwb.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SpecNode} view of a conformance dump ({@code h5json/1}, see shared/conformance/FORMAT.md), standing in
 * for the HDF5 reader in tests. External links are followed into the dump of the other file when it is present.
 */
final class H5JsonTree {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dumpDir;
    private final Map<String, Node> byPath = new LinkedHashMap<>();
    private final Map<String, H5JsonTree> others;

    private H5JsonTree(Path dump, Map<String, H5JsonTree> others) {
        this.dumpDir = dump.getParent();
        this.others = others;
        Map<String, Object> doc = read(dump);
        for (Object o : (List<?>) doc.get("objects")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) o;
            Node n = new Node(m);
            byPath.put(n.path, n);
            if (!n.path.equals("/")) {
                byPath.get(parentOf(n.path)).children.add(n);
            }
        }
    }

    /** Loads the dump {@code <file>.json}. */
    static SpecNode load(Path dump) {
        return new H5JsonTree(dump, new LinkedHashMap<>()).byPath.get("/");
    }

    private SpecNode resolveExternal(String file, String target) {
        H5JsonTree other = others.get(file);
        if (other == null) {
            Path p = dumpDir.resolve(file + ".json");
            if (!Files.isRegularFile(p)) {
                return null;
            }
            other = new H5JsonTree(p, others);
            others.put(file, other);
        }
        return other.byPath.get(target);
    }

    private static String parentOf(String path) {
        int i = path.lastIndexOf('/');
        return i == 0 ? "/" : path.substring(0, i);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path p) {
        try {
            return JSON.readValue(p.toFile(), Map.class);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + p, e);
        }
    }

    static StoredType storedType(Object dtype) {
        if (dtype instanceof String s) {
            char cls = s.charAt(1);
            int size = Integer.parseInt(s.substring(2));
            switch (cls) {
                case 'f': return StoredType.of(size == 4 ? BasicType.FLOAT32 : BasicType.FLOAT64);
                case 'i': return StoredType.of(size == 1 ? BasicType.INT8 : size == 2 ? BasicType.INT16
                        : size == 4 ? BasicType.INT32 : BasicType.INT64);
                case 'u': return StoredType.of(size == 1 ? BasicType.UINT8 : size == 2 ? BasicType.UINT16
                        : size == 4 ? BasicType.UINT32 : BasicType.UINT64);
                default: throw new AssertionError("dtype " + s);
            }
        }
        Map<?, ?> m = (Map<?, ?>) dtype;
        switch ((String) m.get("class")) {
            case "string":
                return StoredType.of("ascii".equals(m.get("charset")) ? BasicType.ASCII : BasicType.TEXT);
            case "reference":
                return new StoredType.Ref(Dtype.RefType.parse((String) m.get("kind")));
            case "enum":
                Map<?, ?> members = (Map<?, ?>) m.get("members");
                if (members.keySet().equals(java.util.Set.of("FALSE", "TRUE"))) {
                    return StoredType.of(BasicType.BOOL);
                }
                return storedType(m.get("base"));
            case "compound":
                List<StoredType.Field> fields = new ArrayList<>();
                for (Object f : (List<?>) m.get("fields")) {
                    Map<?, ?> fm = (Map<?, ?>) f;
                    fields.add(new StoredType.Field((String) fm.get("name"), storedType(fm.get("dtype"))));
                }
                return new StoredType.Compound(fields);
            default:
                throw new AssertionError("dtype " + m);
        }
    }

    static long[] shape(Object s) {
        if (s == null) {
            return null;
        }
        List<?> l = (List<?>) s;
        long[] out = new long[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) l.get(i)).longValue();
        }
        return out;
    }

    private final class Node implements SpecNode {
        final String path;
        final Kind kind;
        final Map<String, Object> json;
        final Map<String, Attribute> attributes = new LinkedHashMap<>();
        final List<SpecNode> children = new ArrayList<>();

        Node(Map<String, Object> json) {
            this.json = json;
            this.path = (String) json.get("path");
            String k = (String) json.get("kind");
            this.kind = k.equals("group") ? Kind.GROUP : k.equals("dataset") ? Kind.DATASET : Kind.LINK;
            Map<?, ?> attrs = (Map<?, ?>) json.get("attrs");
            if (attrs != null) {
                attrs.forEach((name, a) -> {
                    Map<?, ?> am = (Map<?, ?>) a;
                    attributes.put((String) name, new Attribute((String) name, storedType(am.get("dtype")),
                            H5JsonTree.shape(am.get("shape")), am.get("value")));
                });
            }
        }

        @Override public String name() { return path.equals("/") ? "" : path.substring(path.lastIndexOf('/') + 1); }
        @Override public String path() { return path; }
        @Override public Kind kind() { return kind; }
        @Override public Map<String, Attribute> attributes() { return attributes; }
        @Override public StoredType dtype() { return kind == Kind.DATASET ? storedType(json.get("dtype")) : null; }
        @Override public long[] shape() { return kind == Kind.DATASET ? H5JsonTree.shape(json.get("shape")) : null; }

        @Override
        public Object value() {
            Object data = json.get("data");
            return data instanceof Map ? null : data; // large numeric data is only a hash
        }

        @Override public List<SpecNode> children() { return children; }

        @Override
        public SpecNode dereference(Object reference) {
            return reference instanceof Map<?, ?> m && m.get("ref") != null ? byPath.get((String) m.get("ref")) : null;
        }

        @Override
        public SpecNode linkTarget() {
            String target = (String) json.get("target");
            switch ((String) json.get("kind")) {
                case "soft_link": case "hard_link": return byPath.get(target);
                case "external_link": return resolveExternal((String) json.get("file"), target);
                default: return null;
            }
        }
    }
}
