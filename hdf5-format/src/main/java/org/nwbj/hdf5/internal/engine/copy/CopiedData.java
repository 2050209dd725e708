package org.nwbj.hdf5.internal.engine.copy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;
import org.nwbj.hdf5.internal.format.AttributeMessage;
import org.nwbj.hdf5.internal.format.FilterPipeline;
import org.nwbj.hdf5.internal.format.FormatReader;
import org.nwbj.hdf5.internal.format.Layout;
import org.nwbj.hdf5.internal.format.VirtualMappings;
import org.nwbj.hdf5.type.ArrayType;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.ReferenceType;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.hdf5.type.VlenType;
import org.nwbj.hdf5.internal.engine.DatasetReader;
import org.nwbj.hdf5.internal.engine.GlobalHeap;
import org.nwbj.hdf5.internal.engine.Messages;
import org.nwbj.hdf5.internal.engine.StoredChunk;
import org.nwbj.hdf5.internal.engine.write.ChunkBTreeWriter;
import org.nwbj.hdf5.internal.engine.write.ChunkIndexWriter;
import org.nwbj.hdf5.internal.engine.write.FileWriterSupport;
import org.nwbj.hdf5.internal.engine.write.HeapWriter;

/**
 * The data side of a {@link FileCopier} copy: attribute values, dataset elements (contiguous, compact and chunks
 * copied as stored), repacking into new chunk shapes and filters, and the rewriting of elements whose bytes
 * name file addresses (variable-length data in new global heap collections, remapped references).
 */
public final class CopiedData {
    private final FileCopier cp;

    CopiedData(FileCopier cp) {
        this.cp = cp;
    }

    // ---- attribute and dataset data

    void copyAttributes(FileCopier.Planned p) {
        List<AttributeMessage> attrs = Messages.attributes(cp.src, p.header);
        for (int i = 0; i < attrs.size(); i++) {
            AttributeMessage a = attrs.get(i);
            DataType t = Messages.datatype(cp.src, a.datatype());
            Dataspace s = Messages.dataspace(cp.src, a.dataspace());
            byte[] data = new byte[a.data().remaining()];
            a.data().duplicate().get(data);
            long count = s.elementCount();
            if (needsRewrite(t) && count * t.size() <= data.length) {
                data = rewrite(t, data, (int) count);
                cp.heap.flush();
            }
            p.attributeData.put(i, data);
        }
    }

    void copyData(FileCopier.Planned p) {
        if (p.newChunks != null) {
            repackChunks(p);
            return;
        }
        DatasetReader d = p.dataset;
        DataType t = d.type();
        Dataspace s = d.space();
        long total = s.kind() == Dataspace.Kind.NULL ? 0 : s.elementCount() * t.size();
        switch (d.layout().kind()) {
            case COMPACT -> {
                byte[] b = d.readAll();
                if (needsRewrite(t)) {
                    b = rewrite(t, b, (int) (b.length / t.size()));
                    cp.heap.flush();
                }
                p.layoutBody = Layout.encodeCompact(b, cp.ctx, cp.layoutVersion());
            }
            case CONTIGUOUS -> {
                if (d.layout().address() == -1 || total == 0) {
                    p.layoutBody = Layout.encodeContiguous(-1, total, cp.ctx, cp.layoutVersion());
                    return;
                }
                long address = cp.allocateRaw(total);
                long[] dims = s.dims();
                if (dims.length == 0) {
                    write(address, d.readAll(), t);
                } else {
                    long rowBytes = total / Math.max(1, dims[0]);
                    long rows = Math.max(1, cp.STREAM_BYTES / Math.max(1, rowBytes));
                    for (long r = 0; r < dims[0]; r += rows) {
                        long n = Math.min(rows, dims[0] - r);
                        write(address + r * rowBytes, d.read(Selection.rows(dims, r, n)), t);
                    }
                }
                p.layoutBody = Layout.encodeContiguous(address, total, cp.ctx, cp.layoutVersion());
            }
            case CHUNKED -> copyChunks(p);
            case VIRTUAL -> {
                if (cp.materialize == null) {
                    copyVirtual(p);
                    return;
                }
                // the elements the mappings give, stored contiguously at the extent the sources give now
                if (total == 0) {
                    p.layoutBody = Layout.encodeContiguous(-1, 0, cp.ctx, cp.layoutVersion());
                    return;
                }
                long address = cp.allocateRaw(total);
                long[] dims = s.dims();
                long rowBytes = total / Math.max(1, dims[0]);
                long rows = Math.max(1, cp.STREAM_BYTES / Math.max(1, rowBytes));
                for (long r = 0; r < dims[0]; r += rows) {
                    long n = Math.min(rows, dims[0] - r);
                    write(address + r * rowBytes, d.read(Selection.rows(dims, r, n)), t);
                }
                p.layoutBody = Layout.encodeContiguous(address, total, cp.ctx, cp.layoutVersion());
            }
        }
    }

