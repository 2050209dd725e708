package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.AT;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O4;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.O8;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.clib;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.hex;
import static org.nwbj.hdf5.internal.format.CodecTestSupport.withChecksum;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5ChecksumException;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.internal.format.CodecTestSupport.Fixture;

class ObjectHeaderChunkTest {
    /**
     * Version 1 prefix (version, reserved, 4 messages, reference count 1, 72 bytes of messages, 4 bytes to align),
     * then messages of type (2), size (2), flags (1), 3 reserved bytes and a body aligned to 8 bytes: a dataspace,
     * a 3-byte comment padded by 5, a NIL message, a continuation to 0x2000 (0x100 bytes).
     */
    static final byte[] V1_O8 = hex("""
            01 00 0400 01000000 48000000 00000000
            0100 0800 01 000000 | 01 00 00 00 00000000
            0d00 0300 00 000000 | 616200 0000000000
            0000 0800 00 000000 | 0000000000000000
            1000 1000 00 000000 | 0020000000000000 0001000000000000
            """);
    static final byte[] V1_O4 = hex("""
            01 00 0200 01000000 20000000 00000000
            0100 0800 00 000000 | 01 00 00 00 00000000
            1000 0800 00 000000 | 00200000 00010000
            """);
    /** A version 1 continuation block: bare messages, ending in 4 bytes too few for a message header. */
    static final byte[] V1_CONTINUATION = hex("0d00 0800 00 000000 | 6162636465666700 | 00000000");
    /** Version 2, no flags (1-byte chunk size), a dataspace and a continuation, then a 3-byte gap. */
    static final byte[] V2_PLAIN = withChecksum(hex("""
            4f484452 02 00 1f
            01 0400 00 | 02 00 00 00
            10 1000 00 | 0030000000000000 4000000000000000
            000000
            """));
    /** Version 2 with times, attribute phase change, creation order and a 2-byte chunk size. */
    static final byte[] V2_ALL_FLAGS = withChecksum(hex("""
            4f484452 02 35
            01000000 02000000 03000000 04000000
            0800 0600
            1300
            0c 0500 00 0300 | 0102030405
            00 0200 00 0000 | 0000
            """));
    static final byte[] V2_WIDTH4 = withChecksum(hex("4f484452 02 02 08000000 | 01 0400 00 | 02 00 00 02"));
    static final byte[] V2_WIDTH8 = withChecksum(hex("4f484452 02 03 0800000000000000 | 01 0400 00 | 02 00 00 02"));
    /** A version 2 continuation block of a header that tracks creation order. */
    static final byte[] OCHK = withChecksum(hex("4f43484b | 01 0400 00 0500 | 02000000 | 00"));

