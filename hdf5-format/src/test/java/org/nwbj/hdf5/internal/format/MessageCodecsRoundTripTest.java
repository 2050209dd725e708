package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.DataTypes;

/** Round trips of the object header messages' codecs and of version 2 object header chunks. */
class MessageCodecsRoundTripTest {
    @Provide
    Arbitrary<FormatContext> contexts() {
        return RoundTrips.contexts();
    }

    private static FormatReader reader(byte[] b, FormatContext ctx) {
        return CodecTestSupport.reader(b, ctx);
    }

    @Property(tries = 200)
    void linkInfo(@ForAll("contexts") FormatContext ctx, @ForAll long seed, @ForAll boolean trackOrder) {
        Random r = new Random(seed);
        long max = r.nextLong() & Long.MAX_VALUE;
        long heap = RoundTrips.addressOrUndefined(r, ctx);
        long name = RoundTrips.addressOrUndefined(r, ctx);
        long order = trackOrder ? RoundTrips.addressOrUndefined(r, ctx) : -1;
        byte[] b = LinkInfo.encode(trackOrder, max, heap, name, order, ctx);
        assertThat(b).hasSize(LinkInfo.encodedSize(trackOrder, ctx));
        assertThat(LinkInfo.decode(reader(b, ctx))).isEqualTo(new LinkInfo(trackOrder, trackOrder, heap, name, order));
        assertThat(LinkInfo.maxCreationIndex(reader(b, ctx))).isEqualTo(trackOrder ? max : -1);
    }

    @Property(tries = 200)
    void attributeInfo(@ForAll("contexts") FormatContext ctx, @ForAll long seed, @ForAll boolean trackOrder) {
        Random r = new Random(seed);
        int max = r.nextInt(0x10000);
        long heap = RoundTrips.addressOrUndefined(r, ctx);
        long name = RoundTrips.addressOrUndefined(r, ctx);
        long order = trackOrder ? RoundTrips.addressOrUndefined(r, ctx) : -1;
        byte[] b = AttributeInfo.encode(trackOrder, max, heap, name, order, ctx);
        assertThat(b).hasSize(AttributeInfo.encodedSize(trackOrder, ctx));
        assertThat(AttributeInfo.decode(reader(b, ctx)))
                .isEqualTo(new AttributeInfo(trackOrder, trackOrder, heap, name, order));
        assertThat(AttributeInfo.maxCreationIndex(reader(b, ctx))).isEqualTo(trackOrder ? max : -1);
    }

    @Property(tries = 200)
    void fillValue(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        int alloc = 1 + r.nextInt(3);
        int time = r.nextInt(3);
        byte[] value = r.nextBoolean() ? null : RoundTrips.bytes(r, 1 + r.nextInt(40));
        byte[] b = FillValue.encode(alloc, time, value, ctx);
        assertThat(b).hasSize(FillValue.encodedSize(value));
        assertThat(FillValue.decode(reader(b, ctx))).usingRecursiveComparison()
                .isEqualTo(new FillValue(alloc, time, true, value));
    }

    @Property(tries = 200)
    void sharedMessageRef(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        long address = RoundTrips.address(r, ctx);
        byte[] b = SharedMessageRef.encodeCommitted(address, ctx);
        assertThat(b).hasSize(SharedMessageRef.encodedSize(false, ctx));
        assertThat(SharedMessageRef.decode(reader(b, ctx))).usingRecursiveComparison()
                .isEqualTo(new SharedMessageRef(false, address, null));
        byte[] id = RoundTrips.bytes(r, 8);
        byte[] h = SharedMessageRef.encodeInHeap(id, ctx);
        assertThat(h).hasSize(SharedMessageRef.encodedSize(true, ctx));
        assertThat(SharedMessageRef.decode(reader(h, ctx))).usingRecursiveComparison()
                .isEqualTo(new SharedMessageRef(true, -1, id));
    }

