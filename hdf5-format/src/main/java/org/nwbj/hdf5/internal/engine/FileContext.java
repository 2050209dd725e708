package org.nwbj.hdf5.internal.engine;

import java.nio.Buffer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.ReadLimits;
import org.nwbj.hdf5.internal.format.CacheImage;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.HeaderMessage;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.FormatReader;
import org.nwbj.hdf5.internal.format.Superblock;
import org.nwbj.hdf5.storage.Storage;

/**
 * An open file as the engine sees it: its storage, superblock and bounded metadata caches. Reads are positional;
 * caches are synchronized, so any number of threads may read at once.
 */
public final class FileContext implements BlockReader {
    /** No single metadata block may be larger than this; guards allocations from corrupt size fields. */
    public static final long MAX_METADATA_BLOCK = 64L << 20;
    private static final int HEADER_CACHE_ENTRIES = 4096;

    private final Storage storage;
    private final Superblock superblock;
    private final long base;
    private final long superblockAddress;
    private final Map<Long, ObjectHeader> headers = lruMap(HEADER_CACHE_ENTRIES);
    private final Map<Long, Object> heaps = lruMap(256);
    private volatile ChunkCache chunkCache = new ChunkCache(ChunkCache.defaultBytes());
    /**
     * How often a SWMR read of checksummed metadata is tried before its checksum failure is reported: a writer may
     * be half-way through rewriting the block (the C library's default for SWMR reads is 100 attempts too).
     */
    public static final int SWMR_READ_ATTEMPTS = 100;
    /** Set once for files read while a SWMR writer appends: nothing that may change is cached. */
    private volatile boolean swmr;
    /** The file size when SWMR reads began: a SWMR writer only grows the file, so less means it was truncated. */
    private volatile long swmrSize;
    private final MetadataPages pages;
    private final ReadLimits limits;
    /** Metadata cache image entries by address (HDF5 1.10 files closed with a cache image); empty when none. */
    private volatile java.util.NavigableMap<Long, CacheImage.Entry> image = java.util.Collections.emptyNavigableMap();

    public FileContext(Storage storage, Superblock superblock, long superblockAddress) {
        this(storage, superblock, superblockAddress, ReadLimits.defaults());
    }

    public FileContext(Storage storage, Superblock superblock, long superblockAddress, ReadLimits limits) {
        this.limits = limits;
        this.storage = storage;
        this.superblock = superblock;
        this.superblockAddress = superblockAddress;
        this.pages = new MetadataPages(storage);
        // Addresses are relative to the superblock: the C library, too, replaces a stored base address that
        // differs from where it found the superblock (a user block moved in front of the file).
        this.base = superblockAddress;
        loadCacheImage();
    }

    /**
     * Reads the metadata cache image the superblock extension points to, if any. The C library saves the cached
     * entries only in the image (their home addresses stay unwritten), and a read-only open uses the image without
     * removing it, so the entries' bytes are served from it in place of the file's.
     */
    private void loadCacheImage() {
        if (superblock.version() < 2 || superblock.extensionAddress() == -1) {
            return;
        }
        HeaderMessage m = header(superblock.extensionAddress()).first(MessageType.METADATA_CACHE_IMAGE);
        if (m == null) {
            return;
        }
        CacheImage.Message msg = CacheImage.Message.decode(m.reader("CacheImageMessage", ctx()));
        CacheImage ci = CacheImage.decode(reader(msg.address(), msg.length(), "CacheImage"));
        java.util.TreeMap<Long, CacheImage.Entry> byAddress = new java.util.TreeMap<>();
        for (CacheImage.Entry e : ci.entries()) {
            Map.Entry<Long, CacheImage.Entry> floor = byAddress.floorEntry(e.address());
            CacheImage.Entry before = floor == null ? null : floor.getValue();
            if (byAddress.put(e.address(), e) != null
                    || (before != null && before.address() + before.size() > e.address())) {
                throw new Hdf5FormatException("CacheImage", msg.address(), "entries overlap at 0x"
                        + Long.toHexString(e.address()));
            }
        }
        image = java.util.Collections.unmodifiableNavigableMap(byAddress);
        synchronized (headers) {
            headers.clear(); // read before the image was known
        }
    }