    /**
     * Keeps a virtual dataset virtual: its mappings (same source names, so "." still means this file, where the copy
     * has the same paths) in a global heap object of the copy.
     */
    void copyVirtual(FileCopier.Planned p) {
        Layout l = p.dataset.layout();
        ByteBuffer heapObject = GlobalHeap.object(cp.src, l.address(), (int) l.size());
        VirtualMappings m = VirtualMappings.decode(new FormatReader(heapObject, l.address(), "VirtualMappings",
                cp.src.ctx()));
        byte[] body = Layout.encodeVirtual(0, 0, cp.ctx);
        cp.heap.addHeapId(m.encode(cp.ctx), body, 2);
        cp.heap.flush();
        p.layoutBody = body;
    }

    // ---- repacking: new chunk shapes and filters

    void planRepack(FileCopier.Planned p) {
        DatasetReader d = p.dataset;
        Dataspace s = d.space();
        if (s.kind() != Dataspace.Kind.SIMPLE || s.rank() == 0) {
            return; // scalar and empty dataspaces cannot be chunked
        }
        boolean chunked = d.layout().kind() == Layout.Kind.CHUNKED;
        long[] dims = s.dims();
        long[] chunks;
        if (cp.repack.chunks() != null && cp.repack.chunks().length == dims.length) {
            chunks = new long[dims.length];
            for (int k = 0; k < dims.length; k++) {
                chunks[k] = Math.max(1, Math.min(cp.repack.chunks()[k], Math.max(dims[k], 1)));
            }
        } else if (chunked && cp.repack.chunks() == null) {
            chunks = d.layout().chunkDims();
        } else if (cp.repack.refilters() || cp.repack.chunks() != null) {
            chunks = cp.repack.chooser().apply(s, d.type().size());
        } else {
            return;
        }
        FilterPipeline pipeline = d.pipeline();
        if (cp.repack.refilters()) {
            List<FilterPipeline.FilterInfo> fs = new ArrayList<>();
            if (cp.repack.shuffle()) {
                fs.add(new FilterPipeline.FilterInfo(2, null, 0, new int[] {d.type().size()}));
            }
            for (int[] f : cp.repack.filters()) {
                org.nwbj.hdf5.filter.Filters.require(f[0]); // a missing plug-in fails before anything is written
                int[] given = java.util.Arrays.copyOfRange(f, 1, f.length);
                fs.add(new FilterPipeline.FilterInfo(f[0], null, 0,
                        cp.repack.localizer().clientData(f[0], given, d.type(), chunks)));
            }
            if (cp.repack.deflate() >= 0) {
                fs.add(new FilterPipeline.FilterInfo(1, null, 0, new int[] {cp.repack.deflate()}));
            }
            pipeline = new FilterPipeline(fs);
        }
        p.newChunks = chunks;
        p.newPipeline = pipeline;
    }

    byte[] repackedLayout(FileCopier.Planned p, FileWriterSupport w, List<ChunkIndexWriter.Entry> entries) {
        DatasetReader d = p.dataset;
        if (!cp.latest) {
            return Layout.encodeChunkedV3(0, p.newChunks, d.type().size(), cp.ctx);
        }
        boolean filtered = p.newPipeline != null && !p.newPipeline.filters().isEmpty();
        return ChunkIndexWriter.write(w, cp.ctx, entries, d.space().dims(), d.space().maxDims(), p.newChunks,
                d.type().size(), filtered, 0);
    }

