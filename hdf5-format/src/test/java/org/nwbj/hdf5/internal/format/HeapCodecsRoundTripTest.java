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
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5ChecksumException;

/** Round trips (encode, decode, compare; encoded size = bytes written) of the heap codecs. */
class HeapCodecsRoundTripTest {
    @Provide
    Arbitrary<FormatContext> contexts() {
        return RoundTrips.contexts();
    }

    /** A valid fractal heap header of random geometry, counters and (sometimes) filter information. */
    static FractalHeapHeader heapHeader(Random r, FormatContext ctx) {
        int width = 1 << r.nextInt(6);
        long start = 1L << (6 + r.nextInt(6));
        long maxDirect = start << r.nextInt(6);
        int maxBits = Long.numberOfTrailingZeros(maxDirect) + r.nextInt(20);
        byte[] filters = r.nextBoolean() ? new byte[0] : RoundTrips.bytes(r, 1 + r.nextInt(40));
        return new FractalHeapHeader(RoundTrips.address(r, ctx), 2 + r.nextInt(30), r.nextInt(4),
                RoundTrips.uint(r, 4), RoundTrips.length(r, ctx), RoundTrips.addressOrUndefined(r, ctx),
                RoundTrips.length(r, ctx), RoundTrips.addressOrUndefined(r, ctx), RoundTrips.length(r, ctx),
                RoundTrips.length(r, ctx), RoundTrips.length(r, ctx), RoundTrips.length(r, ctx),
                RoundTrips.length(r, ctx), RoundTrips.length(r, ctx), RoundTrips.length(r, ctx),
                RoundTrips.length(r, ctx), width, start, maxDirect, maxBits, r.nextInt(0x10000),
                RoundTrips.addressOrUndefined(r, ctx), r.nextInt(0x10000),
                filters.length > 0 ? RoundTrips.length(r, ctx) : -1, filters.length > 0 ? r.nextInt() : 0, filters);
    }

    @Property(tries = 300)
    void fractalHeapHeader(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        FractalHeapHeader h = heapHeader(new Random(seed), ctx);
        byte[] b = h.encode(ctx);
        assertThat(b).hasSize(h.encodedSize(ctx));
        assertThat(FractalHeapHeader.filterInfoLength(ByteBuffer.wrap(b), h.address(), ctx))
                .isEqualTo(h.filterInfo().length);
        assertThat(FractalHeapHeader.decode(ByteBuffer.wrap(b), h.address(), ctx)).usingRecursiveComparison()
                .isEqualTo(h);
    }

    /** Heap IDs of every type in IDs of random shape: encoded at the ID length, decoded to the same ID. */
    @Property(tries = 500)
    void fractalHeapId(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        FractalHeapHeader h = heapHeader(r, ctx);
        int offsetSize = h.heapOffsetSize();
        int lengthSize = h.managedLengthSize();
        int idLength = 1 + offsetSize + lengthSize + r.nextInt(r.nextBoolean() ? 8 : 40);
        FractalHeapId.Shape shape = new FractalHeapId.Shape(idLength, offsetSize, lengthSize, r.nextBoolean());
        FractalHeapId id;
        switch (r.nextInt(3)) {
            case 0 -> id = new FractalHeapId.Managed(RoundTrips.uint(r, offsetSize), RoundTrips.uint(r, lengthSize));
            case 1 -> id = !shape.hugeIdsDirect(ctx) ? new FractalHeapId.HugeIndirect(RoundTrips.uint(r,
                    shape.hugeKeySize()))
                    : new FractalHeapId.HugeDirect(RoundTrips.address(r, ctx), RoundTrips.length(r, ctx),
                            shape.filtered() ? r.nextInt() : 0, shape.filtered() ? RoundTrips.length(r, ctx) : -1);
            default -> id = new FractalHeapId.Tiny(RoundTrips.bytes(r, 1 + r.nextInt(shape.maxTiny())));
        }
        byte[] b = id.encode(shape, ctx);
        assertThat(b).hasSize(id.encodedSize(shape));
        assertThat(FractalHeapId.typeOf(b)).isEqualTo(id instanceof FractalHeapId.Managed ? FractalHeapId.MANAGED
                : id instanceof FractalHeapId.Tiny ? FractalHeapId.TINY : FractalHeapId.HUGE);
        assertThat(FractalHeapId.decode(b, shape, 0x80, ctx)).isEqualTo(id);
    }