    /** True when metadata is served from a cache image (such a file is read-only here). */
    public boolean hasCacheImage() {
        return !image.isEmpty();
    }

    /**
     * Overwrites the bytes of {@code buf} (read at {@code address}, from index 0 to its limit) that cache image
     * entries hold. Indexed copies, so any buffer works (heap or direct): skipping one would hand out the stale
     * home-address bytes without an error.
     */
    void overlayImage(long address, ByteBuffer buf) {
        if (image.isEmpty()) {
            return;
        }
        int n = buf.limit();
        long end = address + n;
        Map.Entry<Long, CacheImage.Entry> first = image.floorEntry(address);
        Long from = first != null ? first.getKey() : address;
        for (CacheImage.Entry e : image.subMap(from, true, end, false).values()) {
            long lo = Math.max(address, e.address());
            long hi = Math.min(end, e.address() + e.size());
            if (lo < hi) {
                e.copyTo(lo, buf, (int) (lo - address), (int) (hi - lo));
            }
        }
    }

    /** Finds the superblock at 0, 512, 1024, ... and opens the file. */
    public static FileContext open(Storage storage) {
        return open(storage, ReadLimits.defaults());
    }

    /** Like {@link #open(Storage)}, every read bounded by {@code limits}. */
    public static FileContext open(Storage storage, ReadLimits limits) {
        long size = storage.size();
        for (long at = 0; at < Math.max(size, 1); at = at == 0 ? 512 : at * 2) {
            ByteBuffer probe = ByteBuffer.allocate(Superblock.MAX_SIZE).order(ByteOrder.LITTLE_ENDIAN);
            storage.read(at, probe);
            ((Buffer) probe).flip();
            if (Superblock.hasSignature(probe)) {
                Superblock sb = Superblock.decode(probe, at);
                return new FileContext(storage, sb, at, limits);
            }
        }
        throw new Hdf5FormatException("Superblock", 0, "no HDF5 signature found in " + storage.describe()
                + " (searched offsets 0, 512, 1024, ... up to its size of " + size + " bytes)");
    }

    /**
     * Reads from now on as a SWMR reader: object headers, heaps, metadata pages and decoded chunks are no longer
     * cached (a writer changes them in place), and checksum failures of metadata are retried.
     */
    public void startSwmrReads() {
        swmrSize = storage.size();
        swmr = true;
        pages.disable();
        chunkCache = new ChunkCache(0); // keeps nothing: a chunk rewritten at the same address must be re-read
        synchronized (headers) {
            headers.clear();
        }
        synchronized (heaps) {
            heaps.clear();
        }
    }

    /** True when reading as a SWMR reader. */
    public boolean swmr() {
        return swmr;
    }

    /**
     * Runs {@code read}; as a SWMR reader, again while it fails on a checksum (a block read while the writer
     * rewrote it), at most {@link #SWMR_READ_ATTEMPTS} times, then the last failure is thrown.
     */
    public <T> T swmrRetried(java.util.function.Supplier<T> read) {
        if (!swmr) {
            return read.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (org.nwbj.hdf5.Hdf5ChecksumException e) {
                if (attempt >= SWMR_READ_ATTEMPTS) {
                    throw truncatedOr(e);
                }
                Thread.yield(); // give the writer a moment to finish the block
            } catch (Hdf5FormatException e) {
                throw truncatedOr(e);
            }
        }
    }

    /**
     * As a SWMR reader, a failure explained by the file having shrunk since it was opened (which a SWMR writer
     * never does) is reported as such, with the failure as its cause; else the failure itself.
     */
    private RuntimeException truncatedOr(RuntimeException e) {
        long now = storage.size();
        if (!swmr || now >= swmrSize) {
            return e;
        }
        RuntimeException t = new Hdf5FormatException("file", 0, storage.describe() + " was truncated under the"
                + " SWMR reader: the file ends after " + now + " bytes (file size " + now + "), it had " + swmrSize
                + " when reading began; " + e.getMessage());
        t.initCause(e);
        return t;
    }

    /** Reads an object header again from the file (for a refresh), replacing the cached one. */
    public ObjectHeader freshHeader(long address) {
        ObjectHeader h = swmrRetried(() -> ObjectHeader.read(this, address));
        if (!swmr) {
            synchronized (headers) {
                headers.put(address, h);
            }
        }
        return h;
    }

