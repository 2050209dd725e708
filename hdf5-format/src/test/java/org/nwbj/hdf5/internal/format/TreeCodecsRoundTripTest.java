package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5ChecksumException;

/** Round trips of the B-tree codecs (v1 and v2 nodes, v2 headers and records) and symbol table nodes. */
class TreeCodecsRoundTripTest {
    @Provide
    Arbitrary<FormatContext> contexts() {
        return RoundTrips.contexts();
    }

    @Property(tries = 300)
    void btreeV2Header(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        int recordSize = 1 + r.nextInt(200);
        BTreeV2Header h = new BTreeV2Header(0x200, 1 + r.nextInt(11), 11 + recordSize + r.nextInt(5000), recordSize,
                r.nextInt(BTreeV2Header.MAX_DEPTH + 1), r.nextInt(101), r.nextInt(101),
                RoundTrips.addressOrUndefined(r, ctx), r.nextInt(0x10000), RoundTrips.length(r, ctx));
        byte[] b = h.encode(ctx);
        assertThat(b).hasSize(BTreeV2Header.encodedSize(ctx));
        assertThat(BTreeV2Header.decode(ByteBuffer.wrap(b), 0x200, ctx)).isEqualTo(h);
        b[b.length - 1] ^= 1; // the stored checksum
        assertThatThrownBy(() -> BTreeV2Header.decode(ByteBuffer.wrap(b), 0x200, ctx))
                .isInstanceOf(Hdf5ChecksumException.class).hasMessageContaining("0x200");
    }

