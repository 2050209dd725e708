package org.nwbj.cli;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.EnumValue;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.NamedDatatype;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.ObjectReference;
import org.nwbj.hdf5.RegionReference;
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

/** Writes the h5json/1 canonical dump (../shared/conformance/FORMAT.md): one object per line. */
final class JsonDump {
    static final int HASH_THRESHOLD = 4096;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Hdf5File file;
    private final Writer out;
    private final JsonFactory factory = new JsonFactory();
    /** Whether values are read as the C library 1.10 reads them (the conformance dump), bugs included. */
    private final boolean asCLibrary;
    private Walker walker;

    /** The conformance dump of the whole file: values as the HDF5 C library hands them out. */
    JsonDump(Hdf5File file, Writer out) {
        this(file, out, true);
    }

    JsonDump(Hdf5File file, Writer out, boolean asCLibrary) {
        this.file = file;
        this.out = out;
        this.asCLibrary = asCLibrary;
    }

    void write() throws IOException {
        write(Progress.NONE);
    }

    void write(Progress progress) throws IOException {
        walker = Walker.walk(file);
        out.write("{\"format\": \"h5json/1\", \"root\": \"/\", \"objects\": [\n");
        List<Walker.Entry> entries = walker.entries();
        for (int i = 0; i < entries.size(); i++) {
            progress.count("dump: object", i, entries.size());
            writeEntry(entries.get(i));
            out.write(i + 1 < entries.size() ? ",\n" : "\n");
        }
        out.write("]}\n");
    }

