package org.nwbj.hdf5;

import java.util.concurrent.Executor;

/**
 * How to open a file: the driver (single file, family, split), the family member size (0: detect it), a prefix
 * for external link targets (like {@code H5Pset_elink_prefix}), the {@link ReadLimits} and the {@link LinkPolicy}.
 * Files opened through external links inherit the limits, the link policy and the prefix. With
 * {@code fileLocking} (the default), single and split files are locked while open: shared for reading, exclusive
 * for writing (see {@link #withFileLocking(boolean)}). Chunks are decoded in parallel on the
 * {@link #withDecodeExecutor(Executor) decode executor} (by default the JVM's common fork-join pool).
 *
 * @param driver how the file is split into files
 * @param memberSize the family member size in bytes, 0 to detect it
 * @param externalLinkPrefix searched first for external link targets, or null
 * @param limits the read limits, null for the defaults
 * @param linkPolicy which external links may be followed, null for the default
 * @param fileLocking whether to lock files as the C library does
 * @param decodeExecutor where chunks are decoded in parallel, null for the common pool
 * @param swmrRead whether to read as a SWMR reader while a writer appends (see {@link #swmr()})
 * @param virtualView the extent of virtual datasets with unlimited mappings, null for
 *        {@link VirtualView#LAST_AVAILABLE}
 * @param virtualPrintfGap how many missing {@code %b} sources in a row a virtual dataset's extent looks past
 *        (see {@link #withVirtualPrintfGap(long)})
 */
