package org.nwbj.hdf5.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.nwbj.hdf5.Hdf5FileLockedException;
import org.nwbj.hdf5.Hdf5IoException;

/** One file on disk, read with positional {@link FileChannel} reads (safe from many threads at once). */
public final class FileStorage implements Storage {
    private final Path path;
    private final FileChannel channel;
    private final boolean writable;
    /**
     * Set while a create overwrites an existing file in place instead of truncating it (see
     * {@link #openReadWrite(Path, boolean, boolean)}); null otherwise.
     */
    private volatile ReusedPages reused;

    private FileStorage(Path path, FileChannel channel, boolean writable) {
        this.path = path;
        this.channel = channel;
        this.writable = writable;
    }

    /**
     * Opens an existing file for reading, without locking it.
     *
     * @param path the file
     * @return the storage
     */
    public static FileStorage openReadOnly(Path path) {
        return openReadOnly(path, false);
    }

    /**
     * Opens an existing file for reading; with {@code lock}, takes a shared lock on it, refused with
     * {@link Hdf5FileLockedException} while a writer has the file. The locks are advisory {@code fcntl} locks
     * (Java's {@link FileChannel#tryLock}) while the HDF5 C library takes {@code flock} locks, which Linux keeps
     * apart: they keep nwbj from nwbj (other JVMs and this one), not from h5py. The environment variable
     * {@code HDF5_USE_FILE_LOCKING=FALSE} (or {@code 0}) turns locking off, {@code BEST_EFFORT} ignores file
     * systems without locks, as in the C library.
     *
     * @param path the file
     * @param lock whether to take a shared lock
     * @return the storage
     */
    public static FileStorage openReadOnly(Path path, boolean lock) {
        FileChannel ch;
        try {
            ch = FileChannel.open(path, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new Hdf5IoException("cannot open " + path, e);
        }
        return locked(new FileStorage(path, ch, false), false, lock);
    }

    /**
     * Opens (creating when absent) a file for reading and writing, without locking it.
     *
     * @param path the file
     * @param truncate whether to empty an existing file
     * @return the storage
     */
    public static FileStorage openReadWrite(Path path, boolean truncate) {
        return openReadWrite(path, truncate, false);
    }

    /**
     * Opens (creating when absent) a file for reading and writing; with {@code lock}, takes an exclusive lock
     * first (see {@link #openReadOnly(Path, boolean)}), so that a file someone has open is refused before it is
     * truncated.
     *
     * <p>An existing file is emptied as seen through this storage, but its pages are written over in place and the
     * file is cut to the written length at {@link #close()}: freeing a large file's cached pages and allocating them
     * again costs more than the write itself (a 512 MiB rewrite takes about half the time in place). Until then,
     * reads and {@link #size()} answer as for a truncated file, the superblock signatures the old content could be
     * found by are zeroed at once, and the bytes never written are zeroed at close, so the finished file is the
     * same, byte for byte, as one written after a truncation.
     *
     * @param path the file
     * @param truncate whether to empty an existing file
     * @param lock whether to take an exclusive lock
     * @return the storage
     */
    public static FileStorage openReadWrite(Path path, boolean truncate, boolean lock) {
        FileStorage s = lock ? locked(openUnlocked(path, false), true, true) : openUnlocked(path, false);
        if (truncate) {
            try {
                long old = s.channel.size();
                if (old > 0) {
                    s.reused = ReusedPages.start(s.channel, old);
                }
            } catch (IOException e) {
                s.close();
                throw new Hdf5IoException("cannot empty " + path, e);
            }
        }
        return s;
    }

    /**
     * Creates (or truncates) files written together, such as the two files of a split pair; with {@code lock},
     * every one is locked exclusively before any is truncated, so a refused lock leaves all of them as they were.
     *
     * @param paths the files
     * @param lock whether to lock every file exclusively
     * @return the storages, in the order of {@code paths}
     */
    public static java.util.List<FileStorage> createTogether(java.util.List<Path> paths, boolean lock) {
        java.util.List<FileStorage> opened = new java.util.ArrayList<>();
        try {
            for (Path p : paths) {
                opened.add(lock ? openReadWrite(p, false, true) : openUnlocked(p, false));
            }
            for (FileStorage s : opened) {
                try {
                    s.channel.truncate(0);
                } catch (IOException e) {
                    throw new Hdf5IoException("cannot truncate " + s.path, e);
                }
            }
            return opened;
        } catch (RuntimeException e) {
            for (FileStorage s : opened) {
                try {
                    s.close();
                } catch (RuntimeException ignored) {
                    // the first error is the one to report
                }
            }
            throw e;
        }
    }

    /**
     * Creates an empty file beside {@code target}, named after it with a unique suffix ending in {@code .tmp}, for
     * writing a new version that is then moved over {@code target}. Unlike {@link java.nio.file.Files#createTempFile},
     * which makes the file readable by its owner only (0600), the file gets the mode every new file gets (0666 less
     * the umask), so the finished copy is as shareable as one written by any other tool.
     *
     * @param target the file a new version is written for
     * @return the new empty file
     */
    public static Path createBeside(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        java.security.SecureRandom random = new java.security.SecureRandom();
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(name + "." + Long.toUnsignedString(random.nextLong(), 36) + ".tmp");
            try {
                return java.nio.file.Files.createFile(tmp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw new Hdf5IoException("cannot create a temporary file beside " + target, e);
                }
            } catch (IOException e) {
                throw new Hdf5IoException("cannot create a temporary file beside " + target, e);
            }
        }
    }