    /** Reads every new chunk's region from the source (decoded), then filters and writes it. */
    void repackChunks(FileCopier.Planned p) {
        DatasetReader d = p.dataset;
        DataType t = d.type();
        long[] dims = d.space().dims();
        long[] chunk = p.newChunks;
        int rank = dims.length;
        long chunkElements = 1;
        for (long c : chunk) {
            chunkElements *= c;
        }
        if (chunkElements * t.size() > Integer.MAX_VALUE - 16) {
            throw new Hdf5UnsupportedException("chunks of " + chunkElements * t.size() + " bytes");
        }
        int chunkBytes = (int) (chunkElements * t.size());
        long[] grid = new long[rank];
        boolean empty = false;
        for (int k = 0; k < rank; k++) {
            grid[k] = (dims[k] + chunk[k] - 1) / chunk[k];
            empty |= dims[k] == 0;
        }
        List<long[]> keys = new ArrayList<>();
        List<Long> children = new ArrayList<>();
        List<ChunkIndexWriter.Entry> entries = new ArrayList<>();
        long[] cell = new long[rank];
        byte[] fill = needsRewrite(t) ? null : d.fill();
        while (!empty) {
            long[] start = new long[rank];
            long[] count = new long[rank];
            for (int k = 0; k < rank; k++) {
                start[k] = cell[k] * chunk[k];
                count[k] = Math.min(chunk[k], dims[k] - start[k]);
            }
            byte[] box = d.read(Selection.box(start, count));
            if (needsRewrite(t)) {
                box = rewrite(t, box, box.length / t.size());
                cp.heap.flush();
            }
            byte[] plain = new byte[chunkBytes];
            if (fill != null && fill.length == t.size()) {
                for (int i = 0; i + fill.length <= plain.length; i += fill.length) {
                    System.arraycopy(fill, 0, plain, i, fill.length);
                }
            }
            placeBox(box, count, plain, chunk, t.size());
            byte[] stored = plain;
            if (p.newPipeline != null) {
                for (FilterPipeline.FilterInfo fi : p.newPipeline.filters()) {
                    stored = Filters.require(fi.id()).encode(stored, new FilterParameters(fi.clientData(), t.size(),
                            chunkBytes));
                }
            }
            long address = cp.allocateRaw(stored.length);
            cp.out.write(address, stored);
            keys.add(key(stored.length, 0, start));
            children.add(address);
            entries.add(new ChunkIndexWriter.Entry(cell.clone(), address, stored.length, 0));
            int k = rank - 1;
            while (k >= 0 && ++cell[k] >= grid[k]) {
                cell[k] = 0;
                k--;
            }
            if (k < 0) {
                break;
            }
        }
        if (cp.latest) {
            p.layoutBody = repackedLayout(p, cp.out, entries);
            return;
        }
        if (children.isEmpty()) {
            p.layoutBody = Layout.encodeChunkedV3(-1, chunk, t.size(), cp.ctx);
            return;
        }
        long[] last = new long[rank];
        for (int k = 0; k < rank; k++) {
            last[k] = (grid[k] - 1) * chunk[k] + chunk[k];
        }
        keys.add(key(0, 0, last));
        long[] addresses = new long[children.size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = children.get(i);
        }
        p.layoutBody = Layout.encodeChunkedV3(ChunkBTreeWriter.write(cp.out, keys, addresses, rank), chunk, t.size(),
                cp.ctx);
    }

    /** Copies a C-order box of {@code count} elements into the start of a C-order chunk of {@code chunk}. */
    static void placeBox(byte[] box, long[] count, byte[] plain, long[] chunk, int size) {
        int rank = count.length;
        int rowBytes = (int) count[rank - 1] * size;
        long rows = 1;
        for (int k = 0; k < rank - 1; k++) {
            rows *= count[k];
        }
        long[] idx = new long[rank];
        for (long r = 0; r < rows; r++) {
            long offset = 0;
            for (int k = 0; k < rank - 1; k++) {
                offset = offset * chunk[k] + idx[k];
            }
            offset = offset * chunk[rank - 1];
            System.arraycopy(box, (int) (r * rowBytes), plain, (int) (offset * size), rowBytes);
            for (int k = rank - 2; k >= 0; k--) {
                if (++idx[k] < count[k]) {
                    break;
                }
                idx[k] = 0;
            }
        }
    }

