package org.nwbj.hdf5.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.internal.format.ExtensibleArrayHeader;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.engine.write.ExtensibleArrayWriter;
import org.nwbj.hdf5.internal.engine.write.FileWriterSupport;
import org.nwbj.hdf5.testing.RecordingStorage;

/** Extensible arrays of any size read back: unpaged up to 131,060 entries, paged data blocks past that. */
class ExtensibleArrayWriterTest {
    private static final int SIZE_WIDTH = 3;

    record Written(ExtensibleArrayIndex index, byte[] file) {
    }

    /** Element i (of those listed) points at address 1000 + 16 * index, size index % 5000 + 1, mask index % 3. */
    static Written write(long[] indexes, boolean filtered) {
        RecordingStorage s = new RecordingStorage();
        FileWriterSupport out = new FileWriterSupport(s, FormatContext.DEFAULT, 0);
        int n = indexes.length;
        long[] address = new long[n];
        long[] size = new long[n];
        int[] mask = new int[n];
        for (int i = 0; i < n; i++) {
            address[i] = 1000 + 16 * indexes[i];
            size[i] = indexes[i] % 5000 + 1;
            mask[i] = (int) (indexes[i] % 3);
        }
        long header = ExtensibleArrayWriter.write(out, indexes, address, size, mask, filtered, SIZE_WIDTH);
        byte[] file = Arrays.copyOf(s.snapshot(), (int) out.endOfAllocation());
        return new Written(ExtensibleArrayIndex.open(TestFiles.reader(file), header, 77), file);
    }

    static void assertReadsBack(long[] indexes, boolean filtered) {
        ExtensibleArrayIndex index = write(indexes, filtered).index();
        long n = indexes.length == 0 ? 0 : indexes[indexes.length - 1] + 1;
        assertThat(index.size()).isEqualTo(n);
        List<StoredChunk> all = new ArrayList<>();
        index.forEach((i, address, size, mask) -> all.add(new StoredChunk(new long[] {i}, address, size, mask)));
        assertThat(all).hasSize((int) n);
        int k = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < n && wrong.size() < 10; i++) {
            StoredChunk e = all.get(i);
            boolean stored = k < indexes.length && indexes[k] == i;
            StoredChunk want = stored ? new StoredChunk(new long[] {i}, 1000 + 16L * i, filtered ? i % 5000 + 1 : 77,
                    filtered ? i % 3 : 0) : new StoredChunk(new long[] {i}, -1, 0, 0);
            if (!e.equals(want)) {
                wrong.add(e + " instead of " + want);
            }
            k += stored ? 1 : 0;
        }
        assertThat(wrong).isEmpty();
        // lookups of single entries (each decodes a whole page: a sample of them)
        for (int i = 0; i < indexes.length; i += 1 + indexes.length / 300) {
            assertThat(index.get(indexes[i]).address()).isEqualTo(1000 + 16 * indexes[i]);
        }
    }

    static long[] range(int n) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    @Test
    void acrossThePagingThreshold() {
        assertThat(write(range(131_060), false).index().header().dataBlockCount()).isPositive();
        for (int n : new int[] {131_060, 131_061, 400_000}) {
            assertReadsBack(range(n), false);
        }
        assertReadsBack(range(140_000), true);
    }

    @Test
    void pagedDataBlocks_haveABitForEveryWrittenPage_andNoneForOthers() {
        // the first paged super block (13) starts at element 131,060; its data blocks have 2 pages of 1024
        Written w = write(new long[] {3, 131_060, 131_060 + 2048 + 1024 + 5}, false);
        ExtensibleArrayHeader h = w.index().header();
        assertThat(h.paged(13)).isTrue();
        assertThat(h.pagesPerDataBlock(13)).isEqualTo(2);
        assertThat(w.index().get(131_061).address()).isEqualTo(-1);
        assertThat(w.index().get(131_060 + 1024).address()).isEqualTo(-1); // page 1 of block 0: never written
        assertThat(w.index().get(131_060 + 2048).address()).isEqualTo(-1); // page 0 of block 1: never written
        assertThat(w.index().get(131_060 + 2048 + 1024 + 5).address()).isEqualTo(1000 + 16L * (131_060 + 3077));
        // one secondary block (super block 13), two data blocks there, none in the unpaged super blocks between
        assertThat(h.secondaryBlockCount()).isEqualTo(1);
        assertThat(h.dataBlockCount()).isEqualTo(2);
        assertReadsBack(new long[] {3, 131_060, 131_060 + 2048 + 1024 + 5}, true);
    }

    @Property(tries = 25)
    void sparseArraysReadBack(@ForAll @IntRange(min = 0, max = 60) int count,
            @ForAll @IntRange(min = 1, max = 600_000) int bound, @ForAll long seed, @ForAll boolean filtered) {
        Random r = new Random(seed);
        long[] indexes = r.longs(count, 0, bound).distinct().sorted().toArray();
        assertReadsBack(indexes, filtered);
    }

    @Test
    void empty_hasNoBlocks() {
        Written w = write(new long[0], false);
        assertThat(w.index().size()).isZero();
        assertThat(w.index().header().dataBlockCount()).isZero();
    }
}
