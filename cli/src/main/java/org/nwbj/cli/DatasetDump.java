package org.nwbj.cli;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.core.JsonGenerator;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.EnumValue;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.ObjectReference;
import org.nwbj.hdf5.RegionReference;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.FloatType;

/**
 * One dataset or a hyperslab of it, as text (h5dump's shape: each line of the last dimension prefixed with the
 * dataset coordinates of its first element) or as JSON (FORMAT.md's dtype and values). Values are read in slabs
 * of about a million elements along the first dimension, so a large dataset streams.
 */
final class DatasetDump {
    private static final long SLAB_ELEMENTS = 1 << 20;

    private final Hdf5File file;
    private final Writer out;
    private final Progress progress;
    private Walker walker;

    DatasetDump(Hdf5File file, Writer out, Progress progress) {
        this.file = file;
        this.out = out;
        this.progress = progress;
    }

    /** Receives the values of the selection, one slab (a run of first-dimension indexes) at a time. */
    private interface SlabSink {
        void slab(long firstIndex, long[] shape, Object[] values) throws IOException;
    }

    /** Reads {@code sel} (the whole dataset when null) in slabs along the first dimension. */
    private void read(Dataset d, Selection sel, SlabSink sink) throws IOException {
        long[] shape = sel.shape();
        long unit = sel.block()[0]; // elements of dimension 0 per block
        for (int i = 1; i < shape.length; i++) {
            unit *= Math.max(1, shape[i]);
        }
        long blocksPerSlab = Math.max(1, SLAB_ELEMENTS / Math.max(1, unit));
        long total = sel.count()[0];
        for (long c = 0; c < total; c += blocksPerSlab) {
            progress.count("dump: " + d.path() + " rows", c * sel.block()[0], shape[0]);
            long n = Math.min(blocksPerSlab, total - c);
            long[] st = sel.start().clone();
            long[] cnt = sel.count().clone();
            st[0] = sel.start()[0] + c * sel.stride()[0];
            cnt[0] = n;
            Selection piece = new Selection(st, sel.stride(), cnt, sel.block());
            sink.slab(c * sel.block()[0], piece.shape(), d.readValues(piece));
        }
    }

    void text(Dataset d, Selection selection) throws IOException {
        Dataspace space = d.space();
        out.write("DATASET \"" + d.path() + "\" {\n");
        out.write("   DATATYPE  " + TypeNames.of(d.type()) + "\n");
        out.write("   DATASPACE  " + TypeNames.shape(space) + "\n");
        if (selection != null) {
            out.write("   SUBSET  START " + tuple(selection.start()) + " STRIDE " + tuple(selection.stride())
                    + " COUNT " + tuple(selection.count()) + " BLOCK " + tuple(selection.block()) + "\n");
        }
        out.write("   DATA {\n");
        if (space.kind() == Dataspace.Kind.SCALAR) {
            Object[] v = d.readValues();
            out.write("   (0): " + text(d.type(), v.length == 0 ? null : v[0]) + "\n");
        } else if (space.kind() == Dataspace.Kind.SIMPLE && space.elementCount() > 0) {
            Selection sel = selection != null ? selection : Selection.all(space.dims());
            if (sel.elementCount() > 0) {
                read(d, sel, (first, shape, values) -> textRows(d.type(), sel, first, shape, values));
            }
        }
        out.write("   }\n}\n");
    }

    /** Lines of one slab: every run along the last dimension, after the coordinates of its first element. */
    private void textRows(DataType t, Selection sel, long first, long[] shape, Object[] values) throws IOException {
        int rank = shape.length;
        long row = shape[rank - 1];
        long[] index = new long[rank]; // index within the slab, the last dimension at 0
        for (int at = 0; at < values.length; at += (int) row) {
            StringBuilder line = new StringBuilder("   (");
            for (int k = 0; k < rank; k++) {
                long i = k == 0 ? index[0] + first : index[k];
                long coord = sel.start()[k] + (i / sel.block()[k]) * sel.stride()[k] + i % sel.block()[k];
                line.append(k == 0 ? "" : ",").append(coord);
            }
            line.append("): ");
            for (int j = 0; j < row; j++) {
                line.append(j == 0 ? "" : ", ").append(text(t, values[at + j]));
            }
            out.write(line.append('\n').toString());
            for (int k = rank - 2; k >= 0; k--) { // next run: odometer over all but the last dimension
                if (++index[k] < shape[k]) {
                    break;
                }
                index[k] = 0;
            }
        }
    }

