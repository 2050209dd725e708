package org.nwbj.hdf5.storage;

import java.net.URI;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5IoException;

/**
 * A read-only block cache in front of any storage where each read is expensive (a remote file, a slow device):
 * reads are served in blocks of {@code blockSize} bytes, kept in a least-recently-used cache bounded by
 * {@code maxBytes}; the missing blocks of one read are fetched in one read of the underlying storage (adjacent
 * blocks coalesced), and {@link #prefetch} fetches the blocks of many ranges at once, in parallel. Safe for
 * concurrent reads.
 */
public final class CachedStorage implements Storage {
    /** Default block size: 256 KiB. */
    public static final int DEFAULT_BLOCK_SIZE = 256 * 1024;
    /** Default memory bound: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
    /**
     * Default gap bridged when prefetching: 1 MiB. Reading a gap this small costs less than another request over a
     * link with tens of milliseconds of latency (at 100 MB/s, 20 ms moves 2 MB).
     */
    public static final long DEFAULT_COALESCE_GAP = 1L << 20;
    /** A prefetched run is split for parallel requests only into pieces of at least this many bytes (8 MiB: smaller
     * parts gain little throughput per request, as S3 guidance for ranged GETs says, and cost requests). */
    private static final long MIN_SPLIT = 8L << 20;

    private final Storage inner;
    private final int blockSize;
    private final long maxBytes;
    private final int parallelism;
    private final long coalesceGap;
    private final long size;
    private final Map<Long, byte[]> blocks;
    /** The fetch under way of each block being fetched, guarded by {@code blocks}: readers wait, never ask twice. */
    private final Map<Long, CompletableFuture<Void>> inflight = new HashMap<>();
    private final AtomicLong innerReads = new AtomicLong();
    private volatile ExecutorService fetchers;
    /** Read-ahead state of {@link #readAhead}, guarded by {@code blocks}. */
    private long lastMiss = Long.MIN_VALUE / 2;
    private long readAheadBlocks = 1;
    /** Read-ahead grows to this many blocks at most. */
    private static final long MAX_READ_AHEAD = 32;

