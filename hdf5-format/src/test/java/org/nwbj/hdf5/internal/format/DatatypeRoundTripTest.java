package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nwbj.hdf5.type.ArrayType;
import org.nwbj.hdf5.type.BitfieldType;
import org.nwbj.hdf5.type.ByteOrderKind;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.EnumType;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;
import org.nwbj.hdf5.type.OpaqueType;
import org.nwbj.hdf5.type.ReferenceType;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.hdf5.type.TimeType;
import org.nwbj.hdf5.type.VlenType;

/**
 * Round trips of the datatype message for every class but integers (those are in MessageCodecsRoundTripTest):
 * a random type encodes, decodes to an equal type and encodes again to the same bytes.
 */
class DatatypeRoundTripTest {
    @Provide
    Arbitrary<FormatContext> contexts() {
        return RoundTrips.contexts();
    }

    @Property(tries = 200)
    void floats(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        roundTrip(ctx, floatType(new Random(seed)));
    }

    @Property(tries = 200)
    void strings(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        roundTrip(ctx, stringType(new Random(seed)));
    }

    @Property(tries = 200)
    void compounds(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        roundTrip(ctx, compound(new Random(seed), 0));
    }

    @Property(tries = 200)
    void enums(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        roundTrip(ctx, enumType(new Random(seed)));
    }

    @Property(tries = 200)
    void arrays(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        roundTrip(ctx, array(new Random(seed), 0));
    }

    @Property(tries = 200)
    void vlens(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        roundTrip(ctx, new VlenType(any(r, 1), 16));
    }

    @Property(tries = 200)
    void opaques(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        roundTrip(ctx, opaque(new Random(seed)));
    }

    @Property(tries = 200)
    void bitfields(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        roundTrip(ctx, new BitfieldType(1 << r.nextInt(4), order(r), r.nextInt(8), 1 + r.nextInt(64)));
    }

    @Property(tries = 100)
    void references(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        roundTrip(ctx, new ReferenceType(r.nextBoolean() ? ReferenceType.Kind.OBJECT : ReferenceType.Kind.REGION,
                r.nextBoolean() ? ctx.offsetSize() : 12));
    }

    @Property(tries = 100)
    void times(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        roundTrip(ctx, new TimeType(r.nextBoolean() ? 4 : 8, order(r), r.nextInt(65)));
    }

    private static void roundTrip(FormatContext ctx, DataType t) {
        byte[] b = DatatypeCodec.encode(t, ctx);
        DataType d = DatatypeCodec.decode(CodecTestSupport.reader(b, ctx));
        assertThat(d).isEqualTo(t);
        assertThat(DatatypeCodec.encode(d, ctx)).isEqualTo(b);
    }

    // ---- random types (valid: what the decoder accepts) ----

    static DataType any(Random r, int depth) {
        int pick = r.nextInt(depth >= 3 ? 8 : 11);
        return switch (pick) {
            case 0 -> integer(r);
            case 1 -> floatType(r);
            case 2 -> stringType(r);
            case 3 -> new BitfieldType(1 << r.nextInt(4), order(r), 0, 8);
            case 4 -> opaque(r);
            case 5 -> new ReferenceType(ReferenceType.Kind.OBJECT, 8);
            case 6 -> enumType(r);
            case 7 -> new TimeType(8, order(r), 64);
            case 8 -> compound(r, depth + 1);
            case 9 -> array(r, depth + 1);
            default -> new VlenType(any(r, depth + 1), 16);
        };
    }

    static ByteOrderKind order(Random r) {
        return r.nextBoolean() ? ByteOrderKind.LITTLE_ENDIAN : ByteOrderKind.BIG_ENDIAN;
    }

    static IntegerType integer(Random r) {
        int size = 1 << r.nextInt(4);
        return new IntegerType(size, order(r), r.nextBoolean(), 0, 8 * size);
    }

    static FloatType floatType(Random r) {
        if (r.nextInt(3) == 0) {
            return FloatType.ieee(r.nextBoolean() ? 4 : 8, order(r));
        }
        // any bit layout the message can describe, VAX order included
        ByteOrderKind order = r.nextInt(4) == 0 ? ByteOrderKind.VAX : order(r);
        int size = 1 + r.nextInt(16);
        return new FloatType(size, order, r.nextInt(8), 1 + r.nextInt(128), r.nextInt(128), r.nextInt(128),
                1 + r.nextInt(32), r.nextInt(128), 1 + r.nextInt(120), r.nextLong() & 0xffffffffL, r.nextInt(3));
    }

    static StringType stringType(Random r) {
        StringType.Charset cs = StringType.Charset.values()[r.nextInt(StringType.Charset.values().length)];
        StringType.Padding pad = StringType.Padding.values()[r.nextInt(StringType.Padding.values().length)];
        return r.nextBoolean() ? new StringType(1 + r.nextInt(300), false, cs, pad) : new StringType(16, true, cs, pad);
    }

    static OpaqueType opaque(Random r) {
        StringBuilder tag = new StringBuilder();
        for (int i = r.nextInt(r.nextBoolean() ? 10 : 240); i > 0; i--) {
            tag.append((char) (' ' + r.nextInt(95)));
        }
        return new OpaqueType(1 + r.nextInt(1000), tag.toString());
    }

    static String name(Random r, int i) {
        StringBuilder s = new StringBuilder("m" + i);
        for (int k = r.nextInt(12); k > 0; k--) {
            s.append((char) ('a' + r.nextInt(26)));
        }
        return s.toString();
    }

    static EnumType enumType(Random r) {
        IntegerType base = integer(r);
        List<EnumType.Member> members = new ArrayList<>();
        int bits = 8 * base.size();
        for (int i = 1 + r.nextInt(20); i > 0; i--) {
            long v = r.nextLong();
            if (bits < 64) {
                v = base.signed() ? (v << (64 - bits)) >> (64 - bits) : v & ((1L << bits) - 1);
            }
            members.add(new EnumType.Member(name(r, i), v));
        }
        return new EnumType(base, members);
    }

    static CompoundType compound(Random r, int depth) {
        List<CompoundType.Member> members = new ArrayList<>();
        int offset = 0;
        for (int i = 0, n = 1 + r.nextInt(6); i < n; i++) {
            DataType t = any(r, depth);
            members.add(new CompoundType.Member(name(r, i), offset, t));
            offset += t.size() + (r.nextInt(4) == 0 ? r.nextInt(8) : 0);
        }
        // the size decides the width of member offsets (1 to 4 bytes): sometimes a large padded one
        int size = offset + (r.nextInt(4) == 0 ? r.nextInt(70_000) : 0);
        return new CompoundType(size, members);
    }

    static ArrayType array(Random r, int depth) {
        DataType base = any(r, depth);
        List<Long> dims = new ArrayList<>();
        long total = base.size();
        for (int i = 1 + r.nextInt(3); i > 0 && total < 4096; i--) {
            long d = 1 + r.nextInt(5);
            dims.add(d);
            total *= d;
        }
        return new ArrayType(base, dims);
    }
}
