package org.nwbj.spark.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Paths;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.hdf5.storage.FileStorage;
import org.nwbj.hdf5.storage.Storage;

/**
 * Opens the files of a read: local ones through nwbj's FileStorage, others through Hadoop's FileSystem with
 * positional reads (nothing copied to local disk). Every read is counted in {@link ReadStats}.
 */
public final class Storages {
    private Storages() {
    }

    public static Hdf5File open(String file, Configuration conf) {
        String local = file.startsWith("file:") ? file.substring(5).replaceFirst("^//", "") : file;
        if (Hdf5FamilyWrite.isFamily(file) && !local.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            // a local family: its members through nwbj's family storage (member size from the file)
            if (!Files.exists(Paths.get(local))) {
                return Hdf5File.open(Paths.get(local), OpenOptions.family(0).withFileLocking(false));
            }
        }
        return Hdf5File.open(storage(file, conf));
    }

    static Storage storage(String file, Configuration conf) {
        URI u = URI.create(file.replace(" ", "%20"));
        if (u.getScheme() == null || "file".equals(u.getScheme())) {
            return new Counting(FileStorage.openReadOnly(Paths.get(u.getScheme() == null ? file : u.getPath()), false));
        }
        try {
            Path p = new Path(file);
            FileSystem fs = p.getFileSystem(conf == null ? new Configuration() : conf);
            long size = fs.getFileStatus(p).getLen();
            return new Counting(new HadoopStorage(fs.open(p), size, file));
        } catch (IOException e) {
            throw new Hdf5Exception("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** Positional reads of a Hadoop stream (thread-safe: PositionedReadable keeps no shared pointer). */
    private static final class HadoopStorage implements Storage {
        private final FSDataInputStream in;
        private final long size;
        private final String name;

        HadoopStorage(FSDataInputStream in, long size, String name) {
            this.in = in;
            this.size = size;
            this.name = name;
        }

        @Override
        public int read(long position, ByteBuffer dst) {
            if (position >= size) {
                return 0;
            }
            int n = (int) Math.min(dst.remaining(), size - position);
            byte[] b = new byte[n];
            try {
                in.readFully(position, b, 0, n);
            } catch (IOException e) {
                throw new Hdf5Exception("cannot read " + n + " bytes at " + position + " of " + name, e);
            }
            dst.put(b);
            return n;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public String describe() {
            return name;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new Hdf5Exception("cannot close " + name, e);
            }
        }
    }

    /** Counts what the reads of a partition cost, for tests and the benchmark. */
    private static final class Counting implements Storage {
        private final Storage inner;

        Counting(Storage inner) {
            this.inner = inner;
        }

        @Override
        public int read(long position, ByteBuffer dst) {
            int n = inner.read(position, dst);
            ReadStats.add(n);
            return n;
        }

        @Override
        public long size() {
            return inner.size();
        }

        @Override
        public String describe() {
            return inner.describe();
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
