package org.nwbj.hdf5;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.internal.engine.FileContext;
import org.nwbj.hdf5.internal.engine.GroupReader;
import org.nwbj.hdf5.internal.engine.LinkTargets;
import org.nwbj.hdf5.internal.engine.ObjectHeader;
import org.nwbj.hdf5.internal.format.DriverInfoBlock;
import org.nwbj.hdf5.internal.format.FamilyDriverInfo;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.Superblock;
import org.nwbj.hdf5.storage.FamilyStorage;
import org.nwbj.hdf5.storage.FileStorage;
import org.nwbj.hdf5.storage.MultiStorage;
import org.nwbj.hdf5.storage.Storage;

/**
 * An open HDF5 file. Thread-safe for reading: any number of threads may read one open file at once.
 *
 * <pre>{@code
 * try (Hdf5File f = Hdf5File.open(Paths.get("data.h5"))) {
 *     Dataset d = f.dataset("/group/data");
 *     double[] values = d.readDoubles();
 *     String unit = d.attribute("unit").readString();
 * }
 * }</pre>
 */
public final class Hdf5File implements AutoCloseable {
    /** Soft and external links followed in one path lookup at most by default, like the C library. */
    public static final int MAX_LINK_TRAVERSALS = 16;

    private final FileContext context;
    private final Path path;
    private final OpenOptions options;
    private final String driverName;
    private final Map<String, Hdf5File> externalFiles = new HashMap<>();

    private Hdf5File(FileContext context, Path path, OpenOptions options, String driverName) {
        this.context = context;
        this.path = path;
        this.options = options;
        this.driverName = driverName;
        context.decodeExecutor(options.decodeExecutor());
        context.virtualView(options.virtualView());
        context.virtualPrintfGap(options.virtualPrintfGap());
        if (options.swmrRead()) {
            context.startSwmrReads();
        }
    }

    /**
     * Opens a single HDF5 file for reading.
     *
     * @param path the file
     * @return the open file; close it when done
     */
    public static Hdf5File open(Path path) {
        return open(path, OpenOptions.defaults());
    }

    /**
     * Opens a file, family or split pair for reading.
     *
     * @param path the file, or a family's {@code %d} pattern
     * @param options driver, limits, link policy and locking
     * @return the open file; close it when done
     */
    public static Hdf5File open(Path path, OpenOptions options) {
        if (options.swmrRead() && options.driver() != OpenOptions.Driver.SINGLE) {
            throw new IllegalArgumentException("SWMR reads need the single-file driver, not " + options.driver());
        }
        return switch (options.driver()) {
            case SINGLE -> {
                // a SWMR reader takes no lock: the writer holds the file while readers follow it
                FileStorage s = FileStorage.openReadOnly(path, options.fileLocking() && !options.swmrRead());
                yield openStorage(s, path, options, "sec2");
            }
            case FAMILY -> openFamily(FamilyStorage.openReadOnly(path, options.memberSize()), path, options);
            case SPLIT -> openSplit(path, path.toString(),
                    () -> FileStorage.openReadOnly(Paths.get(path + "-m.h5"), options.fileLocking()),
                    () -> FileStorage.openReadOnly(Paths.get(path + "-r.h5"), options.fileLocking()), options);
        };
    }

    /**
     * Opens a file by URI: {@code file:} URIs (and URIs without a scheme) as local paths; other schemes
     * ({@code http}, {@code https}, {@code s3}) through a {@link org.nwbj.hdf5.storage.StorageProvider} on the
     * class path, such as nwbj's hdf5-remote module. External links of a remote file resolve relative to its URI.
     *
     * @param uri the file's URI
     * @return the open file; close it when done
     */
    public static Hdf5File open(URI uri) {
        return open(uri, OpenOptions.defaults());
    }

