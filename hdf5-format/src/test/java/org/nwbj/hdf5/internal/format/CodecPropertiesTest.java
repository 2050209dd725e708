package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5Exception;

/** The pure codecs on arbitrary bytes, and the geometry they derive from headers. */
class CodecPropertiesTest {
    private static final FormatContext CTX = FormatContext.DEFAULT;

    @Provide
    Arbitrary<String> signatures() {
        return Arbitraries.of("FRHP", "FHDB", "FHIB", "BTHD", "BTIN", "BTLF", "FAHD", "FADB", "EAHD", "EAIB", "EASB",
                "EADB");
    }

    /** Random bytes behind a valid signature and version: decoding fails only with an Hdf5Exception. */
    @Property(tries = 2000)
    void randomBlocks(@ForAll("signatures") String sig, @ForAll @Size(max = 300) byte[] body,
            @ForAll @IntRange(min = 0, max = 5) int rows) {
        byte[] block = new byte[5 + body.length];
        System.arraycopy(sig.getBytes(StandardCharsets.US_ASCII), 0, block, 0, 4);
        System.arraycopy(body, 0, block, 5, body.length);
        ByteBuffer buf = ByteBuffer.wrap(block);
        try {
            decode(sig, buf, rows);
        } catch (Hdf5Exception expected) {
            // rejected
        }
    }

    private static void decode(String sig, ByteBuffer buf, int rows) {
        FractalHeapHeader heap = new FractalHeapHeader(0, 8, 2, 65536, 0, -1, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 4, 512,
                65536, 32, 1, 100, 1, -1, 0, new byte[0]);
        BTreeV2Header tree = new BTreeV2Header(0, 5, 512, 11, 2, 100, 40, 100, 3, 100);
        FixedArrayHeader fa = new FixedArrayHeader(0, 1, 8 + 2 + 4, 2, 9, 100);
        ExtensibleArrayHeader ea = new ExtensibleArrayHeader(0, 0, 8, 16, 2, 2, 2, 2, 0, 0, 0, 0, 10, 10, 100);
        switch (sig) {
            case "FRHP" -> FractalHeapHeader.decode(buf, 0, CTX);
            case "FHDB" -> FractalHeapDirectBlock.decode(buf, 0, heap, CTX);
            case "FHIB" -> FractalHeapIndirectBlock.decode(buf, 0, heap, rows, CTX);
            case "BTHD" -> BTreeV2Header.decode(buf, 0, CTX);
            case "BTIN" -> BTreeV2Node.decode(buf, 0, tree, tree.nodeInfo(CTX), 1 + rows % 2, rows, CTX);
            case "BTLF" -> BTreeV2Node.decode(buf, 0, tree, tree.nodeInfo(CTX), 0, rows, CTX);
            case "FAHD" -> FixedArrayHeader.decode(buf, 0, CTX);
            case "FADB" -> FixedArrayDataBlock.decode(buf, 0, fa, CTX);
            case "EAHD" -> ExtensibleArrayHeader.decode(buf, 0, CTX);
            case "EAIB" -> ExtensibleArrayBlocks.decodeIndex(buf, 0, ea, CTX);
            case "EASB" -> ExtensibleArrayBlocks.decodeSecondary(buf, 0, ea, rows, CTX);
            default -> ExtensibleArrayBlocks.decodeData(buf, 0, ea, rows, 0, 0, CTX);
        }
    }

    /** Super block geometry agrees with itself: element counts add up and every element maps back. */
    @Property(tries = 300)
    void extensibleArrayGeometry(@ForAll @IntRange(min = 0, max = 4) int minBits,
            @ForAll @IntRange(min = 0, max = 3) int ptrBits, @ForAll @IntRange(min = 10, max = 40) int maxBits,
            @ForAll @LongRange(min = 0, max = 100_000) long element) {
        ExtensibleArrayHeader h = new ExtensibleArrayHeader(0, 0, 8, maxBits, 4, 1 << minBits, 1 << ptrBits, 10, 0,
                0, 0, 0, 0, 0, 0);
        int s = h.superBlockOf(element);
        assertThat(h.superBlockStart(s)).isLessThanOrEqualTo(element);
        assertThat(h.superBlockStart(s + 1)).isGreaterThan(element);
        assertThat(h.superBlockStart(s + 1) - h.superBlockStart(s))
                .isEqualTo(h.dataBlocksIn(s) * h.dataBlockElements(s));
        // the index block addresses exactly the data blocks of its super blocks
        assertThat(h.superBlockFirstDataBlock(h.indexBlockSuperBlocks())).isEqualTo(h.indexBlockDataBlockAddresses());
    }

