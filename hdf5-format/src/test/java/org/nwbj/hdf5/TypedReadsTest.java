package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.ByteOrderKind;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;

/**
 * Every numeric type (int8..64, uint8..64, float32/64, and one big-endian type) against every typed read, checked
 * against an independent oracle of the documented rule: exact when the value fits, stored bits for an unsigned type
 * read at its own width, refused otherwise; floats never read as integers. Each type is stored contiguous and
 * chunked (the streamed path) and read whole, by a strided selection (the general path), into a caller's array at an
 * offset, into a direct buffer, and as an NdArray.
 */
class TypedReadsTest {
    @TempDir
    static Path dir;
    static Path file;

    /** A stored type and the values its dataset holds. */
    record Case(String name, DataType type, List<BigInteger> ints, double[] floats) {
        int size() {
            return ints != null ? ints.size() : floats.length;
        }
    }

    enum Read { BYTES(8), SHORTS(16), INTS(32), LONGS(64), FLOATS(0), DOUBLES(0);
        final int bits;

        Read(int bits) {
            this.bits = bits;
        }
    }

    static final List<Case> CASES = new ArrayList<>();

    static {
        for (int bits : new int[] {8, 16, 32, 64}) {
            BigInteger max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
            BigInteger min = BigInteger.ONE.shiftLeft(bits - 1).negate();
            BigInteger umax = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
            IntegerType s = IntegerType.of(bits / 8, true, ByteOrderKind.LITTLE_ENDIAN);
            IntegerType u = IntegerType.of(bits / 8, false, ByteOrderKind.LITTLE_ENDIAN);
            CASES.add(new Case("int" + bits + "_small", s, ints(0, 1, -1, 100, -100, 7, 127, -128), null));
            CASES.add(new Case("int" + bits + "_edges", s, List.of(min, min.add(BigInteger.ONE), BigInteger.ZERO, max,
                    max.subtract(BigInteger.ONE), BigInteger.ONE, BigInteger.TEN, BigInteger.TWO), null));
            CASES.add(new Case("uint" + bits + "_small", u, ints(0, 1, 2, 100, 127, 7, 8, 9), null));
            CASES.add(new Case("uint" + bits + "_edges", u, List.of(umax, umax.shiftRight(1), umax.shiftRight(1)
                    .add(BigInteger.ONE), BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(128), BigInteger.valueOf(
                    255), umax.subtract(BigInteger.ONE)), null));
        }
        CASES.add(new Case("uint16be_edges", IntegerType.of(2, false, ByteOrderKind.BIG_ENDIAN), ints(0, 1, 40000,
                65535, 300, 32767, 32768, 2), null));
        double[] fs = {0, 1.5, -2.25, 1e10, Float.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.NEGATIVE_INFINITY};
        CASES.add(new Case("float32", DataTypes.FLOAT32, null, fs));
        CASES.add(new Case("float64", DataTypes.FLOAT64, null, fs));
        CASES.add(new Case("float64be", FloatType.ieee(8, ByteOrderKind.BIG_ENDIAN), null, fs));
    }

    static List<BigInteger> ints(long... v) {
        List<BigInteger> out = new ArrayList<>();
        for (long x : v) {
            out.add(BigInteger.valueOf(x));
        }
        return out;
    }

    static final int ROWS = 4;

    /** Stored bytes: the case's values repeated over ROWS rows (each row the values + row). */
    static byte[] stored(Case c) {
        int w = c.type().size();
        ByteOrder o = c.type() instanceof IntegerType it ? it.order().nio() : ((FloatType) c.type()).order().nio();
        ByteBuffer b = ByteBuffer.allocate(ROWS * c.size() * w).order(o);
        for (int r = 0; r < ROWS; r++) {
            for (int i = 0; i < c.size(); i++) {
                if (c.ints() != null) {
                    long bits = c.ints().get(i).longValue(); // low 64 bits: the two's complement pattern
                    switch (w) {
                        case 1 -> b.put((byte) bits);
                        case 2 -> b.putShort((short) bits);
                        case 4 -> b.putInt((int) bits);
                        default -> b.putLong(bits);
                    }
                } else if (w == 4) {
                    b.putFloat((float) c.floats()[i]);
                } else {
                    b.putDouble(c.floats()[i]);
                }
            }
        }
        return b.array();
    }