    /** What reading this file may cost. */
    public ReadLimits limits() {
        return limits;
    }

    /** Where chunk decoding runs in parallel; null: the JVM's common fork-join pool. */
    private volatile java.util.concurrent.Executor decodeExecutor;

    public java.util.concurrent.Executor decodeExecutor() {
        return decodeExecutor;
    }

    public void decodeExecutor(java.util.concurrent.Executor e) {
        decodeExecutor = e;
    }

    /** How far virtual datasets' unlimited dimensions reach (set from the open options). */
    private volatile org.nwbj.hdf5.VirtualView virtualView = org.nwbj.hdf5.VirtualView.LAST_AVAILABLE;

    public org.nwbj.hdf5.VirtualView virtualView() {
        return virtualView;
    }

    public void virtualView(org.nwbj.hdf5.VirtualView v) {
        virtualView = v;
    }

    /** How many missing %b sources in a row virtual datasets look past (set from the open options). */
    private volatile long virtualPrintfGap;

    public long virtualPrintfGap() {
        return virtualPrintfGap;
    }

    public void virtualPrintfGap(long gap) {
        virtualPrintfGap = gap;
    }

    /** The metadata block limit as an array size. */
    public int maxMetadataBlock() {
        return (int) Math.min(limits.maxMetadataBlockBytes(), Integer.MAX_VALUE - 16);
    }

    /** Decoded chunks shared by every dataset of this file, bounded in bytes. */
    public ChunkCache chunkCache() {
        return chunkCache;
    }

    public Storage storage() {
        return storage;
    }

    /**
     * The multi driver block of a version 0/1 superblock, or null when the file has none (or another driver's).
     */
    public org.nwbj.hdf5.internal.format.MultiDriverInfo multiDriverInfo() {
        Superblock sb = superblock();
        if (sb.version() > 1 || sb.driverInfoAddress() == -1) {
            return null;
        }
        int header = org.nwbj.hdf5.internal.format.MultiDriverInfo.HEADER;
        FormatReader r = reader(sb.driverInfoAddress(), header, "DriverInfoBlock");
        r.version("version", r.u8(), 0);
        r.skip(3);
        long size = r.u32();
        String id = new String(r.bytes(8), java.nio.charset.StandardCharsets.US_ASCII);
        if (!id.equals("NCSAmult")) {
            return null;
        }
        // read bounds the size by the metadata block limit
        ByteBuffer b = read(sb.driverInfoAddress(), header + size, "DriverInfoBlock");
        byte[] block = new byte[b.remaining()];
        b.get(block);
        return org.nwbj.hdf5.internal.format.MultiDriverInfo.decode(block, sb.driverInfoAddress());
    }

    public Superblock superblock() {
        return superblock;
    }

    public long superblockAddress() {
        return superblockAddress;
    }

    /** File offset of relative address 0 (the user block size). */
    public long base() {
        return base;
    }

    @Override
    public FormatContext ctx() {
        return superblock.ctx();
    }

    @Override
    public ByteBuffer read(long address, long length, String structure) {
        long position = position(address, structure);
        if (length < 0) {
            throw new Hdf5FormatException(structure, address, "negative block size " + length);
        }
        if (length > maxMetadataBlock()) {
            ReadLimits.check("maxMetadataBlockBytes", length, maxMetadataBlock(), structure + " at " + address
                    + ": block size");
        }
        ByteBuffer buf = ByteBuffer.allocate((int) length).order(ByteOrder.LITTLE_ENDIAN);
        int n = pages.read(position, buf);
        if (n < length) {
            throw new Hdf5FormatException(structure, address, "needs " + length + " bytes, the file ends after "
                    + n + " (file size " + storage.size() + ")");
        }
        ((Buffer) buf).flip();
        overlayImage(address, buf);
        return buf;
    }

