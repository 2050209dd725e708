package org.nwbj.hdf5.internal.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

/** The datatype message (section IV.A.2.d), versions 1 to 3; version 4 references are refused clearly. */
public final class DatatypeCodec {
    private static final int MAX_DEPTH = 32;

    private DatatypeCodec() {
    }

    public static DataType decode(FormatReader r) {
        return decode(r, 0);
    }

    private static DataType decode(FormatReader r, int depth) {
        if (depth > MAX_DEPTH) {
            throw r.fail("datatype nested deeper than " + MAX_DEPTH + " levels");
        }
        int classAndVersion = r.u8();
        int cls = classAndVersion & 0x0f;
        int version = classAndVersion >> 4;
        if (version < 1 || version > 4) {
            throw r.fail("datatype version expected 1 to 4, found " + version);
        }
        int b0 = r.u8();
        int b1 = r.u8();
        int b2 = r.u8();
        int bits = b0 | b1 << 8 | b2 << 16;
        long sizeL = r.u32();
        if (sizeL > Integer.MAX_VALUE) {
            throw r.fail("datatype size too large: " + sizeL);
        }
        int size = (int) sizeL;
        switch (cls) {
            case 0 -> {
                int offset = r.u16();
                int precision = r.u16();
                return new IntegerType(size, order(b0), (b0 & 0x08) != 0, offset, precision);
            }
            case 1 -> {
                int offset = r.u16();
                int precision = r.u16();
                int expLoc = r.u8();
                int expSize = r.u8();
                int mantLoc = r.u8();
                int mantSize = r.u8();
                long bias = r.u32();
                ByteOrderKind order;
                boolean lo = (b0 & 0x01) != 0;
                boolean hi = (b0 & 0x40) != 0;
                // bit 6 (VAX order) counts from message version 3 on: the C library (H5O__dtype_decode_helper)
                // ignores it in versions 1 and 2, which HDF5 1.10 still wrote for VAX types (read as big-endian)
                if (!hi || version < 3) {
                    order = lo ? ByteOrderKind.BIG_ENDIAN : ByteOrderKind.LITTLE_ENDIAN;
                } else if (lo) {
                    order = ByteOrderKind.VAX;
                } else {
                    throw r.fail("float byte order bits 0 and 6 in a reserved combination");
                }
                int norm = (b0 >> 4) & 3;
                return new FloatType(size, order, offset, precision, b1, expLoc, expSize, mantLoc, mantSize, bias,
                        norm);
            }
            case 2 -> {
                int precision = r.u16();
                return new TimeType(size, order(b0), precision);
            }
            case 3 -> {
                return new StringType(size, false, charset(r, (b0 >> 4) & 0x0f), padding(r, b0 & 0x0f));
            }
            case 4 -> {
                int offset = r.u16();
                int precision = r.u16();
                return new BitfieldType(size, order(b0), offset, precision);
            }
            case 5 -> {
                int tagLen = b0;
                byte[] tag = r.bytes(tagLen);
                int end = 0;
                while (end < tag.length && tag[end] != 0) {
                    end++;
                }
                return new OpaqueType(size, new String(tag, 0, end, StandardCharsets.US_ASCII));
            }
            case 6 -> {
                return compound(r, version, bits & 0xffff, size, depth);
            }
            case 7 -> {
                if (version >= 4) {
                    throw new Hdf5UnsupportedException("version 4 references (HDF5 1.12 H5R_ref_t) at 0x"
                            + Long.toHexString(r.address()));
                }
                int kind = b0 & 0x0f;
                if (kind > 1) {
                    throw r.fail("reference kind expected 0 (object) or 1 (region), found " + kind);
                }
                return new ReferenceType(kind == 0 ? ReferenceType.Kind.OBJECT : ReferenceType.Kind.REGION, size);
            }
            case 8 -> {
                DataType base = decode(r, depth + 1);
                if (!(base instanceof IntegerType ib)) {
                    throw r.fail("enum base type must be an integer type, found " + base);
                }
                int n = bits & 0xffff;
                List<String> names = new ArrayList<>(Math.min(n, 1024));
                for (int i = 0; i < n; i++) {
                    names.add(name(r, version < 3));
                }
                List<EnumType.Member> members = new ArrayList<>(names.size());
                for (int i = 0; i < n; i++) {
                    members.add(new EnumType.Member(names.get(i), integerValue(r, ib)));
                }
                return new EnumType(ib, members);
            }
            case 9 -> {
                int kind = b0 & 0x0f;
                int pad = (b0 >> 4) & 0x0f;
                int cs = b1 & 0x0f;
                DataType base = decode(r, depth + 1);
                if (kind == 1) {
                    return new StringType(size, true, charset(r, cs), padding(r, pad));
                }
                return new VlenType(base, size);
            }
            case 10 -> {
                int ndims = r.u8();
                if (version < 3) {
                    r.skip(3);
                }
                List<Long> dims = new ArrayList<>();
                for (int i = 0; i < ndims; i++) {
                    dims.add(r.u32());
                }
                if (version < 3) {
                    r.skip(4L * ndims); // permutation, never used
                }
                return array(r, decode(r, depth + 1), dims);
            }
            default -> throw r.fail("datatype class expected 0 to 10, found " + cls);
        }
    }

