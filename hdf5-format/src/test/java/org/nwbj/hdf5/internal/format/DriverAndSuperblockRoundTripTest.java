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
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5ChecksumException;
import org.nwbj.hdf5.Hdf5FormatException;

/** Round trips of superblocks (versions 0 to 3) and of the driver information blocks (family, split/multi). */
class DriverAndSuperblockRoundTripTest {
    @Provide
    Arbitrary<FormatContext> contexts() {
        return RoundTrips.contexts();
    }

    @Property(tries = 400)
    void superblock(@ForAll("contexts") FormatContext ctx, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 3) int version) {
        Random r = new Random(seed);
        boolean cached = version < 2 && r.nextBoolean();
        Superblock s = version < 2
                ? new Superblock(version, ctx, 1 + r.nextInt(0xffff), 1 + r.nextInt(0xffff),
                        version == 1 ? r.nextInt(0x10000) : 32, r.nextInt(), RoundTrips.address(r, ctx), -1,
                        RoundTrips.addressOrUndefined(r, ctx), RoundTrips.address(r, ctx),
                        RoundTrips.addressOrUndefined(r, ctx), RoundTrips.address(r, ctx),
                        cached ? RoundTrips.address(r, ctx) : -1, cached ? RoundTrips.address(r, ctx) : -1)
                : new Superblock(version, ctx, 4, 16, 32, r.nextInt(256), RoundTrips.address(r, ctx),
                        RoundTrips.addressOrUndefined(r, ctx), -1, RoundTrips.address(r, ctx), -1,
                        RoundTrips.address(r, ctx), -1, -1);
        byte[] b = s.encode();
        assertThat(b).hasSize(s.encodedSize());
        assertThat(Superblock.decode(ByteBuffer.wrap(b), 0)).isEqualTo(s);
        if (version >= 2) {
            b[b.length - 1] ^= 1; // the stored checksum
            assertThatThrownBy(() -> Superblock.decode(ByteBuffer.wrap(b), 0))
                    .isInstanceOf(Hdf5ChecksumException.class);
        }
    }

    /** The dedicated encoders agree with the general one. */
    @Property(tries = 100)
    void superblockEncodersAgree(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        long ext = RoundTrips.addressOrUndefined(r, ctx);
        long eof = RoundTrips.address(r, ctx);
        long root = RoundTrips.address(r, ctx);
        long driver = RoundTrips.addressOrUndefined(r, ctx);
        assertThat(Superblock.encodeV2(ctx, ext, eof, root))
                .isEqualTo(new Superblock(2, ctx, 4, 16, 32, 0, 0, ext, -1, eof, -1, root, -1, -1).encode());
        assertThat(Superblock.encodeV3(ctx, ext, eof, root)).hasSize(Superblock.sizeV2(ctx));
        assertThat(Superblock.decode(ByteBuffer.wrap(Superblock.encodeV3(ctx, ext, eof, root)), 0).encode())
                .isEqualTo(Superblock.encodeV3(ctx, ext, eof, root));
        byte[] v0 = Superblock.encodeV0(ctx, eof, driver, root);
        assertThat(v0).hasSize(Superblock.sizeV0(ctx));
        assertThat(Superblock.decode(ByteBuffer.wrap(v0), 0).encode()).isEqualTo(v0);
    }

    /** Superblocks the C library wrote re-encode to the same bytes. */
    @Test
    void clibSuperblocks() {
        for (String key : new String[] {"m84", "m48", "m24", "sb1"}) {
            CodecTestSupport.Fixture f;
            try {
                f = CodecTestSupport.clib(key + ".superblock");
            } catch (IllegalArgumentException noFixture) {
                continue;
            }
            Superblock s = Superblock.decode(f.buffer(), f.address());
            byte[] b = s.encode();
            assertThat(b).as(key).isEqualTo(java.util.Arrays.copyOf(f.bytes(), b.length));
        }
    }

    @Property(tries = 200)
    void driverInfoBlock(@ForAll("contexts") FormatContext ctx, @ForAll @Size(max = 300) byte[] data,
            @ForAll("driverIds") String id) {
        DriverInfoBlock d = new DriverInfoBlock(id, data);
        byte[] b = d.encode(ctx);
        assertThat(b).hasSize(d.encodedSize());
        assertThat(DriverInfoBlock.decode(CodecTestSupport.reader(b, ctx))).usingRecursiveComparison().isEqualTo(d);
        byte[] m = d.encodeMessage(ctx);
        assertThat(m).hasSize(d.encodedMessageSize());
        assertThat(DriverInfoBlock.decodeMessage(CodecTestSupport.reader(m, ctx))).usingRecursiveComparison()
                .isEqualTo(d);
    }

    @Provide
    Arbitrary<String> driverIds() {
        return net.jqwik.api.Arbitraries.of("NCSAfami", "NCSAmult", "NCSAsec2");
    }

    @Property(tries = 200)
    void familyDriverInfo(@ForAll("contexts") FormatContext ctx, @ForAll long memberSize) {
        FamilyDriverInfo f = new FamilyDriverInfo(memberSize);
        byte[] b = f.encode(ctx);
        assertThat(b).hasSize(FamilyDriverInfo.encodedSize());
        assertThat(FamilyDriverInfo.decode(CodecTestSupport.reader(b, ctx))).isEqualTo(f);
        assertThat(Superblock.encodeFamilyDriverInfo(memberSize, ctx)).isEqualTo(b);
    }

    @Test
    void familyDriverInfoRefusesOtherDrivers() {
        byte[] b = new DriverInfoBlock("NCSAmult", new byte[8]).encode(CodecTestSupport.O8);
        assertThatThrownBy(() -> FamilyDriverInfo.decode(CodecTestSupport.reader(b, CodecTestSupport.O8)))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("NCSAfami");
        assertThatThrownBy(() -> FamilyDriverInfo.decodeData(new byte[7], 0x60))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("0x60");
    }

    /** The split layout's block decodes (as a multi driver block) to the members and ends it was given. */
    @Property(tries = 100)
    void splitDriverInfo(@ForAll("contexts") FormatContext ctx, @ForAll long seed) {
        Random r = new Random(seed);
        long metaEnd = r.nextLong() & Long.MAX_VALUE;
        long rawEnd = r.nextLong() & Long.MAX_VALUE;
        byte[] b = SplitDriverInfo.encode(metaEnd, rawEnd, ctx);
        assertThat(b).hasSize(SplitDriverInfo.size());
        MultiDriverInfo m = MultiDriverInfo.decode(b, 0x60);
        assertThat(m.memberCount()).isEqualTo(2);
        assertThat(m.memberOf(MultiDriverInfo.SUPER)).isEqualTo(1);
        assertThat(m.memberOf(MultiDriverInfo.DRAW)).isEqualTo(3);
        assertThat(m.memberOf(MultiDriverInfo.GHEAP)).isEqualTo(3);
        assertThat(m.start(1)).isZero();
        assertThat(m.start(3)).isEqualTo(SplitDriverInfo.RAW_START);
        assertThat(m.end(1)).isEqualTo(metaEnd);
        assertThat(m.end(3)).isEqualTo(rawEnd);
        assertThat(m.bytes()).isEqualTo(b);
        assertThat(m.withEnds(1, metaEnd, 3, rawEnd)).isEqualTo(b);
        assertThat(MultiDriverInfo.decode(m.withEnds(1, 7, 3, 9), 0x60).end(3)).isEqualTo(9);
        DriverInfoBlock block = DriverInfoBlock.decode(CodecTestSupport.reader(b, ctx));
        assertThat(block.driverId()).isEqualTo("NCSAmult");
        assertThat(block.encode(ctx)).isEqualTo(b);
    }
}