    @Property(tries = 300)
    void dataspace(@ForAll("contexts") FormatContext ctx, @ForAll long seed, @ForAll @IntRange(max = 2) int kind) {
        Random r = new Random(seed);
        Dataspace s;
        if (kind == 0) {
            s = Dataspace.scalar();
        } else if (kind == 1) {
            s = Dataspace.nullSpace();
        } else {
            int rank = 1 + r.nextInt(6);
            long[] dims = new long[rank];
            long[] max = new long[rank];
            for (int d = 0; d < rank; d++) {
                dims[d] = RoundTrips.length(r, ctx) % 1000; // the element count must stay below 2^63
                // unlimited exists only with 8-byte lengths: with 4 the C library reads all ones as 2^32 - 1
                max[d] = r.nextInt(3) == 0 && ctx.lengthSize() == 8 ? Dataspace.UNLIMITED : dims[d] + (r.nextBoolean() ? 0 : r.nextInt(9));
            }
            s = Dataspace.simple(dims, max);
        }
        byte[] b = DataspaceCodec.encode(s, ctx);
        assertThat(DataspaceCodec.decode(reader(b, ctx))).usingRecursiveComparison().isEqualTo(s);
    }

    @Property(tries = 300)
    void linkMessage(@ForAll("contexts") FormatContext ctx, @ForAll long seed, @ForAll @IntRange(max = 2) int kind,
            @ForAll("names") String name) {
        Random r = new Random(seed);
        long order = r.nextBoolean() ? -1 : r.nextLong() & Long.MAX_VALUE;
        LinkMessage m = switch (kind) {
            case 0 -> new LinkMessage(name, LinkMessage.HARD, order, RoundTrips.address(r, ctx), null, null, null);
            case 1 -> new LinkMessage(name, LinkMessage.SOFT, order, -1, "/a/" + name, null, null);
            default -> new LinkMessage(name, LinkMessage.EXTERNAL, order, -1, null, name + ".h5", "/x/" + name);
        };
        assertThat(LinkMessage.decode(reader(m.encode(ctx), ctx))).isEqualTo(m);
    }

    @Provide
    Arbitrary<String> names() {
        return net.jqwik.api.Arbitraries.oneOf(net.jqwik.api.Arbitraries.strings().alpha().ofMinLength(1)
                .ofMaxLength(300), net.jqwik.api.Arbitraries.of("µ-Ω", "名前", "a b"));
    }

