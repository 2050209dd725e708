package org.nwbj.spark.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.errors.QueryCompilationErrors;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.storage.FamilyStorage;

/**
 * {@code save("dir/name_%d.h5")}: the whole DataFrame as one chunked dataset in one HDF5 family (members of
 * option {@code memberBytes}, default 1 GiB), which {@code format("hdf5").load("dir/name_%d.h5")}, nwbj and the C
 * library's family driver open as one file. One task writes it (a file has one writer), streaming: rows are
 * appended a few chunks at a time to a dataset of unlimited rows. Members are written under a staging directory
 * and moved into place at the end. Local paths and {@code file:} only.
 */
final class Hdf5FamilyWrite {
    private static final Pattern FAMILY = Pattern.compile(".*%0?\\d*d.*");

    private Hdf5FamilyWrite() {
    }

    /** Whether a path is a family pattern: it holds a printf {@code %d}. */
    static boolean isFamily(String path) {
        return FAMILY.matcher(path).matches();
    }

    static void save(SaveMode mode, Options options, Dataset<Row> data, String pattern,
            SerializableConfiguration conf) {
        if (!Hdf5Write.isLocal(pattern)) {
            throw new IllegalArgumentException("a family (" + pattern + ") is written to local paths only");
        }
        Path target = Hdf5Write.localPath(pattern).toAbsolutePath();
        Path first = target.resolveSibling(FamilyStorage.memberName(target.getFileName().toString(), 0));
        boolean exists = Files.exists(first);
        if (exists && mode == SaveMode.ErrorIfExists) {
            throw Hdf5Save.<RuntimeException>sneaky(QueryCompilationErrors.outputPathAlreadyExistsError(
                    new org.apache.hadoop.fs.Path(first.toUri())));
        }
        if (exists && mode == SaveMode.Ignore) {
            return;
        }
        if (exists && mode == SaveMode.Append) {
            throw new IllegalArgumentException("append to the family " + pattern + " is not supported: write a new"
                    + " family or overwrite it");
        }
        Path staging = target.resolveSibling("_temporary-" + UUID.randomUUID());
        String staged = staging.resolve(target.getFileName()).toString();
        StructType schema = data.schema();
        Hdf5Write.Factory f = new Hdf5Write.Factory(staging.toString(), schema, options.get("dataset", "data"),
                options.number("chunkRows", 65536), (int) options.number("deflate", 0), conf);
        long memberBytes = options.number("memberBytes", 1L << 30);
        long flushRows = Math.max(1, f.chunkRows()) * 8; // a few chunks a write: whole chunks, bounded memory
        // one task writes the family; coalesce keeps the partitions' order
        JavaRDD<InternalRow> rows = data.queryExecution().toRdd().toJavaRDD().coalesce(1);
        try {
            List<Integer> members = rows.mapPartitions(it -> {
                Files.createDirectories(Paths.get(staged).getParent());
                Hdf5Write.Writer w = new Hdf5Write.Writer(f, staged);
                try (Hdf5Writer out = Hdf5Writer.createFamily(Paths.get(staged), memberBytes)) {
                    DatasetWriter d = out.root().createDataset(f.dataset(), w.options(0, Dataspace.UNLIMITED));
                    long written = 0;
                    while (it.hasNext()) {
                        w.write(it.next());
                        if (w.buffered() >= flushRows || !it.hasNext()) {
                            written = append(d, w, written);
                        }
                    }
                    d.setAttribute("columns", w.names());
                }
                int k = 0;
                while (Files.exists(Paths.get(FamilyStorage.memberName(staged, k)))) {
                    k++;
                }
                return Collections.singletonList(k).iterator();
            }).collect();
            int written = members.isEmpty() ? 0 : members.get(0);
            if (mode == SaveMode.Overwrite) {
                for (int k = 0; Files.deleteIfExists(member(target, k)); k++) {
                    // the old members, up to the first missing one
                }
            }
            for (int k = 0; k < written; k++) {
                Files.move(member(staging.resolve(target.getFileName()), k), member(target, k));
            }
        } catch (IOException e) {
            throw new Hdf5Exception("cannot write the family " + pattern + ": " + e.getMessage(), e);
        } finally {
            deleteTree(staging);
        }
    }

    private static Path member(Path pattern, int k) {
        return pattern.resolveSibling(FamilyStorage.memberName(pattern.getFileName().toString(), k));
    }

    /** Appends the buffered rows: grows the dataset, writes them at its end. */
    private static long append(DatasetWriter d, Hdf5Write.Writer w, long written) {
        int n = w.buffered();
        if (n == 0) {
            return written;
        }
        long[] dims = d.dims().clone();
        dims[0] = written + n;
        d.resize(dims);
        d.write(Selection.rows(dims, written, n), w.drain());
        return written + n;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a staging directory left behind is not read (its name starts with _)
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
