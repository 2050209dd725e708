package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Random;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.nwbj.hdf5.Hdf5ChecksumException;

/**
 * Round trips of the chunk index codecs: fixed array header, data block and pages, extensible array header, index,
 * secondary and data blocks and pages, and their elements for both clients (plain and filtered chunks).
 */
class ChunkIndexCodecsRoundTripTest {
    @Provide
    Arbitrary<FormatContext> contexts() {
        return RoundTrips.contexts();
    }

    /** Entry size of a client: an address, and for filtered chunks a size of {@code sizeWidth} bytes and a mask. */
    static int entrySize(int client, int sizeWidth, FormatContext ctx) {
        return ctx.offsetSize() + (client == 1 ? sizeWidth + 4 : 0);
    }

    static ChunkIndexElement[] elements(Random r, int n, int client, int sizeWidth, FormatContext ctx) {
        ChunkIndexElement[] e = new ChunkIndexElement[n];
        for (int i = 0; i < n; i++) {
            long a = RoundTrips.addressOrUndefined(r, ctx);
            e[i] = client == 0 ? new ChunkIndexElement(a, -1, 0)
                    : new ChunkIndexElement(a, RoundTrips.uint(r, sizeWidth), r.nextInt());
        }
        return e;
    }

    @Property(tries = 300)
    void fixedArray(@ForAll("contexts") FormatContext ctx, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 1) int client, @ForAll @IntRange(min = 1, max = 8) int sizeWidth) {
        Random r = new Random(seed);
        int entrySize = entrySize(client, sizeWidth, ctx);
        int pageBits = r.nextInt(8);
        long max = r.nextInt(600);
        FixedArrayHeader h = new FixedArrayHeader(0x100, client, entrySize, pageBits, max,
                RoundTrips.addressOrUndefined(r, ctx));
        byte[] hb = h.encode(ctx);
        assertThat(hb).hasSize(FixedArrayHeader.encodedSize(ctx));
        assertThat(FixedArrayHeader.decode(ByteBuffer.wrap(hb), 0x100, ctx)).isEqualTo(h);

        FixedArrayDataBlock block;
        if (h.paged()) {
            byte[] bitmap = RoundTrips.bytes(r, (int) ((h.pageCount() + 7) / 8));
            block = new FixedArrayDataBlock(0x200, null, bitmap);
        } else {
            block = new FixedArrayDataBlock(0x200, elements(r, (int) max, client, sizeWidth, ctx), null);
        }
        byte[] db = block.encode(h, ctx);
        assertThat((long) db.length).isEqualTo(FixedArrayDataBlock.encodedSize(h, ctx));
        assertThat(FixedArrayDataBlock.decode(ByteBuffer.wrap(db), 0x200, h, ctx)).usingRecursiveComparison()
                .isEqualTo(block);
        db[db.length - 1] ^= 1; // the stored checksum
        assertThatThrownBy(() -> FixedArrayDataBlock.decode(ByteBuffer.wrap(db), 0x200, h, ctx))
                .isInstanceOf(Hdf5ChecksumException.class).hasMessageContaining("0x200");
        if (h.paged()) {
            long p = r.nextInt((int) h.pageCount());
            ChunkIndexElement[] page = elements(r, h.pageLength(p), client, sizeWidth, ctx);
            byte[] pb = ChunkIndexElement.encodePage(page, client, entrySize, ctx);
            assertThat((long) pb.length).isEqualTo(h.pageSize(p));
            assertThat(ChunkIndexElement.decodePage(ByteBuffer.wrap(pb), 0x300, FixedArrayDataBlock.PAGE, client,
                    entrySize, page.length, ctx)).containsExactly(page);
        }
    }

    static ExtensibleArrayHeader eaHeader(Random r, int client, int elementSize, FormatContext ctx) {
        int maxBits = 8 + r.nextInt(24);
        return new ExtensibleArrayHeader(0x100, client, elementSize, maxBits, 1 + r.nextInt(8),
                1 << (1 + r.nextInt(4)), 1 << (1 + r.nextInt(3)), 2 + r.nextInt(6), RoundTrips.length(r, ctx),
                RoundTrips.length(r, ctx), RoundTrips.length(r, ctx), RoundTrips.length(r, ctx),
                RoundTrips.uint(r, 8) % ((1L << maxBits) + 1), RoundTrips.length(r, ctx),
                RoundTrips.addressOrUndefined(r, ctx));
    }

    @Property(tries = 300)
    void extensibleArray(@ForAll("contexts") FormatContext ctx, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 1) int client, @ForAll @IntRange(min = 1, max = 8) int sizeWidth) {
        Random r = new Random(seed);
        int entrySize = entrySize(client, sizeWidth, ctx);
        ExtensibleArrayHeader h = eaHeader(r, client, entrySize, ctx);
        byte[] hb = h.encode(ctx);
        assertThat(hb).hasSize(ExtensibleArrayHeader.encodedSize(ctx));
        assertThat(ExtensibleArrayHeader.decode(ByteBuffer.wrap(hb), 0x100, ctx)).isEqualTo(h);

        long[] dblocks = new long[h.indexBlockDataBlockAddresses()];
        long[] sblocks = new long[h.indexBlockSecondaryBlockAddresses()];
        for (int i = 0; i < dblocks.length; i++) {
            dblocks[i] = RoundTrips.addressOrUndefined(r, ctx);
        }
        for (int i = 0; i < sblocks.length; i++) {
            sblocks[i] = RoundTrips.addressOrUndefined(r, ctx);
        }
        ExtensibleArrayBlocks.IndexBlock ib = new ExtensibleArrayBlocks.IndexBlock(0x200,
                elements(r, h.indexBlockElements(), client, sizeWidth, ctx), dblocks, sblocks);
        byte[] ibb = ExtensibleArrayBlocks.encodeIndex(ib, h, ctx);
        assertThat((long) ibb.length).isEqualTo(h.indexBlockSize(ctx));
        assertThat(ExtensibleArrayBlocks.decodeIndex(ByteBuffer.wrap(ibb), 0x200, h, ctx))
                .usingRecursiveComparison().isEqualTo(ib);

        // a super block past the index block's, small enough to build in a test
        int s = Math.min(h.indexBlockSuperBlocks() + r.nextInt(4), h.superBlockCount() - 1);
        if (s >= h.indexBlockSuperBlocks() && h.dataBlocksIn(s) * h.dataBlockElements(s) <= 1 << 16) {
            int blocks = (int) h.dataBlocksIn(s);
            long[] addresses = new long[blocks];
            for (int i = 0; i < blocks; i++) {
                addresses[i] = RoundTrips.addressOrUndefined(r, ctx);
            }
            byte[] bitmap = h.paged(s)
                    ? RoundTrips.bytes(r, (int) (blocks * ((h.pagesPerDataBlock(s) + 7) / 8))) : null;
            ExtensibleArrayBlocks.SecondaryBlock sb = new ExtensibleArrayBlocks.SecondaryBlock(0x300,
                    h.superBlockStart(s), bitmap, addresses);
            byte[] sbb = ExtensibleArrayBlocks.encodeSecondary(sb, h, ctx);
            assertThat((long) sbb.length).isEqualTo(h.secondaryBlockSize(s, ctx));
            assertThat(ExtensibleArrayBlocks.decodeSecondary(ByteBuffer.wrap(sbb), 0x300, h, s, ctx))
                    .usingRecursiveComparison().isEqualTo(sb);
        }
        if (h.dataBlockElements(s) <= 1 << 16) {
            long offset = h.superBlockStart(s);
            ExtensibleArrayBlocks.DataBlock db = new ExtensibleArrayBlocks.DataBlock(0x400, offset,
                    h.paged(s) ? null : elements(r, (int) h.dataBlockElements(s), client, sizeWidth, ctx));
            byte[] dbb = ExtensibleArrayBlocks.encodeData(db, h, ctx);
            assertThat((long) dbb.length).isEqualTo(h.dataBlockPrefixSize(s, ctx));
            assertThat(ExtensibleArrayBlocks.decodeData(ByteBuffer.wrap(dbb), 0x400, h, s, offset, offset, ctx))
                    .usingRecursiveComparison().isEqualTo(db);
            dbb[dbb.length - 1] ^= 1; // the stored checksum
            final int sb = s;
            assertThatThrownBy(() -> ExtensibleArrayBlocks.decodeData(ByteBuffer.wrap(dbb), 0x400, h, sb, offset,
                    offset, ctx)).isInstanceOf(org.nwbj.hdf5.Hdf5Exception.class).hasMessageContaining("0x400");
            if (h.paged(s)) {
                ChunkIndexElement[] page = elements(r, (int) h.pageElements(), client, sizeWidth, ctx);
                byte[] pb = ChunkIndexElement.encodePage(page, client, entrySize, ctx);
                assertThat(pb).hasSize(ChunkIndexElement.encodedPageSize(page.length, entrySize));
                assertThat(ChunkIndexElement.decodePage(ByteBuffer.wrap(pb), 0x500, ExtensibleArrayBlocks.PAGE,
                        client, entrySize, page.length, ctx)).containsExactly(page);
            }
        }
    }
}
