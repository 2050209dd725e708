package org.nwbj.hdf5.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.internal.format.BTreeV2Header;
import org.nwbj.hdf5.internal.format.BTreeV2Node;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.engine.write.BTreeV2Writer;
import org.nwbj.hdf5.internal.engine.write.FileWriterSupport;
import org.nwbj.hdf5.testing.RecordingStorage;

/** The bulk v2 B-tree writer builds trees of any depth that the reader walks and searches. */
class BTreeV2WriterTest {
    /** Records of {@code size} bytes: an 8-byte key 2*i, then bytes derived from i. */
    static byte[] records(int count, int size) {
        ByteBuffer b = ByteBuffer.allocate(count * size).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            b.putLong(2L * i);
            for (int j = 8; j < size; j++) {
                b.put((byte) (i * 31 + j));
            }
        }
        return b.array();
    }

    record Written(BTreeV2 tree, byte[] file) {
    }

    static Written write(int count, int nodeSize, int recordSize) {
        RecordingStorage s = new RecordingStorage();
        FileWriterSupport out = new FileWriterSupport(s, FormatContext.DEFAULT, 0);
        long address = BTreeV2Writer.write(out, 10, nodeSize, recordSize, records(count, recordSize));
        byte[] file = Arrays.copyOf(s.snapshot(), (int) out.endOfAllocation());
        return new Written(BTreeV2.open(TestFiles.reader(file), address), file);
    }

    static void assertReadsBack(int count, int nodeSize, int recordSize) {
        BTreeV2 tree = write(count, nodeSize, recordSize).tree();
        assertThat(tree.recordCount()).isEqualTo(count);
        assertThat(tree.header().depth())
                .isEqualTo(BTreeV2Writer.depthFor(FormatContext.DEFAULT, 10, nodeSize, recordSize, count));
        byte[] expected = records(count, recordSize);
        List<byte[]> seen = new ArrayList<>();
        tree.forEach(r -> {
            byte[] a = new byte[r.remaining()];
            r.get(a);
            seen.add(a);
        });
        assertThat(seen).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(seen.get(i)).isEqualTo(Arrays.copyOfRange(expected, i * recordSize, (i + 1) * recordSize));
        }
        // every key is found, keys between them are not
        for (int i = 0; i < count; i += Math.max(1, count / 200)) {
            long key = 2L * i;
            ByteBuffer hit = tree.find(r -> Long.compare(key, r.getLong(0)));
            assertThat(hit).isNotNull();
            assertThat(hit.getLong(0)).isEqualTo(key);
            assertThat(tree.find(r -> Long.compare(key + 1, r.getLong(0)))).isNull();
        }
    }

    @Property(tries = 60)
    void anyCountReadsBack(@ForAll @IntRange(min = 0, max = 3000) int count,
            @ForAll @IntRange(min = 0, max = 2) int shape) {
        int[][] shapes = {{512, 64}, {512, 17}, {2048, 24}};
        assertReadsBack(count, shapes[shape][0], shapes[shape][1]);
    }

    @Test
    void depthsOneTwoThreeAndFour_atTheirThresholds() {
        // nodes of 512 bytes with 64-byte records: 7 per leaf, subtrees of depth 1 hold 55, of depth 2 391,
        // of depth 3 2743 records
        for (int count : new int[] {1, 7, 8, 55, 56, 391, 392, 2743, 2744, 5000}) {
            assertReadsBack(count, 512, 64);
        }
        assertThat(BTreeV2Writer.depthFor(FormatContext.DEFAULT, 10, 512, 64, 7)).isZero();
        assertThat(BTreeV2Writer.depthFor(FormatContext.DEFAULT, 10, 512, 64, 8)).isEqualTo(1);
        assertThat(BTreeV2Writer.depthFor(FormatContext.DEFAULT, 10, 512, 64, 56)).isEqualTo(2);
        assertThat(BTreeV2Writer.depthFor(FormatContext.DEFAULT, 10, 512, 64, 392)).isEqualTo(3);
        assertThat(BTreeV2Writer.depthFor(FormatContext.DEFAULT, 10, 512, 64, 2744)).isEqualTo(4);
    }

    @Test
    void emptyTree_hasNoRoot() {
        BTreeV2 tree = write(0, 512, 17).tree();
        assertThat(tree.recordCount()).isZero();
        assertThat(tree.header().rootAddress()).isEqualTo(FormatContext.UNDEFINED);
    }

    @Test
    void internalNodes_holdTheSeparatorsAndEncodeCountsInTheLibrarysWidths() {
        // 100,000 records of 24 bytes in nodes of 2048: depth 2, whose root's pointers carry subtree totals
        Written w = write(100_000, 2048, 24);
        BTreeV2Header h = w.tree().header();
        assertThat(h.depth()).isEqualTo(2);
        BTreeV2Header.NodeInfo[] info = h.nodeInfo(FormatContext.DEFAULT);
        ByteBuffer rootBytes = TestFiles.reader(w.file()).read(h.rootAddress(), h.nodeSize(), "root");
        BTreeV2Node root = BTreeV2Node.decode(rootBytes, h.rootAddress(), h, info, 2, h.rootRecordCount(),
                FormatContext.DEFAULT);
        long sum = root.records().length;
        for (long t : root.childTotalRecords()) {
            sum += t;
        }
        assertThat(sum).isEqualTo(100_000);
        // the nodes below the root are at least half full
        for (long c : root.childRecordCounts()) {
            assertThat(c).isGreaterThanOrEqualTo(info[1].maxRecords() / 2);
        }
        assertReadsBack(100_000, 2048, 24);
    }
}
