package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O8;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.clib;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.concat;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.hex;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.reader;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.Hdf5UnsupportedException;
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

class DatatypeCodecTest {
    // class and version in one byte (version << 4 | class), 3 bytes of class bits, 4 bytes of size, properties
    static final byte[] U32_LE = hex("10 00 00 00 04000000 | 0000 2000");
    static final byte[] I16_BE = hex("10 09 00 00 02000000 | 0000 1000");
    static final byte[] I32_BITS_3_12 = hex("10 08 00 00 04000000 | 0300 0c00");
    static final byte[] F64_LE = hex("11 20 3f 00 08000000 | 0000 4000 | 34 0b 00 34 | ff030000");
    static final byte[] F32_BE = hex("11 21 1f 00 04000000 | 0000 2000 | 17 08 00 17 | 7f000000");
    /** 24-bit float, mantissa msb stored (normalization 1), sign at 23, 7-bit exponent biased by 63. */
    static final byte[] F24_CUSTOM = hex("11 10 17 00 03000000 | 0000 1800 | 10 07 00 10 | 3f000000");
    static final byte[] F32_VAX = hex("31 61 1f 00 04000000 | 0000 2000 | 17 08 00 17 | 81000000");
    /** The same fields in a version 1 message, as HDF5 1.10 wrote VAX types: the C library ignores bit 6 there. */
    static final byte[] F32_VAX_BITS_V1 = hex("11 61 1f 00 04000000 | 0000 2000 | 17 08 00 17 | 81000000");
    static final byte[] TIME_BE = hex("12 01 00 00 08000000 | 4000");
    static final byte[] STR_NULLTERM_ASCII = hex("13 00 00 00 05000000");
    static final byte[] STR_NULLPAD_UTF8 = hex("13 11 00 00 0a000000");
    static final byte[] STR_SPACEPAD = hex("13 02 00 00 03000000");
    static final byte[] BITFIELD_BE = hex("14 01 00 00 02000000 | 0400 0800");
    static final byte[] OPAQUE = hex("15 08 00 00 04000000 | 74616731 00000000");
    static final byte[] INT8 = hex("10 08 00 00 01000000 0000 0800");
    static final byte[] I32 = hex("10 08 00 00 04000000 0000 2000");
    static final byte[] I16 = hex("10 08 00 00 02000000 0000 1000");
    /** Version 1 compound: names padded to 8, members carry the old array dimension block. */
    static final byte[] COMPOUND_V1 = concat(hex("""
            16 02 00 00 0c000000
            6100000000000000 | 00000000 | 00 000000 | 00000000 | 00000000 | 00000000 00000000 00000000 00000000
            """), I32, hex("""
            6172720000000000 | 04000000 | 02 000000 | 00000000 | 00000000 | 02000000 02000000 00000000 00000000
            """), I16);
    /** Version 2 array: rank, 3 reserved bytes, dimensions, permutation, base. */
    static final byte[] ARRAY_V2 = concat(hex("2a 00 00 00 08000000 | 02 000000 | 02000000 02000000 | 00000000 01000000"),
            I16);
    static final byte[] COMPOUND_V2 = concat(hex("26 02 00 00 0c000000 | 6100000000000000 | 00000000"), I32,
            hex("6172720000000000 | 04000000"), ARRAY_V2);
    static final byte[] ARRAY_V3 = concat(hex("3a 00 00 00 18000000 | 01 | 03000000"), F64_LE);
    /** Version 3 compound of 300 bytes: member offsets take 2 bytes; names are not padded. */
    static final byte[] COMPOUND_V3_WIDE = concat(hex("36 02 00 00 2c010000 | 6100 | 0000"), I32,
            hex("6200 | 2801"), I32);
    static final byte[] COMPOUND_V3_NARROW = concat(hex("36 02 00 00 1c000000 | 783100 | 00"), I32,
            hex("7900 | 04"), ARRAY_V3);
    static final byte[] ENUM_V1 = concat(hex("18 03 00 00 01000000"), INT8,
            hex("5245440000000000 | 475245454e000000 | 424c554500000000 | 00 01 fe"));
    static final byte[] ENUM_V3_BE = concat(hex("38 03 00 00 02000000"), hex("10 09 00 00 02000000 0000 1000"),
            hex("52454400 475245454e00 424c554500 | 0000 0001 fffe"));
    static final byte[] VLEN_SEQ = concat(hex("19 00 00 00 10000000"), I32);
    static final byte[] VLEN_STR = concat(hex("19 11 01 00 10000000"), hex("10 00 00 00 01000000 0000 0800"));
    static final byte[] REF_OBJ = hex("17 00 00 00 08000000");
    static final byte[] REF_REGION = hex("17 01 00 00 0c000000");

