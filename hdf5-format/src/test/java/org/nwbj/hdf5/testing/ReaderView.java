package org.nwbj.hdf5.testing;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.EnumValue;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.ObjectReference;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.hdf5.RegionReference;
import org.nwbj.hdf5.type.ArrayType;
import org.nwbj.hdf5.type.BitfieldType;
import org.nwbj.hdf5.type.ByteOrderKind;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.hdf5.type.VlenType;

/**
 * nwbj's reader view of a file in the normalized JSON that {@code h5values.py} prints from h5py's view, so the two
 * readers can be compared node for node.
 */
public final class ReaderView {
    public static final ObjectMapper JSON = new ObjectMapper();

    private final Hdf5File file;
    private final Map<Long, String> seen = new java.util.HashMap<>();
    private final Map<Long, String> paths = new java.util.HashMap<>();
    private final Map<String, Object> out = new TreeMap<>();

    private ReaderView(Hdf5File file) {
        this.file = file;
    }

    public static JsonNode of(Path p) {
        return of(p, OpenOptions.defaults());
    }

    public static JsonNode of(Path p, OpenOptions options) {
        try (Hdf5File f = Hdf5File.open(p, options)) {
            ReaderView v = new ReaderView(f);
            v.indexPaths(f.root(), "/");
            v.seen.put(f.root().address(), "/");
            v.visit(f.root(), "/");
            return JSON.readTree(JSON.writeValueAsString(v.out));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses the output of h5values.py. */
    public static JsonNode parse(String json) throws IOException {
        return JSON.readTree(json);
    }

    /** h5values.py as a file (copied out of the test resources). */
    public static Path script(Path dir) throws IOException {
        Path s = dir.resolve("h5values.py");
        try (var in = ReaderView.class.getResourceAsStream("h5values.py")) {
            Files.write(s, in.readAllBytes());
        }
        return s;
    }

    /** First path (in sorted traversal) of every object: reference targets print as these. */
    private void indexPaths(Group g, String path) {
        paths.putIfAbsent(g.address(), path);
        for (String name : sortedNames(g)) {
            if (g.link(name) instanceof Link.Hard h && !paths.containsKey(h.address())) {
                String child = join(path, name);
                paths.put(h.address(), child);
                Node n = file.nodeAt(h.address(), child);
                if (n instanceof Group cg) {
                    indexPaths(cg, child);
                }
            }
        }
    }

    private static List<String> sortedNames(Group g) {
        List<String> names = new ArrayList<>();
        for (Link l : g.links()) {
            names.add(nameOf(l));
        }
        java.util.Collections.sort(names);
        return names;
    }

    private static String nameOf(Link l) {
        if (l instanceof Link.Hard h) {
            return h.name();
        } else if (l instanceof Link.Soft s) {
            return s.name();
        }
        return ((Link.External) l).name();
    }

    private static String join(String path, String name) {
        return (path.equals("/") ? "" : path) + "/" + name;
    }

    private void visit(Group g, String path) {
        Map<String, Object> entry = new TreeMap<>();
        entry.put("kind", "group");
        entry.put("attrs", attrs(g.attributes()));
        Map<String, Object> links = new TreeMap<>();
        entry.put("links", links);
        out.put(path, entry);
        for (String name : sortedNames(g)) {
            Link l = g.link(name);
            String child = join(path, name);
            if (l instanceof Link.Soft s) {
                links.put(name, Map.of("soft", s.target()));
                continue;
            }
            if (l instanceof Link.External e) {
                links.put(name, Map.of("external", List.of(e.file(), e.target())));
                continue;
            }
            long a = ((Link.Hard) l).address();
            if (seen.containsKey(a)) {
                links.put(name, Map.of("hard", seen.get(a)));
                continue;
            }
            seen.put(a, child);
            links.put(name, Map.of("hard", child));
            Node n = file.nodeAt(a, child);
            if (n instanceof Group cg) {
                visit(cg, child);
            } else if (n instanceof Dataset d) {
                Map<String, Object> de = new TreeMap<>();
                de.put("kind", "dataset");
                de.put("attrs", attrs(d.attributes()));
                Dataspace s = d.space();
                if (s.kind() == Dataspace.Kind.NULL) {
                    de.put("shape", null);
                } else {
                    List<Long> shape = new ArrayList<>();
                    for (long x : s.dims()) {
                        shape.add(x);
                    }
                    de.put("shape", shape);
                    de.put("value", nest(d.type(), d.readValues(), s.dims()));
                }
                out.put(child, de);
            } else {
                Map<String, Object> te = new TreeMap<>();
                te.put("kind", "datatype");
                te.put("attrs", attrs(n.attributes()));
                out.put(child, te);
            }
        }
    }

    private Map<String, Object> attrs(List<Attribute> list) {
        Map<String, Object> m = new TreeMap<>();
        for (Attribute a : list) {
            Map<String, Object> e = new LinkedHashMap<>();
            if (a.space().kind() == Dataspace.Kind.NULL) {
                e.put("shape", null);
            } else {
                List<Long> shape = new ArrayList<>();
                for (long x : a.space().dims()) {
                    shape.add(x);
                }
                e.put("shape", shape);
                e.put("value", nest(a.type(), a.readValues(), a.space().dims()));
            }
            m.put(a.name(), e);
        }
        return m;
    }

    private Object nest(DataType t, Object[] values, long[] dims) {
        if (dims.length == 0) {
            return norm(t, values[0]);
        }
        return nest(t, values, dims, 0, 0, values.length);
    }

    private Object nest(DataType t, Object[] values, long[] dims, int d, int from, int to) {
        List<Object> l = new ArrayList<>();
        if (d == dims.length - 1) {
            for (int i = from; i < to; i++) {
                l.add(norm(t, values[i]));
            }
            return l;
        }
        int step = dims[d] == 0 ? 0 : (to - from) / (int) dims[d];
        for (int i = 0; i < dims[d]; i++) {
            l.add(nest(t, values, dims, d + 1, from + i * step, from + (i + 1) * step));
        }
        return l;
    }

    private Object norm(DataType t, Object v) {
        if (v == null) {
            return null;
        }
        if (t instanceof FloatType) {
            return "f:" + Long.toHexString(Double.doubleToRawLongBits((Double) v));
        }
        if (t instanceof StringType) {
            String s = (String) v;
            int end = s.length();
            while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == 0) && !((StringType) t).isVariable()) {
                end--;
            }
            return s.substring(0, end);
        }
        if (t instanceof CompoundType ct) {
            Map<String, Object> m = new TreeMap<>();
            Map<?, ?> in = (Map<?, ?>) v;
            for (CompoundType.Member mem : ct.members()) {
                m.put(mem.name(), norm(mem.type(), in.get(mem.name())));
            }
            return m;
        }
        if (v instanceof EnumValue e) {
            return e.value();
        }
        if (t instanceof ArrayType at) {
            List<Object> l = new ArrayList<>();
            for (Object o : (List<?>) v) {
                l.add(at.dims().size() > 1 ? normNested(at.base(), o, at.dims().size() - 1) : norm(at.base(), o));
            }
            return l;
        }
        if (t instanceof VlenType vt) {
            List<Object> l = new ArrayList<>();
            for (Object o : (List<?>) v) {
                l.add(norm(vt.base(), o));
            }
            return l;
        }
        if (v instanceof ObjectReference r) {
            return paths.get(r.address());
        }
        if (v instanceof RegionReference r) {
            return Map.of("region", paths.get(r.address()));
        }
        if (t instanceof BitfieldType bt && v instanceof byte[] b) {
            byte[] be = new byte[b.length + 1];
            for (int i = 0; i < b.length; i++) {
                be[i + 1] = bt.order() == ByteOrderKind.BIG_ENDIAN ? b[i] : b[b.length - 1 - i];
            }
            return new BigInteger(be);
        }
        if (v instanceof byte[] b) {
            StringBuilder sb = new StringBuilder();
            for (byte x : b) {
                sb.append(String.format("%02x", x & 0xff));
            }
            return sb.toString();
        }
        return v;
    }

    private Object normNested(DataType base, Object v, int depth) {
        if (depth == 0) {
            return norm(base, v);
        }
        List<Object> l = new ArrayList<>();
        for (Object o : (List<?>) v) {
            l.add(normNested(base, o, depth - 1));
        }
        return l;
    }
}
