package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random bytes behind a plausible first byte (a version, or a signature) for every decoder of this package that
 * its own test does not already feed with random bytes: each either decodes or throws an Hdf5Exception.
 */
class CodecRandomBytesTest {
    @Provide
    Arbitrary<String> codecs() {
        return Arbitraries.of("LocalHeap", "SymbolTableNode", "BTreeV1Node", "GlobalHeapCollection", "Layout",
                "FillValue", "FillValueOld", "FilterPipeline", "LinkMessage", "LinkInfo", "AttributeInfo",
                "AttributeMessage", "SharedMessageRef", "ObjectHeaderChunk");
    }

    @Provide
    Arbitrary<FormatContext> contexts() {
        return Arbitraries.of(new FormatContext(2, 2), new FormatContext(4, 4), new FormatContext(8, 8),
                new FormatContext(8, 4), new FormatContext(4, 8));
    }

    @Property(tries = 3000)
    void randomBytes_onlyHdf5Exceptions(@ForAll("codecs") String codec, @ForAll("contexts") FormatContext ctx,
            @ForAll @IntRange(max = 5) int first, @ForAll @Size(max = 160) byte[] body) {
        byte[] b = CodecTestSupport.concat(prefix(codec, first), body);
        CodecTestSupport.onlyHdf5Exceptions(() -> decode(codec, ByteBuffer.wrap(b), ctx, first));
    }

    private static byte[] prefix(String codec, int first) {
        return switch (codec) {
            case "LocalHeap" -> CodecTestSupport.hex("48454150 00");
            case "SymbolTableNode" -> CodecTestSupport.hex("534e4f44 01");
            case "BTreeV1Node" -> CodecTestSupport.hex("54524545 0" + (first & 1));
            case "GlobalHeapCollection" -> CodecTestSupport.hex("47434f4c 01");
            case "ObjectHeaderChunk" -> first % 2 == 0 ? CodecTestSupport.hex("4f484452 02") : new byte[] {1};
            case "FillValueOld" -> new byte[0];
            default -> new byte[] {(byte) first};
        };
    }

    private static void decode(String codec, ByteBuffer b, FormatContext ctx, int first) {
        FormatReader r = new FormatReader(b, 0, codec, ctx);
        switch (codec) {
            case "LocalHeap" -> LocalHeap.decode(r);
            case "SymbolTableNode" -> SymbolTableNode.decode(r, 1 + first * 3);
            case "BTreeV1Node" -> BTreeV1Node.decode(r, first & 1, first);
            case "GlobalHeapCollection" -> GlobalHeapCollection.decode(r);
            case "Layout" -> Layout.decode(r);
            case "FillValue" -> FillValue.decode(r);
            case "FillValueOld" -> FillValue.decodeOld(r);
            case "FilterPipeline" -> FilterPipeline.decode(r);
            case "LinkMessage" -> LinkMessage.decode(r);
            case "LinkInfo" -> LinkInfo.decode(r);
            case "AttributeInfo" -> AttributeInfo.decode(r);
            case "AttributeMessage" -> AttributeMessage.decode(r);
            case "SharedMessageRef" -> SharedMessageRef.decode(r);
            default -> {
                ObjectHeaderChunk.firstChunkSize(b.duplicate(), 0, ctx);
                ObjectHeaderChunk.decodeFirst(b, 0, ctx);
            }
        }
    }
}
