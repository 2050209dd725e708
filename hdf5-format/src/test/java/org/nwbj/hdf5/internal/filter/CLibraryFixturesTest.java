package org.nwbj.hdf5.internal.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;

/**
 * Decodes chunks that the HDF5 C library wrote (see src/test/scripts/gen_filter_fixtures.py) and compares with
 * the same data stored unfiltered.
 */
class CLibraryFixturesTest {
    /** One line of resources/filters/index.txt. */
    record Fixture(String name, int filterId, int elementSize, int chunkBytes, int[] clientData) {
        FilterParameters parameters() {
            return new FilterParameters(clientData, elementSize, chunkBytes);
        }

        byte[] encoded() {
            return resource(name + ".enc");
        }

        byte[] raw() {
            return resource(name + ".raw");
        }

        /** The data given to the C library: differs from raw() only for lossy filters. */
        byte[] original() {
            return CLibraryFixturesTest.class.getResource("/filters/" + name + ".orig") != null
                    ? resource(name + ".orig") : raw();
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = CLibraryFixturesTest.class.getResourceAsStream("/filters/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource filters/" + name);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] b = new byte[8192];
            for (int n; (n = in.read(b)) > 0; ) {
                out.write(b, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Fixture> fixtures() {
        List<Fixture> list = new ArrayList<>();
        String text = new String(resource("index.txt"), StandardCharsets.US_ASCII);
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split(" ");
                int[] cd = f.length < 5 || f[4].isEmpty() ? new int[0]
                        : Stream.of(f[4].split(",")).mapToInt(s -> (int) Long.parseLong(s)).toArray();
                list.add(new Fixture(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        cd));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }

    static Stream<Arguments> all() {
        return fixtures().stream().map(f -> Arguments.of(Named.of(f.name(), f)));
    }

    /** Filters whose encoder must reproduce the C library's bytes exactly. */
    static Stream<Arguments> byteExactEncoders() {
        return fixtures().stream().filter(f -> f.filterId() == 2 || f.filterId() == 3 || f.filterId() == 5
                || f.filterId() == 6)
                .map(f -> Arguments.of(Named.of(f.name(), f)));
    }

    /** Filters with an encoder whose output may differ from the C library's but must decode the same. */
    static Stream<Arguments> encoders() {
        return fixtures().stream().filter(f -> !f.name().startsWith("so_f"))
                .map(f -> Arguments.of(Named.of(f.name(), f)));
    }

    @ParameterizedTest
    @MethodSource("all")
    void decodesWhatTheCLibraryWrote(Fixture f) {
        Filter filter = Filters.require(f.filterId());
        assertThat(filter.decode(f.encoded(), f.parameters())).isEqualTo(f.raw());
    }

    @ParameterizedTest
    @MethodSource("byteExactEncoders")
    void encodesLikeTheCLibrary(Fixture f) {
        Filter filter = Filters.require(f.filterId());
        assertThat(filter.encode(f.original(), f.parameters())).isEqualTo(f.encoded());
    }

    @ParameterizedTest
    @MethodSource("encoders")
    void reencodesToSomethingThatDecodes(Fixture f) {
        Filter filter = Filters.require(f.filterId());
        byte[] again = filter.encode(f.raw(), f.parameters());
        assertThat(filter.decode(again, f.parameters())).isEqualTo(f.raw());
    }
}
