package org.nwbj.hdf5.internal.filter;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;

/**
 * Whatever bytes and client data a file holds, decoders either return or throw an {@link Hdf5Exception}: never
 * an index, arithmetic or allocation error, never a hang.
 */
class CorruptInputPropertiesTest {
    record Input(String what, int filterId, byte[] encoded, FilterParameters parameters) {
        @Override
        public String toString() {
            return what + " -> filter " + filterId + ", " + encoded.length + " bytes, cd "
                    + java.util.Arrays.toString(parameters.clientData()) + ", chunk " + parameters.chunkBytes();
        }
    }

    private static final List<CLibraryFixturesTest.Fixture> FIXTURES = CLibraryFixturesTest.fixtures();

    /** Valid chunks from the C library with a few bytes changed, cut short or extended. */
    @Provide
    Arbitrary<Input> mutated() {
        return Combinators.combine(Arbitraries.of(FIXTURES),
                Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, Integer.MAX_VALUE)).as((f, positions, kind, seed) -> {
                    byte[] enc = f.encoded();
                    switch (kind) {
                        case 0: // flip bytes
                            for (int pos : positions) {
                                if (enc.length > 0) {
                                    enc[pos % enc.length] ^= (byte) (1 + seed % 255);
                                }
                            }
                            break;
                        case 1: // truncate
                            enc = java.util.Arrays.copyOf(enc, enc.length == 0 ? 0 : seed % enc.length);
                            break;
                        case 2: // append garbage
                            enc = java.util.Arrays.copyOf(enc, enc.length + 1 + seed % 64);
                            for (int i = 0; i < positions.size(); i++) {
                                enc[enc.length - 1 - (i % (enc.length))] = (byte) (positions.get(i) >>> 3);
                            }
                            break;
                        default: // set bytes to 0xff (long unary codes, big sizes)
                            for (int pos : positions) {
                                if (enc.length > 0) {
                                    enc[pos % enc.length] = (byte) 0xff;
                                }
                            }
                    }
                    return new Input(f.name(), f.filterId(), enc, f.parameters());
                });
    }

    /** Valid chunks decoded with damaged client data (the pipeline message can be corrupt too). */
    @Provide
    Arbitrary<Input> badClientData() {
        return Combinators.combine(Arbitraries.of(FIXTURES), Arbitraries.integers().between(0, 40),
                Arbitraries.integers(), Arbitraries.integers().between(0, 1 << 20)).as((f, index, value, chunk) -> {
                    int[] cd = f.parameters().clientData();
                    if (cd.length > 0) {
                        cd[index % cd.length] = index % 3 == 0 ? value : value % 70;
                    }
                    if (index > 30 && cd.length > 0) {
                        cd = java.util.Arrays.copyOf(cd, index % cd.length);
                    }
                    int chunkBytes = index % 5 == 0 ? chunk : f.parameters().chunkBytes();
                    return new Input(f.name() + " cd", f.filterId(), f.encoded(),
                            new FilterParameters(cd, f.parameters().elementSize(), chunkBytes));
                });
    }

    /** Random bytes with plausible client data for every filter. */
    @Provide
    Arbitrary<Input> random() {
        List<Input> templates = new ArrayList<>();
        for (CLibraryFixturesTest.Fixture f : FIXTURES) {
            templates.add(new Input(f.name(), f.filterId(), new byte[0], f.parameters()));
        }
        return Combinators.combine(Arbitraries.of(templates),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(400)).as((t, bytes) ->
                new Input("random for " + t.what(), t.filterId(), bytes, t.parameters()));
    }

    /** szip with any plausible parameters and a random stream: covers padding and interleaving corner cases. */
    @Provide
    Arbitrary<Input> szipAnyParameters() {
        return Combinators.combine(Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(1, 32).map(i -> 2 * i),
                Arbitraries.oneOf(Arbitraries.integers().between(1, 32), Arbitraries.just(64)),
                Arbitraries.integers().between(1, 300), Arbitraries.integers().between(0, 3000),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300)).as((mask, ppb, bpp, pps, size, body) -> {
                    byte[] enc = new byte[4 + body.length];
                    for (int i = 0; i < 4; i++) {
                        enc[i] = (byte) (size >>> (8 * i));
                    }
                    System.arraycopy(body, 0, enc, 4, body.length);
                    return new Input("szip", 4, enc, new FilterParameters(new int[] {mask, ppb, bpp, pps}, 4, 4096));
                });
    }

    /** nbit with random atomic parameters and random packed bits. */
    @Provide
    Arbitrary<Input> nbitAnyParameters() {
        return Combinators.combine(Arbitraries.integers().between(0, 300), Arbitraries.integers().between(1, 9),
                Arbitraries.integers().between(0, 1), Arbitraries.integers().between(-2, 80),
                Arbitraries.integers().between(-2, 80), Arbitraries.bytes().array(byte[].class).ofMaxSize(300))
                .as((n, size, order, precision, offset, body) -> new Input("nbit", 5, body, new FilterParameters(
                        new int[] {8, 0, n, 1, size, order, precision, offset}, size, 4096)));
    }

    /** scaleoffset with any parameters and a random header (minbits, minval) and body. */
    @Provide
    Arbitrary<Input> scaleOffsetAnyParameters() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(-5, 70),
                Arbitraries.integers().between(0, 300), Arbitraries.integers().between(0, 2),
                Arbitraries.of(0, 1, 2, 3, 4, 8, 16), Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 70), Arbitraries.bytes().array(byte[].class).ofMaxSize(300))
                .as((type, factor, n, cls, size, flags, minbits, body) -> {
                    byte[] enc = java.util.Arrays.copyOf(body, Math.max(body.length, 5));
                    enc[0] = (byte) (int) minbits;
                    enc[1] = enc[2] = enc[3] = 0;
                    int[] cd = {type, factor, n, cls, size, flags & 1, (flags >> 1) & 1, (flags >> 2) & 1,
                        factor * 31, factor * 17};
                    return new Input("scaleoffset", 6, enc, new FilterParameters(cd, Math.max(1, size), 2400));
                });
    }

    @Property(tries = 1500)
    void scaleOffsetWithAnyParametersFailsCleanly(@ForAll("scaleOffsetAnyParameters") Input in) {
        decodeSafely(in);
    }

    @Property(tries = 1500)
    void szipWithAnyParametersFailsCleanly(@ForAll("szipAnyParameters") Input in) {
        decodeSafely(in);
    }

    @Property(tries = 1000)
    void nbitWithAnyParametersFailsCleanly(@ForAll("nbitAnyParameters") Input in) {
        decodeSafely(in);
    }

    private static void decodeSafely(Input in) {
        Filter f = Filters.require(in.filterId());
        assertThatCode(() -> {
            try {
                f.decode(in.encoded(), in.parameters());
            } catch (Hdf5Exception expected) {
                // the only acceptable failure
            }
        }).as(in.toString()).doesNotThrowAnyException();
    }

    @Property(tries = 1500)
    void mutatedChunksFailCleanly(@ForAll("mutated") Input in) {
        decodeSafely(in);
    }

    @Property(tries = 1000)
    void corruptClientDataFailsCleanly(@ForAll("badClientData") Input in) {
        decodeSafely(in);
    }

    @Property(tries = 1500)
    void randomBytesFailCleanly(@ForAll("random") Input in) {
        decodeSafely(in);
    }

    /** Long fuzz budget, run on request: ./mvnw -pl hdf5-format test -Dgroups=slow -Dtest.excludedGroups= */
    @Property(tries = 100_000)
    @Tag("slow")
    void mutatedChunksFailCleanlyLongRun(@ForAll("mutated") Input in) {
        decodeSafely(in);
    }

    @Property(tries = 50_000)
    @Tag("slow")
    void corruptClientDataFailsCleanlyLongRun(@ForAll("badClientData") Input in) {
        decodeSafely(in);
    }
}