    static final byte[][] ALL = {U32_LE, I16_BE, I32_BITS_3_12, F64_LE, F32_BE, F24_CUSTOM, F32_VAX, TIME_BE,
        STR_NULLTERM_ASCII, STR_NULLPAD_UTF8, STR_SPACEPAD, BITFIELD_BE, OPAQUE, COMPOUND_V1, ARRAY_V2, COMPOUND_V2,
        ARRAY_V3, COMPOUND_V3_WIDE, COMPOUND_V3_NARROW, ENUM_V1, ENUM_V3_BE, VLEN_SEQ, VLEN_STR, REF_OBJ,
        REF_REGION};

    static DataType decode(byte[] b) {
        FormatReader r = reader(b, O8);
        DataType t = DatatypeCodec.decode(r);
        assertThat(r.remaining()).as("bytes left after the datatype").isZero();
        return t;
    }

    @Test
    void decode_knownBytes_fixedPoint() {
        assertThat(decode(U32_LE)).isEqualTo(new IntegerType(4, ByteOrderKind.LITTLE_ENDIAN, false, 0, 32));
        assertThat(decode(I16_BE)).isEqualTo(new IntegerType(2, ByteOrderKind.BIG_ENDIAN, true, 0, 16));
        assertThat(decode(I32_BITS_3_12)).isEqualTo(new IntegerType(4, ByteOrderKind.LITTLE_ENDIAN, true, 3, 12));
    }

