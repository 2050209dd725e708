package org.nwbj.hdf5.internal.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.internal.format.SerializedSelection;

/**
 * Finite selections of virtual dataset mappings and their elements in C order, as runs along the last dimension:
 * each run is {@code long[rank + 1]}, the coordinates of its first element then its length. The C library pairs a
 * mapping's virtual and source elements in this order.
 */
final class VirtualSelections {
    /** At most this many runs per selection (a guard against absurd selections in hostile files). */
    static final long MAX_RUNS = 1L << 26;

    private VirtualSelections() {
    }

    /** A finite selection: per dimension interval lists ({start, length}) whose product is selected, or runs. */
    record Sel(long[][][] product, List<long[]> explicitRuns) {
        static Sel product(long[][][] intervals) {
            return new Sel(intervals, null);
        }

        int rank() {
            return product != null ? product.length : explicitRuns.isEmpty() ? 0 : explicitRuns.get(0).length - 1;
        }

        List<long[]> runs() {
            if (explicitRuns != null) {
                return explicitRuns;
            }
            int rank = product.length;
            List<long[]> out = new ArrayList<>();
            long[][] last = product[rank - 1];
            if (last.length == 0) {
                return out;
            }
            long[] coords = new long[rank];
            emit(0, coords, out);
            return out;
        }

        private void emit(int d, long[] coords, List<long[]> out) {
            int rank = product.length;
            if (d == rank - 1) {
                for (long[] iv : product[d]) {
                    if (out.size() >= MAX_RUNS) {
                        throw new Hdf5Exception("virtual dataset mapping of more than " + MAX_RUNS + " runs");
                    }
                    long[] run = Arrays.copyOf(coords, rank + 1);
                    run[d] = iv[0];
                    run[rank] = iv[1];
                    out.add(run);
                }
                return;
            }
            for (long[] iv : product[d]) {
                for (long c = iv[0]; c < iv[0] + iv[1]; c++) {
                    coords[d] = c;
                    emit(d + 1, coords, out);
                }
            }
        }

        /** One past the largest coordinate selected in dimension {@code d} (0 when nothing is selected). */
        long end(int d) {
            long e = 0;
            if (product != null) {
                for (long[] iv : product[d]) {
                    e = Math.max(e, iv[0] + iv[1]);
                }
            } else {
                for (long[] r : explicitRuns) {
                    e = Math.max(e, d == r.length - 2 ? r[d] + r[r.length - 1] : r[d] + 1);
                }
            }
            return e;
        }
    }

    /** A selection with no unlimited part on a dataspace of {@code dims}. */
    static Sel of(SerializedSelection s, long[] dims) {
        if (s instanceof SerializedSelection.All) {
            long[][][] p = new long[dims.length][][];
            for (int d = 0; d < dims.length; d++) {
                p[d] = dims[d] == 0 ? new long[0][] : new long[][] {{0, dims[d]}};
            }
            return Sel.product(p);
        }
        if (s instanceof SerializedSelection.None) {
            long[][][] p = new long[Math.max(1, dims.length)][][];
            Arrays.fill(p, new long[0][]);
            return Sel.product(p);
        }
        if (s instanceof SerializedSelection.Regular g) {
            long[][][] p = new long[g.rank()][][];
            for (int d = 0; d < g.rank(); d++) {
                if (g.count()[d] == SerializedSelection.UNLIMITED || g.block()[d] == SerializedSelection.UNLIMITED) {
                    throw new IllegalArgumentException("unlimited dimension " + d);
                }
                p[d] = upTo(g, d, Long.MAX_VALUE);
            }
            return Sel.product(p);
        }
        if (s instanceof SerializedSelection.Points pt) {
            List<long[]> runs = new ArrayList<>();
            for (long[] c : pt.coords()) {
                long[] r = Arrays.copyOf(c, c.length + 1);
                r[c.length] = 1;
                runs.add(r);
            }
            return new Sel(null, runs);
        }
        return blocks((SerializedSelection.Blocks) s);
    }

