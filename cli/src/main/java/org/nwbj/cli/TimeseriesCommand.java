package org.nwbj.cli;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.EnumType;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;
import org.nwbj.hdf5.type.ReferenceType;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.hdf5.type.VlenType;
import org.nwbj.nwb.NwbContainer;
import org.nwbj.nwb.NwbDataset;
import org.nwbj.nwb.NwbIO;
import org.nwbj.nwb.NwbLink;
import org.nwbj.nwb.NwbObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code nwbj timeseries FILE...}: every TimeSeries of NWB files as JSON, the document
 * nwb-io/src/test/scripts/dump_timeseries.py prints from pynwb (paths, types, shapes, value checksums, links), so
 * that the two can be compared; without that script's fields about its own reader. Valid JSON: NaN and infinities
 * are the strings "NaN", "Infinity" and "-Infinity", as h5json writes them.
 */
@Command(name = "timeseries", description = "Print every TimeSeries of NWB files as JSON (path, type, shape, dtype, "
        + "sha256 of values, unit, timestamps or rate, links), as nwb-io/src/test/scripts/dump_timeseries.py does.")
final class TimeseriesCommand implements Callable<Integer> {
    /** As the Python side: external links are walked into at most this many files deep. */
    static final int MAX_EXTERNAL_DEPTH = 8;

    @Mixin
    CommonOptions common;

    @Mixin
    FileOptions fileOptions;

    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<String> files;