    private static FileStorage locked(FileStorage s, boolean exclusive, boolean lock) {
        try {
            FileLocks.acquire(s.path, s.channel, exclusive, FileLocks.mode(lock));
            return s;
        } catch (RuntimeException e) {
            try {
                s.channel.close();
            } catch (IOException ignored) {
                // the lock error is the one to report
            }
            throw e;
        }
    }

    private static FileStorage openUnlocked(Path path, boolean truncate) {
        try {
            FileChannel ch = truncate
                    ? FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                            StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)
                    : FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                            StandardOpenOption.CREATE);
            return new FileStorage(path, ch, true);
        } catch (IOException e) {
            throw new Hdf5IoException("cannot open " + path + " for writing", e);
        }
    }

    /**
     * Releases the operating-system lock a writer took, as the HDF5 C library's SWMR writer does once the file is
     * marked for SWMR writing, so that other processes may open it for SWMR reading; this JVM still refuses other
     * openers that lock. Nothing happens without a lock (locking off, or {@code HDF5_USE_FILE_LOCKING=FALSE}).
     */
    public void unlockForSwmr() {
        FileLocks.releaseOsLock(channel);
    }

    /** {@return the file's path} */
    public Path path() {
        return path;
    }

    /**
     * Heap buffers are read in slices of this size: the JDK copies a heap read through a temporary direct buffer
     * as large as the request, which it then keeps per thread.
     */
    private static final int SLICE = 1 << 20;

    @Override
    public int read(long position, ByteBuffer dst) {
        if (position < 0) {
            return 0; // 2^63 and above, unsigned (a corrupt or split-file address): no file holds bytes there
        }
        ReusedPages r = reused;
        if (r != null) {
            return r.read(this, position, dst);
        }
        return readChannel(position, dst);
    }

    private int readChannel(long position, ByteBuffer dst) {
        int total = 0;
        try {
            while (dst.hasRemaining()) {
                int n;
                if (!dst.isDirect() && dst.remaining() > SLICE) {
                    ByteBuffer part = dst.slice();
                    ((java.nio.Buffer) part).limit(SLICE);
                    n = channel.read(part, position + total);
                    if (n > 0) {
                        ((java.nio.Buffer) dst).position(dst.position() + n);
                    }
                } else {
                    n = channel.read(dst, position + total);
                }
                if (n <= 0) {
                    break;
                }
                total += n;
            }
        } catch (IOException e) {
            throw new Hdf5IoException("cannot read " + path + " at " + position, e);
        }
        return total;
    }

    @Override
    public void write(long position, ByteBuffer src) {
        if (!writable) {
            Storage.super.write(position, src);
        }
        try {
            long p = position;
            while (src.hasRemaining()) {
                p += channel.write(src, p);
            }
            ReusedPages r = reused;
            if (r != null && p > position) {
                r.written(position, p);
            }
        } catch (IOException e) {
            throw new Hdf5IoException("cannot write " + path + " at " + position, e);
        }
    }

    @Override
    public long size() {
        ReusedPages r = reused;
        if (r != null) {
            return r.end();
        }
        try {
            return channel.size();
        } catch (IOException e) {
            throw new Hdf5IoException("cannot get the size of " + path, e);
        }
    }

    @Override
    public String describe() {
        return path.toString();
    }

    @Override
    public void close() {
        try {
            ReusedPages r = reused;
            if (r != null && channel.isOpen()) {
                reused = null;
                r.finish(channel);
            }
            channel.close();
        } catch (IOException e) {
            throw new Hdf5IoException("cannot close " + path, e);
        } finally {
            FileLocks.release(path, channel);
        }
    }

    /**
     * The written ranges of a file overwritten in place (see {@link #openReadWrite(Path, boolean, boolean)}): what
     * lies outside them reads as zeros, as it would in a truncated file. Writes are mostly sequential, so the
     * coalesced ranges stay few.
     */
    private static final class ReusedPages {
        private final long oldSize;
        private final java.util.TreeMap<Long, Long> ranges = new java.util.TreeMap<>();
        private long end;

        private ReusedPages(long oldSize) {
            this.oldSize = oldSize;
        }

        /** Zeroes where a superblock signature may be (0, 512, 1024, ...), so a half-written file is no HDF5 file. */
        static ReusedPages start(FileChannel ch, long oldSize) throws IOException {
            for (long p = 0; p < oldSize; p = p == 0 ? 512 : p * 2) {
                ByteBuffer z = ByteBuffer.allocate((int) Math.min(8, oldSize - p));
                while (z.hasRemaining()) {
                    ch.write(z, p + z.position());
                }
            }
            return new ReusedPages(oldSize);
        }

        synchronized long end() {
            return end;
        }

        synchronized void written(long from, long to) {
            end = Math.max(end, to);
            java.util.Map.Entry<Long, Long> before = ranges.floorEntry(from);
            if (before != null && before.getValue() >= from) {
                from = before.getKey();
                to = Math.max(to, before.getValue());
            }
            java.util.Map.Entry<Long, Long> next = ranges.ceilingEntry(from);
            while (next != null && next.getKey() <= to) {
                to = Math.max(to, next.getValue());
                ranges.remove(next.getKey());
                next = ranges.ceilingEntry(from);
            }
            ranges.put(from, to);
        }

        /** A read as from a truncated file: nothing at or past the written end, zeros where nothing was written. */
        int read(FileStorage s, long position, ByteBuffer dst) {
            long e = end();
            if (position >= e) {
                return 0;
            }
            int start = dst.position();
            int limit = dst.limit();
            int want = (int) Math.min(dst.remaining(), e - position);
            ((java.nio.Buffer) dst).limit(start + want);
            int n;
            try {
                n = s.readChannel(position, dst);
            } finally {
                ((java.nio.Buffer) dst).limit(limit);
            }
            if (position < oldSize) {
                zeroUnwritten(dst, start, position, n);
            }
            return n;
        }

        private synchronized void zeroUnwritten(ByteBuffer dst, int start, long position, int n) {
            long stop = Math.min(position + n, oldSize);
            for (long[] g = gapFrom(position, stop); g != null; g = gapFrom(g[1], stop)) {
                ByteBuffer gap = dst.duplicate();
                ((java.nio.Buffer) gap).limit(start + (int) (g[1] - position));
                ((java.nio.Buffer) gap).position(start + (int) (g[0] - position));
                while (gap.hasRemaining()) {
                    gap.put(ZEROS, 0, Math.min(gap.remaining(), ZEROS.length));
                }
            }
        }

        /** Zeros put in bulk over the never-written parts of a read. */
        private static final byte[] ZEROS = new byte[4096];

        /** The first range at or after {@code p} and below {@code stop} that nothing was written to, or null. */
        private long[] gapFrom(long p, long stop) {
            while (p < stop) {
                java.util.Map.Entry<Long, Long> r = ranges.floorEntry(p);
                if (r != null && r.getValue() > p) {
                    p = r.getValue();
                    continue;
                }
                java.util.Map.Entry<Long, Long> next = ranges.higherEntry(p);
                return new long[] {p, Math.min(stop, next == null ? Long.MAX_VALUE : next.getKey())};
            }
            return null;
        }

        /** Zeroes the old bytes never written over, then cuts the file to the written end. */
        synchronized void finish(FileChannel ch) throws IOException {
            long stop = Math.min(end, oldSize);
            ByteBuffer zeros = null;
            for (long[] g = gapFrom(0, stop); g != null; g = gapFrom(g[1], stop)) {
                if (zeros == null) {
                    zeros = ByteBuffer.allocate(1 << 16);
                }
                for (long p = g[0]; p < g[1]; ) {
                    ((java.nio.Buffer) zeros).clear();
                    ((java.nio.Buffer) zeros).limit((int) Math.min(zeros.capacity(), g[1] - p));
                    p += ch.write(zeros, p);
                }
            }
            if (ch.size() > end) {
                ch.truncate(end);
            }
        }
    }
}