    @BeforeAll
    static void write() {
        file = dir.resolve("types.h5");
        try (Hdf5Writer w = Hdf5Writer.create(file)) {
            for (Case c : CASES) {
                long[] dims = {ROWS, c.size()};
                DatasetWriter a = w.root().createDataset(c.name() + "_contiguous", DatasetOptions.of(c.type(), dims));
                a.writeBytes(Selection.all(dims), stored(c));
                DatasetWriter b = w.root().createDataset(c.name() + "_chunked", DatasetOptions.of(c.type(), dims)
                        .chunks(1, c.size()));
                b.writeBytes(Selection.all(dims), stored(c));
                a.setAttribute("copy", c.type(), Dataspace.simple(dims, dims), stored(c));
            }
        }
    }

    /** What the rule says element {@code i} reads as (a Number), or null when the read must be refused. */
    static Number expected(Case c, Read r, int i) {
        if (c.ints() == null) {
            double v = c.type().size() == 4 ? (float) c.floats()[i] : c.floats()[i];
            return switch (r) {
                case FLOATS -> (float) v;
                case DOUBLES -> v;
                default -> null;
            };
        }
        BigInteger v = c.ints().get(i);
        IntegerType it = (IntegerType) c.type();
        if (r == Read.FLOATS) {
            return v.floatValue();
        }
        if (r == Read.DOUBLES) {
            return v.doubleValue();
        }
        BigInteger lo = BigInteger.ONE.shiftLeft(r.bits - 1).negate();
        BigInteger hi = BigInteger.ONE.shiftLeft(r.bits - 1).subtract(BigInteger.ONE);
        if (!it.signed() && it.size() * 8 == r.bits) {
            return v.longValue(); // the stored bits, compared below after narrowing to the read's width
        }
        return v.compareTo(lo) >= 0 && v.compareTo(hi) <= 0 ? v.longValue() : null;
    }

