package org.nwbj.nwb.internal;

import java.util.function.UnaryOperator;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.StringType;

/**
 * Copies a dataset's values into a new dataset block by block: at most about {@code blockBytes} of values (and
 * never less than one row) are in memory at a time, whatever the dataset's size.
 */
public final class DatasetCopy {
    private DatasetCopy() {
    }

    /**
     * The options of a copy of {@code src}: same type, dimensions and maximum dimensions, its chunks unless
     * {@code chunks} is given, its deflate/shuffle/fletcher32 filters unless {@code deflate} is 0..9 (then shuffle +
     * deflate at that level; -1 keeps, -2 stores uncompressed). Other filters are dropped (values are copied decoded).
     */
    public static DatasetOptions optionsOf(Dataset src, long[] chunks, int deflate) {
        Dataspace space = src.space();
        DataType type = src.type();
        if (space.kind() != Dataspace.Kind.SIMPLE) {
            return DatasetOptions.of(type);
        }
        DatasetOptions o = DatasetOptions.of(type, space.dims()).maxDims(space.maxDims());
        long[] c = chunks != null ? chunks : src.chunkDims();
        boolean empty = space.elementCount() == 0;
        if (c != null) {
            o = o.chunks(c);
        }
        if (deflate >= 0 && !empty) {
            if (c == null) {
                o = o.chunks(guessChunks(space.dims(), type.size()));
            }
            return o.shuffle().deflate(deflate);
        }
        if (deflate == -1) {
            for (org.nwbj.hdf5.FilterInfo f : src.filters()) {
                if (f.id() == org.nwbj.hdf5.FilterInfo.SHUFFLE) {
                    o = o.shuffle();
                } else if (f.id() == org.nwbj.hdf5.FilterInfo.DEFLATE) {
                    o = o.deflate(f.clientData().length > 0 ? Math.min(9, Math.max(0, f.clientData()[0])) : 4);
                } else if (f.id() == org.nwbj.hdf5.FilterInfo.FLETCHER32) {
                    o = o.fletcher32();
                }
            }
        }
        return o;
    }

    /** Creates {@code name} in {@code parent} with {@code options} and copies every value of {@code src} into it. */
    public static DatasetWriter copy(Dataset src, GroupWriter parent, String name, DatasetOptions options,
            long blockBytes) {
        DataType type = src.type();
        String why = ElementReferences.whyNotCopyable(type, true);
        if (why == null && ElementReferences.holdsObjectReferences(type)) {
            why = "object references (only an export rewrites them)";
        }
        if (why != null) {
            throw new Hdf5UnsupportedException("copying " + src.path() + " of type " + type + ": " + why
                    + " are not copied yet");
        }
        DatasetWriter out = parent.createDataset(name, options);
        copyValues(src, out, options, blockBytes, null);
        return out;
    }

    /**
     * Copies every value of {@code src} into {@code out} (created with {@code options}, same dimensions) block by
     * block, passing each block's stored bytes through {@code patch} first when it is not null.
     */
    public static void copyValues(Dataset src, DatasetWriter out, DatasetOptions options, long blockBytes,
            UnaryOperator<byte[]> patch) {
        DataType type = src.type();
        Dataspace space = src.space();
        if (space.kind() == Dataspace.Kind.NULL || space.elementCount() == 0) {
            return;
        }
        boolean vlenStrings = type instanceof StringType st && st.isVariable();
        if (space.kind() == Dataspace.Kind.SCALAR) {
            if (vlenStrings) {
                out.writeAll(strings(src.readValues()));
            } else {
                out.writeBytes(Selection.all(new long[0]), patched(src.readRaw(), patch));
            }
            return;
        }
        long[] dims = space.dims();
        long rowElements = 1;
        for (int d = 1; d < dims.length; d++) {
            rowElements *= dims[d];
        }
        long rowBytes = Math.max(1, rowElements * (vlenStrings ? 64 : type.size()));
        long rows = Math.max(1, blockBytes / rowBytes);
        // whole chunks of the target (and of the source) per block: no chunk is written twice
        long align = lcm(firstChunk(options.chunkDims()), firstChunk(src.chunkDims()));
        if (rows >= align) {
            rows -= rows % align;
        } else if (align <= 4 * rows) {
            rows = align;
        }
        for (long from = 0; from < dims[0]; from += rows) {
            long n = Math.min(rows, dims[0] - from);
            Selection sel = Selection.rows(dims, from, n);
            if (vlenStrings) {
                out.write(sel, strings(src.readValues(sel)));
            } else {
                out.writeBytes(sel, patched(src.readRaw(sel), patch));
            }
        }
    }

    private static byte[] patched(byte[] b, UnaryOperator<byte[]> patch) {
        return patch == null ? b : patch.apply(b);
    }

    private static long firstChunk(long[] chunks) {
        return chunks == null || chunks.length == 0 ? 1 : Math.max(1, chunks[0]);
    }

    private static long lcm(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        long l = a / x * b;
        return l > (1L << 40) ? Math.max(a, b) : l;
    }

    /** About 1 MiB chunks of whole rows: the first dimension split, the others kept. */
    static long[] guessChunks(long[] dims, int elementSize) {
        long[] c = dims.clone();
        long rowBytes = elementSize;
        for (int d = 1; d < dims.length; d++) {
            rowBytes *= Math.max(1, dims[d]);
        }
        if (dims.length > 0) {
            c[0] = Math.max(1, Math.min(Math.max(1, dims[0]), (1L << 20) / Math.max(1, rowBytes)));
        }
        for (int d = 1; d < c.length; d++) {
            c[d] = Math.max(1, c[d]);
        }
        return c;
    }

    private static String[] strings(Object[] values) {
        String[] s = new String[values.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = values[i] == null ? "" : values[i].toString();
        }
        return s;
    }
}