    @Test
    void decode_knownBytes_version1() {
        ObjectHeaderChunk c = ObjectHeaderChunk.decodeFirst(ByteBuffer.wrap(V1_O8), AT, O8);
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.messageCountV1()).isEqualTo(4);
        assertThat(c.messages()).extracting(HeaderMessage::typeId).containsExactly(1, 0x0d);
        assertThat(c.messages().get(0).flags()).isEqualTo(HeaderMessage.FLAG_CONSTANT);
        assertThat(c.messages().get(0).address()).isEqualTo(AT + 24);
        assertThat(c.messages().get(0).creationOrder()).isEqualTo(-1);
        assertThat(c.messages().get(1).address()).isEqualTo(AT + 40);
        assertThat(c.messages().get(1).body().remaining()).isEqualTo(3);
        assertThat(c.continuations()).extracting(Arrays::toString).containsExactly("[8192, 256]");
        assertThat(ObjectHeaderChunk.firstChunkSize(ByteBuffer.wrap(V1_O8), AT, O8)).isEqualTo(V1_O8.length);
    }

    @Test
    void decode_knownBytes_version1_offsets4() {
        ObjectHeaderChunk c = ObjectHeaderChunk.decodeFirst(ByteBuffer.wrap(V1_O4), AT, O4);
        assertThat(c.messages()).extracting(HeaderMessage::typeId).containsExactly(1);
        assertThat(c.continuations()).extracting(Arrays::toString).containsExactly("[8192, 256]");
    }

    @Test
    void decode_knownBytes_version1_continuationBlock() {
        ObjectHeaderChunk c = ObjectHeaderChunk.decodeContinuation(ByteBuffer.wrap(V1_CONTINUATION), 0x2000, O8, 1, 0);
        assertThat(c.messages()).extracting(HeaderMessage::typeId).containsExactly(0x0d);
        assertThat(c.messages().get(0).address()).isEqualTo(0x2008);
        assertThat(c.continuations()).isEmpty();
    }

    @Test
    void decode_knownBytes_version2_noFlags_gapAtChunkEnd() {
        ObjectHeaderChunk c = ObjectHeaderChunk.decodeFirst(ByteBuffer.wrap(V2_PLAIN), AT, O8);
        assertThat(c.version()).isEqualTo(2);
        assertThat(c.v2Flags()).isZero();
        assertThat(c.maxCompact()).isEqualTo(-1);
        assertThat(c.messages()).extracting(HeaderMessage::typeId).containsExactly(1);
        assertThat(c.messages().get(0).address()).isEqualTo(AT + 11);
        assertThat(c.continuations()).extracting(Arrays::toString).containsExactly("[12288, 64]");
        assertThat(ObjectHeaderChunk.firstChunkSize(ByteBuffer.wrap(V2_PLAIN), AT, O8)).isEqualTo(V2_PLAIN.length);
    }

    @Test
    void decode_knownBytes_version2_timesPhaseChangeCreationOrder() {
        ObjectHeaderChunk c = ObjectHeaderChunk.decodeFirst(ByteBuffer.wrap(V2_ALL_FLAGS), AT, O8);
        assertThat(c.v2Flags()).isEqualTo(0x35);
        assertThat(c.maxCompact()).isEqualTo(8);
        assertThat(c.minDense()).isEqualTo(6);
        assertThat(c.messages()).hasSize(1);
        HeaderMessage m = c.messages().get(0);
        assertThat(m.typeId()).isEqualTo(0x0c);
        assertThat(m.creationOrder()).isEqualTo(3);
        assertThat(m.address()).isEqualTo(AT + 6 + 16 + 4 + 2 + 6);
        assertThat(ObjectHeaderChunk.firstChunkSize(ByteBuffer.wrap(V2_ALL_FLAGS), AT, O8)).isEqualTo(V2_ALL_FLAGS.length);
    }

    @Test
    void decode_knownBytes_version2_chunkSizeWidths() {
        for (byte[] b : new byte[][] {V2_WIDTH4, V2_WIDTH8}) {
            ObjectHeaderChunk c = ObjectHeaderChunk.decodeFirst(ByteBuffer.wrap(b), AT, O8);
            assertThat(c.messages()).extracting(HeaderMessage::typeId).containsExactly(1);
            assertThat(ObjectHeaderChunk.firstChunkSize(ByteBuffer.wrap(b), AT, O8)).isEqualTo(b.length);
        }
    }

    @Test
    void decode_knownBytes_version2_continuationBlock() {
        ObjectHeaderChunk c = ObjectHeaderChunk.decodeContinuation(ByteBuffer.wrap(OCHK), 0x3000, O8, 2, 0x04);
        assertThat(c.messages()).hasSize(1);
        assertThat(c.messages().get(0).creationOrder()).isEqualTo(5);
        assertThat(c.messages().get(0).address()).isEqualTo(0x300a);
    }

    @Test
    void decode_rejectsChecksumFailures() {
        for (byte[] b : new byte[][] {V2_PLAIN, V2_ALL_FLAGS}) {
            byte[] bad = b.clone();
            bad[8] ^= 0x40;
            assertThatThrownBy(() -> ObjectHeaderChunk.decodeFirst(ByteBuffer.wrap(bad), AT, O8))
                    .isInstanceOf(Hdf5FormatException.class);
            byte[] badSum = b.clone();
            badSum[b.length - 1] ^= 1;
            assertThatThrownBy(() -> ObjectHeaderChunk.decodeFirst(ByteBuffer.wrap(badSum), AT, O8))
                    .isInstanceOf(Hdf5ChecksumException.class).hasMessageContaining("0x1000");
        }
        byte[] badOchk = OCHK.clone();
        badOchk[9] = 9;
        assertThatThrownBy(() -> ObjectHeaderChunk.decodeContinuation(ByteBuffer.wrap(badOchk), 0x3000, O8, 2, 4))
                .isInstanceOf(Hdf5ChecksumException.class);
    }

    @Test
    void decode_rejectsBadPrefixAndOversizedMessages() {
        byte[] v3 = V2_PLAIN.clone();
        v3[4] = 3;
        assertThatThrownBy(() -> ObjectHeaderChunk.decodeFirst(ByteBuffer.wrap(v3), AT, O8))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("version expected 2, found 3");
        byte[] flags = V2_PLAIN.clone();
        flags[5] = (byte) 0x40;
        assertThatThrownBy(() -> ObjectHeaderChunk.decodeFirst(ByteBuffer.wrap(flags), AT, O8))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("unknown object header flags 0x40");
        byte[] big = V1_O8.clone();
        big[18] = 0x50; // the dataspace claims 80 bytes
        assertThatThrownBy(() -> ObjectHeaderChunk.decodeFirst(ByteBuffer.wrap(big), AT, O8))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("message of type 1 claims 80 bytes");
        byte[] sig = V2_PLAIN.clone();
        sig[0] = 'X';
        assertThatThrownBy(() -> ObjectHeaderChunk.decodeFirst(ByteBuffer.wrap(sig), AT, O8))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("expected \"OHDR\"");
    }

    /** The message addresses the C library's headers hold, as the generator found them by walking each chunk. */
    private static void assertMessagesAt(List<HeaderMessage> msgs, String prefix, int type, int count) {
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add(clib(prefix + ".msg" + type + (i == 0 ? "" : "_" + i)).address());
        }
        assertThat(msgs).filteredOn(m -> m.typeId() == type).extracting(HeaderMessage::address)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void decode_bytesFromCLibrary_version1() {
        for (String p : new String[] {"e8", "e4"}) {
            FormatContext ctx = p.equals("e8") ? O8 : O4;
            Fixture oh = clib(p + ".i32be.oh");
            ObjectHeaderChunk c = ObjectHeaderChunk.decodeFirst(oh.buffer(), oh.address(), ctx);
            assertThat(c.version()).isEqualTo(1);
            for (int type : new int[] {1, 3, 5, 8, 12}) {
                assertMessagesAt(c.messages(), p + ".i32be", type, 1);
            }
            assertThat(ObjectHeaderChunk.firstChunkSize(oh.buffer(), oh.address(), ctx)).isEqualTo(oh.bytes().length);
            // a group with 20 attributes: continuation blocks, each named by the chunk before it
            Fixture many = clib(p + ".many_attrs.oh");
            ObjectHeaderChunk chunk = ObjectHeaderChunk.decodeFirst(many.buffer(), many.address(), ctx);
            List<HeaderMessage> all = new ArrayList<>(chunk.messages());
            int blocks = 0;
            while (!chunk.continuations().isEmpty()) {
                Fixture next = clib(p + ".many_attrs.cont" + blocks++);
                assertThat(chunk.continuations()).extracting(a -> a[0] + "/" + a[1])
                        .containsExactly(next.address() + "/" + next.bytes().length);
                chunk = ObjectHeaderChunk.decodeContinuation(next.buffer(), next.address(), ctx, 1, 0);
                all.addAll(chunk.messages());
            }
            assertThat(blocks).isPositive();
            assertMessagesAt(all, p + ".many_attrs", 12, 20);
        }
    }

    @Test
    void decode_bytesFromCLibrary_version2() {
        Fixture timed = clib("l.timed.oh");
        ObjectHeaderChunk t = ObjectHeaderChunk.decodeFirst(timed.buffer(), timed.address(), O8);
        assertThat(t.v2Flags() & 0x20).isEqualTo(0x20);
        for (int type : new int[] {1, 3, 5, 8, 12, 21}) {
            assertMessagesAt(t.messages(), "l.timed", type, 1);
        }
        Fixture phase = clib("l.phase.oh");
        ObjectHeaderChunk p = ObjectHeaderChunk.decodeFirst(phase.buffer(), phase.address(), O8);
        assertThat(p.maxCompact()).isEqualTo(4);
        assertThat(p.minDense()).isEqualTo(2);
        Fixture ordered = clib("l.ordered.oh");
        ObjectHeaderChunk o = ObjectHeaderChunk.decodeFirst(ordered.buffer(), ordered.address(), O8);
        assertThat(o.v2Flags() & 0x0c).isEqualTo(0x0c);
        assertMessagesAt(o.messages(), "l.ordered", 12, 1);
        assertThat(o.messages()).filteredOn(m -> m.typeId() == 12).extracting(HeaderMessage::creationOrder)
                .containsExactly(0);
        Fixture cont = clib("l.cont.oh");
        ObjectHeaderChunk c = ObjectHeaderChunk.decodeFirst(cont.buffer(), cont.address(), O8);
        Fixture ochk = clib("l.cont.cont0");
        assertThat(c.continuations()).extracting(a -> a[0] + "/" + a[1])
                .containsExactly(ochk.address() + "/" + ochk.bytes().length);
        ObjectHeaderChunk c2 = ObjectHeaderChunk.decodeContinuation(ochk.buffer(), ochk.address(), O8, 2, c.v2Flags());
        List<HeaderMessage> all = new ArrayList<>(c.messages());
        all.addAll(c2.messages());
        assertMessagesAt(all, "l.cont", 12, 7);
    }

    @Test
    void decode_bytesFromCLibrary_sharedMessageFlags() {
        Fixture oh = clib("sohm.d1.oh");
        ObjectHeaderChunk c = ObjectHeaderChunk.decodeFirst(oh.buffer(), oh.address(), O8);
        assertThat(c.messages()).filteredOn(m -> m.typeId() == 1 || m.typeId() == 3).hasSize(2)
                .allMatch(HeaderMessage::isShared);
        assertThat(c.messages()).filteredOn(m -> m.typeId() == 8).noneMatch(HeaderMessage::isShared);
        assertMessagesAt(c.messages(), "sohm.d1", 3, 1);
    }

    @Test
    void decode_rejectsTruncated() {
        for (byte[] b : new byte[][] {V1_O8, V2_PLAIN, V2_ALL_FLAGS, V2_WIDTH4, V2_WIDTH8, clib("l.timed.oh").bytes(),
            clib("e8.i32be.oh").bytes()}) {
            CodecTestSupport.assertPrefixesRejected(b, x -> ObjectHeaderChunk.decodeFirst(x, 0, O8));
            if (b.length > 0) {
                CodecTestSupport.assertPrefixesRejected(Arrays.copyOf(b, Math.min(b.length, 40)),
                        x -> ObjectHeaderChunk.firstChunkSize(x, 0, O8),
                        (n, size) -> size > n); // a probe that holds the prefix learns a size beyond the probe
            }
        }
        CodecTestSupport.assertPrefixesRejected(V1_O4, x -> ObjectHeaderChunk.decodeFirst(x, 0, O4));
        CodecTestSupport.assertPrefixesRejected(OCHK, x -> ObjectHeaderChunk.decodeContinuation(x, 0, O8, 2, 4));
        CodecTestSupport.assertPrefixesRejected(clib("l.cont.cont0").bytes(),
                x -> ObjectHeaderChunk.decodeContinuation(x, 0, O8, 2, 1));
        // a version 1 continuation has no framing: a prefix is a block holding the whole messages that fit
        CodecTestSupport.assertPrefixesRejected(V1_CONTINUATION,
                x -> ObjectHeaderChunk.decodeContinuation(x, 0, O8, 1, 0),
                (n, c) -> c.messages().size() == (n >= 16 ? 1 : 0));
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return CodecTestSupport.mutationsOf(V1_O8, V1_O4, V2_PLAIN, V2_ALL_FLAGS, V2_WIDTH8, clib("e8.i32be.oh").bytes(),
                clib("l.ordered.oh").bytes());
    }

    @Property(tries = 1000)
    void mutations_onlyHdf5Exceptions(@ForAll("mutated") byte[] b) {
        CodecTestSupport.onlyHdf5Exceptions(() -> ObjectHeaderChunk.decodeFirst(ByteBuffer.wrap(b), 0, O8));
        CodecTestSupport.onlyHdf5Exceptions(() -> ObjectHeaderChunk.firstChunkSize(ByteBuffer.wrap(b), 0, O8));
        CodecTestSupport.onlyHdf5Exceptions(() -> ObjectHeaderChunk.decodeFirst(ByteBuffer.wrap(b), 0, O4));
    }

    @Property(tries = 500)
    void randomContinuations_onlyHdf5Exceptions(@ForAll @Size(max = 120) byte[] body,
            @ForAll @IntRange(min = 1, max = 2) int version, @ForAll @IntRange(max = 0x3f) int flags) {
        byte[] b = version == 2 ? CodecTestSupport.concat(CodecTestSupport.ascii("OCHK"), body) : body;
        CodecTestSupport.onlyHdf5Exceptions(() -> ObjectHeaderChunk.decodeContinuation(ByteBuffer.wrap(b), 0, O8,
                version, flags));
    }
}