public record OpenOptions(Driver driver, long memberSize, String externalLinkPrefix, ReadLimits limits,
        LinkPolicy linkPolicy, boolean fileLocking, Executor decodeExecutor, boolean swmrRead,
        VirtualView virtualView, long virtualPrintfGap) {
    /** The file drivers nwbj reads. */
    public enum Driver {
        /** One file. */
        SINGLE,
        /** A file split into members of a fixed size ({@code name_%d.h5}). */
        FAMILY,
        /** Metadata and raw data in two files. */
        SPLIT
    }

    /**
     * Replaces null limits, link policy and virtual view by their defaults.
     *
     * @param driver how the file is split into files
     * @param memberSize the family member size in bytes, 0 to detect it
     * @param externalLinkPrefix searched first for external link targets, or null
     * @param limits the read limits, null for the defaults
     * @param linkPolicy which external links may be followed, null for the default
     * @param fileLocking whether to lock files as the C library does
     * @param decodeExecutor where chunks are decoded in parallel, null for the common pool
     * @param swmrRead whether to read as a SWMR reader
     * @param virtualView the extent of virtual datasets with unlimited mappings, null for the default
     * @param virtualPrintfGap how many missing {@code %b} sources in a row the extent looks past, at least 0
     */
    public OpenOptions {
        if (virtualPrintfGap < 0) {
            throw new IllegalArgumentException("negative virtual printf gap: " + virtualPrintfGap);
        }
        if (limits == null) {
            limits = ReadLimits.defaults();
        }
        if (linkPolicy == null) {
            linkPolicy = LinkPolicy.defaults();
        }
        if (virtualView == null) {
            virtualView = VirtualView.LAST_AVAILABLE;
        }
    }

    /**
     * The default virtual view.
     *
     * @param driver how the file is split into files
     * @param memberSize the family member size in bytes, 0 to detect it
     * @param externalLinkPrefix searched first for external link targets, or null
     * @param limits the read limits, null for the defaults
     * @param linkPolicy which external links may be followed, null for the default
     * @param fileLocking whether to lock files as the C library does
     * @param decodeExecutor where chunks are decoded in parallel, null for the common pool
     * @param swmrRead whether to read as a SWMR reader
     */
    public OpenOptions(Driver driver, long memberSize, String externalLinkPrefix, ReadLimits limits,
            LinkPolicy linkPolicy, boolean fileLocking, Executor decodeExecutor, boolean swmrRead) {
        this(driver, memberSize, externalLinkPrefix, limits, linkPolicy, fileLocking, decodeExecutor, swmrRead, null);
    }

    /**
     * A printf gap of 0.
     *
     * @param driver how the file is split into files
     * @param memberSize the family member size in bytes, 0 to detect it
     * @param externalLinkPrefix searched first for external link targets, or null
     * @param limits the read limits, null for the defaults
     * @param linkPolicy which external links may be followed, null for the default
     * @param fileLocking whether to lock files as the C library does
     * @param decodeExecutor where chunks are decoded in parallel, null for the common pool
     * @param swmrRead whether to read as a SWMR reader
     * @param virtualView the extent of virtual datasets with unlimited mappings, null for the default
     */
    public OpenOptions(Driver driver, long memberSize, String externalLinkPrefix, ReadLimits limits,
            LinkPolicy linkPolicy, boolean fileLocking, Executor decodeExecutor, boolean swmrRead,
            VirtualView virtualView) {
        this(driver, memberSize, externalLinkPrefix, limits, linkPolicy, fileLocking, decodeExecutor, swmrRead,
                virtualView, 0);
    }

    /**
     * Not a SWMR reader.
     *
     * @param driver how the file is split into files
     * @param memberSize the family member size in bytes, 0 to detect it
     * @param externalLinkPrefix searched first for external link targets, or null
     * @param limits the read limits, null for the defaults
     * @param linkPolicy which external links may be followed, null for the default
     * @param fileLocking whether to lock files as the C library does
     * @param decodeExecutor where chunks are decoded in parallel, null for the common pool
     */
    public OpenOptions(Driver driver, long memberSize, String externalLinkPrefix, ReadLimits limits,
            LinkPolicy linkPolicy, boolean fileLocking, Executor decodeExecutor) {
        this(driver, memberSize, externalLinkPrefix, limits, linkPolicy, fileLocking, decodeExecutor, false);
    }

    /**
     * The common pool for decoding.
     *
     * @param driver how the file is split into files
     * @param memberSize the family member size in bytes, 0 to detect it
     * @param externalLinkPrefix searched first for external link targets, or null
     * @param limits the read limits, null for the defaults
     * @param linkPolicy which external links may be followed, null for the default
     * @param fileLocking whether to lock files as the C library does
     */
    public OpenOptions(Driver driver, long memberSize, String externalLinkPrefix, ReadLimits limits,
            LinkPolicy linkPolicy, boolean fileLocking) {
        this(driver, memberSize, externalLinkPrefix, limits, linkPolicy, fileLocking, null);
    }

    /**
     * Default limits and link policy.
     *
     * @param driver how the file is split into files
     * @param memberSize the family member size in bytes, 0 to detect it
     * @param externalLinkPrefix searched first for external link targets, or null
     */
    public OpenOptions(Driver driver, long memberSize, String externalLinkPrefix) {
        this(driver, memberSize, externalLinkPrefix, null, null);
    }

    /**
     * Files locked.
     *
     * @param driver how the file is split into files
     * @param memberSize the family member size in bytes, 0 to detect it
     * @param externalLinkPrefix searched first for external link targets, or null
     * @param limits the read limits, null for the defaults
     * @param linkPolicy which external links may be followed, null for the default
     */
    public OpenOptions(Driver driver, long memberSize, String externalLinkPrefix, ReadLimits limits,
            LinkPolicy linkPolicy) {
        this(driver, memberSize, externalLinkPrefix, limits, linkPolicy, true);
    }

    /** {@return a single file, default limits and link policy, locked while open} */
    public static OpenOptions defaults() {
        return new OpenOptions(Driver.SINGLE, 0, null);
    }

    /**
     * {@return a family {@code name_%d.h5}; member size 0 means: take it from the file (or member 0's size)}
     *
     * @param memberSize the member size in bytes, or 0
     */
    public static OpenOptions family(long memberSize) {
        return new OpenOptions(Driver.FAMILY, memberSize, null);
    }

    /** {@return a split pair {@code NAME-m.h5} (metadata) and {@code NAME-r.h5} (raw data)} */
    public static OpenOptions split() {
        return new OpenOptions(Driver.SPLIT, 0, null);
    }

    /**
     * {@return a single file read as a SWMR reader (h5py's {@code File(path, 'r', swmr=True)})} Use it on a file
     * that a writer in SWMR mode (the HDF5 C library's, h5py's) is appending to: the file is not locked (a SWMR
     * reader must not hold a lock the writer conflicts with), nothing that the writer changes in place is cached
     * (object headers, chunk indexes, heaps, decoded chunks), checksum failures of metadata are retried a bounded
     * number of times (a block read half-rewritten), and {@link Dataset#refresh()} makes appended rows visible.
     */
    public static OpenOptions swmr() {
        return defaults().withSwmr(true);
    }

    /**
     * Whether to read as a SWMR reader (see {@link #swmr()}); only the single-file driver supports it.
     *
     * @param on true to read as a SWMR reader
     * @return a copy with this setting
     */
    public OpenOptions withSwmr(boolean on) {
        return new OpenOptions(driver, memberSize, externalLinkPrefix, limits, linkPolicy, fileLocking, decodeExecutor,
                on, virtualView, virtualPrintfGap);
    }

    /**
     * Searches external link targets under {@code prefix} first.
     *
     * @param prefix a directory (or colon-separated list), or null
     * @return a copy with this setting
     */
    public OpenOptions withExternalLinkPrefix(String prefix) {
        return new OpenOptions(driver, memberSize, prefix, limits, linkPolicy, fileLocking, decodeExecutor, swmrRead,
                virtualView, virtualPrintfGap);
    }

    /**
     * Sets the read limits.
     *
     * @param l the limits
     * @return a copy with this setting
     */
    public OpenOptions withLimits(ReadLimits l) {
        return new OpenOptions(driver, memberSize, externalLinkPrefix, l, linkPolicy, fileLocking, decodeExecutor,
                swmrRead, virtualView, virtualPrintfGap);
    }

    /**
     * Sets which external links may be followed.
     *
     * @param p the policy
     * @return a copy with this setting
     */
    public OpenOptions withLinkPolicy(LinkPolicy p) {
        return new OpenOptions(driver, memberSize, externalLinkPrefix, limits, p, fileLocking, decodeExecutor,
                swmrRead, virtualView, virtualPrintfGap);
    }

    /**
     * Whether to lock files like the HDF5 C library: a reader takes a shared lock, a writer an exclusive one, and
     * a conflicting opener gets {@link Hdf5FileLockedException}. The locks are advisory {@code fcntl} locks,
     * which Linux keeps apart from the C library's {@code flock} locks: they keep nwbj from nwbj (in other JVMs
     * and in this one), not from h5py. {@code HDF5_USE_FILE_LOCKING=FALSE} in the environment turns locking off
     * whatever this says; {@code BEST_EFFORT} goes on unlocked where the file system has no locks.
     *
     * @return a copy with this setting
     * @param lock true to lock
     */
    public OpenOptions withFileLocking(boolean lock) {
        return new OpenOptions(driver, memberSize, externalLinkPrefix, limits, linkPolicy, lock, decodeExecutor,
                swmrRead, virtualView, virtualPrintfGap);
    }

    /**
     * Where reads decode the chunks of a selection in parallel: the calling thread takes part and at most one
     * helper per core is submitted, so a bounded executor bounds the threads nwbj uses. A single-thread executor
     * gives one helper, {@code Runnable::run} decodes on the caller only, null restores the default (the JVM's
     * common fork-join pool). nwbj never shuts the executor down.
     *
     * @return a copy with this setting
     * @param executor the executor, or null for the common pool
     */
    public OpenOptions withDecodeExecutor(Executor executor) {
        return new OpenOptions(driver, memberSize, externalLinkPrefix, limits, linkPolicy, fileLocking, executor,
                swmrRead, virtualView, virtualPrintfGap);
    }

    /**
     * Sets how far the unlimited dimensions of virtual datasets reach (the C library's
     * {@code H5Pset_virtual_view}); sources opened through virtual datasets and external links inherit it.
     *
     * @param view the view, null for {@link VirtualView#LAST_AVAILABLE}
     * @return a copy with this setting
     */
    public OpenOptions withVirtualView(VirtualView view) {
        return new OpenOptions(driver, memberSize, externalLinkPrefix, limits, linkPolicy, fileLocking, decodeExecutor,
                swmrRead, view, virtualPrintfGap);
    }

    /**
     * Sets how many missing sources in a row the extent of a virtual dataset's {@code %b} mappings looks past (the
     * C library's {@code H5Pset_virtual_printf_gap}, 0 by default): with {@link VirtualView#LAST_AVAILABLE} the
     * search for source {@code b} goes on until {@code gap + 1} names in a row are missing, and the extent ends
     * with the last source found; the missing ones read as the fill value. {@link VirtualView#FIRST_MISSING}
     * stops at the first missing source whatever the gap, as the C library does. Sources opened through virtual
     * datasets and external links inherit it.
     *
     * @param gap at least 0
     * @return a copy with this setting
     */
    public OpenOptions withVirtualPrintfGap(long gap) {
        return new OpenOptions(driver, memberSize, externalLinkPrefix, limits, linkPolicy, fileLocking, decodeExecutor,
                swmrRead, virtualView, gap);
    }

    /** The same options with the family driver, member size detected: how a family link target is opened. */
    OpenOptions asFamily() {
        return new OpenOptions(Driver.FAMILY, 0, externalLinkPrefix, limits, linkPolicy, fileLocking, null, false,
                virtualView, virtualPrintfGap);
    }

    /** The same options with the single-file driver: how external link targets are opened. */
    OpenOptions forExternalFile() {
        return new OpenOptions(Driver.SINGLE, 0, externalLinkPrefix, limits, linkPolicy, fileLocking, decodeExecutor,
                swmrRead, virtualView, virtualPrintfGap);
    }
}
