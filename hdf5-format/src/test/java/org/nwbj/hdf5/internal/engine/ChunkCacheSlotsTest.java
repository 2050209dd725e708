package org.nwbj.hdf5.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Shuffled chunks kept in reused slab slots: what {@link ChunkCache#gather} gives must always be the bytes last
 * put for that address, however slots are evicted, reused and handed back; the bound holds.
 */
class ChunkCacheSlotsTest {
    private static byte[] shuffle(byte[] plain, int size) {
        int n = plain.length / size;
        byte[] planes = plain.clone();
        for (int e = 0; e < n; e++) {
            for (int j = 0; j < size; j++) {
                planes[j * n + e] = plain[e * size + j];
            }
        }
        return planes;
    }

    @Property(tries = 200)
    void gatherAlwaysGivesTheLastPutBytes(@ForAll("seeds") long seed, @ForAll @IntRange(min = 1, max = 12) int fit) {
        int length = 96; // 12 eight-byte elements
        ChunkCache cache = new ChunkCache((long) length * fit);
        Map<Long, byte[]> model = new HashMap<>();
        Random r = new Random(seed);
        for (int op = 0; op < 200; op++) {
            long address = r.nextInt(20) * 1000L;
            if (r.nextInt(3) == 0) {
                byte[] plain = new byte[length];
                r.nextBytes(plain);
                ChunkCache.Shuffled slot = cache.take(length, 8);
                if (slot == null) {
                    assertThat(length).isGreaterThan(fit * length / 4);
                    continue;
                }
                System.arraycopy(shuffle(plain, 8), 0, slot.slab(), slot.offset(), length);
                if (r.nextInt(5) == 0) {
                    cache.release(slot); // a failed decode hands its slot back unpublished
                    continue;
                }
                cache.put(address, slot);
                model.put(address, plain);
            } else {
                int from = r.nextInt(length);
                int len = r.nextInt(length - from + 1);
                byte[] out = new byte[len];
                if (cache.gather(address, length, 8, from, len, out)) {
                    assertThat(out).isEqualTo(java.util.Arrays.copyOfRange(model.get(address), from, from + len));
                }
                byte[] whole = cache.unshuffleAll(address, length);
                if (whole != null) {
                    assertThat(whole).isEqualTo(model.get(address));
                }
            }
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Long> seeds() {
        return net.jqwik.api.Arbitraries.longs();
    }

    @Test
    void leastRecentlyUsedSlotIsReused_andTheNewestEntriesStay() {
        ChunkCache cache = new ChunkCache(4 * 100);
        byte[][] plain = new byte[6][100];
        for (int k = 0; k < 6; k++) {
            java.util.Arrays.fill(plain[k], (byte) k);
            ChunkCache.Shuffled slot = cache.take(100, 4);
            System.arraycopy(shuffle(plain[k], 4), 0, slot.slab(), slot.offset(), 100);
            cache.put(k, slot);
        }
        byte[] out = new byte[100];
        assertThat(cache.gather(0, 100, 4, 0, 100, out)).isFalse(); // evicted
        assertThat(cache.gather(1, 100, 4, 0, 100, out)).isFalse();
        for (int k = 2; k < 6; k++) {
            assertThat(cache.gather(k, 100, 4, 0, 100, out)).isTrue();
            assertThat(out).isEqualTo(plain[k]);
        }
        assertThat(cache.gather(5, 100, 2, 0, 100, out)).as("another element size").isFalse();
        assertThat(cache.take(101, 4)).as("more than a quarter of the bound").isNull();
    }
}
