package org.nwbj.hdf5.internal.filter;

import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.FilterParameters;

/**
 * HDF5 filter 5: N-bit packing. Only the significant bits (precision at a bit offset) of every integer or float
 * are stored, most significant first, back to back. The client data describe the datatype (H5Znbit.c):
 * [0] number of values, [1] 1 when there is nothing to pack, [2] elements in the chunk, then the type from [3]:
 * 1 atomic (size, order 0 LE/1 BE, precision, offset), 2 array (size, base type), 3 compound (size, member count,
 * then per member its offset and type), 4 no-op (size; bytes copied whole).
 */
final class NbitFilter implements Filter {
    static final String STRUCTURE = "nbit filter";
    private static final int MAX_DEPTH = 64;
    private static final int UNKNOWN_SIZE_CAP = 256 << 20;

    @Override
    public int id() {
        return 5;
    }

    @Override
    public String name() {
        return "nbit";
    }

    @Override
    public byte[] decode(byte[] encoded, FilterParameters p) {
        int[] cd = p.clientData();
        if (cd.length < 5) {
            throw new Hdf5FormatException(STRUCTURE, -1, "client data has " + cd.length + " values, need at least 5");
        }
        if (cd[1] != 0) {
            return encoded.clone(); // the writer found every bit significant and stored the chunk as is
        }
        Layout layout = Layout.parse(cd);
        int outSize = checkedSize(STRUCTURE, cd[2], layout.type.size, p, encoded.length, layout.type.bits());
        byte[] out = new byte[outSize];
        BitInput in = new BitInput(encoded, 0, STRUCTURE);
        int n = cd[2];
        int size = layout.type.size;
        for (int i = 0; i < n; i++) {
            layout.type.decode(out, i * size, in);
        }
        return out;
    }

    @Override
    public byte[] encode(byte[] raw, FilterParameters p) {
        int[] cd = p.clientData();
        if (cd.length < 5) {
            throw new Hdf5FormatException(STRUCTURE, -1, "client data has " + cd.length + " values, need at least 5");
        }
        if (cd[1] != 0) {
            return raw.clone();
        }
        Layout layout = Layout.parse(cd);
        long n = cd[2] & 0xffffffffL;
        int size = layout.type.size;
        if (n * size != raw.length) {
            throw new Hdf5FormatException(STRUCTURE, -1, "chunk of " + raw.length + " bytes does not hold " + n
                    + " elements of " + size + " bytes");
        }
        BitOutput out = new BitOutput(raw.length);
        for (int i = 0; i < n; i++) {
            layout.type.encode(raw, i * size, out);
        }
        // H5Z__nbit_compress reports the index of the byte it would fill next plus one, so a stream ending on a
        // byte boundary gets one extra zero byte; match it so chunks are byte-identical to the C library's
        return out.toByteArray(out.wholeBytes() + 1);
    }

    /** nelmts * size, refused when it cannot match the chunk or the input cannot hold that many elements. */
    static int checkedSize(String structure, int nelmtsRaw, int size, FilterParameters p, int inputBytes,
            long bitsPerElement) {
        long nelmts = nelmtsRaw & 0xffffffffL;
        long total = nelmts * size;
        long cap = p.chunkBytes() > 0 ? p.chunkBytes() : UNKNOWN_SIZE_CAP;
        if (total > cap) {
            throw new Hdf5FormatException(structure, -1, nelmts + " elements of " + size
                    + " bytes exceed the chunk size " + cap);
        }
        if (bitsPerElement > 0 && nelmts * bitsPerElement > inputBytes * 8L + 8) {
            throw new Hdf5FormatException(structure, -1, nelmts + " elements of " + bitsPerElement
                    + " bits do not fit in " + inputBytes + " bytes");
        }
        return (int) total;
    }

    /** A parsed client-data type description. */
    static final class Layout {
        final Type type;

        private Layout(Type type) {
            this.type = type;
        }

        static Layout parse(int[] cd) {
            Parser parser = new Parser(cd, 3);
            Type t = parser.type(0);
            return new Layout(t);
        }
    }

    private static final class Parser {
        final int[] cd;
        int i;

        Parser(int[] cd, int i) {
            this.cd = cd;
            this.i = i;
        }

        int next() {
            if (i >= cd.length) {
                throw new Hdf5FormatException(STRUCTURE, -1, "client data ends early at value " + i);
            }
            return cd[i++];
        }

        int nextSize() {
            int v = next();
            if (v <= 0) {
                throw new Hdf5FormatException(STRUCTURE, -1, "type size " + (v & 0xffffffffL) + " at value "
                        + (i - 1));
            }
            return v;
        }