    void write(long address, byte[] bytes, DataType t) {
        if (needsRewrite(t)) {
            bytes = rewrite(t, bytes, bytes.length / t.size());
            cp.heap.flush();
        }
        cp.out.write(address, bytes);
    }

    void copyChunks(FileCopier.Planned p) {
        DatasetReader d = p.dataset;
        long[] chunk = d.layout().chunkDims();
        int rank = chunk.length;
        List<StoredChunk> chunks = new ArrayList<>(d.storedChunks());
        chunks.sort((a, b) -> compareOrigins(a.origin(), b.origin()));
        FilterPipeline pipeline = d.pipeline();
        int nFilters = pipeline == null ? 0 : pipeline.filters().size();
        List<long[]> keys = new ArrayList<>();
        List<ChunkIndexWriter.Entry> entries = new ArrayList<>();
        long[] children = new long[chunks.size()];
        boolean rewrite = needsRewrite(d.type());
        boolean keepEdgeFlag = cp.latest && (d.layout().flags() & 1) != 0 && !rewrite;
        for (int i = 0; i < chunks.size(); i++) {
            StoredChunk c = chunks.get(i);
            byte[] bytes;
            int mask;
            if (rewrite) {
                byte[] plain = rewriteChunk(d, c);
                bytes = encodeFilters(pipeline, plain, d);
                mask = 0;
            } else {
                bytes = d.storedBytes(c);
                mask = d.storedUnfiltered(c) && !keepEdgeFlag ? (1 << nFilters) - 1 : c.filterMask();
            }
            children[i] = cp.allocateRaw(bytes.length);
            cp.out.write(children[i], bytes);
            keys.add(key(bytes.length, mask, c.origin()));
            long[] cell = new long[rank];
            for (int k = 0; k < rank; k++) {
                cell[k] = c.origin()[k] / chunk[k];
            }
            entries.add(new ChunkIndexWriter.Entry(cell, children[i], bytes.length, mask));
        }
        if (cp.latest) {
            p.layoutBody = latestLayout(d, cp.out, entries);
            return;
        }
        if (chunks.isEmpty()) {
            p.layoutBody = Layout.encodeChunkedV3(-1, chunk, d.type().size(), cp.ctx);
            return;
        }
        long[] last = chunks.get(chunks.size() - 1).origin().clone();
        for (int k = 0; k < rank; k++) {
            last[k] += chunk[k];
        }
        keys.add(key(0, 0, last));
        long root = ChunkBTreeWriter.write(cp.out, keys, children, rank);
        p.layoutBody = Layout.encodeChunkedV3(root, chunk, d.type().size(), cp.ctx);
    }

    byte[] latestLayout(DatasetReader d, FileWriterSupport w, List<ChunkIndexWriter.Entry> entries) {
        boolean filtered = d.pipeline() != null && !d.pipeline().filters().isEmpty();
        int flags = (d.layout().flags() & 1) != 0 && !needsRewrite(d.type()) ? 1 : 0;
        return ChunkIndexWriter.write(w, cp.ctx, entries, d.space().dims(), d.space().maxDims(), d.layout().chunkDims(),
                d.type().size(), filtered, flags);
    }

    byte[] rewriteChunk(DatasetReader d, StoredChunk c) {
        byte[] plain = rewrite(d.type(), d.decodedBytes(c), d.chunkBytes() / d.type().size());
        cp.heap.flush();
        return plain;
    }

    static byte[] encodeFilters(FilterPipeline pipeline, byte[] plain, DatasetReader d) {
        if (pipeline == null) {
            return plain;
        }
        byte[] b = plain;
        for (FilterPipeline.FilterInfo fi : pipeline.filters()) {
            b = Filters.require(fi.id()).encode(b, new FilterParameters(fi.clientData(), d.type().size(),
                    d.chunkBytes()));
        }
        return b;
    }

    static long[] key(long size, int mask, long[] origin) {
        long[] k = new long[2 + origin.length + 1];
        k[0] = size;
        k[1] = mask & 0xffffffffL;
        System.arraycopy(origin, 0, k, 2, origin.length);
        return k;
    }

    static int compareOrigins(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Long.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }


    // ---- element rewriting: variable-length data and references

