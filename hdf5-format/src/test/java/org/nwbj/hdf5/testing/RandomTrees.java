package org.nwbj.hdf5.testing;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.EnumValue;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.NodeWriter;
import org.nwbj.hdf5.type.ArrayType;
import org.nwbj.hdf5.type.ByteOrderKind;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.hdf5.type.EnumType;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;
import org.nwbj.hdf5.type.OpaqueType;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.hdf5.type.VlenType;

/**
 * Writes a random tree from a seed with Hdf5Writer: nested groups (some tracking creation order), datasets of
 * random types, shapes, layouts and filters, attributes (some objects past the dense threshold), soft, external and
 * hard links; default or latest format; and records what was written, to compare with what a reader sees.
 */
public final class RandomTrees {
    /** Expected content: datasets and attributes by path ("PATH" or "PATH@NAME"), links by path. */
    public static final class Expected {
        public final Map<String, Object[]> values = new LinkedHashMap<>();
        public final Map<String, long[]> dims = new LinkedHashMap<>();
        public final Map<String, DataType> types = new LinkedHashMap<>();
        public final Map<String, Link> links = new LinkedHashMap<>();
        public final Map<String, String> hardTargets = new LinkedHashMap<>();
        public final List<String> groups = new ArrayList<>();
    }

    private static final CompoundType PAIR = new CompoundType(24, List.of(
            new CompoundType.Member("id", 0, DataTypes.INT32),
            new CompoundType.Member("x", 4, DataTypes.FLOAT64),
            new CompoundType.Member("label", 12, new StringType(12, false, StringType.Charset.ASCII,
                    StringType.Padding.NULLPAD))));
    private static final EnumType LEVEL = new EnumType(DataTypes.UINT8, List.of(new EnumType.Member("LOW", 0),
            new EnumType.Member("MID", 5), new EnumType.Member("HIGH", 200)));

    private final Random r;
    private final Expected exp = new Expected();
    private final List<DatasetWriter> datasetWriters = new ArrayList<>();
    private final List<String> datasetPaths = new ArrayList<>();
    private final List<NodeWriter> objects = new ArrayList<>();
    private final List<String> objectPaths = new ArrayList<>();
    private int counter;

    private RandomTrees(long seed) {
        this.r = new Random(seed);
    }

    public static Expected write(long seed, Path file) {
        RandomTrees t = new RandomTrees(seed);
        // a third of the trees in the latest format (superblock 3, the HDF5 1.10 chunk indexes)
        try (Hdf5Writer w = Hdf5Writer.create(file, t.r.nextInt(3) == 0)) {
            t.exp.groups.add("/");
            t.objects.add(w.root());
            t.objectPaths.add("/");
            t.fillGroup(w.root(), "/", 0);
            if (t.r.nextInt(3) == 0) {
                w.flush(); // a flush in the middle must leave nothing half-written for the final one
                t.attributes(w.root(), "/", 2);
            }
        }
        return t.exp;
    }

    private String name() {
        String[] stems = {"a", "data", "grp", "ts", "x", "é"};
        return stems[r.nextInt(stems.length)] + (counter++);
    }

    private void fillGroup(GroupWriter g, String path, int depth) {
        attributes(g, path, r.nextInt(5) == 0 ? 9 + r.nextInt(6) : r.nextInt(4));
        int n = r.nextInt(depth == 0 ? 5 : 4);
        for (int i = 0; i < n; i++) {
            String name = name();
            String child = (path.equals("/") ? "" : path) + "/" + name;
            int kind = r.nextInt(10);
            if (kind < 3 && depth < 3) {
                GroupWriter c = r.nextBoolean() ? g.createGroup(name) : g.createGroupTrackingOrder(name);
                exp.groups.add(child);
                objects.add(c);
                objectPaths.add(child);
                fillGroup(c, child, depth + 1);
            } else if (kind < 8) {
                dataset(g, name, child);
            } else if (kind == 8 && !objects.isEmpty()) {
                if (r.nextBoolean()) {
                    String target = objectPaths.get(r.nextInt(objectPaths.size()));
                    g.createSoftLink(name, target);
                    exp.links.put(child, new Link.Soft(name, target, -1));
                } else {
                    String file = "other" + r.nextInt(3) + ".h5";
                    g.createExternalLink(name, file, "/x/y");
                    exp.links.put(child, new Link.External(name, file, "/x/y", -1));
                }
            } else if (!datasetWriters.isEmpty()) {
                int k = r.nextInt(datasetWriters.size());
                g.createHardLink(name, datasetWriters.get(k));
                exp.hardTargets.put(child, datasetPaths.get(k));
            }
        }
    }

    private void attributes(NodeWriter o, String path, int n) {
        for (int i = 0; i < n; i++) {
            String name = "attr" + (counter++);
            DataType t = type(false);
            long[] dims = r.nextInt(3) == 0 ? new long[0] : new long[] {r.nextInt(4)};
            Object[] v = values(t, count(dims));
            o.setAttribute(name, t, dims, v);
            exp.values.put(path + "@" + name, v);
            exp.dims.put(path + "@" + name, dims);
            exp.types.put(path + "@" + name, t);
        }
    }

