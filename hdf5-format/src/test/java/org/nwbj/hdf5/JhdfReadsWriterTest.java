package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.jhdf.HdfFile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.ByteOrderKind;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.hdf5.type.VlenType;

/**
 * jHDF, an independent pure-Java reader, reads what Hdf5Writer wrote (and its copy in the latest format) with the
 * same values: integer and float types in both byte orders, strings, compounds, enums, vlen sequences, contiguous
 * and chunked layouts with deflate/shuffle/fletcher32, growable datasets, compact and dense attributes.
 */
class JhdfReadsWriterTest {
    @TempDir
    Path dir;

    private static final CompoundType POINT = new CompoundType(16, List.of(
            new CompoundType.Member("id", 0, DataTypes.INT32),
            new CompoundType.Member("v", 8, DataTypes.FLOAT64)));

    private List<Object[]> written;

    private Path write(boolean latest) {
        Path p = dir.resolve("w.h5");
        written = new ArrayList<>();
        try (Hdf5Writer w = Hdf5Writer.create(p, latest)) {
            GroupWriter g = w.root().createGroup("types");
            for (ByteOrderKind o : new ByteOrderKind[] {ByteOrderKind.LITTLE_ENDIAN, ByteOrderKind.BIG_ENDIAN}) {
                String s = o == ByteOrderKind.LITTLE_ENDIAN ? "le" : "be";
                add(g, "i8" + s, IntegerType.of(1, true, o), new Object[] {-128L, 0L, 127L});
                add(g, "u8" + s, IntegerType.of(1, false, o), new Object[] {0L, 255L, 7L});
                add(g, "i16" + s, IntegerType.of(2, true, o), new Object[] {-32768L, 5L, 32767L});
                add(g, "u16" + s, IntegerType.of(2, false, o), new Object[] {0L, 65535L, 9L});
                add(g, "i32" + s, IntegerType.of(4, true, o), new Object[] {-5L, (long) Integer.MAX_VALUE, 0L});
                add(g, "u32" + s, IntegerType.of(4, false, o), new Object[] {4294967295L, 1L, 0L});
                add(g, "i64" + s, IntegerType.of(8, true, o), new Object[] {Long.MIN_VALUE, 3L, Long.MAX_VALUE});
                add(g, "f32" + s, FloatType.ieee(4, o), new Object[] {1.5, -0.25, 1e30 * 0 + 3.0});
                add(g, "f64" + s, FloatType.ieee(8, o), new Object[] {Math.PI, -1e300, 0.0});
            }
            add(g, "fixed", DataTypes.fixedString(5, StringType.Charset.ASCII), new Object[] {"ab", "cdefg", ""});
            add(g, "vlen", DataTypes.UTF8, new Object[] {"α", "two", "three"});
            add(g, "enum", DataTypes.BOOL, new Object[] {new EnumValue("TRUE", 1), new EnumValue("FALSE", 0)});
            add(g, "vlen_int", new VlenType(DataTypes.INT32, 16), new Object[] {List.of(1L, 2L), List.of(3L)});
            Object[] points = {Map.of("id", 1L, "v", 0.5), Map.of("id", 2L, "v", -1.5)};
            add(g, "compound", POINT, points);

            double[] grid = new double[20 * 30];
            for (int i = 0; i < grid.length; i++) {
                grid[i] = i * 0.5;
            }
            w.root().createDataset("contiguous", DatasetOptions.of(DataTypes.FLOAT64, 20, 30)).writeAll(grid);
            w.root().createDataset("chunked", DatasetOptions.of(DataTypes.FLOAT64, 20, 30).chunks(7, 8).deflate(6)
                    .shuffle().fletcher32()).writeAll(grid);
            w.root().createDataset("single_chunk", DatasetOptions.of(DataTypes.FLOAT64, 20, 30).chunks(20, 30)
                    .deflate(1)).writeAll(grid);
            DatasetWriter grow = w.root().createDataset("growing", DatasetOptions.of(DataTypes.INT32, 0, 3)
                    .maxDims(Dataspace.UNLIMITED, 3).chunks(4, 3).deflate(4));
            int[] rows = new int[30];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = i;
            }
            grow.resize(10, 3);
            grow.writeAll(rows);

            GroupWriter a = w.root().createGroup("attrs");
            for (int i = 0; i < 12; i++) {
                a.setAttribute("n" + i, (long) i);
            }
            a.setAttribute("text", "hello");
            GroupWriter c = w.root().createGroup("compact_attrs");
            c.setAttribute("d", new double[] {1.0, 2.0});
            c.setAttribute("s", new String[] {"x", "yz"});
        }
        return p;
    }

    private void add(GroupWriter g, String name, DataType t, Object[] values) {
        g.createDataset(name, DatasetOptions.of(t, values.length)).writeAll(values);
        written.add(new Object[] {name, values});
    }

    /** Mode 0: the writer's default format; 1: its file copied in the latest format; 2: written in the latest. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void jhdfReadsTheSameValues(int mode) {
        Path p = write(mode == 2);
        if (mode == 1) {
            Path q = dir.resolve("latest.h5");
            try (Hdf5File f = Hdf5File.open(p)) {
                f.copyTo(q, true);
            }
            p = q;
        }
        try (HdfFile j = new HdfFile(p)) {
            for (Object[] e : written) {
                String name = (String) e[0];
                Object[] expected = (Object[]) e[1];
                Object data = j.getDatasetByPath("/types/" + name).getData();
                assertThat(normalize(data)).as(name).isEqualTo(data instanceof Map ? columns(expected)
                        : normalize(expected));
            }
            double[] grid = new double[600];
            for (int i = 0; i < grid.length; i++) {
                grid[i] = i * 0.5;
            }
            for (String n : new String[] {"contiguous", "chunked", "single_chunk"}) {
                assertThat(flatDoubles(j.getDatasetByPath("/" + n).getDataFlat())).as(n).containsExactly(grid);
            }
            int[][] growing = (int[][]) j.getDatasetByPath("/growing").getData();
            assertThat(growing).hasDimensions(10, 3);
            assertThat(growing[9]).containsExactly(27, 28, 29);
            Map<String, io.jhdf.api.Attribute> attrs = j.getByPath("/attrs").getAttributes();
            assertThat(attrs).hasSize(13);
            assertThat(((Number) attrs.get("n11").getData()).longValue()).isEqualTo(11);
            assertThat(attrs.get("text").getData()).isEqualTo("hello");
            assertThat((double[]) j.getByPath("/compact_attrs").getAttribute("d").getData()).containsExactly(1.0,
                    2.0);
            assertThat((String[]) j.getByPath("/compact_attrs").getAttribute("s").getData()).containsExactly("x",
                    "yz");
        }
    }

    /** Compound rows as jHDF returns them: one list per member. */
    private static Object columns(Object[] rows) {
        java.util.TreeMap<String, List<Object>> out = new java.util.TreeMap<>();
        for (Object row : rows) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) row).entrySet()) {
                out.computeIfAbsent((String) e.getKey(), k -> new ArrayList<>()).add(normalize(e.getValue()));
            }
        }
        return out;
    }

    private static double[] flatDoubles(Object flat) {
        double[] d = new double[Array.getLength(flat)];
        for (int i = 0; i < d.length; i++) {
            d[i] = ((Number) Array.get(flat, i)).doubleValue();
        }
        return d;
    }

    /** Values as comparable Java objects: numbers as Long or Double, enums by name, arrays and lists as lists. */
    static Object normalize(Object v) {
        if (v instanceof EnumValue e) {
            return e.name();
        }
        if (v instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (v instanceof Float || v instanceof Double) {
            return ((Number) v).doubleValue();
        }
        if (v instanceof java.math.BigInteger b) {
            return b.longValue();
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof Map<?, ?> m) {
            java.util.TreeMap<String, Object> out = new java.util.TreeMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(String.valueOf(e.getKey()), normalize(e.getValue()));
            }
            return out;
        }
        if (v != null && v.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                out.add(normalize(Array.get(v, i)));
            }
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                out.add(normalize(o));
            }
            return out;
        }
        return v;
    }
}