    private static CompoundType compound(FormatReader r, int version, int n, int size, int depth) {
        List<CompoundType.Member> members = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            String name = name(r, version < 3);
            long offset;
            DataType type;
            if (version == 1) {
                offset = r.u32();
                int dimensionality = r.u8();
                r.skip(3);
                r.skip(4); // permutation
                r.skip(4);
                List<Long> dims = new ArrayList<>();
                for (int d = 0; d < 4; d++) {
                    long v = r.u32();
                    if (d < dimensionality) {
                        dims.add(v);
                    }
                }
                type = decode(r, depth + 1);
                if (dimensionality > 0) {
                    type = array(r, type, dims);
                }
            } else if (version == 2) {
                offset = r.u32();
                type = decode(r, depth + 1);
            } else {
                offset = r.uint(offsetWidth(size));
                type = decode(r, depth + 1);
            }
            if (offset + type.size() > size) {
                throw r.fail("compound member " + name + " at offset " + offset + " of size " + type.size()
                        + " exceeds the compound size " + size);
            }
            members.add(new CompoundType.Member(name, (int) offset, type));
        }
        return new CompoundType(size, members);
    }

    /** An array type, its dimensions checked: decoding one element must cost no more than its bytes. */
    private static ArrayType array(FormatReader r, DataType base, List<Long> dims) {
        long total = base.size();
        for (long d : dims) {
            total *= d;
            // total == 0: a zero-size base or dimension would let huge dimensions cost loops but no bytes
            if (total > Integer.MAX_VALUE || d == 0 || total == 0) {
                throw r.fail("array datatype dimensions " + dims + " give an element size outside 1.."
                        + Integer.MAX_VALUE);
            }
        }
        return new ArrayType(base, dims);
    }

    /** Bytes of a compound member offset in version 3: the fewest that can hold the compound's size. */
    static int offsetWidth(int size) {
        if (size < 0x100) {
            return 1;
        } else if (size < 0x10000) {
            return 2;
        } else if (size < 0x1000000) {
            return 3;
        }
        return 4;
    }

    private static String name(FormatReader r, boolean padded) {
        int start = r.position();
        String s = r.cString();
        if (padded) {
            int used = r.position() - start;
            int pad = (8 - used % 8) % 8;
            r.skip(Math.min(pad, r.remaining()));
        }
        return s;
    }

    private static long integerValue(FormatReader r, IntegerType t) {
        byte[] b = r.bytes(t.size());
        long v = 0;
        int n = Math.min(8, b.length);
        for (int i = 0; i < n; i++) {
            int idx = t.order() == ByteOrderKind.BIG_ENDIAN ? b.length - 1 - i : i;
            v |= (long) (b[idx] & 0xff) << (8 * i);
        }
        if (t.signed() && n < 8 && (v & (1L << (8 * n - 1))) != 0) {
            v |= -1L << (8 * n);
        }
        return v;
    }

    private static ByteOrderKind order(int b0) {
        return (b0 & 1) != 0 ? ByteOrderKind.BIG_ENDIAN : ByteOrderKind.LITTLE_ENDIAN;
    }

    private static StringType.Charset charset(FormatReader r, int cs) {
        return switch (cs) {
            case 0 -> StringType.Charset.ASCII;
            case 1 -> StringType.Charset.UTF8;
            default -> throw r.fail("string character set expected 0 or 1, found " + cs);
        };
    }

    private static StringType.Padding padding(FormatReader r, int p) {
        return switch (p) {
            case 0 -> StringType.Padding.NULLTERM;
            case 1 -> StringType.Padding.NULLPAD;
            case 2 -> StringType.Padding.SPACEPAD;
            default -> throw r.fail("string padding expected 0 to 2, found " + p);
        };
    }

    /** Encodes a datatype message body (version 3 for every class: HDF5 1.8 and later read it). */
    public static void encode(DataType t, FormatWriter w) {
        if (t instanceof IntegerType it) {
            header(w, 0, (it.order() == ByteOrderKind.BIG_ENDIAN ? 1 : 0) | (it.signed() ? 8 : 0), 0, 0, it.size());
            w.u16(it.bitOffset()).u16(it.precision());
        } else if (t instanceof FloatType ft) {
            int b0 = (ft.order() == ByteOrderKind.BIG_ENDIAN || ft.order() == ByteOrderKind.VAX ? 1 : 0)
                    | (ft.order() == ByteOrderKind.VAX ? 0x40 : 0) | (ft.normalization() << 4);
            header(w, 1, b0, ft.signLocation(), 0, ft.size());
            w.u16(ft.bitOffset()).u16(ft.precision()).u8(ft.exponentLocation()).u8(ft.exponentSize())
                    .u8(ft.mantissaLocation()).u8(ft.mantissaSize()).u32(ft.exponentBias());
        } else if (t instanceof TimeType tt) {
            header(w, 2, tt.order() == ByteOrderKind.BIG_ENDIAN ? 1 : 0, 0, 0, tt.size());
            w.u16(tt.precision());
        } else if (t instanceof StringType st && !st.isVariable()) {
            header(w, 3, st.padding().ordinal() | st.charset().ordinal() << 4, 0, 0, st.size());
        } else if (t instanceof StringType st) {
            header(w, 9, 1 | st.padding().ordinal() << 4, st.charset().ordinal(), 0, st.size());
            encode(new IntegerType(1, ByteOrderKind.LITTLE_ENDIAN, false, 0, 8), w);
        } else if (t instanceof BitfieldType bt) {
            header(w, 4, bt.order() == ByteOrderKind.BIG_ENDIAN ? 1 : 0, 0, 0, bt.size());
            w.u16(bt.bitOffset()).u16(bt.precision());
        } else if (t instanceof OpaqueType ot) {
            byte[] tag = ot.tag().getBytes(StandardCharsets.US_ASCII);
            int len = (tag.length + 1 + 7) / 8 * 8;
            header(w, 5, len, 0, 0, ot.size());
            w.bytes(tag).zeros(len - tag.length);
        } else if (t instanceof CompoundType ct) {
            int n = ct.members().size();
            header(w, 6, n & 0xff, (n >> 8) & 0xff, 0, ct.size());
            int width = offsetWidth(ct.size());
            for (CompoundType.Member m : ct.members()) {
                w.cString(m.name());
                w.uint(m.offset(), width);
                encode(m.type(), w);
            }
        } else if (t instanceof ReferenceType rt) {
            header(w, 7, rt.kind() == ReferenceType.Kind.OBJECT ? 0 : 1, 0, 0, rt.size());
        } else if (t instanceof EnumType et) {
            int n = et.members().size();
            header(w, 8, n & 0xff, (n >> 8) & 0xff, 0, et.size());
            encode(et.base(), w);
            for (EnumType.Member m : et.members()) {
                w.cString(m.name());
            }
            IntegerType b = et.base();
            for (EnumType.Member m : et.members()) {
                for (int i = 0; i < b.size(); i++) {
                    int shift = 8 * (b.order() == ByteOrderKind.BIG_ENDIAN ? b.size() - 1 - i : i);
                    w.u8(shift < 64 ? (int) (m.value() >>> shift) : (m.value() < 0 ? 0xff : 0));
                }
            }
        } else if (t instanceof VlenType vt) {
            header(w, 9, 0, 0, 0, vt.size());
            encode(vt.base(), w);
        } else if (t instanceof ArrayType at) {
            header(w, 10, 0, 0, 0, at.size());
            w.u8(at.dims().size());
            for (long d : at.dims()) {
                w.u32(d);
            }
            encode(at.base(), w);
        } else {
            throw new IllegalArgumentException("cannot encode datatype " + t);
        }
    }

    private static void header(FormatWriter w, int cls, int b0, int b1, int b2, int size) {
        w.u8(0x30 | cls).u8(b0).u8(b1).u8(b2).u32(size);
    }

    /** The encoded message body of a datatype. */
    public static byte[] encode(DataType t, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        encode(t, w);
        return w.toByteArray();
    }
}