    @Property(tries = 200)
    void filterPipeline(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        List<FilterPipeline.FilterInfo> filters = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            int id = r.nextBoolean() ? 1 + r.nextInt(255) : 256 + r.nextInt(60000);
            int[] cd = new int[r.nextInt(6)];
            for (int k = 0; k < cd.length; k++) {
                cd[k] = r.nextInt();
            }
            filters.add(new FilterPipeline.FilterInfo(id, id >= 256 ? "filter" + id : null, r.nextInt(2), cd));
        }
        FilterPipeline p = new FilterPipeline(filters);
        assertThat(FilterPipeline.decode(reader(p.encode(ctx), ctx))).usingRecursiveComparison().isEqualTo(p);
    }

    @Provide
    Arbitrary<DataType> types() {
        return net.jqwik.api.Arbitraries.of(DataTypes.INT8, DataTypes.INT32, DataTypes.UINT64, DataTypes.INT16);
    }

    @Property(tries = 100)
    void datatype(@ForAll("contexts") FormatContext ctx, @ForAll("types") DataType t) {
        byte[] b = DatatypeCodec.encode(t, ctx);
        DataType d = DatatypeCodec.decode(reader(b, ctx));
        assertThat(d).isEqualTo(t);
        assertThat(DatatypeCodec.encode(d, ctx)).isEqualTo(b);
    }

    @Property(tries = 200)
    void attributeMessage(@ForAll("contexts") FormatContext ctx, @ForAll("names") String name, @ForAll long seed) {
        Random r = new Random(seed);
        byte[] type = DatatypeCodec.encode(DataTypes.INT32, ctx);
        long n = r.nextInt(20);
        byte[] space = DataspaceCodec.encode(Dataspace.simple(new long[] {n}, new long[] {n}), ctx);
        byte[] data = RoundTrips.bytes(r, (int) n * 4);
        byte[] b = AttributeMessage.encode(name, type, false, space, data, ctx);
        AttributeMessage a = AttributeMessage.decode(reader(b, ctx));
        assertThat(a.name()).isEqualTo(name);
        assertThat(a.datatypeShared()).isFalse();
        assertThat(a.datatype().body()).isEqualTo(ByteBuffer.wrap(type));
        assertThat(a.dataspace().body()).isEqualTo(ByteBuffer.wrap(space));
        assertThat(a.data()).isEqualTo(ByteBuffer.wrap(data));
    }

    /** The layout encoders (Layout keeps its shape here) decode back to what they were given. */
    @Property(tries = 300)
    void layout(@ForAll("contexts") FormatContext ctx, @ForAll long seed, @ForAll @IntRange(max = 5) int index) {
        Random r = new Random(seed);
        long address = RoundTrips.addressOrUndefined(r, ctx);
        long size = RoundTrips.length(r, ctx);
        Layout c = Layout.decode(reader(Layout.encodeContiguous(address, size, ctx, 3 + r.nextInt(2)), ctx));
        assertThat(c.kind()).isEqualTo(Layout.Kind.CONTIGUOUS);
        assertThat(c.address()).isEqualTo(address);
        assertThat(c.size()).isEqualTo(size);
        byte[] data = RoundTrips.bytes(r, r.nextInt(100));
        Layout k = Layout.decode(reader(Layout.encodeCompact(data, ctx), ctx));
        assertThat(k.compactData()).isEqualTo(ByteBuffer.wrap(data));
        int rank = 1 + r.nextInt(4);
        long[] chunk = new long[rank];
        for (int d = 0; d < rank; d++) {
            chunk[d] = 1 + r.nextInt(r.nextBoolean() ? 100 : 100_000);
        }
        int elementSize = 1 + r.nextInt(16);
        if (index == 0) {
            Layout v3 = Layout.decode(reader(Layout.encodeChunkedV3(address, chunk, elementSize, ctx), ctx));
            assertThat(v3.chunkDims()).isEqualTo(chunk);
            assertThat(v3.chunkElementSize()).isEqualTo(elementSize);
            assertThat(v3.address()).isEqualTo(address);
            return;
        }
        long[] params = switch (index) {
            case Layout.INDEX_FIXED_ARRAY -> new long[] {r.nextInt(31)};
            case Layout.INDEX_EXTENSIBLE_ARRAY -> new long[] {32, 4, 4, 16, 10};
            case Layout.INDEX_BTREE_V2 -> new long[] {2048, 100, 40};
            default -> new long[0];
        };
        int flags = index == Layout.INDEX_SINGLE && r.nextBoolean() ? 2 : 0;
        long filtered = flags != 0 ? RoundTrips.length(r, ctx) : 0;
        int mask = flags != 0 ? r.nextInt() : 0;
        Layout v4 = Layout.decode(reader(Layout.encodeChunkedV4(flags, chunk, elementSize, index, params, filtered,
                mask, address, ctx), ctx));
        assertThat(v4.chunkDims()).isEqualTo(chunk);
        assertThat(v4.chunkElementSize()).isEqualTo(elementSize);
        assertThat(v4.indexType()).isEqualTo(index);
        assertThat(v4.address()).isEqualTo(address);
        assertThat(v4.flags()).isEqualTo(flags);
        if (flags != 0) {
            assertThat(v4.singleFilteredSize()).isEqualTo(filtered);
            assertThat(v4.singleFilterMask()).isEqualTo(mask);
        }
        if (params.length > 0) {
            assertThat(v4.indexParams()).isEqualTo(params);
        }
    }

    /** A version 2 object header chunk: its messages (and creation indexes) come back, the gap as a NIL message. */
    @Property(tries = 200)
    void objectHeaderV2(@ForAll("contexts") FormatContext ctx, @ForAll long seed, @ForAll boolean attributeOrder) {
        Random r = new Random(seed);
        List<ObjectHeaderChunk.Message> messages = new ArrayList<>();
        for (int i = 1 + r.nextInt(6); i > 0; i--) {
            messages.add(new ObjectHeaderChunk.Message(MessageType.ATTRIBUTE.id(), r.nextInt(2),
                    RoundTrips.bytes(r, 1 + r.nextInt(60)), attributeOrder ? r.nextInt(0x10000) : 0));
        }
        int extra = r.nextInt(40);
        byte[] b = ObjectHeaderChunk.encodeV2(messages, extra, ctx, attributeOrder);
        assertThat(ObjectHeaderChunk.firstChunkSize(ByteBuffer.wrap(b), 0x800, ctx)).isEqualTo(b.length);
        ObjectHeaderChunk c = ObjectHeaderChunk.decodeFirst(ByteBuffer.wrap(b), 0x800, ctx);
        assertThat(c.version()).isEqualTo(2);
        List<HeaderMessage> got = new ArrayList<>();
        for (HeaderMessage m : c.messages()) {
            if (m.typeId() != 0) {
                got.add(m);
            }
        }
        assertThat(got).hasSize(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            ObjectHeaderChunk.Message want = messages.get(i);
            assertThat(got.get(i).typeId()).isEqualTo(want.type());
            assertThat(got.get(i).flags()).isEqualTo(want.flags());
            assertThat(got.get(i).body()).isEqualTo(ByteBuffer.wrap(want.body()));
            if (attributeOrder) {
                assertThat(got.get(i).creationOrder()).isEqualTo(want.creationOrder());
            }
        }
    }

    @Property(tries = 200)
    void objectHeaderV1(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        List<ObjectHeaderChunk.Message> messages = new ArrayList<>();
        for (int i = r.nextInt(6); i > 0; i--) {
            messages.add(new ObjectHeaderChunk.Message(MessageType.ATTRIBUTE.id(), r.nextInt(2),
                    RoundTrips.bytes(r, r.nextInt(60))));
        }
        long contAddress = RoundTrips.uint(r, Math.min(ctx.offsetSize(), 6)) >>> 1; // never all ones (undefined)
        long contLength = RoundTrips.uint(r, Math.min(ctx.lengthSize(), 6)) >>> 1;
        byte[] cont = new FormatWriter(ctx).offset(contAddress).length(contLength).toByteArray();
        List<ObjectHeaderChunk.Message> first = new ArrayList<>(messages);
        first.add(new ObjectHeaderChunk.Message(MessageType.CONTINUATION.id(), 0, cont));
        int extra = 8 * r.nextInt(4);
        long refs = RoundTrips.uint(r, 4);
        int total = 1 + r.nextInt(1000);
        byte[] b = ObjectHeaderChunk.encodeV1(first, extra, total, refs, ctx);
        assertThat(b.length % 8).isZero();
        assertThat(ObjectHeaderChunk.firstChunkSize(ByteBuffer.wrap(b), 0x800, ctx)).isEqualTo(b.length);
        ObjectHeaderChunk c = ObjectHeaderChunk.decodeFirst(ByteBuffer.wrap(b), 0x800, ctx);
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.messageCountV1()).isEqualTo(total);
        assertThat(ByteBuffer.wrap(b, 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL)
                .isEqualTo(refs);
        assertThat(c.continuations()).hasSize(1);
        assertThat(c.continuations().get(0)).containsExactly(contAddress, contLength);
        assertV1Messages(c, messages);
        byte[] block = ObjectHeaderChunk.encodeV1Continuation(messages, extra, ctx);
        ObjectHeaderChunk k = ObjectHeaderChunk.decodeContinuation(ByteBuffer.wrap(block), 0x1000, ctx, 1, 0);
        assertThat(k.continuations()).isEmpty();
        assertV1Messages(k, messages);
    }

    private static void assertV1Messages(ObjectHeaderChunk c, List<ObjectHeaderChunk.Message> want) {
        assertThat(c.messages()).hasSize(want.size());
        for (int i = 0; i < want.size(); i++) {
            HeaderMessage got = c.messages().get(i);
            byte[] body = want.get(i).body();
            assertThat(got.typeId()).isEqualTo(want.get(i).type());
            assertThat(got.flags()).isEqualTo(want.get(i).flags());
            // v1 bodies come back padded with zeros to 8 bytes
            byte[] padded = java.util.Arrays.copyOf(body, (body.length + 7) & ~7);
            assertThat(got.body()).isEqualTo(ByteBuffer.wrap(padded));
        }
    }
}
