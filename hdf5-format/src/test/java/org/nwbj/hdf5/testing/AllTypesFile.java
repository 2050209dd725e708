package org.nwbj.hdf5.testing;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.DatatypeWriter;
import org.nwbj.hdf5.EnumValue;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.ObjectReference;
import org.nwbj.hdf5.RegionReference;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.ArrayType;
import org.nwbj.hdf5.type.BitfieldType;
import org.nwbj.hdf5.type.ByteOrderKind;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.hdf5.type.EnumType;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;
import org.nwbj.hdf5.type.OpaqueType;
import org.nwbj.hdf5.type.ReferenceType;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.hdf5.type.VlenType;

/**
 * A file holding a dataset and an attribute of every datatype the writer writes, with the values written: shared by
 * the reader, h5py and jHDF tests.
 */
public final class AllTypesFile {
    /** What was written under one name: its type and elements (as readValues returns them). */
    public record Entry(String name, DataType type, Object[] values) {
    }

    public static final StringType VLEN_ASCII = new StringType(16, true, StringType.Charset.ASCII,
            StringType.Padding.NULLTERM);
    public static final ReferenceType REGION = new ReferenceType(ReferenceType.Kind.REGION, 12);
    public static final CompoundType INNER = new CompoundType(8, List.of(
            new CompoundType.Member("x", 0, DataTypes.UINT8),
            new CompoundType.Member("y", 4, DataTypes.FLOAT32)));
    public static final CompoundType RECORD = new CompoundType(8 + 8 + 16 + 8 + 12 + 8 + 8, List.of(
            new CompoundType.Member("a", 0, DataTypes.INT32),
            new CompoundType.Member("b", 8, DataTypes.FLOAT64),
            new CompoundType.Member("s", 16, DataTypes.UTF8),
            new CompoundType.Member("f", 32, DataTypes.fixedString(8, StringType.Charset.ASCII)),
            new CompoundType.Member("arr", 40, new ArrayType(DataTypes.INT16, List.of(2L, 3L))),
            new CompoundType.Member("ref", 52, DataTypes.objectReference()),
            new CompoundType.Member("inner", 60, INNER)));
    public static final EnumType COLOR = new EnumType(IntegerType.of(2, true, ByteOrderKind.BIG_ENDIAN), List.of(
            new EnumType.Member("RED", 0), new EnumType.Member("GREEN", 1), new EnumType.Member("BLUE", 7)));

    private AllTypesFile() {
    }

    /** Every entry with a type that needs no object in the file (plain values). */
    public static List<Entry> plainEntries() {
        List<Entry> e = new ArrayList<>();
        for (ByteOrderKind o : new ByteOrderKind[] {ByteOrderKind.LITTLE_ENDIAN, ByteOrderKind.BIG_ENDIAN}) {
            String s = o == ByteOrderKind.LITTLE_ENDIAN ? "le" : "be";
            e.add(new Entry("i8" + s, IntegerType.of(1, true, o), new Object[] {-128L, 0L, 127L}));
            e.add(new Entry("u8" + s, IntegerType.of(1, false, o), new Object[] {0L, 200L, 255L}));
            e.add(new Entry("i16" + s, IntegerType.of(2, true, o), new Object[] {-32768L, 1L, 32767L}));
            e.add(new Entry("u16" + s, IntegerType.of(2, false, o), new Object[] {0L, 1L, 65535L}));
            e.add(new Entry("i32" + s, IntegerType.of(4, true, o), new Object[] {(long) Integer.MIN_VALUE, -1L,
                (long) Integer.MAX_VALUE}));
            e.add(new Entry("u32" + s, IntegerType.of(4, false, o), new Object[] {0L, 7L, 4294967295L}));
            e.add(new Entry("i64" + s, IntegerType.of(8, true, o), new Object[] {Long.MIN_VALUE, 5L,
                Long.MAX_VALUE}));
            e.add(new Entry("u64" + s, IntegerType.of(8, false, o), new Object[] {0L, Long.MAX_VALUE,
                new BigInteger("18446744073709551615")}));
            e.add(new Entry("f16" + s, FloatType.ieee(2, o), new Object[] {1.5, -2.0, 65504.0}));
            e.add(new Entry("f32" + s, FloatType.ieee(4, o), new Object[] {1.25, (double) (float) -3.5e10, 0.0}));
            e.add(new Entry("f64" + s, FloatType.ieee(8, o), new Object[] {Math.PI, -1e300, Double.MIN_VALUE}));
        }
        for (StringType.Charset cs : StringType.Charset.values()) {
            String text = cs == StringType.Charset.UTF8 ? "hé" : "he";
            for (StringType.Padding pad : StringType.Padding.values()) {
                e.add(new Entry("fixed_" + cs + "_" + pad, new StringType(6, false, cs, pad),
                        new Object[] {text, "", "abcde"}));
            }
        }
        e.add(new Entry("vlen_utf8", DataTypes.UTF8, new Object[] {"α", "", "long text here"}));
        e.add(new Entry("vlen_ascii", VLEN_ASCII, new Object[] {"a", "bc"}));
        e.add(new Entry("enum", COLOR, new Object[] {new EnumValue("RED", 0), new EnumValue("BLUE", 7),
            new EnumValue("GREEN", 1)}));
        e.add(new Entry("bool", DataTypes.BOOL, new Object[] {new EnumValue("TRUE", 1), new EnumValue("FALSE", 0)}));
        e.add(new Entry("array", new ArrayType(DataTypes.FLOAT32, List.of(2L, 2L)), new Object[] {
            List.of(List.of(1.0, 2.0), List.of(3.0, 4.0)), List.of(List.of(5.0, 6.0), List.of(7.0, 8.0))}));
        e.add(new Entry("vlen_int", new VlenType(DataTypes.INT32, 16), new Object[] {List.of(1L, 2L, 3L), List.of(),
            List.of(-4L)}));
        e.add(new Entry("vlen_vlen", new VlenType(new VlenType(DataTypes.INT8, 16), 16), new Object[] {
            List.of(List.of(1L), List.of(2L, 3L)), List.of()}));
        e.add(new Entry("opaque", new OpaqueType(4, "blob"), new Object[] {new byte[] {1, 2, 3, 4},
            new byte[] {-1, 0, -1, 0}}));
        e.add(new Entry("bitfield", new BitfieldType(2, ByteOrderKind.LITTLE_ENDIAN, 0, 16), new Object[] {
            new byte[] {5, 0}, new byte[] {(byte) 0xff, 1}}));
        return e;
    }

