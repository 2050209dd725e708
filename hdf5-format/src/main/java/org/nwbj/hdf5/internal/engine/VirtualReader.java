package org.nwbj.hdf5.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.internal.engine.VirtualSelections.Sel;
import org.nwbj.hdf5.internal.format.SerializedSelection;
import org.nwbj.hdf5.internal.format.VirtualMappings;
import org.nwbj.hdf5.type.DataType;

/**
 * Reads a virtual dataset (layout class 3) as the C library does with its default view (H5D_VDS_LAST_AVAILABLE,
 * printf gap 0, or the one the open options set): every mapping copies its source selection's elements, in C order, to its virtual selection's;
 * what no mapping (or a missing source) covers reads as the fill value. Unlimited mappings set the extent of
 * their dimension from their sources: a non-printf one from the source's current size, a printf ({@code %b}) one
 * from the source datasets found from block 0 (up to the printf gap's missing ones in a row). With the C library's other view (H5D_VDS_FIRST_MISSING,
 * {@code firstMissing}) an unlimited dimension stops where the shortest of its unlimited mappings stops.
 */
public final class VirtualReader {
    /** Printf mappings probe at most this many source names. */
    private static final int MAX_PRINTF_BLOCKS = 1 << 20;

    private final DataType type;
    private final Dataspace stored;
    private final VirtualMappings mappings;
    private final VirtualSources sources;
    private final boolean firstMissing;
    private final long printfGap;
    private volatile Plan plan;

    /** One source dataset's part: its reader, and the virtual and source selections paired in C order. */
    private record Part(DatasetReader source, Sel virtual, Sel sourceSel) {
    }

    private record Plan(long[] dims, List<Part> parts) {
    }

    public VirtualReader(DataType type, Dataspace stored, VirtualMappings mappings, VirtualSources sources) {
        this(type, stored, mappings, sources, false, 0);
    }

    /**
     * With {@code firstMissing}, the view H5D_VDS_FIRST_MISSING; else H5D_VDS_LAST_AVAILABLE. {@code printfGap}:
     * how many missing {@code %b} sources in a row the search looks past (H5Pset_virtual_printf_gap).
     */
    public VirtualReader(DataType type, Dataspace stored, VirtualMappings mappings, VirtualSources sources,
            boolean firstMissing, long printfGap) {
        this.printfGap = printfGap;
        this.type = type;
        this.stored = stored;
        this.mappings = mappings;
        this.sources = sources;
        this.firstMissing = firstMissing;
    }

    public VirtualMappings mappings() {
        return mappings;
    }

    /** The dataspace with unlimited dimensions sized by the sources (resolved once). */
    public Dataspace space() {
        long[] dims = plan().dims();
        return Dataspace.simple(dims, stored.maxDims());
    }

    /** Virtual datasets whose sources are virtual nest at most this deep (a mapping onto itself would not end). */
    private static final int MAX_NESTING = 16;
    private static final ThreadLocal<int[]> NESTING = ThreadLocal.withInitial(() -> new int[1]);

    private Plan plan() {
        Plan p = plan;
        if (p == null) {
            int[] depth = NESTING.get();
            if (depth[0] >= MAX_NESTING) {
                throw new Hdf5Exception("virtual dataset sources nest deeper than " + MAX_NESTING
                        + " levels (a mapping onto itself?)");
            }
            depth[0]++;
            try {
                p = resolve();
            } finally {
                depth[0]--;
            }
            plan = p;
        }
        return p;
    }