    @Override
    public Integer call() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < files.size(); i++) {
            String file = files.get(i);
            boolean url = RemoteNames.isUrl(file);
            try (NwbContainer root = url ? NwbIO.open(RemoteNames.uri(file), fileOptions.remoteOptions(file))
                    : NwbIO.open(Path.of(file), fileOptions.openOptions(file))) {
                String name = url ? file.substring(file.lastIndexOf('/') + 1) : Path.of(file).getFileName().toString();
                out.append(i == 0 ? "\n" : ",\n").append(fileJson(name, root));
            }
        }
        System.out.println(out.append("\n]"));
        return 0;
    }

    static String fileJson(String name, NwbContainer root) {
        List<NwbContainer> found = new ArrayList<>();
        walk(root, 0, found);
        StringBuilder b = new StringBuilder("{\"file\": ").append(str(name)).append(", \"timeseries\": [");
        for (int i = 0; i < found.size(); i++) {
            b.append(i == 0 ? "\n" : ",\n").append(seriesJson(found.get(i)));
        }
        return b.append("]}").toString();
    }

    /** Groups nested deeper than this are not entered: only hard links that form a loop make trees this deep. */
    static final int MAX_NESTING = 64;

    /**
     * Most groups one file's walk enters: untyped groups have no object_id to recognise a loop by, and two links
     * back up in one group would double the walk at every level.
     */
    static final int MAX_GROUPS = 1_000_000;

    /** The walk dump_timeseries.py makes: hard links recursively, soft links not entered, external links entered. */
    static void walk(NwbContainer g, int depth, List<NwbContainer> found) {
        java.util.Deque<String> ancestors = new java.util.ArrayDeque<>();
        if (g.objectId() != null) {
            ancestors.push(g.objectId());
        }
        int[] budget = {MAX_GROUPS};
        walk(g, depth, 0, ancestors, budget, found);
        if (budget[0] <= 0) {
            System.err.println("nwbj timeseries: " + g.path() + ": stopped after " + MAX_GROUPS
                    + " groups (hard links that form a loop?)");
        }
    }

    /**
     * {@code ancestors}: object_ids of the typed groups above, so that a hard link back to one of them (a loop) is
     * not entered again; untyped loops end at {@link #MAX_NESTING}.
     */
    private static void walk(NwbContainer g, int depth, int nesting, java.util.Deque<String> ancestors,
            int[] budget, List<NwbContainer> found) {
        if (nesting >= MAX_NESTING || --budget[0] < 0) {
            return;
        }
        for (NwbObject o : g.members()) {
            if (!(o instanceof NwbContainer c) || c.path().equals("/specifications")) {
                continue;
            }
            String id = c.objectId();
            if (id != null && ancestors.contains(id)) {
                continue;
            }
            if (c.neurodataType() != null && c.isA("TimeSeries")) {
                found.add(c);
            }
            NwbLink l = c.link();
            int nextDepth = l == null ? depth : depth + 1;
            if (l == null || l.isExternal() && depth < MAX_EXTERNAL_DEPTH) {
                if (id != null) {
                    ancestors.push(id);
                }
                walk(c, nextDepth, nesting + 1, ancestors, budget, found);
                if (id != null) {
                    ancestors.pop();
                }
            }
        }
    }

    private static String seriesJson(NwbContainer ts) {
        StringBuilder b = new StringBuilder("{\"path\": ").append(str(ts.path()));
        b.append(", \"neurodata_type\": ").append(str(ts.neurodataType()));
        b.append(", \"link\": ").append(link(ts.link()));
        NwbObject dataObject = ts.member("data");
        NwbDataset data = dataObject instanceof NwbDataset d ? d : null;
        b.append(", \"data\": ").append(data == null ? "null" : array(data));
        b.append(", \"unit\": ").append(str(data == null ? "unknown" : text(data, "unit", "unknown")));
        b.append(", \"conversion\": ").append(data == null ? 1.0 : number(data, "conversion", 1.0));
        b.append(", \"offset\": ").append(data == null ? 0.0 : number(data, "offset", 0.0));
        b.append(", \"resolution\": ").append(data == null ? -1.0 : number(data, "resolution", -1.0));
        NwbObject t = ts.member("timestamps");
        b.append(", \"timestamps\": ").append(t instanceof NwbDataset d ? array(d) : "null");
        NwbObject st = ts.member("starting_time");
        if (st instanceof NwbDataset s) {
            b.append(", \"starting_time\": ").append(json(s.readDoubles()[0]));
            b.append(", \"rate\": ").append(number(s, "rate", Double.NaN));
        } else {
            b.append(", \"starting_time\": null, \"rate\": null");
        }
        return b.append('}').toString();
    }

    private static String array(NwbDataset d) {
        StringBuilder b = new StringBuilder("{\"shape\": [");
        long[] dims = d.dims();
        for (int i = 0; i < dims.length; i++) {
            b.append(i == 0 ? "" : ", ").append(dims[i]);
        }
        b.append("], \"dtype\": ").append(str(dtype(d.type())));
        b.append(", \"sha256\": ").append(checksum(d));
        return b.append(", \"link\": ").append(link(d.link())).append('}').toString();
    }

    /** numpy's name for the type, "str" for text (numpy's object or bytes), "ref", "bool", "other" for the rest. */
    static String dtype(DataType t) {
        if (t instanceof IntegerType i) {
            return (i.signed() ? "int" : "uint") + i.size() * 8;
        } else if (t instanceof FloatType f) {
            return "float" + f.size() * 8;
        } else if (t instanceof StringType || t instanceof VlenType v && v.base() instanceof StringType) {
            return "str";
        } else if (t instanceof ReferenceType) {
            return "ref";
        } else if (t instanceof EnumType e && e.members().size() == 2 && e.members().get(0).name().equals("FALSE")) {
            return "bool";
        }
        return "other";
    }

    /** SHA-256 as dump_timeseries.py computes it: integers as int64, floats as float64, text joined by NUL. */
    private static String checksum(NwbDataset d) {
        String kind = dtype(d.type());
        byte[] bytes;
        if (kind.startsWith("int") || kind.startsWith("uint") || kind.equals("bool")) {
            long[] v = kind.equals("bool") ? bools(d.readValues()) : d.readLongs();
            ByteBuffer buf = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
            buf.asLongBuffer().put(v);
            bytes = buf.array();
        } else if (kind.startsWith("float")) {
            double[] v = d.readDoubles();
            ByteBuffer buf = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
            buf.asDoubleBuffer().put(v);
            bytes = buf.array();
        } else if (kind.equals("str")) {
            Object[] v = d.readValues();
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < v.length; i++) {
                s.append(i == 0 ? "" : "\0").append(v[i]);
            }
            bytes = s.toString().getBytes(StandardCharsets.UTF_8);
        } else {
            return "null";
        }
        try {
            StringBuilder hex = new StringBuilder("\"");
            for (byte x : MessageDigest.getInstance("SHA-256").digest(bytes)) {
                hex.append(String.format("%02x", x));
            }
            return hex.append('"').toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] bools(Object[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] instanceof Number n ? n.longValue() : String.valueOf(values[i]).equals("TRUE") ? 1 : 0;
        }
        return out;
    }

    private static String link(NwbLink l) {
        if (l == null) {
            return "null";
        }
        return l.isExternal()
                ? "{\"kind\": \"external\", \"file\": " + str(l.file()) + ", \"target\": " + str(l.target()) + "}"
                : "{\"kind\": \"soft\", \"target\": " + str(l.target()) + "}";
    }

    private static String text(NwbObject o, String name, String absent) {
        String s = o.text(name);
        return s == null ? absent : s;
    }

    private static String number(NwbObject o, String name, double absent) {
        Object v = o.attribute(name);
        if (!(v instanceof Number n)) {
            return Double.isNaN(absent) ? "null" : json(absent);
        }
        return json(n.doubleValue());
    }

    /** A double as JSON: NaN and the infinities as the strings h5json writes, since JSON has no such numbers. */
    static String json(double x) {
        if (Double.isNaN(x)) {
            return "\"NaN\"";
        } else if (Double.isInfinite(x)) {
            return x > 0 ? "\"Infinity\"" : "\"-Infinity\"";
        }
        return Double.toString(x);
    }

    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
