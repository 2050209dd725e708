package org.nwbj.spark.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** Expands the paths of a read (files, directories, globs) through Hadoop's FileSystem, on the driver. */
public final class InputFiles {
    private InputFiles() {
    }

    public static Configuration hadoopConf() {
        return SparkSession.getActiveSession().isDefined()
                ? SparkSession.active().sparkContext().hadoopConfiguration() : new Configuration();
    }

    /** Every file the paths name (a family pattern name_%d.h5 as one), sorted, hidden ones (_x, .x) left out of directories; none found is an error. */
    public static List<String> list(List<String> paths, Configuration conf) {
        TreeSet<String> out = new TreeSet<>();
        for (String p : paths) {
            Path path = new Path(p);
            try {
                FileSystem fs = path.getFileSystem(conf);
                if (Hdf5FamilyWrite.isFamily(p) && !fs.exists(path)) {
                    // a family pattern (name_%d.h5) is one file when its member 0 exists
                    Path first = new Path(org.nwbj.hdf5.storage.FamilyStorage.memberName(p, 0));
                    if (!fs.exists(first)) {
                        throw new IllegalArgumentException("path does not exist: " + p + " (no family member "
                                + first + ")");
                    }
                    out.add(name(path));
                    continue;
                }
                FileStatus[] matched = fs.globStatus(path);
                if (matched == null || matched.length == 0) {
                    throw new IllegalArgumentException("path does not exist: " + p);
                }
                for (FileStatus s : matched) {
                    collect(fs, s, out, false);
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot list " + p + ": " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no files under " + paths);
        }
        return new ArrayList<>(out);
    }

    private static void collect(FileSystem fs, FileStatus s, TreeSet<String> out, boolean inDirectory)
            throws IOException {
        String name = s.getPath().getName();
        if (inDirectory && (name.startsWith("_") || name.startsWith("."))) {
            return;
        }
        if (s.isDirectory()) {
            for (FileStatus c : fs.listStatus(s.getPath())) {
                collect(fs, c, out, true);
            }
        } else {
            out.add(name(s.getPath()));
        }
    }

    /** A file's name in the {@code file} column: the local path without "file:", else the full URI. */
    static String name(Path p) {
        java.net.URI u = p.toUri();
        return u.getScheme() == null || "file".equals(u.getScheme()) ? u.getPath() : u.toString();
    }
}