    void json(Dataset d, Selection selection) throws IOException {
        JsonDump values = new JsonDump(file, out, false);
        JsonGenerator g = values.generator();
        Dataspace space = d.space();
        g.writeStartObject();
        g.writeStringField("path", d.path());
        g.writeFieldName("dtype");
        values.dtype(g, d.type());
        g.writeFieldName("shape");
        dims(g, space.kind() == Dataspace.Kind.NULL ? null : space.dims());
        if (selection != null) {
            g.writeObjectFieldStart("selection");
            g.writeFieldName("start");
            dims(g, selection.start());
            g.writeFieldName("stride");
            dims(g, selection.stride());
            g.writeFieldName("count");
            dims(g, selection.count());
            g.writeFieldName("block");
            dims(g, selection.block());
            g.writeEndObject();
        }
        g.writeFieldName("data");
        if (space.kind() == Dataspace.Kind.NULL) {
            g.writeNull();
        } else if (space.kind() == Dataspace.Kind.SCALAR) {
            Object[] v = d.readValues();
            values.value(g, d.type(), v.length == 0 ? null : v[0]);
        } else {
            Selection sel = selection != null ? selection : Selection.all(space.dims());
            g.writeStartArray();
            if (sel.elementCount() > 0) {
                read(d, sel, (first, shape, vals) -> {
                    int index = 0;
                    for (long i = 0; i < shape[0]; i++) {
                        index = nested(values, g, d.type(), vals, shape, 1, index);
                    }
                });
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }

    private int nested(JsonDump values, JsonGenerator g, DataType t, Object[] flat, long[] dims, int d, int index)
            throws IOException {
        if (d == dims.length) {
            values.value(g, t, flat[index]);
            return index + 1;
        }
        g.writeStartArray();
        for (long i = 0; i < dims[d]; i++) {
            index = nested(values, g, t, flat, dims, d + 1, index);
        }
        g.writeEndArray();
        return index;
    }

    private static void dims(JsonGenerator g, long[] dims) throws IOException {
        if (dims == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (long v : dims) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }

    private static String tuple(long[] v) {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (long x : v) {
            j.add(String.valueOf(x));
        }
        return j.toString();
    }

    /** One element as h5dump-like text: numbers plainly, strings quoted, compounds in braces, arrays in brackets. */
    private String text(DataType t, Object v) {
        if (v == null) {
            return "NULL";
        } else if (v instanceof Double x) {
            return number(x, t instanceof FloatType f && f.size() <= 4);
        } else if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) {
            return v.toString();
        } else if (v instanceof String s) {
            return quoted(s);
        } else if (v instanceof EnumValue e) {
            return e.name() != null ? e.name() : String.valueOf(e.value());
        } else if (v instanceof Map<?, ?> m) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            if (t instanceof CompoundType c) {
                for (CompoundType.Member member : c.members()) {
                    j.add(text(member.type(), m.get(member.name())));
                }
            } else {
                m.values().forEach(x -> j.add(text(null, x)));
            }
            return j.toString();
        } else if (v instanceof List<?> l) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            DataType base = t instanceof org.nwbj.hdf5.type.ArrayType a ? a.base()
                    : t instanceof org.nwbj.hdf5.type.VlenType vl ? vl.base() : null;
            l.forEach(x -> j.add(text(base, x)));
            return j.toString();
        } else if (v instanceof ObjectReference || v instanceof RegionReference) {
            long address = v instanceof ObjectReference o ? o.address() : ((RegionReference) v).address();
            if (walker == null) {
                walker = Walker.walk(file);
            }
            String path = walker.pathOf(address);
            String kind = v instanceof ObjectReference ? "OBJECT " : "REGION ";
            return kind + (path != null ? quoted(path) : "0x" + Long.toHexString(address));
        } else if (v instanceof byte[] b) {
            return "0x" + JsonDump.hex(b);
        }
        return String.valueOf(v);
    }

    /** Shortest text that reads back as the same value (as a float for float32), h5dump's nan/inf spellings. */
    static String number(double x, boolean single) {
        if (Double.isNaN(x)) {
            return "nan";
        } else if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String s = single ? Float.toString((float) x) : Double.toString(x);
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.replace("E", "e").toLowerCase(Locale.ROOT);
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\%03o", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
