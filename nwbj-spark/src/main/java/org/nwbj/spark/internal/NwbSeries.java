package org.nwbj.spark.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.unsafe.types.UTF8String;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Selection;
import org.nwbj.nwb.NwbContainer;
import org.nwbj.nwb.NwbDataset;
import org.nwbj.nwb.NwbObject;

/**
 * {@code format("nwb").option("series", ...)}: the samples of a series cut like an HDF5 read, into slices of whole
 * chunks of its {@code data} (a large file spreads over several partitions, small files are grouped), narrowed by
 * pushed {@code file} and {@code index} filters, and inside a slice by a {@code time} range: the slice's times are
 * computed (timestamps read, or starting_time + index / rate) and only the data rows in that range are read.
 */
final class NwbSeries {
    private NwbSeries() {
    }

    static NwbContainer series(NwbContainer root, String f, String series) {
        NwbObject o = root.get(series);
        if (!(o instanceof NwbContainer ts) || !ts.isA("TimeSeries")) {
            throw new Hdf5Exception(f + ": " + series + " is not a TimeSeries");
        }
        return ts;
    }

    /** Partitions over the series' data, every file opened (concurrently) for its shape and chunks. */
    static List<InputPartition> plan(Options options, Set<String> only, long lo, long hi) {
        String series = options.get("series");
        boolean ignore = options.ignoreCorruptFiles();
        List<String> all = InputFiles.list(options.paths(), InputFiles.hadoopConf());
        if (only != null) {
            all = all.stream().filter(only::contains).collect(Collectors.toList());
        }
        List<Object> shapes = all.parallelStream().map(f -> {
            try (NwbContainer root = NwbRows.open(f)) {
                NwbDataset data = series(root, f, series).dataset("data");
                return (Object) FileShape.of(f, data.dataset());
            } catch (RuntimeException e) {
                return ignore ? null : Hdf5Scan.named(f, e);
            }
        }).collect(Collectors.toList());
        List<FileShape> ok = new ArrayList<>();
        for (Object o : shapes) {
            if (o instanceof RuntimeException e) {
                throw e;
            }
            if (o != null) {
                ok.add((FileShape) o);
            }
        }
        return Hdf5Scan.pack(ok, Hdf5Scan.targetBytes(options, ok, lo, hi), Hdf5Scan.openCost(options), lo, hi);
    }

    /** The rows of a partition's slices, a block of whole chunks at a time. */
    static final class Rows implements PartitionReader<InternalRow> {
        private final List<Slice> slices;
        private final String series;
        private final boolean ignoreCorrupt;
        private final double tlo;
        private final double thi;
        private int nextSlice;
        private Slice slice;
        private long position;
        private NwbContainer root;
        private NwbContainer ts;
        private String openFile;
        private final List<InternalRow> rows = new ArrayList<>();
        private int i;

        Rows(List<Slice> slices, String series, boolean ignoreCorrupt, double tlo, double thi) {
            this.slices = slices;
            this.series = series;
            this.ignoreCorrupt = ignoreCorrupt;
            this.tlo = tlo;
            this.thi = thi;
        }

        @Override
        public boolean next() {
            i++;
            while (i >= rows.size()) {
                rows.clear();
                i = 0;
                if (slice == null || position >= slice.end()) {
                    if (nextSlice >= slices.size()) {
                        return false;
                    }
                    slice = slices.get(nextSlice++);
                    position = slice.start();
                }
                try {
                    block();
                } catch (RuntimeException e) {
                    if (!ignoreCorrupt) {
                        throw Hdf5Scan.named(slice.file(), e);
                    }
                    String bad = slice.file();
                    closeFile();
                    while (nextSlice < slices.size() && slices.get(nextSlice).file().equals(bad)) {
                        nextSlice++;
                    }
                    slice = null;
                }
            }
            return true;
        }

        private void block() {
            String f = slice.file();
            if (!f.equals(openFile)) {
                closeFile();
                root = NwbRows.open(f);
                openFile = f;
                ts = series(root, f, series);
            }
            long cr = slice.chunkRows();
            long end = Math.min(slice.end(), position / cr * cr + Math.max(cr, 4096 / cr * cr));
            long from = position;
            position = end;
            double[] t = times(f, from, end);
            // only the rows whose time can pass the filter (a superset: Spark applies the time filter again)
            int a = 0;
            int b = t.length;
            while (a < b && !(t[a] >= tlo && t[a] <= thi)) {
                a++;
            }
            while (b > a && !(t[b - 1] >= tlo && t[b - 1] <= thi)) {
                b--;
            }
            if (a == b) {
                return;
            }
            NwbDataset data = ts.dataset("data");
            long[] dims = data.dims();
            double[] values = data.readDoubles(Selection.rows(dims, from + a, b - a));
            int w = (int) (values.length / (b - a));
            UTF8String file = UTF8String.fromString(f);
            for (int k = a; k < b; k++) {
                int at = (k - a) * w;
                rows.add(new GenericInternalRow(new Object[] {file, from + k, t[k],
                    UnsafeArrayData.fromPrimitiveArray(Arrays.copyOfRange(values, at, at + w))}));
            }
        }

        private double[] times(String f, long from, long end) {
            int n = Math.toIntExact(end - from);
            NwbObject stamps = ts.member("timestamps");
            if (stamps instanceof NwbDataset sd) {
                double[] t = sd.readDoubles(Selection.rows(sd.dims(), from, n));
                if (t.length < n) {
                    throw new Hdf5Exception(f + ": " + series + " has fewer timestamps than samples");
                }
                return t;
            }
            NwbObject st = ts.member("starting_time");
            if (!(st instanceof NwbDataset sd)) {
                throw new Hdf5Exception(f + ": " + series + " has neither timestamps nor starting_time");
            }
            double start = sd.readDoubles()[0];
            Object r = st.attribute("rate");
            double rate = r instanceof Number num ? num.doubleValue() : Double.NaN;
            if (!(rate > 0)) {
                throw new Hdf5Exception(f + ": " + series + "/starting_time has no positive rate");
            }
            double[] t = new double[n];
            for (int k = 0; k < n; k++) {
                t[k] = start + (from + k) / rate;
            }
            return t;
        }

        @Override
        public InternalRow get() {
            return rows.get(i);
        }

        private void closeFile() {
            if (root != null) {
                NwbContainer r = root;
                root = null;
                ts = null;
                openFile = null;
                try {
                    r.close();
                } catch (RuntimeException e) {
                    // closing a file that failed: nothing more to read from it
                }
            }
        }

        @Override
        public void close() {
            closeFile();
        }
    }
}
