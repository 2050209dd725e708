package org.nwbj.hdf5.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nwbj.hdf5.Hdf5FileLockedException;
import org.nwbj.hdf5.Hdf5IoException;

/**
 * Whole-file advisory locks like the HDF5 C library's: shared for readers, exclusive for a writer. The JVM holds
 * an operating-system lock per file (Java's {@link FileChannel#tryLock} is an fcntl lock, which a process holds
 * once per file and loses when it closes any descriptor of the file), so this table counts the openers inside
 * the JVM, refuses the conflicting ones itself and re-takes the lock when one of several readers closes.
 */
final class FileLocks {
    /** Off, on, or on but ignoring file systems without locks (the values of HDF5_USE_FILE_LOCKING). */
    enum Mode { OFF, ON, BEST_EFFORT }

    /** The files this JVM has locked, by file key (device and inode where the platform has one). */
    private static final Map<Object, Entry> TABLE = new HashMap<>();

    private static final class Entry {
        final boolean exclusive;
        final List<FileChannel> channels = new ArrayList<>();
        FileLock lock;

        Entry(boolean exclusive) {
            this.exclusive = exclusive;
        }
    }

    private FileLocks() {
    }

    /** The mode for an opener that asked for locking or not; HDF5_USE_FILE_LOCKING=FALSE (or 0) turns it off. */
    static Mode mode(boolean requested) {
        if (!requested) {
            return Mode.OFF;
        }
        String env = System.getenv("HDF5_USE_FILE_LOCKING");
        if (env == null) {
            return Mode.ON;
        }
        switch (env.trim().toUpperCase(Locale.ROOT)) {
            case "FALSE":
            case "0":
                return Mode.OFF;
            case "BEST_EFFORT":
                return Mode.BEST_EFFORT;
            default:
                return Mode.ON;
        }
    }

    /** Locks the file open on {@code channel}; throws Hdf5FileLockedException when another opener conflicts. */
    static void acquire(Path path, FileChannel channel, boolean exclusive, Mode mode) {
        if (mode == Mode.OFF) {
            return;
        }
        Object key = key(path);
        synchronized (TABLE) {
            Entry e = TABLE.get(key);
            if (e != null) {
                if (exclusive || e.exclusive) {
                    throw locked(path, exclusive, "this process has it open for " + (e.exclusive ? "writing"
                            : "reading"));
                }
                e.channels.add(channel);
                return;
            }
            FileLock lock;
            try {
                lock = channel.tryLock(0, Long.MAX_VALUE, !exclusive);
            } catch (OverlappingFileLockException x) {
                throw locked(path, exclusive, "this process holds a lock on it");
            } catch (IOException x) {
                if (mode == Mode.BEST_EFFORT) {
                    return; // a file system without locks: the C library's best effort goes on unlocked
                }
                throw new Hdf5IoException("cannot lock " + path + " (where the file system has no locks, set "
                        + "HDF5_USE_FILE_LOCKING=BEST_EFFORT or FALSE)", x);
            }
            if (lock == null) {
                throw locked(path, exclusive, "another process has it open for " + (exclusive ? "reading or writing"
                        : "writing"));
            }
            e = new Entry(exclusive);
            e.lock = lock;
            e.channels.add(channel);
            TABLE.put(key, e);
        }
    }

    /**
     * Drops the operating-system lock of a writer's {@code channel} but keeps this JVM's entry, as the C library's
     * SWMR writer unlocks the file once its superblock says SWMR writing: other processes' readers get in (C
     * readers check the superblock's flags, and open only with SWMR read access), while openers in this JVM other
     * than lock-free SWMR readers are still refused.
     */
    static void releaseOsLock(FileChannel channel) {
        synchronized (TABLE) {
            for (Entry e : TABLE.values()) {
                if (e.channels.contains(channel) && e.lock != null) {
                    try {
                        e.lock.release();
                    } catch (IOException x) {
                        throw new Hdf5IoException("cannot unlock a file for SWMR writing", x);
                    }
                    e.lock = null;
                }
            }
        }
    }

    /** Releases what {@link #acquire} took for {@code channel}, which is closed already. */
    static void release(Path path, FileChannel channel) {
        synchronized (TABLE) {
            Object key = null;
            Entry entry = null;
            for (Map.Entry<Object, Entry> m : TABLE.entrySet()) {
                if (m.getValue().channels.contains(channel)) {
                    key = m.getKey();
                    entry = m.getValue();
                }
            }
            if (entry == null) {
                return;
            }
            entry.channels.remove(channel);
            try {
                if (entry.lock != null && entry.lock.channel().isOpen()) {
                    entry.lock.release();
                }
                if (entry.channels.isEmpty()) {
                    TABLE.remove(key);
                } else {
                    // closing a descriptor dropped the process's lock: take it again through a reader still open
                    entry.lock = entry.channels.get(0).tryLock(0, Long.MAX_VALUE, true);
                    if (entry.lock == null) {
                        TABLE.remove(key);
                    }
                }
            } catch (IOException | OverlappingFileLockException e) {
                // the remaining readers go on without the operating-system lock; the table still guards the JVM
            }
        }
    }

    private static Object key(Path path) {
        try {
            Object k = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            return k != null ? k : path.toRealPath().toString();
        } catch (IOException e) {
            throw new Hdf5IoException("cannot identify " + path + " for locking", e);
        }
    }

    private static Hdf5FileLockedException locked(Path path, boolean exclusive, String why) {
        return new Hdf5FileLockedException("cannot open " + path + " for " + (exclusive ? "writing" : "reading")
                + ": it is locked (" + why + "); nwbj locks files like the HDF5 C library, "
                + "OpenOptions.withFileLocking(false) or HDF5_USE_FILE_LOCKING=FALSE turns that off");
    }
}