    private CachedStorage(Storage inner, int blockSize, long maxBytes, int parallelism, long coalesceGap) {
        if (blockSize < 512) {
            throw new IllegalArgumentException("block size " + blockSize + " < 512");
        }
        if (maxBytes < 2L * blockSize) {
            throw new IllegalArgumentException("cache of " + maxBytes + " bytes holds fewer than two blocks of "
                    + blockSize);
        }
        this.inner = inner;
        this.blockSize = blockSize;
        this.maxBytes = maxBytes;
        this.parallelism = Math.max(1, parallelism);
        this.coalesceGap = Math.max(0, coalesceGap);
        this.size = inner.size();
        long maxBlocks = maxBytes / blockSize;
        this.blocks = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, byte[]> e) {
                return size() > maxBlocks;
            }
        };
    }

    /**
     * {@return a cache of default block size and memory bound over {@code inner}, prefetching with 8 parallel reads}
     *
     * @param inner the storage to cache
     */
    public static CachedStorage over(Storage inner) {
        return over(inner, DEFAULT_BLOCK_SIZE, DEFAULT_MAX_BYTES, 8);
    }

    /**
     * {@return a cache over {@code inner} with blocks of {@code blockSize} bytes, holding at most {@code maxBytes}, and
     * up to {@code parallelism} reads of {@code inner} at once when prefetching}
     *
     * @param inner the storage to cache
     * @param blockSize bytes per cached block
     * @param maxBytes memory the cache may hold
     * @param parallelism reads at once when prefetching
     */
    public static CachedStorage over(Storage inner, int blockSize, long maxBytes, int parallelism) {
        return new CachedStorage(inner, blockSize, maxBytes, parallelism, DEFAULT_COALESCE_GAP);
    }

    /**
     * As {@link #over(Storage, int, long, int)}, bridging gaps of up to {@code coalesceGap} bytes between the ranges
     * of one {@link #prefetch} (fewer, larger requests; 0 bridges nothing).
     *
     * @param inner the storage to cache
     * @param blockSize bytes per cached block
     * @param maxBytes memory the cache may hold
     * @param parallelism reads at once when prefetching
     * @param coalesceGap the largest gap read through to join two prefetched ranges
     * @return the cache
     */
    public static CachedStorage over(Storage inner, int blockSize, long maxBytes, int parallelism, long coalesceGap) {
        return new CachedStorage(inner, blockSize, maxBytes, parallelism, coalesceGap);
    }

    /** {@return the storage this cache reads from} */
    public Storage inner() {
        return inner;
    }

    /** {@return how many reads this cache has made of the inner storage} */
    public long innerReads() {
        return innerReads.get();
    }

    @Override
    public int read(long position, ByteBuffer dst) {
        if (position < 0) {
            throw new Hdf5IoException("read at negative position " + position + " of " + describe());
        }
        if (position >= size || !dst.hasRemaining()) {
            return 0;
        }
        int want = (int) Math.min(dst.remaining(), size - position);
        if (want > maxBytes / 2) {
            // larger than the cache can sensibly hold: straight through
            innerReads.incrementAndGet();
            ByteBuffer view = dst.duplicate();
            ((Buffer) view).limit(view.position() + want);
            int n = readFully(position, view);
            ((Buffer) dst).position(dst.position() + n);
            return n;
        }
        long first = position / blockSize;
        long last = (position + want - 1) / blockSize;
        if (readCached(position, dst, want, first, last)) {
            return want;
        }
        fetchMissing(java.util.Collections.singletonList(new long[] {first, readAhead(first, last)}));
        awaitInflight(first, last);
        int total = 0;
        for (long b = first; b <= last; b++) {
            byte[] block = block(b);
            long blockStart = b * blockSize;
            int from = (int) Math.max(0, position - blockStart);
            int n = Math.min(block.length - from, want - total);
            if (n <= 0) {
                break;
            }
            dst.put(block, from, n);
            total += n;
        }
        return total;
    }

    /** Serves a read whose blocks are all cached under one lock, allocating nothing; false when one is missing. */
    private boolean readCached(long position, ByteBuffer dst, int want, long first, long last) {
        synchronized (blocks) {
            for (long b = first; b <= last; b++) {
                if (!blocks.containsKey(b)) {
                    return false;
                }
            }
            int at = dst.position();
            for (long b = first; b <= last; b++) {
                byte[] block = blocks.get(b);
                int from = (int) Math.max(0, position - b * blockSize);
                int n = Math.min(block.length - from, want - (dst.position() - at));
                dst.put(block, from, n);
            }
        }
        return true;
    }

    /**
     * The last block to fetch for a read of blocks [first, last]: when reads move forward through the file (a walk
     * of metadata written in order), each miss fetches twice as far ahead as the one before, up to
     * {@link #MAX_READ_AHEAD} blocks, so a walk over a file with metadata spread through it takes a few requests
     * of growing size instead of one per block; a jump backwards or far ahead starts again at one block.
     */
    private long readAhead(long first, long last) {
        synchronized (blocks) {
            if (present(first) && present(last)) {
                return last;
            }
            long window = first > lastMiss && first - lastMiss <= 2 * readAheadBlocks ? Math.min(2 * readAheadBlocks,
                    Math.min(MAX_READ_AHEAD, maxBytes / blockSize / 4)) : 1;
            readAheadBlocks = Math.max(1, window);
            lastMiss = first;
            long end = Math.max(last, first + readAheadBlocks - 1);
            long lastBlock = (size - 1) / blockSize;
            end = Math.min(end, lastBlock);
            for (long b = last + 1; b <= end; b++) {
                if (present(b)) {
                    return b - 1; // the rest is there already, or on its way
                }
            }
            return end;
        }
    }

    /** Whether block {@code b} is cached or on its way; the caller holds {@code blocks}. */
    private boolean present(long b) {
        return blocks.containsKey(b) || inflight.containsKey(b);
    }

    /** Waits for the fetches under way of blocks {@code first..last}; a failed one is fetched again by the caller. */
    private void awaitInflight(long first, long last) {
        java.util.Set<CompletableFuture<Void>> waits = new java.util.HashSet<>();
        synchronized (blocks) {
            if (inflight.isEmpty()) {
                return;
            }
            for (long b = first; b <= last; b++) {
                CompletableFuture<Void> f = inflight.get(b);
                if (f != null) {
                    waits.add(f);
                }
            }
        }
        // someone else's fetch failing is not this reader's failure: block() asks again, and reports its own
        await(waits, false);
    }

    /** Waits for {@code fetches}; a failed one is rethrown when {@code rethrow}, else left to the caller to redo. */
    private void await(java.util.Collection<? extends CompletableFuture<?>> fetches, boolean rethrow) {
        for (CompletableFuture<?> f : fetches) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Hdf5IoException("interrupted while reading " + describe());
            } catch (ExecutionException e) {
                if (!rethrow) {
                    continue;
                }
                if (e.getCause() instanceof Hdf5Exception h) {
                    throw h;
                }
                throw new Hdf5IoException("reading " + describe() + " failed: " + e.getCause());
            }
        }
    }

    /** The block, fetched again when it was evicted between fetch and use (a tiny cache under heavy load). */
    private byte[] block(long index) {
        synchronized (blocks) {
            byte[] b = blocks.get(index);
            if (b != null) {
                return b;
            }
        }
        fetchMissing(java.util.Collections.singletonList(new long[] {index, index}));
        awaitInflight(index, index);
        synchronized (blocks) {
            byte[] b = blocks.get(index);
            if (b != null) {
                return b;
            }
        }
        // evicted at once again: read it without caching
        return fetchRun(index, index, false).get(0);
    }

    /**
     * Fetches the blocks of {@code ranges} that are not cached, all at once: runs of missing blocks separated by
     * at most the coalesce gap become one run (the gap is read through), and when there are fewer runs than
     * parallel reads the largest are split (into parts of 8 MiB or more) so that up to {@code parallelism} reads run
     * at once. A prefetch that would read at least half of the file reads all of it (when the whole file fits in half
     * the cache). Ranges beyond half the cache's bound are left to be read when asked for.
     */
    @Override
    public void prefetch(List<ByteRange> ranges) {
        List<long[]> spans = new ArrayList<>();
        long budget = maxBytes / 2;
        for (ByteRange r : ranges) {
            if (r.length() == 0 || r.position() >= size) {
                continue;
            }
            long end = Math.min(size, r.end());
            budget -= end - r.position();
            if (budget < 0) {
                break; // more than the cache holds: the rest is read when asked for
            }
            spans.add(new long[] {r.position() / blockSize, (end - 1) / blockSize});
        }
        List<long[]> runs = missingRuns(spans);
        List<long[]> bridged = bridge(runs, coalesceGap / blockSize);
        long blocksBudget = maxBytes / 2 / blockSize;
        long fileBlocks = (size + blockSize - 1) / blockSize;
        if (blocks(bridged) * 2 >= fileBlocks && fileBlocks <= blocksBudget) {
            // most of the file is read anyway: read all of it, so no walk that follows waits for the rest
            bridged = bridge(missingRuns(java.util.Collections.singletonList(new long[] {0, fileBlocks - 1})),
                    fileBlocks);
        }
        fetchRuns(split(blocks(bridged) <= blocksBudget ? bridged : runs, MIN_SPLIT));
    }

    /**
     * Starts reading the whole file in the background, in parallel parts (of 8 MiB or more: fewer connections to
     * open, which measured faster than smaller parts), when it holds at most {@code limit} bytes
     * and fits in half the cache: the first block is read now, and reads of blocks that have not arrived yet wait for
     * them instead of asking again. A walk of a file whose metadata is spread through it (pynwb's) then waits for
     * one round of parallel requests, not for a round per level. A part that fails is read again when asked for.
     *
     * @param limit the largest file read whole
     * @return whether the whole file is being read
     */
    public boolean prefetchWholeFile(long limit) {
        long fileBlocks = (size + blockSize - 1) / blockSize;
        if (size == 0 || size > limit || fileBlocks > maxBytes / 2 / blockSize) {
            return false;
        }
        fetchMissing(java.util.Collections.singletonList(new long[] {0, 0}));
        List<long[]> runs = new ArrayList<>();
        List<CompletableFuture<Void>> claims = new ArrayList<>();
        synchronized (blocks) {
            for (long[] run : split(missingRuns(java.util.Collections.singletonList(new long[] {0, fileBlocks - 1})),
                    MIN_SPLIT)) {
                runs.add(run);
                claims.add(claim(run));
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            long[] run = runs.get(i);
            CompletableFuture<Void> claimed = claims.get(i);
            CompletableFuture.runAsync(() -> runFetch(run, claimed), fetchers());
        }
        return true;
    }

    /** Joins runs separated by at most {@code gapBlocks} blocks. */
    private static List<long[]> bridge(List<long[]> runs, long gapBlocks) {
        List<long[]> out = new ArrayList<>();
        for (long[] r : runs) {
            long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r[0] - last[1] - 1 <= gapBlocks) {
                last[1] = r[1];
            } else {
                out.add(new long[] {r[0], r[1]});
            }
        }
        return out;
    }

    private static long blocks(List<long[]> runs) {
        long n = 0;
        for (long[] r : runs) {
            n += r[1] - r[0] + 1;
        }
        return n;
    }

    /** Splits the largest runs in halves while there are fewer runs than parallel reads and pieces stay large. */
    private List<long[]> split(List<long[]> runs, long minPart) {
        long minBlocks = Math.max(1, minPart / blockSize);
        List<long[]> out = new ArrayList<>(runs);
        while (out.size() < parallelism) {
            int largest = -1;
            for (int i = 0; i < out.size(); i++) {
                if (largest < 0 || out.get(i)[1] - out.get(i)[0] > out.get(largest)[1] - out.get(largest)[0]) {
                    largest = i;
                }
            }
            if (largest < 0) {
                break;
            }
            long[] r = out.get(largest);
            long n = r[1] - r[0] + 1;
            if (n < 2 * minBlocks) {
                break;
            }
            long mid = r[0] + n / 2;
            out.set(largest, new long[] {r[0], mid - 1});
            out.add(new long[] {mid, r[1]});
        }
        return out;
    }

    /** Fetches the missing blocks of {@code spans} (inclusive block index pairs), adjacent ones in one read. */
    private void fetchMissing(List<long[]> spans) {
        List<long[]> runs;
        List<CompletableFuture<Void>> claims = new ArrayList<>();
        synchronized (blocks) { // found missing and claimed at once: two readers of one block make one read
            runs = missingRuns(spans);
            for (long[] run : runs) {
                claims.add(claim(run));
            }
        }
        fetchClaimed(runs, claims);
    }

    /** Fetches runs of blocks (inclusive index pairs), in parallel when there are several. */
    private void fetchRuns(List<long[]> runs) {
        List<CompletableFuture<Void>> claims = new ArrayList<>();
        for (long[] run : runs) {
            claims.add(claim(run));
        }
        fetchClaimed(runs, claims);
    }

    private void fetchClaimed(List<long[]> runs, List<CompletableFuture<Void>> claims) {
        if (runs.isEmpty()) {
            return;
        }
        if (runs.size() == 1 || parallelism == 1) {
            for (int i = 0; i < runs.size(); i++) {
                runFetch(runs.get(i), claims.get(i));
            }
            return;
        }
        List<CompletableFuture<?>> futures = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            long[] run = runs.get(i);
            CompletableFuture<Void> claimed = claims.get(i);
            futures.add(CompletableFuture.runAsync(() -> runFetch(run, claimed), fetchers()));
        }
        await(futures, true);
    }

    /**
     * Marks the blocks of {@code run} that are neither cached nor on their way as fetched by the returned future,
     * which {@link #runFetch} completes: readers of them wait for it instead of asking again.
     */
    private CompletableFuture<Void> claim(long[] run) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        synchronized (blocks) {
            for (long b = run[0]; b <= run[1]; b++) {
                if (!present(b)) {
                    inflight.put(b, f);
                }
            }
        }
        return f;
    }

    /** Fetches a claimed run into the cache, then releases its claim (successful or not) and completes it. */
    private void runFetch(long[] run, CompletableFuture<Void> claimed) {
        try {
            fetchRun(run[0], run[1], true);
        } catch (RuntimeException | Error e) {
            release(run, claimed);
            claimed.completeExceptionally(e);
            throw e;
        }
        release(run, claimed);
        claimed.complete(null);
    }

    private void release(long[] run, CompletableFuture<Void> claimed) {
        synchronized (blocks) {
            for (long b = run[0]; b <= run[1]; b++) {
                inflight.remove(b, claimed);
            }
        }
    }

    /** The runs of blocks of {@code spans} neither cached nor on their way. */
    private List<long[]> missingRuns(List<long[]> spans) {
        java.util.TreeSet<Long> missing = new java.util.TreeSet<>();
        synchronized (blocks) {
            for (long[] s : spans) {
                for (long b = s[0]; b <= s[1]; b++) {
                    if (!present(b)) {
                        missing.add(b);
                    }
                }
            }
        }
        List<long[]> runs = new ArrayList<>();
        long start = -1;
        long prev = -2;
        for (long b : missing) {
            if (b != prev + 1) {
                if (start >= 0) {
                    runs.add(new long[] {start, prev});
                }
                start = b;
            }
            prev = b;
        }
        if (start >= 0) {
            runs.add(new long[] {start, prev});
        }
        return runs;
    }

    /**
     * Reads blocks {@code first..last} with one scattering read of the inner storage straight into the blocks' own
     * arrays (no run-sized buffer to copy from: fresh memory is what a multi-megabyte fetch costs most).
     */
    private List<byte[]> fetchRun(long first, long last, boolean keep) {
        long from = first * blockSize;
        long to = Math.min(size, (last + 1) * blockSize);
        List<byte[]> out = new ArrayList<>();
        ByteBuffer[] dsts = new ByteBuffer[(int) (last - first + 1)];
        for (long b = first; b <= last; b++) {
            byte[] block = new byte[(int) Math.min(blockSize, to - b * blockSize)];
            out.add(block);
            dsts[(int) (b - first)] = ByteBuffer.wrap(block);
        }
        innerReads.incrementAndGet();
        long n = inner.read(from, dsts);
        if (n != to - from) {
            throw new Hdf5IoException(describe() + ": bytes " + from + "-" + (to - 1) + " of " + size
                    + " expected, only " + n + " read (the file is shorter than it said)");
        }
        if (keep) {
            synchronized (blocks) {
                for (int i = 0; i < out.size(); i++) {
                    blocks.put(first + i, out.get(i));
                }
            }
        }
        return out;
    }

    private int readFully(long position, ByteBuffer dst) {
        int total = 0;
        while (dst.hasRemaining()) {
            int n = inner.read(position + total, dst);
            if (n <= 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    private ExecutorService fetchers() {
        ExecutorService e = fetchers;
        if (e == null) {
            synchronized (this) {
                e = fetchers;
                if (e == null) {
                    e = Executors.newFixedThreadPool(parallelism, r -> {
                        Thread t = new Thread(r, "nwbj-fetch " + inner.describe());
                        t.setDaemon(true);
                        return t;
                    });
                    fetchers = e;
                }
            }
        }
        return e;
    }

    /** The related file through the inner storage, behind a cache of this one's settings. */
    @Override
    public Storage openRelated(URI uri) {
        Storage s = inner.openRelated(uri);
        return s instanceof CachedStorage ? s : over(s, blockSize, maxBytes, parallelism, coalesceGap);
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    @Override
    public URI location() {
        return inner.location();
    }

    @Override
    public void close() {
        ExecutorService e = fetchers;
        if (e != null) {
            e.shutdownNow();
        }
        synchronized (blocks) {
            blocks.clear();
        }
        inner.close();
    }
}