    @Test
    void fractalHeapIdVersionAndTinyLimits() {
        FormatContext ctx = FormatContext.DEFAULT;
        FractalHeapId.Shape seven = new FractalHeapId.Shape(7, 4, 2, false);
        FractalHeapId.Shape eighteen = new FractalHeapId.Shape(18, 4, 2, false);
        FractalHeapId.Shape twenty = new FractalHeapId.Shape(20, 4, 2, false);
        assertThat(seven.maxTiny()).isEqualTo(6);
        assertThat(eighteen.maxTiny()).isEqualTo(16);
        assertThat(twenty.maxTiny()).isEqualTo(18);
        // IDs past 18 bytes take a second length byte
        assertThat(new FractalHeapId.Tiny(new byte[] {9, 8}).encode(twenty, ctx)).startsWith(0x20, 0x01, 9, 8);
        assertThat(new FractalHeapId.Tiny(new byte[] {9, 8}).encode(seven, ctx)).startsWith(0x21, 9, 8);
        assertThatThrownBy(() -> new FractalHeapId.Tiny(new byte[7]).encode(seven, ctx))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FractalHeapId.decode(new byte[] {0x40, 0, 0, 0, 0, 0, 0}, seven, 0x80, ctx))
                .isInstanceOf(org.nwbj.hdf5.Hdf5FormatException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> FractalHeapId.decode(new byte[] {0x30, 0, 0, 0, 0, 0, 0}, seven, 0x80, ctx))
                .isInstanceOf(org.nwbj.hdf5.Hdf5FormatException.class).hasMessageContaining("type");
    }

    @Property(tries = 300)
    void fractalHeapDirectBlock(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        FractalHeapHeader h = heapHeader(r, ctx);
        int prefix = FractalHeapDirectBlock.encodedPrefixSize(h, ctx);
        byte[] block = new byte[(int) Math.min(h.startingBlockSize(), 4096) + prefix];
        byte[] objects = RoundTrips.bytes(r, block.length - prefix);
        System.arraycopy(objects, 0, block, prefix, objects.length);
        long offset = RoundTrips.uint(r, h.heapOffsetSize());
        FractalHeapDirectBlock.encodeInto(block, h.address(), offset, h, ctx);
        FractalHeapDirectBlock d = FractalHeapDirectBlock.decode(ByteBuffer.wrap(block), 0x40, h, ctx);
        assertThat(d).isEqualTo(new FractalHeapDirectBlock(0x40, h.address(), offset, prefix));
        assertThat(java.util.Arrays.copyOfRange(block, prefix, block.length)).isEqualTo(objects);
        if (h.directBlocksChecksummed()) {
            block[block.length - 1] ^= 1;
            assertThatThrownBy(() -> FractalHeapDirectBlock.decode(ByteBuffer.wrap(block), 0x40, h, ctx))
                    .isInstanceOf(Hdf5ChecksumException.class).hasMessageContaining("0x40");
        }
    }

    @Property(tries = 300)
    void fractalHeapIndirectBlock(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        FractalHeapHeader h = heapHeader(r, ctx);
        int rows = 1 + r.nextInt(Math.min(h.maxDirectRows() + 3, 12));
        int n = rows * h.tableWidth();
        int nDirect = Math.min(rows, h.maxDirectRows()) * h.tableWidth();
        long[] children = new long[n];
        long[] sizes = new long[nDirect];
        int[] masks = new int[nDirect];
        for (int i = 0; i < n; i++) {
            children[i] = RoundTrips.addressOrUndefined(r, ctx);
            if (i < nDirect) {
                sizes[i] = h.hasFilters() ? RoundTrips.length(r, ctx) : -1;
                masks[i] = h.hasFilters() ? r.nextInt() : 0;
            }
        }
        FractalHeapIndirectBlock ib = new FractalHeapIndirectBlock(0x80, h.address(),
                RoundTrips.uint(r, h.heapOffsetSize()), rows, children, sizes, masks);
        byte[] b = ib.encode(h, ctx);
        assertThat((long) b.length).isEqualTo(ib.encodedSize(h, ctx));
        assertThat(FractalHeapIndirectBlock.decode(ByteBuffer.wrap(b), 0x80, h, rows, ctx))
                .usingRecursiveComparison().isEqualTo(ib);
        b[b.length - 1] ^= 1; // the stored checksum
        assertThatThrownBy(() -> FractalHeapIndirectBlock.decode(ByteBuffer.wrap(b), 0x80, h, rows, ctx))
                .isInstanceOf(Hdf5ChecksumException.class).hasMessageContaining("0x80");
    }

    @Property(tries = 200)
    void localHeap(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        LocalHeap h = new LocalHeap(RoundTrips.length(r, ctx), RoundTrips.length(r, ctx),
                RoundTrips.addressOrUndefined(r, ctx));
        byte[] b = h.encode(ctx);
        assertThat(b).hasSize(LocalHeap.headerSize(ctx));
        assertThat(LocalHeap.decode(CodecTestSupport.reader(b, ctx))).isEqualTo(h);
    }

    @Property(tries = 200)
    void globalHeapCollection(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        List<byte[]> objects = new ArrayList<>();
        for (int i = r.nextInt(20); i > 0; i--) {
            objects.add(RoundTrips.bytes(r, r.nextInt(r.nextBoolean() ? 30 : 900)));
        }
        byte[] b = GlobalHeapCollection.encode(objects, ctx);
        assertThat(GlobalHeapCollection.collectionSize(CodecTestSupport.reader(b, ctx))).isEqualTo(b.length);
        GlobalHeapCollection c = GlobalHeapCollection.decode(CodecTestSupport.reader(b, ctx));
        assertThat(c.objects()).hasSize(objects.size());
        for (int i = 0; i < objects.size(); i++) {
            ByteBuffer o = c.objects().get(i + 1).duplicate();
            byte[] got = new byte[o.remaining()];
            o.get(got);
            assertThat(got).isEqualTo(objects.get(i));
        }
    }
}