    public static Map<String, Object> record(long a, double b, String s, String f, List<Object> arr, ObjectReference ref,
            long x, double y) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("x", x);
        inner.put("y", y);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", a);
        m.put("b", b);
        m.put("s", s);
        m.put("f", f);
        m.put("arr", arr);
        m.put("ref", ref);
        m.put("inner", inner);
        return m;
    }

    /**
     * Writes the file: /datasets/NAME and attributes NAME on /attrs for every plain entry, then references,
     * compounds with references, a committed compound type used by a dataset and an attribute. Returns every entry
     * (under "datasets/NAME"-relative names for the plain ones; the others listed by their dataset name).
     */
    public static List<Entry> write(Path p) {
        List<Entry> all = new ArrayList<>(plainEntries());
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            GroupWriter ds = w.root().createGroup("datasets");
            GroupWriter attrs = w.root().createGroup("attrs");
            DatasetWriter target = null;
            for (Entry e : plainEntries()) {
                DatasetWriter d = ds.createDataset(e.name(), DatasetOptions.of(e.type(), e.values().length));
                d.writeAll(e.values());
                attrs.setAttribute(e.name(), e.type(), e.values());
                if (e.name().equals("i32le")) {
                    target = d;
                }
            }
            GroupWriter g = w.root().createGroup("target_group");
            ObjectReference toGroup = g.reference();
            ObjectReference toData = target.reference();
            Object[] refs = {toGroup, toData, null};
            ds.createDataset("objref", DatasetOptions.of(DataTypes.objectReference(), 3)).writeAll(refs);
            attrs.setAttribute("objref", DataTypes.objectReference(), refs);
            all.add(new Entry("objref", DataTypes.objectReference(), refs));
            DatasetWriter grid = w.root().createDataset("grid", DatasetOptions.of(DataTypes.INT32, 10, 10));
            int[] v = new int[100];
            for (int i = 0; i < 100; i++) {
                v[i] = i;
            }
            grid.writeAll(v);
            Object[] regions = {grid.regionReference(new Selection(new long[] {1, 2}, new long[] {1, 2},
                new long[] {2, 3}, new long[] {1, 1})), grid.regionReference(Selection.all(grid.dims()))};
            ds.createDataset("regref", DatasetOptions.of(REGION, 2)).writeAll(regions);
            attrs.setAttribute("regref", REGION, regions);
            all.add(new Entry("regref", REGION, regions));
            Object[] records = {
                record(1, 2.5, "one", "uno", List.of(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L)), toGroup, 7, 0.5),
                record(-2, -0.25, "", "", List.of(List.of(0L, 0L, 0L), List.of(0L, 0L, -1L)), null, 255, -1.0)};
            ds.createDataset("compound", DatasetOptions.of(RECORD, 2)).writeAll(records);
            attrs.setAttribute("compound", RECORD, records);
            all.add(new Entry("compound", RECORD, records));
            DatatypeWriter committed = w.root().commitDatatype("committed_inner", INNER);
            committed.setAttribute("note", "a committed type");
            Object[] inners = {Map.of("x", 1L, "y", 2.0), Map.of("x", 3L, "y", 4.0)};
            ds.createDataset("committed", DatasetOptions.of(INNER, 2), committed).writeAll(inners);
            attrs.setAttribute("committed", committed, inners);
            all.add(new Entry("committed", INNER, inners));
        }
        return all;
    }

    public static boolean valuesEqual(Object a, Object b) {
        if (a instanceof RegionReference ra && b instanceof RegionReference rb) {
            return ra.address() == rb.address() && Arrays.equals(ra.selection(), rb.selection());
        }
        if (a instanceof byte[] ba && b instanceof byte[] bb) {
            return Arrays.equals(ba, bb);
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (!ma.keySet().equals(mb.keySet())) {
                return false;
            }
            for (Object k : ma.keySet()) {
                if (!valuesEqual(ma.get(k), mb.get(k))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!valuesEqual(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Number na && b instanceof Number nb && !(a instanceof Double) && !(b instanceof Double)) {
            return new BigInteger(na.toString()).equals(new BigInteger(nb.toString()));
        }
        return java.util.Objects.equals(a, b);
    }
}
