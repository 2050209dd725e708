package org.nwbj.hdf5;

import java.util.concurrent.Executor;

/**
 * How to open a file: the driver (single file, family, split), the family member size (0: detect it), a prefix
 * for external link targets (like {@code H5Pset_elink_prefix}), the {@link ReadLimits} and the {@link LinkPolicy}.
 * Files opened through external links inherit the limits, the link policy and the prefix. With
 * {@code fileLocking} (the default), single and split files are locked while open: shared for reading, exclusive
 * for writing (see {@link #withFileLocking(boolean)}). Chunks are decoded in parallel on the
 * {@link #withDecodeExecutor(Executor) decode executor} (by default the JVM's common fork-join pool).
 */
public record OpenOptions(Driver driver, long memberSize, String externalLinkPrefix, ReadLimits limits,
        LinkPolicy linkPolicy, boolean fileLocking, Executor decodeExecutor) {
    /** The file drivers nwbj reads. */
    public enum Driver { SINGLE, FAMILY, SPLIT }

    public OpenOptions {
        if (limits == null) {
            limits = ReadLimits.defaults();
        }
        if (linkPolicy == null) {
            linkPolicy = LinkPolicy.defaults();
        }
    }

    /** The common pool for decoding. */
    public OpenOptions(Driver driver, long memberSize, String externalLinkPrefix, ReadLimits limits,
            LinkPolicy linkPolicy, boolean fileLocking) {
        this(driver, memberSize, externalLinkPrefix, limits, linkPolicy, fileLocking, null);
    }

    /** Default limits and link policy. */
    public OpenOptions(Driver driver, long memberSize, String externalLinkPrefix) {
        this(driver, memberSize, externalLinkPrefix, null, null);
    }

    /** Files locked. */
    public OpenOptions(Driver driver, long memberSize, String externalLinkPrefix, ReadLimits limits,
            LinkPolicy linkPolicy) {
        this(driver, memberSize, externalLinkPrefix, limits, linkPolicy, true);
    }

    public static OpenOptions defaults() {
        return new OpenOptions(Driver.SINGLE, 0, null);
    }

    /** {@return A family {@code name_%d.h5}; member size 0 means: take it from the file (or member 0's size)} */
    public static OpenOptions family(long memberSize) {
        return new OpenOptions(Driver.FAMILY, memberSize, null);
    }

    /** {@return A split pair {@code NAME-m.h5} (metadata) and {@code NAME-r.h5} (raw data)} */
    public static OpenOptions split() {
        return new OpenOptions(Driver.SPLIT, 0, null);
    }

    public OpenOptions withExternalLinkPrefix(String prefix) {
        return new OpenOptions(driver, memberSize, prefix, limits, linkPolicy, fileLocking, decodeExecutor);
    }

    public OpenOptions withLimits(ReadLimits l) {
        return new OpenOptions(driver, memberSize, externalLinkPrefix, l, linkPolicy, fileLocking, decodeExecutor);
    }

    public OpenOptions withLinkPolicy(LinkPolicy p) {
        return new OpenOptions(driver, memberSize, externalLinkPrefix, limits, p, fileLocking, decodeExecutor);
    }

    /**
     * {@return whether to lock files like the HDF5 C library: a reader takes a shared lock, a writer an exclusive one, and
     * a conflicting opener gets {@link Hdf5FileLockedException}} The locks are advisory {@code fcntl} locks,
     * which Linux keeps apart from the C library's {@code flock} locks: they keep nwbj from nwbj (in other JVMs
     * and in this one), not from h5py. {@code HDF5_USE_FILE_LOCKING=FALSE} in the environment turns locking off
     * whatever this says; {@code BEST_EFFORT} goes on unlocked where the file system has no locks.
     */
    public OpenOptions withFileLocking(boolean lock) {
        return new OpenOptions(driver, memberSize, externalLinkPrefix, limits, linkPolicy, lock, decodeExecutor);
    }

    /**
     * Where reads decode the chunks of a selection in parallel: the calling thread takes part and at most one
     * helper per core is submitted, so a bounded executor bounds the threads nwbj uses. A single-thread executor
     * gives one helper, {@code Runnable::run} decodes on the caller only, null restores the default (the JVM's
     * common fork-join pool). nwbj never shuts the executor down.
     */
    public OpenOptions withDecodeExecutor(Executor executor) {
        return new OpenOptions(driver, memberSize, externalLinkPrefix, limits, linkPolicy, fileLocking, executor);
    }

    /** The same options with the family driver, member size detected: how a family link target is opened. */
    OpenOptions asFamily() {
        return new OpenOptions(Driver.FAMILY, 0, externalLinkPrefix, limits, linkPolicy, fileLocking);
    }

    /** The same options with the single-file driver: how external link targets are opened. */
    OpenOptions forExternalFile() {
        return new OpenOptions(Driver.SINGLE, 0, externalLinkPrefix, limits, linkPolicy, fileLocking, decodeExecutor);
    }
}