    /** Reads all of {@code d} with read {@code r} as a double[] of the Java values (narrowed results widened back). */
    static double[] asDoubles(Object arr) {
        int n = java.lang.reflect.Array.getLength(arr);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = ((Number) java.lang.reflect.Array.get(arr, i)).doubleValue();
        }
        return out;
    }

    static long[] asLongs(Object arr) {
        int n = java.lang.reflect.Array.getLength(arr);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = ((Number) java.lang.reflect.Array.get(arr, i)).longValue();
        }
        return out;
    }

    static Object read(Dataset d, Read r, Selection s) {
        return switch (r) {
            case BYTES -> d.readBytes(s);
            case SHORTS -> d.readShorts(s);
            case INTS -> d.readInts(s);
            case LONGS -> d.readLongs(s);
            case FLOATS -> d.readFloats(s);
            case DOUBLES -> d.readDoubles(s);
        };
    }

    /** The expected Java values of a selection of (row, col) pairs, or null when the read must fail. */
    static Object expectedArray(Case c, Read r, int[] cols, int rows) {
        int n = cols.length * rows;
        Object out = switch (r) {
            case BYTES -> new byte[n];
            case SHORTS -> new short[n];
            case INTS -> new int[n];
            case LONGS -> new long[n];
            case FLOATS -> new float[n];
            case DOUBLES -> new double[n];
        };
        for (int k = 0; k < n; k++) {
            Number e = expected(c, r, cols[k % cols.length]);
            if (e == null) {
                return null;
            }
            switch (r) {
                case BYTES -> ((byte[]) out)[k] = e.byteValue();
                case SHORTS -> ((short[]) out)[k] = e.shortValue();
                case INTS -> ((int[]) out)[k] = e.intValue();
                case LONGS -> ((long[]) out)[k] = e.longValue();
                case FLOATS -> ((float[]) out)[k] = e.floatValue();
                case DOUBLES -> ((double[]) out)[k] = e.doubleValue();
            }
        }
        return out;
    }

    static void check(String what, Object expected, java.util.function.Supplier<Object> read) {
        if (expected == null) {
            assertThatThrownBy(read::get).as(what).isInstanceOf(Hdf5Exception.class)
                    .hasMessageMatching("(?s).*(outside the range|floating-point).*");
        } else {
            Object got = read.get();
            if (expected instanceof float[] || expected instanceof double[]) {
                assertThat(Arrays.toString(asDoubles(got))).as(what).isEqualTo(Arrays.toString(asDoubles(expected)));
            } else {
                assertThat(asLongs(got)).as(what).containsExactly(asLongs(expected));
            }
        }
    }

    @Test
    void everyTypeAgainstEveryRead_wholeAndStrided() {
        try (Hdf5File f = Hdf5File.open(file)) {
            int checked = 0;
            for (Case c : CASES) {
                int[] all = new int[c.size()];
                Arrays.setAll(all, i -> i);
                int[] odd = {1, 3, 5, 7};
                for (String layout : List.of("_contiguous", "_chunked")) {
                    Dataset d = f.dataset("/" + c.name() + layout);
                    for (Read r : Read.values()) {
                        String what = c.name() + layout + " " + r;
                        check(what, expectedArray(c, r, all, ROWS), () -> read(d, r, Selection.all(new long[] {ROWS,
                                c.size()})));
                        // rows 1..2, every other column: not whole rows, the general path
                        Selection strided = new Selection(new long[] {1, 1}, new long[] {1, 2}, new long[] {2, 4},
                                new long[] {1, 1});
                        check(what + " strided", expectedArray(c, r, odd, 2), () -> read(d, r, strided));
                        checked += 2;
                    }
                }
                Attribute a = f.dataset("/" + c.name() + "_contiguous").attribute("copy");
                check(c.name() + " attribute ints", expectedArray(c, Read.INTS, all, ROWS), a::readInts);
                check(c.name() + " attribute shorts", expectedArray(c, Read.SHORTS, all, ROWS), a::readShorts);
                check(c.name() + " attribute doubles", expectedArray(c, Read.DOUBLES, all, ROWS), a::readDoubles);
            }
            assertThat(checked).isEqualTo(CASES.size() * 2 * Read.values().length * 2);
        }
    }

    @Test
    void uint16_shortsAreStoredBits_intsWiden_bytesRefuse() {
        try (Hdf5File f = Hdf5File.open(file)) {
            Dataset d = f.dataset("/uint16be_edges_chunked");
            short[] s = d.readShorts();
            assertThat(Short.toUnsignedInt(s[2])).isEqualTo(40000);
            assertThat(s[2]).isEqualTo((short) -25536);
            assertThat(d.readInts()[2]).isEqualTo(40000);
            assertThatThrownBy(d::readBytes).isInstanceOf(Hdf5Exception.class)
                    .hasMessageContaining("element 2 of /uint16be_edges_chunked (uint16)")
                    .hasMessageContaining("40000").hasMessageContaining("outside the range of byte");
            Dataset u32 = f.dataset("/uint32_edges_contiguous");
            assertThatThrownBy(() -> f.dataset("/int64_edges_chunked").readInts()).hasMessageContaining(
                    "-9223372036854775808").hasMessageContaining("readLongs");
            assertThat(Integer.toUnsignedLong(u32.readInts()[0])).isEqualTo(4294967295L);
            assertThat(f.dataset("/int64_small_chunked").readInts()).startsWith(0, 1, -1, 100);
        }
    }

    @Test
    void intoCallerArrayAtOffset_leavesTheRestAlone() {
        try (Hdf5File f = Hdf5File.open(file)) {
            for (String name : List.of("/uint16_small_chunked", "/uint16_small_contiguous")) {
                Dataset d = f.dataset(name);
                int[] dst = new int[40];
                Arrays.fill(dst, -7);
                d.readInts(Selection.rows(d.space().dims(), 1, 2), dst, 5);
                assertThat(Arrays.copyOfRange(dst, 0, 5)).containsOnly(-7);
                assertThat(Arrays.copyOfRange(dst, 5, 13)).containsExactly(0, 1, 2, 100, 127, 7, 8, 9);
                assertThat(Arrays.copyOfRange(dst, 21, 40)).containsOnly(-7);
                assertThatThrownBy(() -> d.readInts(Selection.all(d.space().dims()), new int[10], 0))
                        .isInstanceOf(IndexOutOfBoundsException.class);
            }
        }
    }

    @Test
    void intoDirectBuffer_advancesPosition() {
        try (Hdf5File f = Hdf5File.open(file)) {
            Dataset d = f.dataset("/float64_chunked");
            java.nio.DoubleBuffer buf = ByteBuffer.allocateDirect(8 * 100).order(ByteOrder.nativeOrder())
                    .asDoubleBuffer();
            buf.put(42);
            d.readDoubles(Selection.rows(d.space().dims(), 0, 1), buf);
            assertThat(buf.position()).isEqualTo(9);
            assertThat(buf.get(0)).isEqualTo(42);
            assertThat(buf.get(2)).isEqualTo(1.5);
            ByteBuffer bytes = ByteBuffer.allocateDirect(64);
            f.dataset("/uint8_edges_contiguous").readBytes(Selection.rows(new long[] {ROWS, 8}, 2, 1), bytes);
            assertThat(bytes.position()).isEqualTo(8);
            assertThat(Byte.toUnsignedInt(bytes.get(0))).isEqualTo(255);
        }
    }

    @Test
    void ndArray_naturalTypeShapeAndGet_withoutCopy() {
        try (Hdf5File f = Hdf5File.open(file)) {
            NdArray a = f.dataset("/uint16_edges_chunked").readNd();
            assertThat(a).isInstanceOf(NdArray.OfShorts.class);
            NdArray.OfShorts s = (NdArray.OfShorts) a;
            assertThat(s.shape()).containsExactly(ROWS, 8);
            assertThat(Short.toUnsignedInt(s.get(3, 0))).isEqualTo(65535);
            assertThat(s.get(2, 6)).isEqualTo(s.data()[2 * 8 + 6]);
            s.data()[0] = 5;
            assertThat(s.get(0, 0)).isEqualTo((short) 5); // data() is the array itself
            assertThatThrownBy(() -> s.get(4, 0)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> s.get(1)).isInstanceOf(IllegalArgumentException.class);
            assertThat(f.dataset("/float32_contiguous").readNd()).isInstanceOf(NdArray.OfFloats.class);
            assertThat(f.dataset("/int64_small_contiguous").readNd()).isInstanceOf(NdArray.OfLongs.class);
            NdArray.OfInts part = NdArray.of(new long[] {2, 4}, f.dataset("/int32_small_chunked").readInts(
                    new Selection(new long[] {0, 0}, new long[] {1, 2}, new long[] {2, 4}, new long[] {1, 1})));
            assertThat(part.get(1, 1)).isEqualTo(-1);
            assertThat(part.getDouble(1, 3)).isEqualTo(127.0);
            assertThatThrownBy(() -> NdArray.of(new long[] {3, 3}, new int[8]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void scalarDataset_readsOneElement_ndArrayOfRankZero() {
        Path p = dir.resolve("scalar.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("rate", DatasetOptions.of(DataTypes.UINT16))
                    .writeAll(new int[] {40000});
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            Dataset d = f.dataset("/rate");
            assertThat(d.readInts()).containsExactly(40000);
            assertThat(d.readDoubles()).containsExactly(40000.0);
            NdArray a = d.readNd();
            assertThat(a.rank()).isZero();
            assertThat(a.size()).isEqualTo(1);
            assertThat(a.getDouble()).isEqualTo(-25536.0); // a short: the stored bits of uint16 40000
        }
    }

    @Test
    void nonNumeric_refusedWithAPointer() {
        Path p = dir.resolve("strings.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("names", new String[] {"a", "b"});
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThatThrownBy(() -> f.dataset("/names").readInts()).isInstanceOf(Hdf5Exception.class)
                    .hasMessageContaining("/names").hasMessageContaining("readValues");
        }
    }

}