    /**
     * As {@link #open(URI)}, with limits and link policy (the driver applies to local paths only).
     *
     * @param uri the file's URI
     * @param options limits, link policy and driver
     * @return the open file; close it when done
     */
    public static Hdf5File open(URI uri, OpenOptions options) {
        String scheme = uri.getScheme();
        if (scheme == null) {
            return open(Paths.get(uri.getPath()), options);
        }
        if (scheme.equalsIgnoreCase("file")) {
            return open(Paths.get(uri), options);
        }
        return switch (options.driver()) {
            case SINGLE -> openStorage(org.nwbj.hdf5.storage.StorageProvider.open(uri), null, options,
                    scheme.toLowerCase(java.util.Locale.ROOT));
            case FAMILY -> openFamily(remoteFamily(uri), null, options);
            case SPLIT -> openSplit(null, uri.toString(), () -> org.nwbj.hdf5.storage.StorageProvider.open(
                    URI.create(uri + "-m.h5")), () -> org.nwbj.hdf5.storage.StorageProvider.open(
                    URI.create(uri + "-r.h5")), options);
        };
    }

    /**
     * The members of a remote family, 0, 1, ... until one is not found; in the URI the pattern's {@code %} is
     * written {@code %25} ({@code https://host/fam_%25d.h5}).
     */
    private static FamilyStorage remoteFamily(URI uri) {
        String pattern = uri.toString().replace("%25", "%");
        List<Storage> members = new ArrayList<>();
        try {
            for (int k = 0; ; k++) {
                URI member = URI.create(FamilyStorage.memberName(pattern, k));
                try {
                    members.add(org.nwbj.hdf5.storage.StorageProvider.open(member));
                } catch (Hdf5NotFoundException e) {
                    break;
                }
            }
            return FamilyStorage.ofMembers(pattern, 0, members);
        } catch (RuntimeException e) {
            for (Storage m : members) {
                m.close();
            }
            throw e;
        }
    }

    /**
     * Opens a file held by any storage (memory, a custom backend).
     *
     * @param storage the bytes of the file
     * @return the open file
     */
    public static Hdf5File open(Storage storage) {
        return open(storage, OpenOptions.defaults());
    }

    /**
     * Opens a file held by any storage with these limits and link policy (the driver is ignored).
     *
     * @param storage the bytes of the file
     * @param options limits and link policy
     * @return the open file
     */
    public static Hdf5File open(Storage storage, OpenOptions options) {
        return openStorage(storage, null, options, "custom");
    }