    @Test
    void chunkIndexDefaultsOfHdf5() {
        // the parameters HDF5 1.10 uses for extensible array chunk indexes
        ExtensibleArrayHeader h = new ExtensibleArrayHeader(0, 0, 8, 32, 4, 16, 4, 10, 0, 0, 0, 0, 0, 0, 0);
        assertThat(h.superBlockCount()).isEqualTo(29);
        assertThat(h.indexBlockSuperBlocks()).isEqualTo(4);
        assertThat(h.indexBlockDataBlockAddresses()).isEqualTo(6);
        assertThat(h.indexBlockSecondaryBlockAddresses()).isEqualTo(25);
        assertThat(h.dataBlockElements(0)).isEqualTo(16);
        assertThat(h.dataBlockElements(1)).isEqualTo(32);
        assertThat(h.dataBlocksIn(2)).isEqualTo(2);
        assertThat(h.paged(12)).isFalse();
        assertThat(h.paged(13)).isTrue();
        assertThat(h.arrayOffsetSize()).isEqualTo(4);
    }

    @Test
    void fractalHeapDoublingTable() {
        FractalHeapHeader h = new FractalHeapHeader(0, 7, 2, 65536, 0, -1, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 4, 512,
                65536, 32, 1, 100, 3, -1, 0, new byte[0]);
        assertThat(h.heapOffsetSize()).isEqualTo(4);
        assertThat(h.managedLengthSize()).isEqualTo(2);
        assertThat(h.maxDirectRows()).isEqualTo(9);
        assertThat(h.rowBlockSize(0)).isEqualTo(512);
        assertThat(h.rowBlockSize(1)).isEqualTo(512);
        assertThat(h.rowBlockSize(2)).isEqualTo(1024);
        assertThat(h.rowStart(1)).isEqualTo(2048);
        assertThat(h.rowStart(2)).isEqualTo(4096);
        assertThat(h.rowStart(3)).isEqualTo(8192);
        // an indirect block in row 10 (blocks of 512 * 2^9 = 256 KiB) has 8 rows: 4 * 512 * 2^7 = 256 KiB
        assertThat(h.indirectRows(h.rowBlockSize(10))).isEqualTo(8);
        assertThat(FractalHeapHeader.limitEncodedSize(255)).isEqualTo(1);
        assertThat(FractalHeapHeader.limitEncodedSize(256)).isEqualTo(2);
    }

    @Test
    void btreeNodeCapacities() {
        // link name index of HDF5: 512-byte nodes, 11-byte records
        BTreeV2Header h = new BTreeV2Header(0, 5, 512, 11, 2, 100, 40, 0, 1, 1);
        BTreeV2Header.NodeInfo[] info = h.nodeInfo(CTX);
        assertThat(info[0].maxRecords()).isEqualTo(45);
        assertThat(info[0].countSize()).isEqualTo(1);
        // depth 1: pointers of 8 + 1 bytes
        assertThat(info[1].maxRecords()).isEqualTo((512 - 10 - 9) / (11 + 9));
        assertThat(info[1].cumulativeMax()).isEqualTo((info[1].maxRecords() + 1) * 45 + info[1].maxRecords());
        assertThat(info[1].cumulativeCountSize()).isEqualTo(2);
        // depth 2: pointers also carry the 2-byte subtree total
        assertThat(info[2].maxRecords()).isEqualTo((512 - 10 - 11) / (11 + 11));
    }
}