    /**
     * The storage position of a file address. Addresses are unsigned 64-bit numbers and only all ones is the
     * undefined address: the split/multi driver maps its raw member at 2^63 - 1, where a Java long is negative,
     * so huge addresses are passed on (a single file holds nothing there and reads as ended).
     */
    private long position(long address, String structure) {
        if (address == FormatContext.UNDEFINED) {
            throw new Hdf5FormatException(structure, address, "undefined address");
        }
        long position = base + address;
        if (Long.compareUnsigned(position, address) < 0) {
            throw new Hdf5FormatException(structure, address, "address beyond the 64-bit address space after a "
                    + base + "-byte user block");
        }
        return position;
    }

    /** Reads up to {@code length} bytes, fewer at the end of the file (for probing variable-size structures). */
    public ByteBuffer readUpTo(long address, int length) {
        long position = position(address, "metadata");
        if (length > maxMetadataBlock()) {
            ReadLimits.check("maxMetadataBlockBytes", length, maxMetadataBlock(), "metadata at " + address
                    + ": block size");
        }
        ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        pages.read(position, buf);
        ((Buffer) buf).flip();
        overlayImage(address, buf);
        return buf;
    }

    /** Reads raw data (not metadata): any size the caller has validated. */
    public void readRaw(long address, ByteBuffer dst) {
        int want = dst.remaining();
        int n = storage.read(position(address, "raw data"), dst);
        if (n < want && swmr) {
            throw truncatedOr(new Hdf5FormatException("raw data", address, "needs " + want
                    + " bytes, the file ends after " + n));
        }
        if (n < want) {
            throw new Hdf5FormatException("raw data", address, "needs " + want + " bytes, the file ends after "
                    + n);
        }
    }

    public FormatReader reader(long address, long length, String structure) {
        return new FormatReader(read(address, length, structure), address, structure, ctx());
    }

    public ObjectHeader header(long address) {
        if (swmr) {
            return swmrRetried(() -> ObjectHeader.read(this, address));
        }
        synchronized (headers) {
            ObjectHeader h = headers.get(address);
            if (h != null) {
                return h;
            }
        }
        ObjectHeader h = ObjectHeader.read(this, address);
        synchronized (headers) {
            headers.put(address, h);
        }
        return h;
    }

    /** Bytes hinted per object header when headers are prefetched: most headers fit, the rest read on. */
    private static final int HEADER_PREFETCH = 1024;

    /**
     * Hints to the storage that the object headers at {@code addresses} are read next (the children of a group just
     * listed), so that a remote storage fetches them together, in parallel, instead of one round trip each. Local
     * storages ignore the hint; headers already decoded are left out.
     */
    public void prefetchHeaders(java.util.Collection<Long> addresses) {
        if (swmr || addresses.isEmpty()) {
            return;
        }
        List<Long> missing = new java.util.ArrayList<>();
        synchronized (headers) {
            for (long a : addresses) {
                if (!headers.containsKey(a)) {
                    missing.add(a);
                }
            }
        }
        prefetch(missing, HEADER_PREFETCH);
    }

    /**
     * Hints to the storage that {@code length} bytes at each of {@code addresses} are read next (the nodes of one
     * B-tree level, the headers of a group's children): a remote storage fetches them together, in parallel.
     */
    public void prefetch(java.util.Collection<Long> addresses, int length) {
        if (swmr || addresses.size() < 2) {
            return; // one block is read as soon when asked for
        }
        java.util.List<org.nwbj.hdf5.storage.ByteRange> ranges = new java.util.ArrayList<>();
        for (long a : addresses) {
            if (a != FormatContext.UNDEFINED && base + a >= 0) {
                ranges.add(new org.nwbj.hdf5.storage.ByteRange(base + a, length));
            }
        }
        storage.prefetch(ranges);
    }

    /** A cached heap-like structure (local heap, global heap collection, fractal heap) by address. */
    @SuppressWarnings("unchecked")
    public <T> T cached(long address, Class<T> type, java.util.function.Supplier<T> load) {
        if (swmr) {
            return swmrRetried(load);
        }
        synchronized (heaps) {
            Object o = heaps.get(address);
            if (type.isInstance(o)) {
                return (T) o;
            }
        }
        T t = load.get();
        synchronized (heaps) {
            heaps.put(address, t);
        }
        return t;
    }

    private static <K, V> Map<K, V> lruMap(int max) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> e) {
                return size() > max;
            }
        };
    }
}