        Type type(int depth) {
            if (depth > MAX_DEPTH) {
                throw new Hdf5FormatException(STRUCTURE, -1, "type nesting deeper than " + MAX_DEPTH);
            }
            int cls = next();
            switch (cls) {
                case 1: {
                    int size = nextSize();
                    int order = next();
                    int precision = next();
                    int offset = next();
                    if (order != 0 && order != 1) {
                        throw new Hdf5FormatException(STRUCTURE, -1, "byte order " + order);
                    }
                    if (precision <= 0 || offset < 0 || (long) precision + offset > size * 8L) {
                        throw new Hdf5FormatException(STRUCTURE, -1, "precision " + precision + " at offset "
                                + offset + " does not fit in " + size + " bytes");
                    }
                    return new Atomic(size, order == 0, precision, offset);
                }
                case 2: {
                    int size = nextSize();
                    Type base = type(depth + 1);
                    if (size % base.size != 0) {
                        throw new Hdf5FormatException(STRUCTURE, -1, "array of " + size
                                + " bytes is not a whole number of " + base.size + "-byte elements");
                    }
                    return new ArrayType(size, base);
                }
                case 3: {
                    int size = nextSize();
                    int count = next();
                    // a member-less compound packs to nothing, which would let the element count go unchecked
                    if (count <= 0 || count > cd.length) {
                        throw new Hdf5FormatException(STRUCTURE, -1, "compound member count " + count);
                    }
                    List<Integer> offsets = new ArrayList<>();
                    List<Type> members = new ArrayList<>();
                    for (int m = 0; m < count; m++) {
                        int off = next();
                        Type t = type(depth + 1);
                        if (off < 0 || (long) off + t.size > size) {
                            throw new Hdf5FormatException(STRUCTURE, -1, "compound member at " + off + " of "
                                    + t.size + " bytes exceeds the compound size " + size);
                        }
                        offsets.add(off);
                        members.add(t);
                    }
                    int[] offs = new int[count];
                    for (int m = 0; m < count; m++) {
                        offs[m] = offsets.get(m);
                    }
                    return new Compound(size, offs, members.toArray(new Type[0]));
                }
                case 4:
                    return new Noop(nextSize());
                default:
                    throw new Hdf5FormatException(STRUCTURE, -1, "type class " + cls + " at value " + (i - 1));
            }
        }
    }

    abstract static class Type {
        final int size;

        Type(int size) {
            this.size = size;
        }

        /** Packed bits per element, for the plausibility check of the element count. */
        abstract long bits();

        abstract void decode(byte[] out, int at, BitInput in);

        abstract void encode(byte[] raw, int at, BitOutput out);
    }

    /** An integer or float: bits [offset, offset + precision) of the value, packed most significant first. */
    static final class Atomic extends Type {
        final boolean littleEndian;
        final int precision;
        final int offset;
        final int top; // significance index of the byte holding the highest significant bit
        final int bottom; // ... and the lowest

        Atomic(int size, boolean littleEndian, int precision, int offset) {
            super(size);
            this.littleEndian = littleEndian;
            this.precision = precision;
            this.offset = offset;
            this.top = (offset + precision - 1) / 8;
            this.bottom = offset / 8;
        }

        @Override
        long bits() {
            return precision;
        }

        @Override
        void decode(byte[] out, int at, BitInput in) {
            int end = offset + precision;
            for (int s = top; s >= bottom; s--) {
                int lo = Math.max(offset, 8 * s) - 8 * s;
                int hi = Math.min(end, 8 * s + 8) - 8 * s;
                int v = (int) in.read(hi - lo) << lo;
                out[at + (littleEndian ? s : size - 1 - s)] = (byte) v;
            }
        }

        @Override
        void encode(byte[] raw, int at, BitOutput out) {
            int end = offset + precision;
            for (int s = top; s >= bottom; s--) {
                int lo = Math.max(offset, 8 * s) - 8 * s;
                int hi = Math.min(end, 8 * s + 8) - 8 * s;
                int b = raw[at + (littleEndian ? s : size - 1 - s)] & 0xff;
                out.write(b >>> lo, hi - lo);
            }
        }
    }

    static final class ArrayType extends Type {
        final Type base;
        final int count;

        ArrayType(int size, Type base) {
            super(size);
            this.base = base;
            this.count = size / base.size;
        }

        @Override
        long bits() {
            return count * base.bits();
        }

        @Override
        void decode(byte[] out, int at, BitInput in) {
            for (int i = 0; i < count; i++) {
                base.decode(out, at + i * base.size, in);
            }
        }

        @Override
        void encode(byte[] raw, int at, BitOutput out) {
            for (int i = 0; i < count; i++) {
                base.encode(raw, at + i * base.size, out);
            }
        }
    }

    static final class Compound extends Type {
        final int[] offsets;
        final Type[] members;

        Compound(int size, int[] offsets, Type[] members) {
            super(size);
            this.offsets = offsets;
            this.members = members;
        }

        @Override
        long bits() {
            long b = 0;
            for (Type t : members) {
                b += t.bits();
            }
            return b;
        }

        @Override
        void decode(byte[] out, int at, BitInput in) {
            for (int m = 0; m < members.length; m++) {
                members[m].decode(out, at + offsets[m], in);
            }
        }

        @Override
        void encode(byte[] raw, int at, BitOutput out) {
            for (int m = 0; m < members.length; m++) {
                members[m].encode(raw, at + offsets[m], out);
            }
        }
    }

    /** A type nbit cannot shrink (strings, opaque, ...): all its bytes are stored. */
    static final class Noop extends Type {
        Noop(int size) {
            super(size);
        }

        @Override
        long bits() {
            return 8L * size;
        }

        @Override
        void decode(byte[] out, int at, BitInput in) {
            for (int i = 0; i < size; i++) {
                out[at + i] = (byte) in.read(8);
            }
        }

        @Override
        void encode(byte[] raw, int at, BitOutput out) {
            for (int i = 0; i < size; i++) {
                out.write(raw[at + i], 8);
            }
        }
    }
}