    /** True when elements of this type hold file addresses (vlen data, references) that a copy must rewrite. */
    static boolean needsRewrite(DataType t) {
        if (t instanceof VlenType || t instanceof ReferenceType) {
            return true;
        }
        if (t instanceof StringType s) {
            return s.isVariable();
        }
        if (t instanceof ArrayType a) {
            return needsRewrite(a.base());
        }
        if (t instanceof CompoundType c) {
            for (CompoundType.Member m : c.members()) {
                if (needsRewrite(m.type())) {
                    return true;
                }
            }
        }
        return false;
    }

    byte[] rewrite(DataType t, byte[] source, int count) {
        byte[] out = source.clone();
        for (int i = 0; i < count; i++) {
            rewriteElement(t, source, i * t.size(), out, i * t.size());
        }
        return out;
    }

    void rewriteElement(DataType t, byte[] src, int at, byte[] dst, int dstAt) {
        if (t instanceof CompoundType c) {
            for (CompoundType.Member m : c.members()) {
                if (needsRewrite(m.type())) {
                    rewriteElement(m.type(), src, at + m.offset(), dst, dstAt + m.offset());
                }
            }
        } else if (t instanceof ArrayType a) {
            long n = a.elementCount();
            for (int i = 0; i < n; i++) {
                rewriteElement(a.base(), src, at + i * a.base().size(), dst, dstAt + i * a.base().size());
            }
        } else if (t instanceof VlenType || t instanceof StringType) {
            DataType base = t instanceof VlenType v ? v.base() : null;
            int baseSize = base == null ? 1 : base.size();
            ByteBuffer b = ByteBuffer.wrap(src).order(ByteOrder.LITTLE_ENDIAN);
            long count = b.getInt(at) & 0xffffffffL;
            long collection = readAddress(src, at + 4);
            int index = b.getInt(at + 4 + cp.ctx.offsetSize());
            if (count == 0 || collection == 0 || collection == -1) {
                java.util.Arrays.fill(dst, dstAt, dstAt + t.size(), (byte) 0);
                return;
            }
            ByteBuffer obj = GlobalHeap.object(cp.src, collection, index);
            long need = count * baseSize;
            if (need > obj.remaining()) {
                throw new Hdf5Exception("variable-length element needs " + need + " bytes, cp.heap object " + index
                        + " at 0x" + Long.toHexString(collection) + " holds " + obj.remaining());
            }
            byte[] data = new byte[(int) need];
            obj.get(data);
            if (base != null && needsRewrite(base)) {
                byte[] converted = data.clone();
                for (int i = 0; i < count; i++) {
                    rewriteElement(base, data, i * baseSize, converted, i * baseSize);
                }
                data = converted;
            }
            cp.heap.add(data, count, dst, dstAt);
        } else if (t instanceof ReferenceType r) {
            if (r.kind() == ReferenceType.Kind.OBJECT) {
                long a = readAddress(src, at);
                long mapped = a == 0 || a == -1 ? 0 : cp.newAddress(a, false);
                HeapWriter.putLe(dst, dstAt, mapped == -1 ? 0 : mapped, cp.ctx.offsetSize());
            } else {
                long collection = readAddress(src, at);
                int index = ByteBuffer.wrap(src).order(ByteOrder.LITTLE_ENDIAN).getInt(at + cp.ctx.offsetSize());
                if (collection == 0 || collection == -1) {
                    java.util.Arrays.fill(dst, dstAt, dstAt + t.size(), (byte) 0);
                    return;
                }
                ByteBuffer obj = GlobalHeap.object(cp.src, collection, index);
                byte[] data = new byte[obj.remaining()];
                obj.get(data);
                long target = readAddress(data, 0);
                long mapped = cp.newAddress(target, false);
                HeapWriter.putLe(data, 0, mapped == -1 ? 0 : mapped, cp.ctx.offsetSize());
                cp.heap.addHeapId(data, dst, dstAt);
            }
        }
    }

    long readAddress(byte[] b, int at) {
        int n = cp.ctx.offsetSize();
        long v = 0;
        for (int i = 0; i < n; i++) {
            v |= (long) (b[at + i] & 0xff) << (8 * i);
        }
        if (n < 8 && v == (1L << (8 * n)) - 1) {
            return -1;
        }
        return v;
    }
}