    /** Nodes at every depth of a tree: records, child pointers and the count fields' widths from nodeInfo. */
    @Property(tries = 300)
    void btreeV2Node(@ForAll("contexts") FormatContext ctx, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 3) int depth) {
        Random r = new Random(seed);
        int recordSize = 4 + r.nextInt(30);
        BTreeV2Header h = new BTreeV2Header(0x300, 10, 256 + r.nextInt(4000), recordSize, depth, 100, 40, -1, 0, 0);
        BTreeV2Header.NodeInfo[] info = h.nodeInfo(ctx);
        int n = depth == 0 ? 1 + r.nextInt((int) info[0].maxRecords())
                : r.nextInt((int) Math.min(info[depth].maxRecords(), 200) + 1);
        ByteBuffer[] records = new ByteBuffer[n];
        for (int i = 0; i < n; i++) {
            records[i] = ByteBuffer.wrap(RoundTrips.bytes(r, recordSize));
        }
        long[] children = null;
        long[] counts = null;
        long[] totals = null;
        if (depth > 0) {
            children = new long[n + 1];
            counts = new long[n + 1];
            totals = depth > 1 ? new long[n + 1] : null;
            for (int i = 0; i <= n; i++) {
                children[i] = RoundTrips.address(r, ctx);
                counts[i] = RoundTrips.uint(r, info[depth].countSize()) % (info[depth - 1].maxRecords() + 1);
                if (totals != null) {
                    totals[i] = RoundTrips.uint(r, info[depth - 1].cumulativeCountSize());
                }
            }
        }
        BTreeV2Node node = new BTreeV2Node(0x400, depth, records, children, counts, totals);
        byte[] b = node.encode(h, info, ctx);
        assertThat(b).hasSize(BTreeV2Node.encodedSize(h));
        BTreeV2Node d = BTreeV2Node.decode(ByteBuffer.wrap(b), 0x400, h, info, depth, n, ctx);
        assertThat(d.depth()).isEqualTo(depth);
        assertThat(d.records()).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(d.records()[i]).isEqualTo(records[i]);
        }
        assertThat(d.childAddresses()).isEqualTo(children);
        assertThat(d.childRecordCounts()).isEqualTo(counts);
        assertThat(d.childTotalRecords()).isEqualTo(totals);
    }

    @Property(tries = 300)
    void btreeV2Records(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        for (int type = BTreeV2Records.HUGE_INDIRECT; type <= BTreeV2Records.HUGE_DIRECT_FILTERED; type++) {
            boolean filtered = type == BTreeV2Records.HUGE_INDIRECT_FILTERED
                    || type == BTreeV2Records.HUGE_DIRECT_FILTERED;
            boolean indirect = type <= BTreeV2Records.HUGE_INDIRECT_FILTERED;
            BTreeV2Records.HugeObject h = new BTreeV2Records.HugeObject(RoundTrips.address(r, ctx),
                    RoundTrips.length(r, ctx), filtered ? r.nextInt() : 0,
                    filtered ? RoundTrips.length(r, ctx) : -1, indirect ? RoundTrips.length(r, ctx) : -1);
            FormatWriter w = new FormatWriter(ctx);
            BTreeV2Records.encodeHugeObject(w, type, h);
            assertThat(w.position()).isEqualTo(BTreeV2Records.hugeObjectSize(type, ctx));
            assertThat(BTreeV2Records.hugeObject(type, ByteBuffer.wrap(w.toByteArray()), ctx)).isEqualTo(h);
        }
        BTreeV2Records.LinkName ln = new BTreeV2Records.LinkName(RoundTrips.uint(r, 4), RoundTrips.bytes(r, 7));
        FormatWriter w = new FormatWriter(ctx);
        BTreeV2Records.encodeLinkName(w, ln);
        assertThat(w.position()).isEqualTo(BTreeV2Records.LINK_NAME_SIZE);
        assertThat(BTreeV2Records.linkName(ByteBuffer.wrap(w.toByteArray()), ctx)).usingRecursiveComparison()
                .isEqualTo(ln);
        BTreeV2Records.LinkCreationOrder lc = new BTreeV2Records.LinkCreationOrder(r.nextLong(),
                RoundTrips.bytes(r, 7));
        w = new FormatWriter(ctx);
        BTreeV2Records.encodeLinkCreationOrder(w, lc);
        assertThat(w.position()).isEqualTo(BTreeV2Records.LINK_CREATION_ORDER_SIZE);
        assertThat(BTreeV2Records.linkCreationOrder(ByteBuffer.wrap(w.toByteArray()), ctx))
                .usingRecursiveComparison().isEqualTo(lc);
        BTreeV2Records.AttributeName an = new BTreeV2Records.AttributeName(RoundTrips.bytes(r, 8), r.nextInt(256),
                RoundTrips.uint(r, 4), RoundTrips.uint(r, 4));
        w = new FormatWriter(ctx);
        BTreeV2Records.encodeAttributeName(w, an);
        assertThat(w.position()).isEqualTo(BTreeV2Records.ATTRIBUTE_NAME_SIZE);
        assertThat(BTreeV2Records.attributeName(ByteBuffer.wrap(w.toByteArray()), ctx)).usingRecursiveComparison()
                .isEqualTo(an);
        BTreeV2Records.AttributeCreationOrder ac = new BTreeV2Records.AttributeCreationOrder(RoundTrips.bytes(r, 8),
                r.nextInt(256), RoundTrips.uint(r, 4));
        w = new FormatWriter(ctx);
        BTreeV2Records.encodeAttributeCreationOrder(w, ac);
        assertThat(w.position()).isEqualTo(BTreeV2Records.ATTRIBUTE_CREATION_ORDER_SIZE);
        assertThat(BTreeV2Records.attributeCreationOrder(ByteBuffer.wrap(w.toByteArray()), ctx))
                .usingRecursiveComparison().isEqualTo(ac);
    }

    @Property(tries = 300)
    void btreeV2ChunkRecords(@ForAll("contexts") FormatContext ctx, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 8) int sizeWidth) {
        Random r = new Random(seed);
        int rank = 1 + r.nextInt(5);
        long[] offsets = new long[rank];
        for (int d = 0; d < rank; d++) {
            offsets[d] = r.nextLong() & Long.MAX_VALUE;
        }
        BTreeV2Records.Chunk c = new BTreeV2Records.Chunk(RoundTrips.address(r, ctx),
                sizeWidth == 0 ? -1 : RoundTrips.uint(r, sizeWidth), sizeWidth == 0 ? 0 : r.nextInt(), offsets);
        FormatWriter w = new FormatWriter(ctx);
        BTreeV2Records.encodeChunk(w, c, sizeWidth);
        int size = BTreeV2Records.chunkSize(rank, sizeWidth, ctx);
        assertThat(w.position()).isEqualTo(size);
        ByteBuffer b = ByteBuffer.wrap(w.toByteArray());
        BTreeV2Records.Chunk d = sizeWidth == 0 ? BTreeV2Records.chunk(b, rank, ctx)
                : BTreeV2Records.filteredChunk(b, rank, BTreeV2Records.filteredChunkSizeLength(size, rank, ctx), ctx);
        assertThat(d).usingRecursiveComparison().isEqualTo(c);
    }

    @Property(tries = 200)
    void btreeV1ChunkNode(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        int rank = 1 + r.nextInt(4);
        int k = 1 + r.nextInt(40);
        int n = 1 + r.nextInt(2 * k);
        List<long[]> keys = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            long[] key = new long[2 + rank + 1];
            key[0] = RoundTrips.uint(r, 4);
            key[1] = RoundTrips.uint(r, 4);
            for (int d = 0; d < rank; d++) {
                key[2 + d] = r.nextLong() & Long.MAX_VALUE;
            }
            keys.add(key);
        }
        long[] children = new long[n];
        for (int i = 0; i < n; i++) {
            children[i] = RoundTrips.address(r, ctx);
        }
        int level = r.nextInt(5);
        long left = RoundTrips.addressOrUndefined(r, ctx);
        long right = RoundTrips.addressOrUndefined(r, ctx);
        byte[] b = BTreeV1Node.encodeChunkNode(level, left, right, keys, children, k, rank, ctx);
        assertThat((long) b.length).isEqualTo(BTreeV1Node.size(ctx, 1, k, rank));
        BTreeV1Node d = BTreeV1Node.decode(CodecTestSupport.reader(b, ctx), 1, rank);
        assertThat(d.level()).isEqualTo(level);
        assertThat(d.leftSibling()).isEqualTo(left);
        assertThat(d.rightSibling()).isEqualTo(right);
        assertThat(d.children()).isEqualTo(children);
        assertThat(d.chunkKeys()).containsExactlyElementsOf(keys.subList(0, n));
    }

    @Property(tries = 200)
    void btreeV1GroupNode(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        int k = 1 + r.nextInt(32);
        int n = 1 + r.nextInt(2 * k);
        long[] keys = new long[n + 1];
        long[] children = new long[n];
        for (int i = 0; i <= n; i++) {
            keys[i] = RoundTrips.length(r, ctx);
            if (i < n) {
                children[i] = RoundTrips.address(r, ctx);
            }
        }
        long left = RoundTrips.addressOrUndefined(r, ctx);
        byte[] b = BTreeV1Node.encodeGroupNode(1, left, -1, keys, children, k, ctx);
        assertThat((long) b.length).isEqualTo(BTreeV1Node.size(ctx, 0, k, 0));
        BTreeV1Node d = BTreeV1Node.decode(CodecTestSupport.reader(b, ctx), 0, 0);
        assertThat(d.type()).isZero();
        assertThat(d.level()).isEqualTo(1);
        assertThat(d.leftSibling()).isEqualTo(left);
        assertThat(d.rightSibling()).isEqualTo(-1);
        assertThat(d.children()).isEqualTo(children);
        assertThat(d.groupKeys()).isEqualTo(keys);
        assertThat(d.chunkKeys()).isNull();
        assertThat(d.encodeGroupNode(k, ctx)).isEqualTo(b); // decoded, encoded again: the same bytes
    }

    @Property(tries = 200)
    void sharedMessageTable(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        List<SharedMessageTableCodec.Index> indexes = new ArrayList<>();
        for (int i = r.nextInt(7); i > 0; i--) {
            indexes.add(new SharedMessageTableCodec.Index(0, r.nextInt(2), r.nextInt(0x10000), RoundTrips.uint(r, 4),
                    r.nextInt(0x10000), r.nextInt(0x10000), r.nextInt(0x10000), RoundTrips.addressOrUndefined(r, ctx),
                    RoundTrips.addressOrUndefined(r, ctx)));
        }
        byte[] b = SharedMessageTableCodec.encode(indexes, ctx);
        assertThat((long) b.length).isEqualTo(SharedMessageTableCodec.encodedSize(indexes.size(), ctx));
        assertThat(SharedMessageTableCodec.decode(ByteBuffer.wrap(b), 0x900, indexes.size(), ctx))
                .isEqualTo(indexes);
        SharedMessageTableCodec.TableMessage m = new SharedMessageTableCodec.TableMessage(0x900, indexes.size());
        byte[] mb = m.encode(ctx);
        assertThat(mb).hasSize(SharedMessageTableCodec.TableMessage.encodedSize(ctx));
        assertThat(SharedMessageTableCodec.TableMessage.decode(CodecTestSupport.reader(mb, ctx))).isEqualTo(m);
        b[b.length - 1] ^= 1; // the stored checksum
        assertThatThrownBy(() -> SharedMessageTableCodec.decode(ByteBuffer.wrap(b), 0x900, indexes.size(), ctx))
                .isInstanceOf(Hdf5ChecksumException.class).hasMessageContaining("0x900");
    }

    @Property(tries = 200)
    void symbolTableNode(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        int leafK = 1 + r.nextInt(16);
        List<SymbolTableEntry> entries = new ArrayList<>();
        for (int i = r.nextInt(2 * leafK + 1); i > 0; i--) {
            entries.add(symbolTableEntry(r, ctx));
        }
        SymbolTableNode node = new SymbolTableNode(entries);
        byte[] b = node.encode(leafK, ctx);
        assertThat(b).hasSize(SymbolTableNode.size(ctx, leafK));
        assertThat(SymbolTableNode.decode(CodecTestSupport.reader(b, ctx), leafK)).isEqualTo(node);
    }

    static SymbolTableEntry symbolTableEntry(Random r, FormatContext ctx) {
        int cache = r.nextInt(3);
        return new SymbolTableEntry(RoundTrips.length(r, ctx), RoundTrips.address(r, ctx), cache,
                cache == 1 ? RoundTrips.address(r, ctx) : -1, cache == 1 ? RoundTrips.address(r, ctx) : -1,
                cache == 2 ? RoundTrips.uint(r, 4) : -1);
    }

    /** Symbol table nodes the C library wrote re-encode to the same bytes. */
    @Test
    void clibSymbolTableNodes() {
        for (String key : new String[] {"m84", "m48", "m24"}) {
            CodecTestSupport.Fixture sb = CodecTestSupport.clib(key + ".superblock");
            Superblock s = Superblock.decode(sb.buffer(), sb.address());
            FormatContext ctx = s.ctx();
            CodecTestSupport.Fixture f = CodecTestSupport.clib(key + ".snod");
            SymbolTableNode node = SymbolTableNode.decode(f.reader("SymbolTableNode", ctx), s.groupLeafK());
            // the fixture holds the used entries; the rest of the node is zeros
            byte[] b = node.encode(s.groupLeafK(), ctx);
            assertThat(java.util.Arrays.copyOf(b, f.bytes().length)).as(key).isEqualTo(f.bytes());
            assertThat(java.util.Arrays.copyOfRange(b, f.bytes().length, b.length)).containsOnly(0);
        }
    }
}