    @Test
    void decode_knownBytes_floatingPoint() {
        FloatType d = (FloatType) decode(F64_LE);
        assertThat(d).isEqualTo(FloatType.ieee(8, ByteOrderKind.LITTLE_ENDIAN));
        assertThat(d.isIeee()).isTrue();
        assertThat(decode(F32_BE)).isEqualTo(FloatType.ieee(4, ByteOrderKind.BIG_ENDIAN));
        FloatType custom = (FloatType) decode(F24_CUSTOM);
        assertThat(custom).isEqualTo(new FloatType(3, ByteOrderKind.LITTLE_ENDIAN, 0, 24, 23, 16, 7, 0, 16, 63, 1));
        assertThat(custom.isIeee()).isFalse();
        FloatType vax = (FloatType) decode(F32_VAX);
        assertThat(vax.order()).isEqualTo(ByteOrderKind.VAX);
        assertThat(vax.exponentBias()).isEqualTo(129);
        assertThat(vax.isIeee()).isFalse();
        assertThat(((FloatType) decode(F32_VAX_BITS_V1)).order()).isEqualTo(ByteOrderKind.BIG_ENDIAN);
        byte[] reserved = F32_VAX.clone();
        reserved[1] = 0x60;
        assertThatThrownBy(() -> decode(reserved)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("reserved combination");
    }

    @Test
    void decode_knownBytes_timeStringBitfieldOpaque() {
        assertThat(decode(TIME_BE)).isEqualTo(new TimeType(8, ByteOrderKind.BIG_ENDIAN, 64));
        assertThat(decode(STR_NULLTERM_ASCII))
                .isEqualTo(new StringType(5, false, StringType.Charset.ASCII, StringType.Padding.NULLTERM));
        assertThat(decode(STR_NULLPAD_UTF8))
                .isEqualTo(new StringType(10, false, StringType.Charset.UTF8, StringType.Padding.NULLPAD));
        assertThat(decode(STR_SPACEPAD))
                .isEqualTo(new StringType(3, false, StringType.Charset.ASCII, StringType.Padding.SPACEPAD));
        assertThatThrownBy(() -> decode(hex("13 03 00 00 03000000"))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("string padding expected 0 to 2, found 3");
        assertThatThrownBy(() -> decode(hex("13 20 00 00 03000000"))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("character set expected 0 or 1, found 2");
        assertThat(decode(BITFIELD_BE)).isEqualTo(new BitfieldType(2, ByteOrderKind.BIG_ENDIAN, 4, 8));
        assertThat(decode(OPAQUE)).isEqualTo(new OpaqueType(4, "tag1"));
    }

    @Test
    void decode_knownBytes_compoundVersion1_withOldArrayDimensions() {
        CompoundType c = (CompoundType) decode(COMPOUND_V1);
        assertThat(c.size()).isEqualTo(12);
        assertThat(c.members()).extracting(CompoundType.Member::name).containsExactly("a", "arr");
        assertThat(c.members().get(0).offset()).isZero();
        assertThat(c.members().get(0).type()).isEqualTo(IntegerType.of(4, true, ByteOrderKind.LITTLE_ENDIAN));
        assertThat(c.members().get(1).offset()).isEqualTo(4);
        assertThat(c.members().get(1).type())
                .isEqualTo(new ArrayType(IntegerType.of(2, true, ByteOrderKind.LITTLE_ENDIAN), List.of(2L, 2L)));
    }

    @Test
    void decode_compoundVersion1_rejectsArrayDimensionsThatOverflowTheMemberSize() {
        // 65536 x 65536 int32 is 2^34 bytes: as an int that wraps to 0 and would pass the bounds check
        byte[] huge = concat(hex("""
                16 01 00 00 0c000000
                6100000000000000 | 00000000 | 02 000000 | 00000000 | 00000000 | 00000100 00000100 00000000 00000000
                """), I32);
        assertThatThrownBy(() -> decode(huge)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("array datatype dimensions");
        byte[] zero = concat(hex("""
                16 01 00 00 0c000000
                6100000000000000 | 00000000 | 01 000000 | 00000000 | 00000000 | 00000000 00000000 00000000 00000000
                """), I32);
        assertThatThrownBy(() -> decode(zero)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("array datatype dimensions");
    }

    @Test
    void decode_knownBytes_compoundVersion2_andArrayVersion2() {
        CompoundType c = (CompoundType) decode(COMPOUND_V2);
        assertThat(c.members()).extracting(CompoundType.Member::name).containsExactly("a", "arr");
        assertThat(c.members().get(1).offset()).isEqualTo(4);
        assertThat(c.members().get(1).type())
                .isEqualTo(new ArrayType(IntegerType.of(2, true, ByteOrderKind.LITTLE_ENDIAN), List.of(2L, 2L)));
        assertThat(decode(ARRAY_V2).size()).isEqualTo(8);
    }

    @Test
    void decode_knownBytes_compoundVersion3_variableWidthOffsets() {
        CompoundType wide = (CompoundType) decode(COMPOUND_V3_WIDE);
        assertThat(wide.size()).isEqualTo(300);
        assertThat(wide.members()).extracting(CompoundType.Member::offset).containsExactly(0, 296);
        CompoundType narrow = (CompoundType) decode(COMPOUND_V3_NARROW);
        assertThat(narrow.members()).extracting(CompoundType.Member::name).containsExactly("x1", "y");
        assertThat(narrow.members().get(1).offset()).isEqualTo(4);
        assertThat(narrow.members().get(1).type())
                .isEqualTo(new ArrayType(FloatType.ieee(8, ByteOrderKind.LITTLE_ENDIAN), List.of(3L)));
        assertThat(DatatypeCodec.offsetWidth(255)).isEqualTo(1);
        assertThat(DatatypeCodec.offsetWidth(256)).isEqualTo(2);
        assertThat(DatatypeCodec.offsetWidth(0x10000)).isEqualTo(3);
        assertThat(DatatypeCodec.offsetWidth(0x1000000)).isEqualTo(4);
    }

    @Test
    void decode_knownBytes_compoundMemberOutsideTheCompound() {
        byte[] b = COMPOUND_V3_WIDE.clone();
        b[b.length - 14] = 0x29; // offset 297 + 4 > 300
        assertThatThrownBy(() -> decode(b)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("compound member b at offset 297 of size 4 exceeds the compound size 300");
    }

    @Test
    void decode_knownBytes_enums() {
        EnumType v1 = (EnumType) decode(ENUM_V1);
        assertThat(v1.base()).isEqualTo(IntegerType.of(1, true, ByteOrderKind.LITTLE_ENDIAN));
        assertThat(v1.members()).containsExactly(new EnumType.Member("RED", 0), new EnumType.Member("GREEN", 1),
                new EnumType.Member("BLUE", -2));
        EnumType v3 = (EnumType) decode(ENUM_V3_BE);
        assertThat(v3.base().order()).isEqualTo(ByteOrderKind.BIG_ENDIAN);
        assertThat(v3.members()).containsExactly(new EnumType.Member("RED", 0), new EnumType.Member("GREEN", 1),
                new EnumType.Member("BLUE", -2));
        assertThatThrownBy(() -> decode(concat(hex("18 01 00 00 04000000"), F32_BE, hex("4100000000000000 00000000"))))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("enum base type must be an integer");
    }

    @Test
    void decode_knownBytes_vlenAndReferences() {
        assertThat(decode(VLEN_SEQ)).isEqualTo(new VlenType(IntegerType.of(4, true, ByteOrderKind.LITTLE_ENDIAN), 16));
        assertThat(decode(VLEN_STR))
                .isEqualTo(new StringType(16, true, StringType.Charset.UTF8, StringType.Padding.NULLPAD));
        assertThat(decode(REF_OBJ)).isEqualTo(new ReferenceType(ReferenceType.Kind.OBJECT, 8));
        assertThat(decode(REF_REGION)).isEqualTo(new ReferenceType(ReferenceType.Kind.REGION, 12));
        assertThatThrownBy(() -> decode(hex("17 02 00 00 08000000"))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("reference kind expected 0 (object) or 1 (region), found 2");
    }

    @Test
    void decode_refusesVersion4References() {
        assertThatThrownBy(() -> decode(hex("47 02 00 00 40000000 0000000000000000"))).isInstanceOf(
                Hdf5UnsupportedException.class).hasMessageContaining("version 4 references");
    }

    @Test
    void decode_rejectsBadHeaders() {
        assertThatThrownBy(() -> decode(hex("00 00 00 00 04000000"))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("datatype version expected 1 to 4, found 0");
        assertThatThrownBy(() -> decode(hex("1b 00 00 00 04000000"))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("datatype class expected 0 to 10, found 11");
        assertThatThrownBy(() -> decode(hex("10 00 00 00 ffffffff 0000 2000"))).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("datatype size too large");
        assertThatThrownBy(() -> decode(concat(hex("3a 00 00 00 00000000 | 01 | 00000000"), I32)))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("array datatype dimensions [0]");
        assertThatThrownBy(() -> decode(concat(hex("3a 00 00 00 00000000 | 02 | ffffffff ffffffff"), I32)))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("element size outside");
    }

    @Test
    void decode_rejectsDeepNesting() {
        byte[] b = I32;
        for (int i = 0; i < 40; i++) {
            b = concat(hex("19 00 00 00 10000000"), b);
        }
        byte[] nested = b;
        assertThatThrownBy(() -> decode(nested)).isInstanceOf(Hdf5FormatException.class)
                .hasMessageContaining("nested deeper than 32");
    }

    private static DataType clibType(String key) {
        return DatatypeCodec.decode(clib(key).reader("Datatype", O8));
    }

    @Test
    void decode_bytesFromCLibrary_atomic() {
        assertThat(clibType("e8.i32be.msg3")).isEqualTo(IntegerType.of(4, true, ByteOrderKind.BIG_ENDIAN));
        assertThat(clibType("e8.f64.msg3")).isEqualTo(FloatType.ieee(8, ByteOrderKind.LITTLE_ENDIAN));
        assertThat(clibType("l.array.msg3")).isEqualTo(FloatType.ieee(4, ByteOrderKind.LITTLE_ENDIAN));
        assertThat(clibType("e8.str.msg3"))
                .isEqualTo(new StringType(5, false, StringType.Charset.ASCII, StringType.Padding.NULLPAD));
        assertThat(clibType("e8.spacepad.msg3"))
                .isEqualTo(new StringType(6, false, StringType.Charset.ASCII, StringType.Padding.SPACEPAD));
        assertThat(clibType("e8.nullterm.msg3"))
                .isEqualTo(new StringType(6, false, StringType.Charset.ASCII, StringType.Padding.NULLTERM));
        assertThat(clibType("e8.bitfield.msg3")).isEqualTo(new BitfieldType(2, ByteOrderKind.BIG_ENDIAN, 0, 16));
        assertThat(clibType("e8.opaque.msg3")).isEqualTo(new OpaqueType(4, ""));
        assertThat(clibType("e8.ref.msg3")).isEqualTo(new ReferenceType(ReferenceType.Kind.OBJECT, 8));
        assertThat(clibType("e8.regref.msg3")).isEqualTo(new ReferenceType(ReferenceType.Kind.REGION, 12));
        assertThat(clibType("e8.vlen_str.msg3"))
                .isEqualTo(new StringType(16, true, StringType.Charset.UTF8, StringType.Padding.NULLTERM));
        assertThat(clibType("e8.vlen_seq.msg3"))
                .isEqualTo(new VlenType(IntegerType.of(4, true, ByteOrderKind.LITTLE_ENDIAN), 16));
        // with 4-byte lengths a vlen element (length, heap address, index) takes 12 bytes
        assertThat(clibType("e4.vlen_seq.msg3").size()).isEqualTo(12);
    }

    @Test
    void decode_bytesFromCLibrary_compoundsEnumsArrays() {
        CompoundType v1 = (CompoundType) clibType("e8.compound.msg3");
        assertThat(v1.size()).isEqualTo(13);
        assertThat(v1.members()).extracting(CompoundType.Member::name).containsExactly("a", "b", "c");
        assertThat(v1.members()).extracting(CompoundType.Member::offset).containsExactly(0, 2, 10);
        assertThat(v1.members().get(2).type())
                .isEqualTo(new StringType(3, false, StringType.Charset.ASCII, StringType.Padding.NULLPAD));
        CompoundType v2 = (CompoundType) clibType("e8.compound_arr.msg3");
        assertThat(v2.members().get(1).type())
                .isEqualTo(new ArrayType(FloatType.ieee(4, ByteOrderKind.LITTLE_ENDIAN), List.of(3L)));
        CompoundType v3 = (CompoundType) clibType("l.compound.msg3");
        assertThat(v3.size()).isEqualTo(18);
        assertThat(v3.members()).extracting(CompoundType.Member::offset).containsExactly(0, 2, 10);
        assertThat(v3.members().get(2).type())
                .isEqualTo(new ArrayType(IntegerType.of(4, true, ByteOrderKind.LITTLE_ENDIAN), List.of(2L)));
        List<EnumType.Member> colours = List.of(new EnumType.Member("BLUE", -2), new EnumType.Member("GREEN", 1),
                new EnumType.Member("RED", 0));
        assertThat(((EnumType) clibType("e8.enum.msg3")).members()).containsExactlyInAnyOrderElementsOf(colours);
        EnumType e3 = (EnumType) clibType("l.enum.msg3");
        assertThat(e3.members()).containsExactlyInAnyOrderElementsOf(colours);
        assertThat(e3.base()).isEqualTo(IntegerType.of(2, true, ByteOrderKind.LITTLE_ENDIAN));
        assertThat(clibType("e8.arraytype.msg3"))
                .isEqualTo(new ArrayType(IntegerType.of(4, true, ByteOrderKind.LITTLE_ENDIAN), List.of(2L, 3L)));
        assertThat(clibType("l.arraytype.msg3"))
                .isEqualTo(new ArrayType(FloatType.ieee(8, ByteOrderKind.BIG_ENDIAN), List.of(4L)));
    }

    @Test
    void decode_bytesFromCLibrary_oldLibraries() {
        // compound version 1 with the old in-member array dimensions (HDF5 1.4)
        CompoundType old = (CompoundType) clibType("old.tarrold.msg3_1");
        assertThat(old.members()).extracting(CompoundType.Member::name).containsExactly("i", "f", "l", "d");
        assertThat(old.members().get(1).type())
                .isEqualTo(new ArrayType(FloatType.ieee(4, ByteOrderKind.LITTLE_ENDIAN), List.of(4L)));
        assertThat(old.members().get(2).type())
                .isEqualTo(new ArrayType(IntegerType.of(4, true, ByteOrderKind.LITTLE_ENDIAN), List.of(4L)));
        assertThat(old.members().get(3).type()).isEqualTo(FloatType.ieee(8, ByteOrderKind.LITTLE_ENDIAN));
        // bfloat16 and a 128-bit float: described bit by bit, not IEEE binary16/32/64
        FloatType bf16 = (FloatType) clibType("old.tbfloat16.msg3");
        assertThat(bf16).isEqualTo(new FloatType(2, ByteOrderKind.LITTLE_ENDIAN, 0, 16, 15, 7, 8, 0, 7, 127, 2));
        assertThat(bf16.isIeee()).isFalse();
        FloatType f128 = (FloatType) clibType("old.t128bit_float.msg3");
        assertThat(f128.size()).isEqualTo(16);
        assertThat(f128.order()).isEqualTo(ByteOrderKind.BIG_ENDIAN);
        assertThat(f128.isIeee()).isFalse();
        EnumType e = (EnumType) clibType("old.tenum.msg3");
        assertThat(e.members()).extracting(EnumType.Member::name).containsExactly("RED", "GREEN\ngreen", "BLUE blue",
                "WHITE \"white\"", "BLACK 'black'");
        assertThat(e.members()).extracting(EnumType.Member::value).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void decode_rejectsTruncated() {
        for (byte[] b : ALL) {
            CodecTestSupport.assertPrefixesRejected(b, x -> DatatypeCodec.decode(new FormatReader(x, 0, "T", O8)));
        }
        for (String key : new String[] {"e8.compound.msg3", "e8.compound_arr.msg3", "l.compound.msg3", "e8.enum.msg3",
            "l.enum.msg3", "e8.arraytype.msg3", "l.arraytype.msg3", "e8.vlen_str.msg3"}) {
            // message bodies of version 1 headers are padded to 8 bytes: keep only the datatype's own bytes
            FormatReader r = clib(key).reader("T", O8);
            DatatypeCodec.decode(r);
            CodecTestSupport.assertPrefixesRejected(Arrays.copyOf(clib(key).bytes(), r.position()),
                    x -> DatatypeCodec.decode(new FormatReader(x, 0, "T", O8)));
        }
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        byte[][] all = Arrays.copyOf(ALL, ALL.length + 3);
        all[ALL.length] = clib("e8.compound.msg3").bytes();
        all[ALL.length + 1] = clib("l.compound.msg3").bytes();
        all[ALL.length + 2] = clib("e8.enum.msg3").bytes();
        return CodecTestSupport.mutationsOf(all);
    }

    @Property(tries = 2000)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> sane(DatatypeCodec.decode(new FormatReader(ByteBuffer.wrap(b), 0, "T", O8))));
    }

    @Property(tries = 1000)
    void randomBytes_onlyHdf5Exceptions(@ForAll @IntRange(min = 0, max = 0x4f) int classAndVersion,
            @ForAll @Size(max = 100) byte[] body) {
        byte[] b = concat(new byte[] {(byte) classAndVersion}, body);
        CodecTestSupport.onlyHdf5Exceptions(() -> sane(DatatypeCodec.decode(new FormatReader(ByteBuffer.wrap(b), 0, "T", O8))));
    }

    /** A decoded type never has a negative size, nor a member outside its compound. */
    private static void sane(DataType t) {
        assertThat(t.size()).as("size of %s", t).isNotNegative();
        if (t instanceof CompoundType c) {
            for (CompoundType.Member m : c.members()) {
                assertThat((long) m.offset() + m.type().size()).isLessThanOrEqualTo(c.size());
                sane(m.type());
            }
        } else if (t instanceof ArrayType a) {
            sane(a.base());
        } else if (t instanceof VlenType v) {
            sane(v.base());
        }
    }
}