    /** The union of blocks in C order: per-block runs, sorted, touching runs of one row merged. */
    private static Sel blocks(SerializedSelection.Blocks b) {
        int rank = b.rank();
        List<long[]> runs = new ArrayList<>();
        for (int i = 0; i < b.first().length; i++) {
            long[] first = b.first()[i];
            long[] last = b.last()[i];
            long rows = 1;
            for (int d = 0; d < rank - 1; d++) {
                rows *= last[d] - first[d] + 1;
                if (rows + runs.size() > MAX_RUNS) {
                    throw new Hdf5Exception("virtual dataset mapping of more than " + MAX_RUNS + " runs");
                }
            }
            long[] c = first.clone();
            for (long k = 0; k < rows; k++) {
                long[] run = Arrays.copyOf(c, rank + 1);
                run[rank] = last[rank - 1] - first[rank - 1] + 1;
                runs.add(run);
                for (int d = rank - 2; d >= 0; d--) {
                    if (++c[d] <= last[d]) {
                        break;
                    }
                    c[d] = first[d];
                }
            }
        }
        Comparator<long[]> order = (x, y) -> {
            for (int d = 0; d < rank; d++) {
                int cmp = Long.compare(x[d], y[d]);
                if (cmp != 0) {
                    return cmp;
                }
            }
            return 0;
        };
        runs.sort(order);
        List<long[]> merged = new ArrayList<>();
        for (long[] r : runs) {
            long[] prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (prev != null && samePrefix(prev, r, rank - 1) && r[rank - 1] <= prev[rank - 1] + prev[rank]) {
                prev[rank] = Math.max(prev[rank - 1] + prev[rank], r[rank - 1] + r[rank]) - prev[rank - 1];
            } else {
                merged.add(r.clone());
            }
        }
        return new Sel(null, merged);
    }

    private static boolean samePrefix(long[] a, long[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** The intervals of dimension {@code d} of a regular hyperslab below {@code bound} (count/block may be unlimited). */
    static long[][] upTo(SerializedSelection.Regular g, int d, long bound) {
        long start = g.start()[d];
        long stride = g.stride()[d];
        long count = g.count()[d];
        long block = g.block()[d];
        List<long[]> out = new ArrayList<>();
        if (block == SerializedSelection.UNLIMITED) {
            if (bound > start) {
                out.add(new long[] {start, bound - start});
            }
            return out.toArray(new long[0][]);
        }
        if (stride == block || count == 1) {
            long len = count == SerializedSelection.UNLIMITED ? Long.MAX_VALUE - start : count * block;
            long end = Math.min(bound, start + len);
            if (end > start) {
                out.add(new long[] {start, end - start});
            }
            return out.toArray(new long[0][]);
        }
        for (long i = 0; count == SerializedSelection.UNLIMITED || i < count; i++) {
            long s = start + i * stride;
            if (s >= bound) {
                break;
            }
            if (out.size() >= MAX_RUNS) {
                throw new Hdf5Exception("hyperslab of more than " + MAX_RUNS + " blocks");
            }
            out.add(new long[] {s, Math.min(block, bound - s)});
        }
        return out.toArray(new long[0][]);
    }

    /** The first {@code n} selected coordinates of dimension {@code d} as intervals. */
    static long[][] firstN(SerializedSelection.Regular g, int d, long n) {
        List<long[]> out = new ArrayList<>();
        long left = n;
        long start = g.start()[d];
        long stride = g.stride()[d];
        long block = g.block()[d];
        if (block == SerializedSelection.UNLIMITED || stride == block) {
            if (n > 0) {
                out.add(new long[] {start, n});
            }
            return out.toArray(new long[0][]);
        }
        for (long i = 0; left > 0; i++) {
            if (out.size() >= MAX_RUNS) {
                throw new Hdf5Exception("hyperslab of more than " + MAX_RUNS + " blocks");
            }
            long len = Math.min(block, left);
            out.add(new long[] {start + i * stride, len});
            left -= len;
        }
        return out.toArray(new long[0][]);
    }

    /**
     * Where dimension {@code d} of a regular hyperslab ends after its first {@code n} selected coordinates, as the C
     * library sizes an unlimited mapping: a partly filled block ends at its last coordinate; after a full block the
     * gap up to the next block's start counts only with {@code inclTrail} (its FIRST_MISSING view).
     */
    static long clipExtent(SerializedSelection.Regular g, int d, long n, boolean inclTrail) {
        long start = g.start()[d];
        long stride = g.stride()[d];
        long block = g.block()[d];
        if (n == 0) {
            return inclTrail ? start : 0;
        }
        if (block == SerializedSelection.UNLIMITED || block == stride) {
            return start + n;
        }
        long full = n / block;
        long rem = n % block;
        if (rem > 0) {
            return start + full * stride + rem;
        }
        return inclTrail ? start + full * stride : start + (full - 1) * stride + block;
    }

    static long total(long[][] intervals) {
        long n = 0;
        for (long[] iv : intervals) {
            n += iv[1];
        }
        return n;
    }

    /** A regular hyperslab's product with dimension {@code d}'s intervals replaced. */
    static Sel withDim(SerializedSelection.Regular g, int d, long[][] intervals) {
        long[][][] p = new long[g.rank()][][];
        for (int k = 0; k < g.rank(); k++) {
            p[k] = k == d ? intervals : upTo(g, k, Long.MAX_VALUE);
        }
        return Sel.product(p);
    }
}
