package org.nwbj.hdf5.internal.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A dataspace selection as the C library serializes it ({@code H5S_SELECT_SERIALIZE}, used in virtual dataset
 * mappings and region references): a 4-byte type (0 none, 1 points, 2 hyperslab, 3 all) and version, then
 * <ul>
 * <li>none/all, version 1: 4 reserved bytes and a 4-byte length (0);</li>
 * <li>hyperslab version 1: reserved, length, rank, number of blocks (4 bytes each), each block's first then last
 * coordinates (4 bytes each); version 2: flags (bit 0 regular), length, rank, then per dimension start, stride,
 * count, block (regular) or a block count and blocks (8 bytes each); version 3: flags, coordinate width (2, 4 or
 * 8), rank, then the same with that width;</li>
 * <li>points version 1: reserved, length, rank, count, coordinates (4 bytes); version 2: width, rank, count and
 * coordinates of that width.</li>
 * </ul>
 * {@link #UNLIMITED} (all ones) marks an unlimited count or block of a regular hyperslab.
 */
public sealed interface SerializedSelection {
    long UNLIMITED = -1;
    int MAX_RANK = 32;
    long MAX_ITEMS = 1L << 24;

    /** Every element of the extent. */
    record All() implements SerializedSelection {
    }

    /** No element. */
    record None() implements SerializedSelection {
    }

    /** Points in their listed order: {@code coords[i]} is the i-th point. */
    record Points(int rank, long[][] coords) implements SerializedSelection {
    }

    /** A regular hyperslab (H5Sselect_hyperslab); count or block may be {@link #UNLIMITED}. */
    record Regular(long[] start, long[] stride, long[] count, long[] block) implements SerializedSelection {
        public int rank() {
            return start.length;
        }

        /** The unlimited dimension, or -1. */
        public int unlimitedDim() {
            for (int d = 0; d < start.length; d++) {
                if (count[d] == UNLIMITED || block[d] == UNLIMITED) {
                    return d;
                }
            }
            return -1;
        }
    }

    /** A union of blocks, each given by its first and last coordinates. */
    record Blocks(int rank, long[][] first, long[][] last) implements SerializedSelection {
    }

    /** Decodes one serialized selection, advancing the reader past it. */
    static SerializedSelection decode(FormatReader r) {
        long type = r.u32();
        long version = r.u32();
        if (type == 0 || type == 3) {
            if (version != 1) {
                throw r.fail((type == 0 ? "none" : "all") + " selection version expected 1, found " + version);
            }
            r.skip(8); // reserved, length
            return type == 0 ? new None() : new All();
        }
        if (type == 1) {
            int width = 4;
            if (version == 1) {
                r.skip(8);
            } else if (version == 2) {
                width = width(r, r.u8());
            } else {
                throw r.fail("point selection version expected 1 or 2, found " + version);
            }
            int rank = rank(r, r.u32());
            long n = count(r, r.uint(width), rank);
            long[][] c = new long[(int) n][rank];
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < rank; d++) {
                    c[i][d] = r.uint(width);
                }
            }
            return new Points(rank, c);
        }
        if (type != 2) {
            throw r.fail("selection type expected 0 to 3, found " + type);
        }
        int flags = 0;
        int width;
        if (version == 1) {
            r.skip(8);
            width = 4;
        } else if (version == 2) {
            flags = r.u8();
            r.skip(4); // length
            width = 8;
        } else if (version == 3) {
            flags = r.u8();
            width = width(r, r.u8());
        } else {
            throw r.fail("hyperslab selection version expected 1 to 3, found " + version);
        }
        int rank = rank(r, r.u32());
        if ((flags & 1) != 0) {
            long[] start = new long[rank];
            long[] stride = new long[rank];
            long[] count = new long[rank];
            long[] block = new long[rank];
            for (int d = 0; d < rank; d++) {
                start[d] = unlimited(r.uint(width), width);
                stride[d] = unlimited(r.uint(width), width);
                count[d] = unlimited(r.uint(width), width);
                block[d] = unlimited(r.uint(width), width);
            }
            return new Regular(start, stride, count, block);
        }
        long n = count(r, version == 1 ? r.u32() : r.uint(width), rank * 2L);
        long[][] first = new long[(int) n][rank];
        long[][] last = new long[(int) n][rank];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < rank; d++) {
                first[i][d] = r.uint(width);
            }
            for (int d = 0; d < rank; d++) {
                last[i][d] = r.uint(width);
                if (last[i][d] < first[i][d]) {
                    throw r.fail("hyperslab block " + i + " ends before it starts in dimension " + d);
                }
            }
        }
        return new Blocks(rank, first, last);
    }

    private static long unlimited(long v, int width) {
        return width < 8 && v == (1L << (8 * width)) - 1 ? UNLIMITED : v;
    }

    private static int width(FormatReader r, int w) {
        if (w != 2 && w != 4 && w != 8) {
            throw r.fail("selection coordinate width expected 2, 4 or 8, found " + w);
        }
        return w;
    }

    private static int rank(FormatReader r, long rank) {
        if (rank < 1 || rank > MAX_RANK) {
            throw r.fail("selection rank expected 1 to " + MAX_RANK + ", found " + rank);
        }
        return (int) rank;
    }

    /** A count of items, each of {@code per} coordinates, checked against what the remaining bytes can hold. */
    private static long count(FormatReader r, long n, long per) {
        if (n < 0 || n > MAX_ITEMS || n * per > r.remaining()) {
            throw r.fail("selection of " + Long.toUnsignedString(n) + " items does not fit the "
                    + r.remaining() + " bytes left");
        }
        return n;
    }

    /**
     * Encodes as HDF5 1.10 does: all/none version 1; a hyperslab with an unlimited count or block as a regular
     * version 2; other hyperslabs as the version 1 block list (every HDF5 since 1.8 reads it) while coordinates fit
     * 32 bits, else version 2 blocks; points version 1 (or 2 beyond 32 bits).
     */
    static void encode(SerializedSelection s, FormatWriter w) {
        if (s instanceof All || s instanceof None) {
            w.u32(s instanceof All ? 3 : 0).u32(1).u32(0).u32(0);
        } else if (s instanceof Points p) {
            boolean wide = fitsNot32(p.coords());
            if (!wide) {
                w.u32(1).u32(1).u32(0).u32(8 + 4L * p.rank() * p.coords().length).u32(p.rank())
                        .u32(p.coords().length);
            } else {
                w.u32(1).u32(2).u8(8).u32(p.rank()).u64(p.coords().length);
            }
            for (long[] c : p.coords()) {
                for (long v : c) {
                    w.uint(v, wide ? 8 : 4);
                }
            }
        } else if (s instanceof Regular g && g.unlimitedDim() < 0) {
            encode(toBlocks(g), w);
        } else if (s instanceof Regular g) {
            w.u32(2).u32(2).u8(1).u32(4 + 32L * g.rank()).u32(g.rank());
            for (int d = 0; d < g.rank(); d++) {
                w.u64(g.start()[d]).u64(g.stride()[d]).u64(g.count()[d]).u64(g.block()[d]);
            }
        } else {
            Blocks b = (Blocks) s;
            boolean wide = fitsNot32(b.first()) || fitsNot32(b.last());
            int n = b.first().length;
            if (!wide) {
                w.u32(2).u32(1).u32(0).u32(8 + 8L * b.rank() * n).u32(b.rank()).u32(n);
            } else {
                w.u32(2).u32(2).u8(0).u32(12 + 16L * b.rank() * n).u32(b.rank()).u64(n);
            }
            for (int i = 0; i < n; i++) {
                for (long v : b.first()[i]) {
                    w.uint(v, wide ? 8 : 4);
                }
                for (long v : b.last()[i]) {
                    w.uint(v, wide ? 8 : 4);
                }
            }
        }
    }

    private static boolean fitsNot32(long[][] coords) {
        for (long[] c : coords) {
            for (long v : c) {
                if (v < 0 || v > 0xfffffffeL) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A limited regular hyperslab as its list of blocks in C order (as the C library stores it). */
    static Blocks toBlocks(Regular g) {
        int rank = g.rank();
        List<long[]> firsts = new ArrayList<>();
        List<long[]> lasts = new ArrayList<>();
        long[] n = new long[rank];
        long[] st = new long[rank];
        long[] bl = new long[rank];
        long total = 1;
        for (int d = 0; d < rank; d++) {
            // consecutive blocks (stride == block) make one block, as the C library merges them
            boolean merge = g.stride()[d] == g.block()[d] || g.count()[d] == 1;
            n[d] = merge ? 1 : g.count()[d];
            st[d] = g.stride()[d];
            bl[d] = merge ? g.count()[d] * g.block()[d] : g.block()[d];
            total *= n[d];
            if (total > MAX_ITEMS) {
                throw new org.nwbj.hdf5.Hdf5Exception("hyperslab of more than " + MAX_ITEMS + " blocks");
            }
        }
        if (total == 0) {
            return new Blocks(rank, new long[0][], new long[0][]);
        }
        long[] cell = new long[rank];
        for (long i = 0; i < total; i++) {
            long[] f = new long[rank];
            long[] l = new long[rank];
            for (int d = 0; d < rank; d++) {
                f[d] = g.start()[d] + cell[d] * st[d];
                l[d] = f[d] + bl[d] - 1;
            }
            firsts.add(f);
            lasts.add(l);
            for (int d = rank - 1; d >= 0; d--) {
                if (++cell[d] < n[d]) {
                    break;
                }
                cell[d] = 0;
            }
        }
        return new Blocks(rank, firsts.toArray(new long[0][]), lasts.toArray(new long[0][]));
    }
}