    private static int count(long[] dims) {
        int n = 1;
        for (long d : dims) {
            n *= (int) d;
        }
        return n;
    }

    private void dataset(GroupWriter g, String name, String path) {
        DataType t = type(true);
        int rank = r.nextInt(4);
        long[] dims = new long[rank];
        for (int d = 0; d < rank; d++) {
            dims[d] = r.nextInt(6);
        }
        DatasetOptions o = DatasetOptions.of(t, dims);
        boolean chunked = rank > 0 && r.nextBoolean();
        if (chunked) {
            long[] chunks = new long[rank];
            long[] max = dims.clone();
            for (int d = 0; d < rank; d++) {
                chunks[d] = 1 + r.nextInt(4);
                if (r.nextInt(3) == 0) {
                    max[d] = Dataspace.UNLIMITED;
                }
            }
            o = o.maxDims(max).chunks(chunks);
            if (r.nextBoolean()) {
                o = o.deflate(r.nextInt(10));
            }
            if (r.nextInt(3) == 0) {
                o = o.shuffle();
            }
            if (r.nextInt(4) == 0) {
                o = o.fletcher32();
            }
        }
        DatasetWriter d = g.createDataset(name, o);
        Object[] v = values(t, count(dims));
        if (v.length > 0) {
            d.writeAll(v);
        }
        exp.values.put(path, v);
        exp.dims.put(path, dims);
        exp.types.put(path, t);
        datasetWriters.add(d);
        datasetPaths.add(path);
        objects.add(d);
        objectPaths.add(path);
        attributes(d, path, r.nextInt(3));
    }

    private DataType type(boolean forDataset) {
        ByteOrderKind o = r.nextBoolean() ? ByteOrderKind.LITTLE_ENDIAN : ByteOrderKind.BIG_ENDIAN;
        switch (r.nextInt(14)) {
            case 0: return IntegerType.of(1 << r.nextInt(4), true, o);
            case 1: return IntegerType.of(1 << r.nextInt(4), false, o);
            case 2: return FloatType.ieee(4, o);
            case 3: return FloatType.ieee(8, o);
            case 4: return FloatType.ieee(2, o);
            case 5: return new StringType(1 + r.nextInt(8), false, r.nextBoolean() ? StringType.Charset.ASCII
                    : StringType.Charset.UTF8, StringType.Padding.values()[r.nextInt(3)]);
            case 6: return DataTypes.UTF8;
            case 7: return DataTypes.BOOL;
            case 8: return LEVEL;
            case 9: return PAIR;
            case 10: return new ArrayType(DataTypes.INT16, List.of(2L));
            case 11: return new VlenType(DataTypes.INT32, 16);
            case 12: return new OpaqueType(3, "tag" + r.nextInt(2));
            default: return objects.isEmpty() ? DataTypes.INT8 : DataTypes.objectReference();
        }
    }

    private Object[] values(DataType t, int n) {
        Object[] v = new Object[n];
        for (int i = 0; i < n; i++) {
            v[i] = value(t);
        }
        return v;
    }

    private String letters(int max) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    private Object value(DataType t) {
        if (t instanceof EnumType e) {
            EnumType.Member m = e.members().get(r.nextInt(e.members().size()));
            return new EnumValue(m.name(), m.value());
        }
        if (t instanceof IntegerType it) {
            int bits = it.size() * 8;
            BigInteger x = new BigInteger(bits, r);
            if (it.signed()) {
                x = x.subtract(BigInteger.ONE.shiftLeft(bits - 1));
            }
            return x.bitLength() < 64 ? (Object) x.longValue() : x;
        }
        if (t instanceof FloatType ft) {
            return switch (ft.size()) {
                case 2 -> (double) (r.nextInt(4001) - 2000) / 4;
                case 4 -> (double) (float) (r.nextGaussian() * 1e3);
                default -> r.nextGaussian() * 1e100;
            };
        }
        if (t instanceof StringType st) {
            return st.isVariable() ? letters(10) + (r.nextBoolean() ? "ü" : "") : letters(st.size());
        }
        if (t instanceof CompoundType) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", (long) r.nextInt());
            m.put("x", r.nextDouble());
            m.put("label", letters(12));
            return m;
        }
        if (t instanceof ArrayType) {
            return List.of((long) (short) r.nextInt(), (long) (short) r.nextInt());
        }
        if (t instanceof VlenType) {
            List<Object> l = new ArrayList<>();
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
                l.add((long) r.nextInt());
            }
            return l;
        }
        if (t instanceof OpaqueType) {
            byte[] b = new byte[3];
            r.nextBytes(b);
            return b;
        }
        // object reference
        if (r.nextInt(5) == 0) {
            return null;
        }
        return objects.get(r.nextInt(objects.size())).reference();
    }
}
