package org.nwbj.hdf5.internal.engine.write;

import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.internal.format.GlobalHeapCollection;

/**
 * Collects variable-length objects into global heap collections while element bytes are converted, then places
 * the collections and fills in their addresses wherever a converted element (or another heap object) names them.
 */
public final class HeapWriter {
    private static final int MAX_COLLECTION = 1 << 20;

    /** Where a collection's address must be written once it is known. */
    private record Patch(byte[] target, int at, int collection) {
    }

    private final FileWriterSupport out;
    /** Space for a collection: with the metadata, or in a split pair's raw member, as the C library places it. */
    private final java.util.function.LongUnaryOperator allocate;
    private final List<List<byte[]>> collections = new ArrayList<>();
    private final List<Patch> patches = new ArrayList<>();
    private long currentBytes;
    /** Sizes of the collections written, by address (to release them when nothing uses them any more). */
    final java.util.Map<Long, Long> collectionSizes = new java.util.HashMap<>();
    /** The collections of the next flush hold objects whose users are not counted: never released. */
    private boolean keepPending;

    public HeapWriter(FileWriterSupport out) {
        this(out, out::allocate);
    }

    public HeapWriter(FileWriterSupport out, java.util.function.LongUnaryOperator allocate) {
        this.out = out;
        this.allocate = allocate;
    }

    /** Adds an object; writes (count, collection placeholder, index) into {@code target} at {@code at}. */
    public void add(byte[] object, long count, byte[] target, int at) {
        putLe(target, at, count, 4);
        addHeapId(object, target, at + 4);
    }

    /** Adds an object; writes a heap ID (collection placeholder, index) into {@code target} at {@code at}. */
    public void addHeapId(byte[] object, byte[] target, int at) {
        if (collections.isEmpty() || currentBytes + object.length + 16 > MAX_COLLECTION) {
            collections.add(new ArrayList<>());
            currentBytes = 0;
        }
        List<byte[]> c = collections.get(collections.size() - 1);
        c.add(object);
        currentBytes += object.length + 16;
        patches.add(new Patch(target, at, collections.size() - 1));
        putLe(target, at + out.ctx().offsetSize(), c.size(), 4);
    }

    /**
     * The collections of the next flush are never released (their sizes are not recorded): some of their objects
     * belong to values whose users are not counted (values of any type, see ValueEncoder).
     */
    void keepPendingCollections() {
        keepPending = true;
    }

    /** Places every pending collection, fills in the addresses and writes them. */
    public void flush() {
        if (collections.isEmpty()) {
            return;
        }
        long[] addresses = new long[collections.size()];
        byte[][] encoded = new byte[collections.size()][];
        for (int i = 0; i < collections.size(); i++) {
            // size first (addresses inside objects do not change sizes), then the real bytes after patching
            int size = GlobalHeapCollection.encode(collections.get(i), out.ctx()).length;
            addresses[i] = allocate.applyAsLong(size);
        }
        for (Patch p : patches) {
            putLe(p.target(), p.at(), addresses[p.collection()], out.ctx().offsetSize());
        }
        for (int i = 0; i < collections.size(); i++) {
            encoded[i] = GlobalHeapCollection.encode(collections.get(i), out.ctx());
            out.write(addresses[i], encoded[i]);
            if (!keepPending) {
                collectionSizes.put(addresses[i], (long) encoded[i].length);
            }
        }
        keepPending = false;
        collections.clear();
        patches.clear();
        currentBytes = 0;
    }

    public static void putLe(byte[] b, int at, long v, int n) {
        for (int i = 0; i < n; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }
}