    /** Source names with {@code %b} replaced by the block number and {@code %%} by a percent sign. */
    static String sourceName(String pattern, long block) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) == 'b') {
                b.append(block);
                i++;
            } else if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '%') {
                b.append('%');
                i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean isPrintf(String pattern) {
        for (int i = 0; i + 1 < pattern.length(); i++) {
            if (pattern.charAt(i) == '%') {
                if (pattern.charAt(i + 1) == 'b') {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    /** An unlimited mapping's sources found while sizing: one non-printf source, or the printf blocks found. */
    private record Unlimited(VirtualMappings.Mapping mapping, int dim, DatasetReader source, long sourceSlices,
            long[] blocks, DatasetReader[] blockSources) {
    }

    private Plan resolve() {
        long[] storedDims = stored.dims();
        int rank = storedDims.length;
        long[] grown = new long[rank];
        boolean[] unlimited = new boolean[rank];
        long[] minDims = new long[rank];
        List<Part> parts = new ArrayList<>();
        List<Object[]> limited = new ArrayList<>(); // {source reader, mapping}: selections made once dims are known
        List<Unlimited> unlimitedMappings = new ArrayList<>();
        for (VirtualMappings.Mapping m : mappings.mappings()) {
            SerializedSelection vs = m.virtual();
            int uv = vs instanceof SerializedSelection.Regular g ? g.unlimitedDim() : -1;
            boolean printf = isPrintf(m.sourceFile()) || isPrintf(m.sourceDataset());
            if (uv < 0) {
                DatasetReader src = sources.open(sourceName(m.sourceFile(), 0), sourceName(m.sourceDataset(), 0));
                if (!(vs instanceof SerializedSelection.All)) {
                    Sel v = VirtualSelections.of(vs, storedDims);
                    for (int d = 0; d < rank; d++) {
                        minDims[d] = Math.max(minDims[d], v.end(d));
                    }
                }
                limited.add(new Object[] {src, m});
                continue;
            }
            SerializedSelection.Regular g = (SerializedSelection.Regular) vs;
            long extent = 0;
            if (!printf) {
                if (!(m.source() instanceof SerializedSelection.Regular sg) || sg.unlimitedDim() < 0) {
                    throw new Hdf5UnsupportedException("virtual mapping with an unlimited virtual selection, a "
                            + "limited source selection and no %b in its source names");
                }
                DatasetReader src = sources.open(sourceName(m.sourceFile(), 0), sourceName(m.sourceDataset(), 0));
                long slices = 0;
                if (src != null) {
                    checkType(src);
                    int us = sg.unlimitedDim();
                    slices = VirtualSelections.total(VirtualSelections.upTo(sg, us, src.space().dims()[us]));
                    // the C library counts the gap after a source's last full block in the FIRST_MISSING view only
                    extent = VirtualSelections.clipExtent(g, uv, slices, firstMissing);
                }
                unlimitedMappings.add(new Unlimited(m, uv, src, slices, null, null));
            } else {
                if (g.count()[uv] != SerializedSelection.UNLIMITED || g.block()[uv] == SerializedSelection.UNLIMITED) {
                    throw new Hdf5UnsupportedException("printf virtual mapping whose virtual selection has no "
                            + "unlimited count");
                }
                // as the C library: the search ends after gap + 1 missing names in a row (the FIRST_MISSING view
                // ignores the gap); the extent ends with the last block found, or (FIRST_MISSING) where the block
                // after it starts
                long gap = firstMissing ? 0 : printfGap;
                List<Long> found = new ArrayList<>();
                List<DatasetReader> foundSources = new ArrayList<>();
                long next = 0; // one past the last block found
                for (long j = 0; j <= next + gap && j < MAX_PRINTF_BLOCKS; j++) {
                    DatasetReader src = sources.open(sourceName(m.sourceFile(), j), sourceName(m.sourceDataset(), j));
                    if (src != null) {
                        checkType(src);
                        found.add(j);
                        foundSources.add(src);
                        next = j + 1;
                    }
                }
                if (next > 0) {
                    extent = firstMissing ? g.start()[uv] + next * g.stride()[uv]
                            : g.start()[uv] + (next - 1) * g.stride()[uv] + g.block()[uv];
                }
                long[] blocks = new long[found.size()];
                for (int k = 0; k < blocks.length; k++) {
                    blocks[k] = found.get(k);
                }
                unlimitedMappings.add(new Unlimited(m, uv, null, 0, blocks,
                        foundSources.toArray(new DatasetReader[0])));
            }
            // a missing source reaches 0
            grown[uv] = !unlimited[uv] ? extent : firstMissing ? Math.min(grown[uv], extent)
                    : Math.max(grown[uv], extent);
            unlimited[uv] = true;
        }
        long[] dims = storedDims.clone();
        for (int d = 0; d < rank; d++) {
            if (unlimited[d]) {
                dims[d] = Math.max(grown[d], minDims[d]);
            }
        }
        for (Unlimited u : unlimitedMappings) {
            SerializedSelection.Regular g = (SerializedSelection.Regular) u.mapping().virtual();
            int uv = u.dim();
            if (u.blocks() == null) {
                if (u.source() == null) {
                    continue;
                }
                // both selections clipped to the slices inside the extent, paired slice by slice as the C library
                // clips them (a shorter extent in the FIRST_MISSING view clips the source too)
                SerializedSelection.Regular sg = (SerializedSelection.Regular) u.mapping().source();
                long inside = VirtualSelections.total(VirtualSelections.upTo(g, uv, dims[uv]));
                long n = Math.min(u.sourceSlices(), inside);
                parts.add(new Part(u.source(), VirtualSelections.withDim(g, uv, VirtualSelections.firstN(g, uv, n)),
                        VirtualSelections.withDim(sg, sg.unlimitedDim(),
                                VirtualSelections.firstN(sg, sg.unlimitedDim(), n))));
                continue;
            }
            for (int k = 0; k < u.blocks().length; k++) {
                long at = g.start()[uv] + u.blocks()[k] * g.stride()[uv];
                if (at >= dims[uv]) {
                    break; // beyond the extent: never read
                }
                DatasetReader src = u.blockSources()[k];
                Sel v = VirtualSelections.withDim(g, uv, new long[][] {{at, g.block()[uv]}});
                parts.add(new Part(src, v, VirtualSelections.of(u.mapping().source(), src.space().dims())));
            }
        }
        for (Object[] l : limited) {
            DatasetReader src = (DatasetReader) l[0];
            VirtualMappings.Mapping m = (VirtualMappings.Mapping) l[1];
            if (src == null) {
                continue; // a missing source reads as the fill value, as in the C library
            }
            checkType(src);
            Sel v = VirtualSelections.of(m.virtual(), dims);
            Sel s = VirtualSelections.of(m.source(), src.space().dims());
            parts.add(new Part(src, v, s));
        }
        return new Plan(dims, parts);
    }

    private void checkType(DatasetReader src) {
        if (!src.type().equals(type)) {
            throw new Hdf5UnsupportedException("virtual dataset source of type " + src.type()
                    + " for a virtual dataset of type " + type + " (type conversion)");
        }
    }

    /** Copies the selected elements that mappings cover into {@code out} (already holding the fill value). */
    public void read(Selection req, byte[] out) {
        int es = type.size();
        int rank = req.rank();
        long[] outStride = new long[rank];
        long[] shape = req.shape();
        long acc = 1;
        for (int d = rank - 1; d >= 0; d--) {
            outStride[d] = acc;
            acc *= shape[d];
        }
        for (Part p : plan().parts()) {
            List<long[]> copies = new ArrayList<>(); // {source coords..., output index, length}
            pair(p, req, outStride, copies);
            if (copies.isEmpty()) {
                continue;
            }
            long[] sdims = p.source().space().dims();
            int srank = sdims.length;
            long[] lo = new long[srank];
            long[] hi = new long[srank];
            java.util.Arrays.fill(lo, Long.MAX_VALUE);
            List<long[]> inside = new ArrayList<>();
            for (long[] c : copies) {
                // the part of a run beyond the source's extent reads as the fill value
                boolean ok = true;
                for (int d = 0; d < srank - 1; d++) {
                    ok &= c[d] < sdims[d];
                }
                long len = Math.min(c[srank + 1], sdims[srank - 1] - c[srank - 1]);
                if (!ok || len <= 0) {
                    continue;
                }
                c[srank + 1] = len;
                inside.add(c);
                for (int d = 0; d < srank; d++) {
                    lo[d] = Math.min(lo[d], c[d]);
                    hi[d] = Math.max(hi[d], d == srank - 1 ? c[d] + len : c[d] + 1);
                }
            }
            if (inside.isEmpty()) {
                continue;
            }
            long[] count = new long[srank];
            for (int d = 0; d < srank; d++) {
                count[d] = hi[d] - lo[d];
            }
            byte[] box = p.source().read(Selection.box(lo, count));
            for (long[] c : inside) {
                long at = 0;
                for (int d = 0; d < srank; d++) {
                    at = at * count[d] + (c[d] - lo[d]);
                }
                System.arraycopy(box, (int) (at * es), out, (int) (c[srank] * es), (int) (c[srank + 1] * es));
            }
        }
    }

    /** Pairs the part's virtual and source runs and keeps what the request selects, as source coordinates. */
    private static void pair(Part p, Selection req, long[] outStride, List<long[]> copies) {
        List<long[]> vr = p.virtual().runs();
        List<long[]> sr = p.sourceSel().runs();
        int vrank = req.rank();
        int srank = p.sourceSel().rank();
        int vi = 0;
        int si = 0;
        long vOff = 0;
        long sOff = 0;
        while (vi < vr.size() && si < sr.size()) {
            long[] v = vr.get(vi);
            long[] s = sr.get(si);
            long n = Math.min(v[vrank] - vOff, s[srank] - sOff);
            long[] sStart = s.clone();
            sStart[srank - 1] += sOff;
            intersect(v, vOff, n, sStart, srank, req, outStride, copies);
            vOff += n;
            sOff += n;
            if (vOff == v[vrank]) {
                vi++;
                vOff = 0;
            }
            if (sOff == s[srank]) {
                si++;
                sOff = 0;
            }
        }
        if (vi < vr.size() || si < sr.size()) {
            throw new Hdf5Exception("virtual mapping selections of different sizes");
        }
    }

    /** The requested part of a virtual run piece [v + off, v + off + n) with its source start. */
    private static void intersect(long[] v, long off, long n, long[] sStart, int srank, Selection req,
            long[] outStride, List<long[]> copies) {
        int rank = req.rank();
        long base = 0;
        for (int d = 0; d < rank - 1; d++) {
            long idx = index(req, d, v[d]);
            if (idx < 0) {
                return;
            }
            base += idx * outStride[d];
        }
        int last = rank - 1;
        long a = v[last] + off;
        long b = a + n;
        long start = req.start()[last];
        long stride = req.stride()[last];
        long block = req.block()[last];
        long cnt = req.count()[last];
        long i = a <= start ? 0 : (a - start) / stride;
        for (; i < cnt; i++) {
            long bs = start + i * stride;
            if (bs >= b) {
                break;
            }
            long x = Math.max(a, bs);
            long y = Math.min(b, bs + block);
            if (x < y) {
                long[] c = new long[srank + 2];
                System.arraycopy(sStart, 0, c, 0, srank);
                c[srank - 1] += x - a;
                c[srank] = base + i * block + (x - bs);
                c[srank + 1] = y - x;
                copies.add(c);
            }
        }
    }

    /** Position of coordinate {@code c} along dimension {@code d} of the request's output, or -1 if unselected. */
    private static long index(Selection req, int d, long c) {
        long rel = c - req.start()[d];
        if (rel < 0) {
            return -1;
        }
        long k = rel / req.stride()[d];
        long within = rel % req.stride()[d];
        if (k >= req.count()[d] || within >= req.block()[d]) {
            // with stride == block the blocks touch: within is always < block
            return -1;
        }
        return k * req.block()[d] + within;
    }
}
