package org.nwbj.spark.internal;

import java.net.URI;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.unsafe.types.UTF8String;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.nwb.NwbContainer;
import org.nwbj.nwb.NwbDataset;
import org.nwbj.nwb.NwbIO;
import org.nwbj.nwb.NwbObject;

/** Reads the rows of the files of one partition (the series list, the units), a file at a time, through nwb-io. */
final class NwbRows implements PartitionReader<InternalRow> {
    private final List<String> files;
    private final NwbTable.Mode mode;
    private final String series;
    private final boolean ignoreCorrupt;
    private int nextFile;
    private List<InternalRow> rows = new ArrayList<>();
    private int i = -1;

    NwbRows(List<String> files, NwbTable.Mode mode, String series, boolean ignoreCorrupt) {
        this.files = files;
        this.mode = mode;
        this.series = series;
        this.ignoreCorrupt = ignoreCorrupt;
    }

    @Override
    public boolean next() {
        i++;
        while (i >= rows.size()) {
            if (nextFile >= files.size()) {
                return false;
            }
            String f = files.get(nextFile++);
            try {
                rows = read(f);
            } catch (RuntimeException e) {
                if (!ignoreCorrupt) {
                    throw Hdf5Scan.named(f, e);
                }
                rows = new ArrayList<>();
            }
            i = 0;
        }
        return true;
    }

    @Override
    public InternalRow get() {
        return rows.get(i);
    }

    @Override
    public void close() {
        rows = new ArrayList<>();
    }

    static NwbContainer open(String f) {
        URI u = URI.create(f.replace(" ", "%20"));
        return u.getScheme() == null || "file".equals(u.getScheme())
                ? NwbIO.open(Paths.get(u.getScheme() == null ? f : u.getPath())) : NwbIO.open(u);
    }

    private List<InternalRow> read(String f) {
        List<InternalRow> out = new ArrayList<>();
        UTF8String file = UTF8String.fromString(f);
        try (NwbContainer root = open(f)) {
            switch (mode) {
                case LIST -> list(root, file, out, new HashSet<>());
                case SERIES -> throw new IllegalStateException("series are read by NwbSeries.Rows");
                case UNITS -> units(root, f, file, out);
            }
        }
        return out;
    }

    private static void list(NwbContainer g, UTF8String file, List<InternalRow> out, Set<String> seen) {
        for (NwbContainer c : g.groups().values()) {
            if (c.link() != null || !seen.add(c.path()) || "specifications".equals(c.name())) {
                continue;
            }
            if (c.isA("TimeSeries")) {
                NwbObject data = c.member("data");
                NwbObject start = c.member("starting_time");
                long[] shape = data instanceof NwbDataset d ? d.dims() : new long[0];
                out.add(new GenericInternalRow(new Object[] {file, UTF8String.fromString(c.path()),
                    utf(c.neurodataType()), utf(data == null ? null : data.text("unit")),
                    start == null ? null : number(start.attribute("rate")),
                    start instanceof NwbDataset sd ? (Double) sd.readDoubles()[0] : null,
                    UnsafeArrayData.fromPrimitiveArray(shape), utf(c.text("description"))}));
            }
            list(c, file, out, seen);
        }
    }

    private static Double number(Object v) {
        return v instanceof Number n ? n.doubleValue() : null;
    }

    private static UTF8String utf(String s) {
        return s == null ? null : UTF8String.fromString(s);
    }

    private static void units(NwbContainer root, String f, UTF8String file, List<InternalRow> out) {
        NwbObject u = root.get("units");
        if (!(u instanceof NwbContainer units)) {
            return; // a file without units has no spikes
        }
        long[] ids = units.dataset("id").readLongs();
        if (units.member("spike_times") == null) {
            return;
        }
        double[] times = units.dataset("spike_times").readDoubles();
        long[] ends = units.dataset("spike_times_index").readLongs();
        if (ends.length != ids.length) {
            throw new Hdf5Exception(f + ": units has " + ids.length + " ids but " + ends.length
                    + " spike_times_index entries");
        }
        long from = 0;
        for (int k = 0; k < ids.length; k++) {
            if (ends[k] < from || ends[k] > times.length) {
                throw new Hdf5Exception(f + ": units/spike_times_index[" + k + "] = " + ends[k]
                        + ", expected " + from + ".." + times.length);
            }
            for (long s = from; s < ends[k]; s++) {
                out.add(new GenericInternalRow(new Object[] {file, ids[k], times[(int) s]}));
            }
            from = ends[k];
        }
    }
}