    private static Hdf5File openStorage(Storage s, Path path, OpenOptions options, String driver) {
        try {
            return new Hdf5File(FileContext.open(s, options.limits()), path, options, driver);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static Hdf5File openFamily(FamilyStorage family, Path pattern, OpenOptions options) {
        FamilyStorage s = family;
        try {
            FileContext probe = FileContext.open(s, options.limits());
            long stored = storedMemberSize(probe, s.describe(), options.memberSize());
            if (stored > 0 && stored != s.memberSize()) {
                s = s.withMemberSize(stored);
                probe = FileContext.open(s, options.limits());
            }
            return new Hdf5File(probe, pattern, options, "family");
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static Hdf5File openSplit(Path base, String name, java.util.function.Supplier<Storage> meta,
            java.util.function.Supplier<Storage> raw, OpenOptions options) {
        Storage m = meta.get();
        FileContext probe;
        long rawStart;
        try {
            probe = FileContext.open(m, options.limits());
            org.nwbj.hdf5.internal.format.MultiDriverInfo multi = probe.multiDriverInfo();
            rawStart = multi == null ? Long.MAX_VALUE
                    : multi.start(multi.memberOf(org.nwbj.hdf5.internal.format.MultiDriverInfo.DRAW));
        } catch (RuntimeException e) {
            m.close();
            throw e;
        }
        Storage r;
        try {
            r = raw.get();
        } catch (RuntimeException e) {
            m.close();
            throw e;
        }
        MultiStorage ms = new MultiStorage(Arrays.asList(new MultiStorage.Member(0, m), new MultiStorage.Member(rawStart,
                r)), name);
        return new Hdf5File(new FileContext(ms, probe.superblock(), probe.superblockAddress(), options.limits()),
                base, options, "split");
    }

    /**
     * The member size a family's driver block records, or -1 when the file has none; refuses a {@code requested}
     * size (when > 0) that differs from it.
     */
    static long storedMemberSize(FileContext f, String pattern, long requested) {
        byte[] info = driverInfo(f, FamilyDriverInfo.DRIVER_ID);
        if (info == null || info.length < FamilyDriverInfo.DATA_SIZE) {
            return -1;
        }
        long stored = FamilyDriverInfo.decodeData(info, f.superblock().driverInfoAddress()).memberSize();
        if (requested > 0 && stored != requested) {
            throw new Hdf5Exception("family " + pattern + " was written with member size " + stored + ", not "
                    + requested);
        }
        return stored;
    }

    /** The driver information block's data when its driver id matches, else null. */
    private static byte[] driverInfo(FileContext f, String id) {
        Superblock sb = f.superblock();
        if (sb.version() <= 1) {
            if (sb.driverInfoAddress() == -1) {
                return null;
            }
            DriverInfoBlock.Header h = DriverInfoBlock.decodeHeader(f.reader(sb.driverInfoAddress(),
                    DriverInfoBlock.HEADER, DriverInfoBlock.STRUCTURE));
            if (!h.driverId().equals(id)) {
                return null;
            }
            return f.reader(sb.driverInfoAddress() + DriverInfoBlock.HEADER, h.dataSize(), DriverInfoBlock.STRUCTURE)
                    .bytes((int) h.dataSize());
        }
        if (sb.extensionAddress() == -1) {
            return null;
        }
        var m = f.header(sb.extensionAddress()).first(MessageType.DRIVER_INFO);
        if (m == null) {
            return null;
        }
        DriverInfoBlock b = DriverInfoBlock.decodeMessage(m.reader("DriverInfoMessage", f.ctx()));
        return b.driverId().equals(id) ? b.data() : null;
    }

    FileContext context() {
        return context;
    }

    /**
     * {@return the file's path (the pattern for a family, the base name for a split pair); null for a custom storage}
     */
    public Path path() {
        return path;
    }

    /**
     * Where the file lives: its path as a {@code file:} URI, a remote file's URI, or null for a custom storage.
     *
     * @return the file's URI, or null
     */
    public URI uri() {
        return path != null ? path.toUri() : context.storage().location();
    }

    /** {@return the options this file was opened with (limits, link policy, external link prefix)} */
    public OpenOptions options() {
        return options;
    }

    /** {@return facts about the file: superblock version, sizes, driver} */
    public FileInfo info() {
        Superblock sb = context.superblock();
        return new FileInfo(sb.version(), sb.ctx().offsetSize(), sb.ctx().lengthSize(), context.base(),
                sb.endOfFileAddress(), driverName);
    }

    /** {@return the root group} */
    public Group root() {
        return new Group(this, context.header(context.superblock().rootObjectHeader()), "/");
    }

    /**
     * {@return the object at an absolute path, following soft and external links}
     *
     * @param path an absolute path
     */
    public Node get(String path) {
        return resolve(root(), path);
    }

    /**
     * {@return the dataset at an absolute path; throws {@link Hdf5NotFoundException} naming the path when there is
     * none, and {@link Hdf5Exception} when the object there is a group or a named datatype}
     *
     * @param path an absolute path
     */
    public Dataset dataset(String path) {
        return root().dataset(path);
    }

    /**
     * {@return the group at an absolute path, as {@link #dataset(String)} finds datasets}
     *
     * @param path an absolute path
     */
    public Group group(String path) {
        return root().group(path);
    }

    /**
     * {@return true when the absolute path leads to an object (h5py's {@code path in file})}
     *
     * @param path an absolute path
     */
    public boolean exists(String path) {
        return root().exists(path);
    }

    /** Receives the objects of a {@link #visit}: the path relative to where the walk started, and the object. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * Called once per object found.
         *
         * @param path the object's path from the start of the walk
         * @param node the object
         */
        void visit(String path, Node node);
    }

    /**
     * Visits every object of the file, like h5py's {@code visititems} (see {@link Group#visit}).
     *
     * @param visitor called with the path and object of every object found
     */
    public void visit(Visitor visitor) {
        root().visit(visitor);
    }

    /** {@return every object of the file, in the order of {@link #visit}} */
    public java.util.stream.Stream<Node> walk() {
        return root().walk();
    }

    /**
     * {@return the object whose header is at {@code address} (e.g. a reference's target), described by {@code path}}
     *
     * @param address the file address of the object header
     * @param path the path to report for the object
     */
    public Node nodeAt(long address, String path) {
        return node(context.header(address), path);
    }

    Node node(ObjectHeader h, String path) {
        if (h.has(MessageType.LAYOUT)) {
            return new Dataset(this, context, h, path);
        }
        if (GroupReader.isGroup(h)) {
            return new Group(this, h, path);
        }
        if (h.has(MessageType.DATATYPE) && !h.has(MessageType.DATASPACE)) {
            return new NamedDatatype(context, h, path);
        }
        return new Group(this, h, path);
    }

    Node resolve(Group from, String relative) {
        return resolve(from, relative, 0);
    }

    private Node resolve(Group from, String relative, int traversals) {
        Group current = relative.startsWith("/") ? root() : from;
        String[] parts = relative.split("/");
        List<String> names = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty() && !p.equals(".")) {
                names.add(p);
            }
        }
        Node node = current;
        for (int i = 0; i < names.size(); i++) {
            if (!(node instanceof Group g)) {
                throw new Hdf5NotFoundException(node.path() + " is not a group (resolving " + relative + ")");
            }
            String name = names.get(i);
            Link link = g.link(name);
            if (link == null) {
                throw new Hdf5NotFoundException("no link " + name + " in " + g.path());
            }
            String childPath = NodeSupport.child(g.path(), name);
            if (link instanceof Link.Hard hard) {
                // g may be a group of another file, reached through an external link earlier in the path
                Hdf5File owner = g.file();
                node = owner.node(owner.context.header(hard.address()), childPath);
            } else if (link instanceof Link.Soft soft) {
                checkTraversals(traversals, relative);
                node = g.file().resolve(g, soft.target(), traversals + 1);
            } else if (link instanceof Link.External ext) {
                checkTraversals(traversals, relative);
                Hdf5File other = externalFile(ext.file(), childPath);
                node = other.resolve(other.root(), ext.target(), traversals + 1);
            }
        }
        return node;
    }

    private void checkTraversals(int traversals, String relative) {
        int max = options.limits().maxLinkTraversals();
        if (traversals >= max) {
            ReadLimits.check("maxLinkTraversals", traversals + 1L, max, "soft/external links followed resolving "
                    + relative + " (a loop?)");
        }
    }

    /**
     * Opens (once, closed with this file) the file an external link names, searching like the C library:
     * HDF5_EXT_PREFIX (a colon-separated list), the caller's prefix, the linking file's directory, then the name
     * itself. A name with {@code %d} that names no file but whose member 0 exists is opened as a family. The {@link
     * LinkPolicy} decides whether the file found may be opened; it opens with this file's limits and policy.
     *
     * @param name the file name the external link stores
     * @return the linked file, open until this file is closed
     */
    public Hdf5File externalFile(String name) {
        return externalFile(name, "to " + name);
    }

    /**
     * Opens a virtual dataset's source: {@code "."} is this file; other files are searched like external link
     * targets but with HDF5_VDS_PREFIX (as the C library's H5Pset_virtual_prefix search), and admitted by the
     * {@link LinkPolicy}. Null when the file or the dataset does not exist: the C library reads such a source's
     * elements as the fill value.
     */
    org.nwbj.hdf5.internal.engine.DatasetReader virtualSource(String file, String dataset) {
        Hdf5File target = this;
        if (!file.equals(".")) {
            String key = "\0vds\0" + file;
            synchronized (this) {
                target = externalFiles.get(key);
            }
            if (target == null) {
                String link = "to virtual dataset source " + file;
                Path found;
                try {
                    found = findFile(file, link, "HDF5_VDS_PREFIX");
                } catch (Hdf5NotFoundException e) {
                    return null;
                }
                Hdf5File opened = Hdf5File.open(options.linkPolicy().admit(link, file, found),
                        options.forExternalFile());
                synchronized (this) {
                    target = externalFiles.get(key);
                    if (target == null) {
                        externalFiles.put(key, opened);
                        target = opened;
                    } else {
                        opened.close();
                    }
                }
            }
        }
        Node n;
        try {
            n = target.get(dataset);
        } catch (Hdf5NotFoundException e) {
            return null;
        }
        return n instanceof Dataset d ? d.reader() : null;
    }

    private synchronized Hdf5File externalFile(String name, String link) {
        Hdf5File f = externalFiles.get(name);
        if (f != null) {
            return f;
        }
        URI remote = path == null ? context.storage().location() : null;
        if (remote != null) {
            URI target = options.linkPolicy().admitRemote(link, name, LinkTargets.remoteTarget(remote, name));
            f = openStorage(context.storage().openRelated(target), null, options.forExternalFile(),
                    target.getScheme());
        } else {
            Path found = options.linkPolicy().admit(link, name, findExternal(name, link));
            // a name with %d that names no file is a family (the C library opens it so with a family access list)
            f = FamilyStorage.exists(found) ? Hdf5File.open(found, options.forExternalFile().asFamily())
                    : Hdf5File.open(found, options.forExternalFile());
        }
        externalFiles.put(name, f);
        return f;
    }

    /**
     * Where an external link's file name leads, searching as {@link #externalFile} does; under
     * {@link LinkPolicy#none()} it refuses before searching.
     *
     * @param name the file name the external link stores
     * @return the path found
     */
    public Path findExternal(String name) {
        return findExternal(name, "to " + name);
    }

    /**
     * Where a virtual dataset's source file {@code name} (not {@code "."}) is, searched as reading the virtual
     * dataset searches it (HDF5_VDS_PREFIX first, then as external link targets) and admitted by the
     * {@link LinkPolicy}.
     *
     * @throws Hdf5NotFoundException when there is no such file
     * @throws Hdf5LinkPolicyException when the policy refuses it
     *
     * @param name the source file name as a mapping stores it
     * @return the file found
     */
    public Path findVirtualSource(String name) {
        String link = "to virtual dataset source " + name;
        return options.linkPolicy().admit(link, name, findFile(name, link, "HDF5_VDS_PREFIX"));
    }

    private Path findExternal(String name, String link) {
        return findFile(name, link, "HDF5_EXT_PREFIX");
    }

    private Path findFile(String name, String link, String prefixVariable) {
        return LinkTargets.findFile(name, link, prefixVariable, options, path);
    }

    /**
     * Writes a complete copy of this file to {@code target} (replacing it) in nwbj's own layout: every object
     * reachable from the root, attributes, soft and external links as stored, committed datatypes, object and
     * region references remapped, variable-length data rewritten; filtered chunks are copied as stored. The copy
     * is written to a temporary file beside the target and moved into place when complete.
     *
     * @param target the file to write
     */
    public void copyTo(Path target) {
        copyTo(target, false);
    }

    /**
     * Like {@link #copyTo(Path)}; with {@code latest}, writes the newest structures of HDF5 1.10 (superblock 3, the
     * single-chunk, fixed-array and v2 B-tree chunk indexes), which HDF5 1.8 cannot read.
     *
     * @param target the file to write
     * @param latest true for the HDF5 1.10 structures, false for the 1.8-readable ones
     */
    public void copyTo(Path target, boolean latest) {
        copyTo(target, latest ? CopyOptions.defaults().latest() : CopyOptions.defaults());
    }

    /**
     * Like {@link #copyTo(Path)}, with the format setting and dataset rechunking/refiltering of {@code options}.
     *
     * @param target the file to write
     * @param options format, chunking and filters of the copy
     */
    public void copyTo(Path target, CopyOptions options) {
        boolean latest = options.isLatest();
        Path tmp = FileStorage.createBeside(target);
        boolean done = false;
        try {
            try (FileStorage out = FileStorage.openReadWrite(tmp, true)) {
                if (options.materializesVirtual()) {
                    org.nwbj.hdf5.internal.engine.copy.FileCopier.copyMaterialized(context, out, latest,
                            options.repacks() ? options.repack() : null, this::virtualSource);
                } else if (options.repacks()) {
                    org.nwbj.hdf5.internal.engine.copy.FileCopier.copy(context, out, latest, options.repack());
                } else if (latest) {
                    org.nwbj.hdf5.internal.engine.copy.FileCopier.copyLatest(context, out);
                } else {
                    org.nwbj.hdf5.internal.engine.copy.FileCopier.copy(context, out);
                }
            }
            java.nio.file.Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            done = true;
        } catch (java.io.IOException e) {
            throw new Hdf5IoException("cannot move the copy into place at " + target, e);
        } finally {
            if (!done) {
                try {
                    java.nio.file.Files.deleteIfExists(tmp);
                } catch (java.io.IOException ignored) {
                    // the copy failed already; that error is the one to report
                }
            }
        }
    }

    /**
     * Writes a complete copy of this file as a family {@code pattern} ({@code name_%d.h5}) of members of
     * {@code memberSize} bytes, which the C library opens with its family driver.
     *
     * @param pattern the member name pattern, such as {@code name_%d.h5}
     * @param memberSize the size of every member but the last, in bytes
     */
    public void copyToFamily(Path pattern, long memberSize) {
        copyToFamily(pattern, memberSize, CopyOptions.defaults());
    }

    /**
     * Like {@link #copyToFamily(Path, long)}, with the dataset rechunking/refiltering of {@code options} (not
     * {@code latest}: the family driver's information block lives in superblock 0).
     *
     * @param pattern the member name pattern, such as {@code name_%d.h5}
     * @param memberSize the size of every member but the last, in bytes
     * @param options chunking and filters of the copy
     */
    public void copyToFamily(Path pattern, long memberSize, CopyOptions options) {
        if (options.isLatest()) {
            throw new IllegalArgumentException("a family copy writes superblock 0; latest does not apply");
        }
        try (org.nwbj.hdf5.storage.FamilyStorage out = org.nwbj.hdf5.storage.FamilyStorage.create(pattern,
                memberSize, OpenOptions.defaults().fileLocking())) {
            org.nwbj.hdf5.internal.engine.copy.FileCopier.copyToFamily(context, out, memberSize,
                    options.repacks() ? options.repack() : null);
        }
    }

    /**
     * Writes a complete copy as a split pair {@code base-m.h5} (metadata) + {@code base-r.h5} (dataset elements),
     * which the C library opens with its split driver; {@code options} may rechunk and refilter (not {@code latest}:
     * the split driver needs superblock 0).
     *
     * @param base the common start of the two file names
     * @param options chunking and filters of the copy
     */
    public void copyToSplit(Path base, CopyOptions options) {
        if (options.isLatest()) {
            throw new IllegalArgumentException("a split copy writes superblock 0; latest does not apply");
        }
        List<FileStorage> pair = FileStorage.createTogether(Arrays.asList(Paths.get(base + "-m.h5"),
                Paths.get(base + "-r.h5")), OpenOptions.defaults().fileLocking());
        try (FileStorage meta = pair.get(0); FileStorage raw = pair.get(1)) {
            org.nwbj.hdf5.internal.engine.copy.FileCopier.copyToSplit(context, meta, raw,
                    options.repacks() ? options.repack() : null);
        }
    }

    @Override
    public synchronized void close() {
        for (Hdf5File f : externalFiles.values()) {
            f.close();
        }
        externalFiles.clear();
        context.storage().close();
    }
}
