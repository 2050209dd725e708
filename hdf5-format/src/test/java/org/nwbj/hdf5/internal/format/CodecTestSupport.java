package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.nwbj.hdf5.Hdf5Exception;

/**
 * Helpers of the codec tests: hex literals, readers over test bytes, the structures the C library wrote
 * (resources/codecs/clib.hex, made by src/test/scripts/gen_codec_bytes.py), truncation and mutation checks.
 */
final class CodecTestSupport {
    static final FormatContext O4 = new FormatContext(4, 4);
    static final FormatContext O8 = FormatContext.DEFAULT;
    /** The file address test bytes pretend to live at. */
    static final long AT = 0x1000;

    private static Map<String, Fixture> clib;

    private CodecTestSupport() {
    }

    /** One structure copied from a file the C library wrote: its file address and bytes. */
    record Fixture(long address, byte[] bytes) {
        FormatReader reader(String structure, FormatContext ctx) {
            return new FormatReader(ByteBuffer.wrap(bytes), address, structure, ctx);
        }

        ByteBuffer buffer() {
            return ByteBuffer.wrap(bytes);
        }
    }

    /** Bytes of a hex literal; whitespace, '|' and '_' separate fields for readability. */
    static byte[] hex(String s) {
        String h = s.replaceAll("[\\s|_]", "");
        if (h.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits: " + h.length());
        }
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static String hexOf(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            sb.append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }

    /** {@code b} followed by its Jenkins lookup3 checksum, little-endian. */
    static byte[] withChecksum(byte[] b) {
        long c = Checksums.lookup3(b, 0, b.length);
        byte[] out = Arrays.copyOf(b, b.length + 4);
        for (int i = 0; i < 4; i++) {
            out[b.length + i] = (byte) (c >>> (8 * i));
        }
        return out;
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static FormatReader reader(byte[] b, FormatContext ctx) {
        return new FormatReader(ByteBuffer.wrap(b), AT, "Test", ctx);
    }

    static synchronized Fixture clib(String key) {
        if (clib == null) {
            Map<String, Fixture> m = new HashMap<>();
            try (InputStream in = CodecTestSupport.class.getResourceAsStream("/codecs/clib.hex")) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("#") || line.isBlank()) {
                        continue;
                    }
                    String[] f = line.split(" ");
                    m.put(f[0], new Fixture(Long.parseLong(f[1]), hex(f[2])));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            clib = m;
        }
        Fixture f = clib.get(key);
        if (f == null) {
            throw new IllegalArgumentException("no structure " + key + " in clib.hex");
        }
        return f;
    }

    /**
     * Decodes every strict prefix of {@code full}: each must fail with an {@link Hdf5Exception}, or, where
     * {@code allowedPrefix} says a prefix is itself a valid (shorter) structure, decode and pass that check.
     */
    static <T> void assertPrefixesRejected(byte[] full, Function<ByteBuffer, T> decode,
            PrefixCheck<T> allowedPrefix) {
        for (int n = 0; n < full.length; n++) {
            ByteBuffer b = ByteBuffer.wrap(Arrays.copyOf(full, n));
            T result;
            try {
                result = decode.apply(b);
            } catch (Hdf5Exception expected) {
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError("prefix of " + n + " bytes: " + e, e);
            }
            if (allowedPrefix == null || !allowedPrefix.accepts(n, result)) {
                fail("prefix of %d of %d bytes decoded to %s", n, full.length, result);
            }
        }
    }

    static <T> void assertPrefixesRejected(byte[] full, Function<ByteBuffer, T> decode) {
        assertPrefixesRejected(full, decode, null);
    }

    /** What a codec may still say about a prefix of a valid structure. */
    @FunctionalInterface
    interface PrefixCheck<T> {
        boolean accepts(int length, T result);
    }

    /** Runs a decode: success and Hdf5Exception are fine, anything else fails the test. */
    static void onlyHdf5Exceptions(Runnable decode) {
        try {
            decode.run();
        } catch (Hdf5Exception expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    /** A valid encoding with 1 to 4 bytes replaced at random positions (and sometimes cut short). */
    static Arbitrary<byte[]> mutationsOf(byte[]... valid) {
        Arbitrary<byte[]> base = Arbitraries.of(valid);
        return base.flatMap(v -> {
            Arbitrary<Integer> pos = Arbitraries.integers().between(0, Math.max(0, v.length - 1));
            Arbitrary<Byte> val = Arbitraries.oneOf(Arbitraries.bytes(),
                    Arbitraries.of((byte) 0, (byte) 0xff, (byte) 0x80, (byte) 1, (byte) 0x7f));
            Arbitrary<Integer> cut = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(v.length)),
                    Tuple.of(1, Arbitraries.integers().between(0, v.length)));
            return Combinators.combine(pos.list().ofMinSize(1).ofMaxSize(4), val.list().ofSize(4), cut)
                    .as((ps, vs, c) -> {
                        byte[] m = v.clone();
                        for (int i = 0; i < ps.size(); i++) {
                            if (m.length > 0) {
                                m[ps.get(i)] = vs.get(i);
                            }
                        }
                        return Arrays.copyOf(m, Math.max(c, 0));
                    });
        });
    }
}
