package org.nwbj.hdf5.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CachedStorageTest {
    /** Memory that counts and records the reads made of it. */
    static final class Counting implements Storage {
        final MemoryStorage mem;
        final List<long[]> reads = Collections.synchronizedList(new ArrayList<>());

        Counting(byte[] bytes) {
            mem = new MemoryStorage(bytes, "counting");
        }

        @Override
        public int read(long position, ByteBuffer dst) {
            reads.add(new long[] {position, dst.remaining()});
            return mem.read(position, dst);
        }

        /** A scattering read counts as one read, as a remote storage makes one request of it. */
        @Override
        public long read(long position, ByteBuffer[] dsts) {
            long total = 0;
            for (ByteBuffer d : dsts) {
                total += d.remaining();
            }
            reads.add(new long[] {position, total});
            return mem.read(position, dsts);
        }

        @Override
        public long size() {
            return mem.size();
        }

        @Override
        public String describe() {
            return "counting";
        }

        @Override
        public void close() {
        }
    }

    private static byte[] data(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] read(Storage s, long pos, int len) {
        ByteBuffer b = ByteBuffer.allocate(len);
        int n = s.read(pos, b);
        byte[] out = new byte[n];
        System.arraycopy(b.array(), 0, out, 0, n);
        return out;
    }

    @Test
    void smallReadsInOneBlockMakeOneInnerRead() {
        byte[] d = data(10_000, 1);
        Counting c = new Counting(d);
        CachedStorage s = CachedStorage.over(c, 1024, 64 * 1024, 4);
        for (int i = 0; i < 50; i++) {
            assertThat(read(s, 2048 + i * 10, 10)).isEqualTo(java.util.Arrays.copyOfRange(d, 2048 + i * 10,
                    2058 + i * 10));
        }
        assertThat(c.reads).hasSize(1);
        assertThat(c.reads.get(0)).containsExactly(2048, 1024);
    }

    @Test
    void missingAdjacentBlocksAreFetchedInOneRead() {
        byte[] d = data(10_000, 2);
        Counting c = new Counting(d);
        CachedStorage s = CachedStorage.over(c, 1024, 64 * 1024, 4);
        read(s, 1024 + 5, 1);                        // block 1 cached
        assertThat(read(s, 10, 4000)).isEqualTo(java.util.Arrays.copyOfRange(d, 10, 4010)); // blocks 0-3
        // block 0 alone, then blocks 2-3 together: block 1 was already there
        assertThat(c.reads).extracting(r -> r[0] + "+" + r[1]).containsExactlyInAnyOrder("1024+1024", "0+1024",
                "2048+2048");
    }

    @Test
    void prefetchFetchesRangesInParallelAndLaterReadsHitTheCache() {
        byte[] d = data(100_000, 3);
        Counting c = new Counting(d);
        CachedStorage s = CachedStorage.over(c, 1024, 1 << 20, 4, 0); // no gap bridged
        List<ByteRange> ranges = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ranges.add(new ByteRange(i * 9000L, 3000));
        }
        s.prefetch(ranges);
        int after = c.reads.size();
        assertThat(after).isEqualTo(10);
        for (ByteRange r : ranges) {
            assertThat(read(s, r.position(), (int) r.length()))
                    .isEqualTo(java.util.Arrays.copyOfRange(d, (int) r.position(), (int) r.end()));
        }
        assertThat(c.reads).hasSize(after);
        s.close();
    }

    @Test
    void prefetchBridgesSmallGapsIntoOneRead() {
        byte[] d = data(100 * 1024, 8);
        Counting c = new Counting(d);
        CachedStorage s = CachedStorage.over(c, 1024, 1 << 20, 4, 4096); // gaps up to 4 blocks read through
        s.prefetch(List.of(new ByteRange(10 * 1024L + 5, 10), new ByteRange(13 * 1024L, 100),
                new ByteRange(30 * 1024L, 1024)));
        // blocks 10 and 13 (gap of 2 blocks) in one read, block 30 (gap of 16) alone
        assertThat(c.reads).extracting(r -> r[0] + "+" + r[1]).containsExactlyInAnyOrder("10240+4096",
                "30720+1024");
        assertThat(read(s, 11 * 1024L, 2048)).isEqualTo(java.util.Arrays.copyOfRange(d, 11 * 1024, 13 * 1024));
        assertThat(c.reads).hasSize(2);
    }

    @Test
    void aPrefetchOfMostOfTheFileReadsAllOfIt() {
        byte[] d = data(20 * 1024, 9);
        Counting c = new Counting(d);
        CachedStorage s = CachedStorage.over(c, 1024, 1 << 20, 4, 0);
        List<ByteRange> ranges = new ArrayList<>();
        for (int b = 0; b < 20; b += 2) {
            ranges.add(new ByteRange(b * 1024L, 1)); // every other block: half the file
        }
        s.prefetch(ranges);
        assertThat(c.reads).extracting(r -> r[0] + "+" + r[1]).containsExactly("0+20480");
        for (int b = 0; b < 20; b++) {
            assertThat(read(s, b * 1024L + 7, 3)).isEqualTo(java.util.Arrays.copyOfRange(d, b * 1024 + 7,
                    b * 1024 + 10));
        }
        assertThat(c.reads).hasSize(1);
    }

    @Test
    void aLargePrefetchIsSplitIntoParallelPartsOfAtLeast8MiB() {
        byte[] d = data(17 << 20, 10);
        Counting c = new Counting(d);
        CachedStorage s = CachedStorage.over(c, 256 * 1024, 64L << 20, 8, 0);
        s.prefetch(List.of(new ByteRange(0, d.length)));
        assertThat(c.reads).hasSize(2);
        assertThat(c.reads).allSatisfy(r -> assertThat(r[1]).isGreaterThanOrEqualTo(8L << 20));
        assertThat(read(s, (17 << 20) - 5, 5)).isEqualTo(java.util.Arrays.copyOfRange(d, d.length - 5, d.length));
        assertThat(c.reads).hasSize(2);
    }

    @Test
    void aForwardWalkReadsAheadFurtherWithEachMiss() {
        byte[] d = data(200 * 1024, 7);
        Counting c = new Counting(d);
        CachedStorage s = CachedStorage.over(c, 1024, 1 << 20, 1);
        for (int b = 0; b < 200; b++) {
            assertThat(read(s, b * 1024L + 100, 10)).isEqualTo(java.util.Arrays.copyOfRange(d, b * 1024 + 100,
                    b * 1024 + 110));
        }
        // 1, 2, 4, 8, 16, 32, 32, 32, 32, 32 and the last 9 blocks: 200 blocks in 11 reads, not 200
        assertThat(c.reads).hasSize(11);
        read(s, 0, 10);
        assertThat(c.reads).hasSize(11);
    }

    @Test
    void memoryStaysBoundedAndEvictedBlocksComeBack() {
        byte[] d = data(50_000, 4);
        Counting c = new Counting(d);
        CachedStorage s = CachedStorage.over(c, 1024, 4096, 1);
        for (int i = 0; i < 40; i++) {
            read(s, i * 1024L, 10);
        }
        int n = c.reads.size();
        read(s, 0, 10); // evicted long ago
        assertThat(c.reads).hasSize(n + 1);
        read(s, 39 * 1024L, 10); // still cached
        assertThat(c.reads).hasSize(n + 1);
    }

    @Test
    void readsPastTheEndAndNegativePositions() {
        CachedStorage s = CachedStorage.over(new Counting(data(3000, 5)), 1024, 8192, 1);
        assertThat(read(s, 2990, 100)).hasSize(10);
        assertThat(read(s, 3000, 100)).isEmpty();
        assertThatThrownBy(() -> read(s, -1, 1)).isInstanceOf(org.nwbj.hdf5.Hdf5IoException.class);
    }

    @Test
    void aStorageShorterThanItsSizeIsAnError() {
        Storage lying = new Storage() {
            @Override
            public int read(long position, ByteBuffer dst) {
                return 0;
            }

            @Override
            public long size() {
                return 5000;
            }

            @Override
            public String describe() {
                return "lying";
            }

            @Override
            public void close() {
            }
        };
        CachedStorage s = CachedStorage.over(lying, 1024, 8192, 1);
        assertThatThrownBy(() -> read(s, 100, 10)).isInstanceOf(org.nwbj.hdf5.Hdf5IoException.class)
                .hasMessageContaining("lying").hasMessageContaining("only 0 read");
    }

    /** Memory whose scattering reads wait at a gate, so a test can see who waits for a read under way. */
    static final class Gated implements Storage {
        final Counting counting;
        final java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        final java.util.concurrent.atomic.AtomicInteger failuresLeft = new java.util.concurrent.atomic.AtomicInteger();

        Gated(byte[] bytes) {
            counting = new Counting(bytes);
        }

        @Override
        public int read(long position, ByteBuffer dst) {
            return counting.read(position, dst);
        }

        @Override
        public long read(long position, ByteBuffer[] dsts) {
            if (position > 0) {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
                if (failuresLeft.getAndDecrement() > 0) {
                    counting.reads.add(new long[] {position, -1});
                    throw new org.nwbj.hdf5.Hdf5IoException("failing on purpose");
                }
            }
            return counting.read(position, dsts);
        }

        @Override
        public long size() {
            return counting.size();
        }

        @Override
        public String describe() {
            return "gated";
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aSmallFileIsReadWholeInTheBackgroundAndReadsWaitForItInsteadOfAskingAgain() throws Exception {
        byte[] d = data(20 << 20, 11);
        Gated g = new Gated(d);
        CachedStorage s = CachedStorage.over(g, 64 * 1024, 64L << 20, 8, 0);
        assertThat(s.prefetchWholeFile(32L << 20)).isTrue();
        // block 0 now; the rest in parts of at least 8 MiB, up to 8 at once, all waiting at the gate
        assertThat(read(s, 5, 10)).isEqualTo(java.util.Arrays.copyOfRange(d, 5, 15));
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(3);
        List<java.util.concurrent.Future<byte[]>> got = new ArrayList<>();
        long[] at = {(20 << 20) - 100, 3 << 20, 15L << 20};
        for (long p : at) {
            got.add(readers.submit(() -> read(s, p, 100)));
        }
        Thread.sleep(50); // the readers reach the blocks under way (were they to ask again, they would queue too)
        g.gate.countDown();
        for (int i = 0; i < at.length; i++) {
            assertThat(got.get(i).get()).isEqualTo(java.util.Arrays.copyOfRange(d, (int) at[i], (int) at[i] + 100));
        }
        readers.shutdown();
        // one read of block 0 and two parts covering the rest: no read asked for bytes already on their way
        assertThat(g.counting.reads).hasSize(3);
        assertThat(g.counting.reads.stream().mapToLong(r -> r[1]).sum()).isEqualTo(d.length);
        assertThat(g.counting.reads).allSatisfy(r -> assertThat(r[1]).isLessThanOrEqualTo(10L << 20));
        for (int p = 0; p < d.length; p += 1 << 20) {
            assertThat(read(s, p, 3)).isEqualTo(java.util.Arrays.copyOfRange(d, p, p + 3));
        }
        assertThat(g.counting.reads).hasSize(3);
        s.close();
    }

    @Test
    void theWholeFileIsReadOnlyWithinTheLimitAndHalfTheCache() {
        Counting c = new Counting(data(100 * 1024, 12));
        assertThat(CachedStorage.over(c, 1024, 1 << 20, 4, 0).prefetchWholeFile(100 * 1024 - 1)).isFalse();
        assertThat(CachedStorage.over(c, 1024, 199 * 1024, 4, 0).prefetchWholeFile(1L << 30)).as("beyond half")
                .isFalse();
        assertThat(CachedStorage.over(c, 1024, 1 << 20, 4, 0).prefetchWholeFile(0)).isFalse();
        assertThat(c.reads).isEmpty();
        CachedStorage s = CachedStorage.over(c, 1024, 200 * 1024, 4, 0);
        assertThat(s.prefetchWholeFile(100 * 1024)).isTrue();
        read(s, 99 * 1024, 1024); // waits for the background read
        assertThat(c.reads.stream().mapToLong(r -> r[1]).sum()).isEqualTo(100 * 1024);
    }

    @Test
    void aBackgroundReadThatFailsIsAskedAgainByTheReader() {
        byte[] d = data(1 << 20, 13);
        Gated g = new Gated(d);
        g.failuresLeft.set(1);
        g.gate.countDown();
        CachedStorage s = CachedStorage.over(g, 4096, 8L << 20, 4, 0);
        assertThat(s.prefetchWholeFile(1L << 30)).isTrue();
        assertThat(read(s, 700_000, 50)).isEqualTo(java.util.Arrays.copyOfRange(d, 700_000, 700_050));
        assertThat(g.counting.reads).anySatisfy(r -> assertThat(r[1]).isEqualTo(-1)); // the background read failed
        // and when every attempt fails, the reader's own failure is reported
        Gated bad = new Gated(d);
        bad.failuresLeft.set(100);
        bad.gate.countDown();
        CachedStorage t = CachedStorage.over(bad, 4096, 8L << 20, 4, 0);
        t.prefetchWholeFile(1L << 30);
        assertThatThrownBy(() -> read(t, 700_000, 50)).isInstanceOf(org.nwbj.hdf5.Hdf5IoException.class)
                .hasMessageContaining("failing on purpose");
    }

    @Test
    void concurrentReadsOfOneBlockMakeOneRead() throws Exception {
        byte[] d = data(1 << 20, 14);
        Gated g = new Gated(d);
        CachedStorage s = CachedStorage.over(g, 64 * 1024, 8L << 20, 4, 0);
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<byte[]>> got = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int p = 500_000 + i * 10;
            got.add(readers.submit(() -> read(s, p, 10)));
        }
        Thread.sleep(50);
        g.gate.countDown();
        for (int i = 0; i < 4; i++) {
            int p = 500_000 + i * 10;
            assertThat(got.get(i).get()).isEqualTo(java.util.Arrays.copyOfRange(d, p, p + 10));
        }
        readers.shutdown();
        assertThat(g.counting.reads).hasSize(1);
    }

    @Property(tries = 200)
    void anyReadEqualsTheBytes(@ForAll @IntRange(min = 0, max = 20_000) int pos,
            @ForAll @IntRange(min = 0, max = 9_000) int len, @ForAll @IntRange(min = 512, max = 4096) int block) {
        byte[] d = data(16_384, 6);
        CachedStorage s = CachedStorage.over(new Counting(d), block, 4L * block, 2);
        int from = Math.min(pos, d.length);
        int to = Math.min(d.length, pos + len);
        assertThat(read(s, pos, len)).isEqualTo(java.util.Arrays.copyOfRange(d, from, Math.max(from, to)));
        // again, served from the cached blocks under one lock when they are all still there
        CachedStorage big = CachedStorage.over(new Counting(d), block, 64L * block, 2);
        read(big, pos, len);
        assertThat(read(big, pos, len)).isEqualTo(java.util.Arrays.copyOfRange(d, from, Math.max(from, to)));
    }
}