    JsonGenerator generator() throws IOException {
        JsonGenerator g = factory.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    private void writeEntry(Walker.Entry e) throws IOException {
        JsonGenerator g = factory.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("path", e.path());
        if (e.hardTarget() != null) {
            g.writeStringField("kind", "hard_link");
            g.writeStringField("target", e.hardTarget());
        } else if (e.link() instanceof Link.Soft s) {
            g.writeStringField("kind", "soft_link");
            g.writeStringField("target", s.target());
        } else if (e.link() instanceof Link.External x) {
            g.writeStringField("kind", "external_link");
            g.writeStringField("file", x.file());
            g.writeStringField("target", x.target());
        } else {
            Node n = e.node();
            if (n instanceof Group) {
                g.writeStringField("kind", "group");
                attrs(g, n);
            } else if (n instanceof NamedDatatype t) {
                g.writeStringField("kind", "datatype");
                g.writeFieldName("dtype");
                dtype(g, t.type());
                attrs(g, n);
            } else if (n instanceof Dataset d) {
                g.writeStringField("kind", "dataset");
                g.writeFieldName("dtype");
                dtype(g, d.type());
                Dataspace s = d.space();
                shape(g, "shape", s, false);
                shape(g, "maxshape", s, true);
                attrs(g, n);
                g.writeFieldName("data");
                data(g, d);
            }
        }
        g.writeEndObject();
        g.flush();
    }

    private void shape(JsonGenerator g, String field, Dataspace s, boolean max) throws IOException {
        g.writeFieldName(field);
        if (s.kind() == Dataspace.Kind.NULL || (max && s.kind() == Dataspace.Kind.SCALAR)) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (long v : max ? s.maxDims() : s.dims()) {
            if (max && v == Dataspace.UNLIMITED) {
                g.writeNull();
            } else {
                g.writeNumber(v);
            }
        }
        g.writeEndArray();
    }

    private void attrs(JsonGenerator g, Node n) throws IOException {
        g.writeObjectFieldStart("attrs");
        for (Attribute a : n.attributes()) {
            g.writeObjectFieldStart(a.name());
            g.writeFieldName("dtype");
            dtype(g, a.type());
            shape(g, "shape", a.space(), false);
            g.writeFieldName("value");
            if (a.space().kind() == Dataspace.Kind.NULL) {
                g.writeNull();
            } else {
                values(g, a.type(), a.readValues(), a.space().dims());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void data(JsonGenerator g, Dataset d) throws IOException {
        Dataspace s = d.space();
        if (s.kind() == Dataspace.Kind.NULL) {
            g.writeNull();
            return;
        }
        DataType t = d.type();
        long count = s.elementCount();
        if (count > HASH_THRESHOLD && isNumeric(t)) {
            g.writeStartObject();
            g.writeNumberField("count", count);
            long part = Math.min(HASH_PART_BYTES, file.options().limits().maxReadBytes());
            g.writeStringField("sha256", sha256InParts(d, part));
            g.writeEndObject();
            return;
        }
        values(g, t, d.readValues(), s.dims());
    }

    private static boolean isNumeric(DataType t) {
        return t instanceof IntegerType || t instanceof FloatType || t instanceof BitfieldType
                || t instanceof EnumType;
    }

    /** Bytes read at once while hashing: datasets larger than one read (a 1 GiB one) are hashed in parts. */
    static final long HASH_PART_BYTES = 32L << 20;

    /**
     * The SHA-256 of a dataset's little-endian bytes, read as boxes of whole trailing dimensions in C order, each at
     * most {@code partBytes} (or one element), so no single read meets the read limit.
     */
    static String sha256InParts(Dataset d, long partBytes) {
        DataType t = d.type();
        long[] dims = d.space().dims();
        MessageDigest md = sha256();
        // the outermost dimension k whose trailing block (dims k+1.. ) fits a part; parts run along dimension k
        int k = dims.length - 1;
        long inner = t.size();
        while (k > 0 && dims[k] <= partBytes / inner) {
            inner *= dims[k];
            k--;
        }
        long run = Math.max(1, partBytes / Math.max(1, inner));
        long[] start = new long[dims.length];
        long[] count = dims.clone();
        long outer = 1;
        for (int i = 0; i < k; i++) {
            outer *= dims[i];
        }
        for (long o = 0; o < outer; o++) {
            long rest = o;
            for (int i = k - 1; i >= 0; i--) {
                start[i] = rest % dims[i];
                count[i] = 1;
                rest /= dims[i];
            }
            for (long a = 0; a < dims[k]; a += run) {
                start[k] = a;
                count[k] = Math.min(run, dims[k] - a);
                md.update(littleEndian(t, d.readRaw(org.nwbj.hdf5.Selection.box(start, count))));
            }
        }
        return hex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256LittleEndian(DataType t, byte[] b) {
        return hex(sha256().digest(littleEndian(t, b)));
    }

    /** Stored bytes as little-endian numbers (big-endian swapped, VAX words reversed); little-endian as is. */
    private static byte[] littleEndian(DataType t, byte[] b) {
        ByteOrderKind order = ByteOrderKind.LITTLE_ENDIAN;
        if (t instanceof IntegerType i) {
            order = i.order();
        } else if (t instanceof FloatType f) {
            order = f.order();
        } else if (t instanceof BitfieldType bf) {
            order = bf.order();
        } else if (t instanceof EnumType e) {
            order = e.base().order();
        }
        int size = t.size();
        if ((order == ByteOrderKind.BIG_ENDIAN || order == ByteOrderKind.VAX) && size > 1) {
            b = b.clone();
            for (int i = 0; i + size <= b.length; i += size) {
                for (int a = i, z = i + size - 1; a < z; a++, z--) {
                    byte tmp = b[a];
                    b[a] = b[z];
                    b[z] = tmp;
                }
                if (order == ByteOrderKind.VAX) {
                    // VAX: 16-bit little-endian words, most significant first; reversed bytes leave each word
                    // big-endian, so swap within words
                    for (int w = i; w + 1 < i + size; w += 2) {
                        byte tmp = b[w];
                        b[w] = b[w + 1];
                        b[w + 1] = tmp;
                    }
                }
            }
        }
        return b;
    }

    private void values(JsonGenerator g, DataType t, Object[] flat, long[] dims) throws IOException {
        if (dims.length == 0) {
            value(g, t, flat.length == 0 ? null : flat[0]);
            return;
        }
        nested(g, t, flat, dims, 0, 0);
    }

    private int nested(JsonGenerator g, DataType t, Object[] flat, long[] dims, int d, int index)
            throws IOException {
        g.writeStartArray();
        for (long i = 0; i < dims[d]; i++) {
            if (d == dims.length - 1) {
                value(g, t, flat[index++]);
            } else {
                index = nested(g, t, flat, dims, d + 1, index);
            }
        }
        g.writeEndArray();
        return index;
    }

    /** One element of type {@code t} as FORMAT.md writes it. */
    void value(JsonGenerator g, DataType t, Object v) throws IOException {
        if (t instanceof IntegerType) {
            if (v instanceof BigInteger bi) {
                g.writeNumber(bi);
            } else {
                g.writeNumber((Long) v);
            }
        } else if (t instanceof TimeType) {
            g.writeNumber(((Number) v).longValue());
        } else if (t instanceof FloatType) {
            number(g, (Double) v);
        } else if (t instanceof StringType) {
            g.writeString((String) v);
        } else if (t instanceof CompoundType c) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) v;
            g.writeStartObject();
            for (CompoundType.Member member : c.members()) {
                g.writeFieldName(member.name());
                value(g, member.type(), m.get(member.name()));
            }
            g.writeEndObject();
        } else if (t instanceof EnumType) {
            EnumValue ev = (EnumValue) v;
            if (ev.name() != null) {
                g.writeString(ev.name());
            } else {
                g.writeNumber(ev.value());
            }
        } else if (t instanceof ArrayType a) {
            arrayValue(g, a.base(), v, a.dims().size());
        } else if (t instanceof VlenType vl) {
            g.writeStartArray();
            for (Object o : (List<?>) v) {
                value(g, vl.base(), asCLibrary ? CLibraryQuirks.vlenElement(vl.base(), o) : o);
            }
            g.writeEndArray();
        } else if (t instanceof ReferenceType) {
            reference(g, v);
        } else {
            g.writeString(hex((byte[]) v)); // opaque, bitfield
        }
    }

    /** An array element, nested one list per dimension; deeper lists belong to the base (a vlen base is a list). */
    private void arrayValue(JsonGenerator g, DataType base, Object v, int depth) throws IOException {
        if (depth > 0) {
            g.writeStartArray();
            for (Object o : (List<?>) v) {
                arrayValue(g, base, o, depth - 1);
            }
            g.writeEndArray();
        } else {
            value(g, base, v);
        }
    }

    private void reference(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
            return;
        }
        long address = v instanceof ObjectReference o ? o.address() : ((RegionReference) v).address();
        if (walker == null) {
            walker = Walker.walk(file); // a slice dump meets a reference: find the paths once
        }
        String path = walker.pathOf(address);
        g.writeStartObject();
        if (path == null) {
            g.writeStringField("unsupported", "reference to an object that no link reaches");
        } else {
            g.writeStringField(v instanceof ObjectReference ? "ref" : "region_ref", path);
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, double d) throws IOException {
        if (Double.isNaN(d)) {
            g.writeString("NaN");
        } else if (Double.isInfinite(d)) {
            g.writeString(d > 0 ? "Infinity" : "-Infinity");
        } else {
            g.writeNumber(d);
        }
    }

    /** A datatype as FORMAT.md writes it. */
    void dtype(JsonGenerator g, DataType stored) throws IOException {
        DataType t = MemoryLayout.of(stored);
        if (t instanceof IntegerType i) {
            g.writeString(order(i.order()) + (i.signed() ? "i" : "u") + i.size());
        } else if (t instanceof FloatType f) {
            g.writeString(order(f.order()) + "f" + f.size());
        } else if (t instanceof TimeType tt) {
            g.writeString(order(tt.order()) + "u" + tt.size());
        } else if (t instanceof StringType s) {
            g.writeStartObject();
            g.writeStringField("class", "string");
            if (s.isVariable()) {
                g.writeStringField("size", "variable");
            } else {
                g.writeNumberField("size", s.size());
            }
            g.writeStringField("charset", s.charset() == StringType.Charset.UTF8 ? "utf8" : "ascii");
            g.writeStringField("pad", switch (s.padding()) {
                case NULLTERM -> "nullterm";
                case NULLPAD -> "nullpad";
                case SPACEPAD -> "spacepad";
            });
            g.writeEndObject();
        } else if (t instanceof CompoundType c) {
            g.writeStartObject();
            g.writeStringField("class", "compound");
            g.writeNumberField("size", c.size());
            g.writeArrayFieldStart("fields");
            for (CompoundType.Member m : c.members()) {
                g.writeStartObject();
                g.writeStringField("name", m.name());
                g.writeNumberField("offset", m.offset());
                g.writeFieldName("dtype");
                dtype(g, m.type());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } else if (t instanceof EnumType e) {
            g.writeStartObject();
            g.writeStringField("class", "enum");
            g.writeFieldName("base");
            dtype(g, e.base());
            g.writeObjectFieldStart("members");
            for (EnumType.Member m : e.members()) {
                g.writeNumberField(m.name(), m.value());
            }
            g.writeEndObject();
            g.writeEndObject();
        } else if (t instanceof ArrayType a) {
            g.writeStartObject();
            g.writeStringField("class", "array");
            g.writeFieldName("base");
            dtype(g, a.base());
            g.writeArrayFieldStart("dims");
            for (long d : a.dims()) {
                g.writeNumber(d);
            }
            g.writeEndArray();
            g.writeEndObject();
        } else if (t instanceof VlenType v) {
            g.writeStartObject();
            g.writeStringField("class", "vlen");
            g.writeFieldName("base");
            dtype(g, v.base());
            g.writeEndObject();
        } else if (t instanceof ReferenceType r) {
            g.writeStartObject();
            g.writeStringField("class", "reference");
            g.writeStringField("kind", r.kind() == ReferenceType.Kind.OBJECT ? "object" : "region");
            g.writeEndObject();
        } else if (t instanceof OpaqueType o) {
            g.writeStartObject();
            g.writeStringField("class", "opaque");
            g.writeNumberField("size", o.size());
            g.writeStringField("tag", o.tag());
            g.writeEndObject();
        } else if (t instanceof BitfieldType b) {
            g.writeStartObject();
            g.writeStringField("class", "bitfield");
            g.writeNumberField("size", b.size());
            g.writeStringField("order", order(b.order()));
            g.writeEndObject();
        }
    }

    private static String order(ByteOrderKind o) {
        return o == ByteOrderKind.BIG_ENDIAN ? ">" : "<";
    }

    static String hex(byte[] b) {
        char[] c = new char[b.length * 2];
        for (int i = 0; i < b.length; i++) {
            c[2 * i] = HEX[(b[i] >> 4) & 0xf];
            c[2 * i + 1] = HEX[b[i] & 0xf];
        }
        return new String(c);
    }
}
