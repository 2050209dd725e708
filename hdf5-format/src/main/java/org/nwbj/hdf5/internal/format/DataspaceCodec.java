package org.nwbj.hdf5.internal.format;

import org.nwbj.hdf5.Dataspace;

/** The dataspace message (section IV.A.2.b), versions 1 and 2. */
public final class DataspaceCodec {
    private DataspaceCodec() {
    }

    public static Dataspace decode(FormatReader r) {
        int version = r.u8();
        r.version("version", version, 1, 2);
        int rank = r.u8();
        int flags = r.u8();
        if (rank > 32) {
            throw r.fail("rank expected at most 32, found " + rank);
        }
        Dataspace.Kind kind;
        if (version == 1) {
            r.skip(5);
            kind = rank == 0 ? Dataspace.Kind.SCALAR : Dataspace.Kind.SIMPLE;
        } else {
            int type = r.u8();
            kind = switch (type) {
                case 0 -> Dataspace.Kind.SCALAR;
                case 1 -> Dataspace.Kind.SIMPLE;
                case 2 -> Dataspace.Kind.NULL;
                default -> throw r.fail("dataspace type expected 0 to 2, found " + type);
            };
        }
        // Sizes are plain unsigned numbers of the superblock's length width. Only the 8-byte all-ones value is
        // H5S_UNLIMITED: with 4-byte lengths the C library (H5O__sdspace_decode) reads 0xFFFFFFFF as the bound
        // 4294967295, since its unlimited marker (hsize_t)-1 does not fit there.
        int width = r.ctx().lengthSize();
        long[] dims = new long[rank];
        for (int i = 0; i < rank; i++) {
            dims[i] = r.uint(width);
            if (dims[i] < 0) {
                throw r.fail("dimension " + i + " has an undefined size");
            }
        }
        long count = 1;
        for (long d : dims) {
            // Dataspace.elementCount multiplies in this order; refuse here what would overflow there
            if (d != 0 && count > Long.MAX_VALUE / d) {
                throw r.fail("dimensions " + java.util.Arrays.toString(dims) + " hold more than 2^63 elements");
            }
            count *= d;
        }
        long[] max = dims.clone();
        if ((flags & 1) != 0) {
            for (int i = 0; i < rank; i++) {
                long m = r.uint(width);
                max[i] = width == 8 && m == -1 ? Dataspace.UNLIMITED : m;
            }
        }
        if (kind == Dataspace.Kind.SCALAR) {
            return Dataspace.scalar();
        }
        if (kind == Dataspace.Kind.NULL) {
            return Dataspace.nullSpace();
        }
        return Dataspace.simple(dims, max);
    }

    /** Encodes a dataspace message body, version 2 (maximum dimensions stored when any differs). */
    public static byte[] encode(Dataspace s, FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        long[] dims = s.dims();
        long[] max = s.maxDims();
        boolean withMax = !java.util.Arrays.equals(dims, max);
        w.u8(2).u8(dims.length).u8(withMax ? 1 : 0).u8(s.kind() == Dataspace.Kind.SCALAR ? 0
                : s.kind() == Dataspace.Kind.SIMPLE ? 1 : 2);
        for (long d : dims) {
            w.length(d);
        }
        if (withMax) {
            for (long m : max) {
                w.length(m == Dataspace.UNLIMITED ? -1 : m);
            }
        }
        return w.toByteArray();
    }
}
