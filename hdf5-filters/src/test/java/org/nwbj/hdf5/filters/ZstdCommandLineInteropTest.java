package org.nwbj.hdf5.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.filter.FilterParameters;

/**
 * Zstd has no Debian HDF5 plug-in, so the decoder is held to the reference implementation's command line: frames
 * the {@code zstd} command writes at levels 1-19 (and with --ultra -22, long windows, no checksum, several frames)
 * decode equal, and the frames nwbj writes, {@code zstd -d} decodes equal. Skipped without zstd, except in CI.
 */
@Tag("interop")
class ZstdCommandLineInteropTest {
    private static final Path ZSTD = Paths.get("/usr/bin/zstd");

    @TempDir
    Path dir;

    /** Inputs that exercise every block, literal and sequence mode the reference encoder chooses. */
    static List<byte[]> inputs() {
        Random r = new Random(3);
        byte[] noisy = new byte[400_000];
        for (int i = 0; i < noisy.length; i += 2) {
            int v = 1000 + (int) (r.nextGaussian() * 30);
            noisy[i] = (byte) v;
            noisy[i + 1] = (byte) (v >>> 8);
        }
        byte[] random = new byte[70_000];
        r.nextBytes(random);
        StringBuilder text = new StringBuilder();
        String[] words = {"chunk", "dataset", "filter", "group", "attribute", "the", "of", "HDF5", "zstd", "\n"};
        while (text.length() < 300_000) {
            text.append(words[r.nextInt(words.length)]).append(r.nextInt(5) == 0 ? ", " : " ");
        }
        byte[] mixed = new byte[200_000];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = (byte) (i % 5000 < 2500 ? 0 : r.nextInt(4));
        }
        return List.of(noisy, random, text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), mixed,
                new byte[300_000], "short".getBytes(java.nio.charset.StandardCharsets.UTF_8), new byte[0],
                tokens(r, 200_000));
    }

    /**
     * Back-to-back tokens from a small set with an odd byte between some: matches that follow each other without
     * literals, at offsets seen one, two or three matches before (every repeat offset case of RFC 8878 3.1.1.5).
     */
    static byte[] tokens(Random r, int n) {
        byte[][] set = new byte[8][];
        for (int i = 0; i < set.length; i++) {
            set[i] = new byte[5 + r.nextInt(8)];
            r.nextBytes(set[i]);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (out.size() < n) {
            byte[] t = set[r.nextInt(r.nextBoolean() ? 3 : set.length)];
            out.write(t, 0, t.length);
            if (r.nextInt(4) == 0) {
                out.write(r.nextInt(256));
            }
        }
        return out.toByteArray();
    }

    @Test
    void decodesWhatTheZstdCommandWrites() throws Exception {
        Tools.require(Files.isExecutable(ZSTD), "the zstd command (apt-get install zstd)");
        List<byte[]> inputs = inputs();
        String[][] settings = {{"-1"}, {"-3"}, {"-9"}, {"-19"}, {"--ultra", "-22"}, {"--no-check", "-5"},
            {"--long=24", "-12"}, {"--fast=5"}};
        int checked = 0;
        for (int i = 0; i < inputs.size(); i++) {
            Path raw = dir.resolve("in" + i);
            Files.write(raw, inputs.get(i));
            for (String[] s : settings) {
                Path z = dir.resolve("in" + i + ".zst");
                List<String> cmd = new java.util.ArrayList<>(List.of(ZSTD.toString(), "-q", "-f"));
                cmd.addAll(List.of(s));
                cmd.addAll(List.of(raw.toString(), "-o", z.toString()));
                Tools.Result res = Tools.run(cmd);
                assertThat(res.exit()).as(res.output()).isZero();
                byte[] frame = Files.readAllBytes(z);
                byte[] out = new ZstdFilter().decode(frame, new FilterParameters(new int[] {3}, 1,
                        inputs.get(i).length));
                assertThat(out).as("input %d, zstd %s", i, String.join(" ", s)).isEqualTo(inputs.get(i));
                checked++;
            }
        }
        // two frames back to back decode as one chunk, as ZSTD_decompress does
        byte[] a = Files.readAllBytes(dir.resolve("in0.zst"));
        byte[] two = Arrays.copyOf(a, 2 * a.length);
        System.arraycopy(a, 0, two, a.length, a.length);
        byte[] both = new byte[2 * inputs.get(0).length];
        ZstdDecoder.decompressFrame(two, 0, two.length, both, 0, both.length, "zstd test");
        assertThat(Arrays.copyOfRange(both, inputs.get(0).length, both.length)).isEqualTo(inputs.get(0));
        assertThat(checked).isEqualTo(inputs.size() * settings.length);
    }

    @Test
    void aDamagedContentChecksumOrRawBlockFailsTheChecksum() throws Exception {
        Tools.require(Files.isExecutable(ZSTD), "the zstd command (apt-get install zstd)");
        byte[] random = inputs().get(1);
        Path raw = dir.resolve("random");
        Files.write(raw, random);
        Tools.Result res = Tools.run(List.of(ZSTD.toString(), "-q", "-f", "-1", raw.toString(), "-o",
                dir.resolve("random.zst").toString()));
        assertThat(res.exit()).as(res.output()).isZero();
        byte[] frame = Files.readAllBytes(dir.resolve("random.zst"));
        assertThat(frame[4] & 0x04).as("zstd writes a content checksum by default").isNotZero();
        FilterParameters p = new FilterParameters(new int[0], 1, random.length);
        assertThat(new ZstdFilter().decode(frame, p)).isEqualTo(random);
        // random bytes are stored as a raw block: a flipped content byte leaves a well-formed frame
        for (int at : new int[] {frame.length - 1, frame.length / 2}) {
            byte[] bad = frame.clone();
            bad[at] ^= 0x10;
            assertThat(catchThrowable(() -> new ZstdFilter().decode(bad, p))).as("byte %d flipped", at)
                    .isInstanceOf(org.nwbj.hdf5.Hdf5ChecksumException.class).hasMessageContaining("XXH64");
        }
    }

    @Test
    void theZstdCommandDecodesWhatNwbjWrites() throws Exception {
        Tools.require(Files.isExecutable(ZSTD), "the zstd command (apt-get install zstd)");
        List<byte[]> inputs = inputs();
        for (int i = 0; i < inputs.size(); i++) {
            byte[] frame = new ZstdFilter().encode(inputs.get(i), new FilterParameters(new int[] {3}, 1, 0));
            Path z = dir.resolve("nwbj" + i + ".zst");
            Files.write(z, frame);
            Path back = dir.resolve("nwbj" + i + ".out");
            Tools.Result res = Tools.run(List.of(ZSTD.toString(), "-q", "-d", "-f", z.toString(), "-o",
                    back.toString()));
            assertThat(res.exit()).as(res.output()).isZero();
            assertThat(Files.readAllBytes(back)).isEqualTo(inputs.get(i));
            if (i == 0 || i == 2 || i == 3 || i == 7) {
                // noisy counts, text, runs, tokens: entropy-coded blocks, not raw ones (raw/RLE wrote about 100%)
                assertThat(frame.length).as("input %d", i).isLessThan(inputs.get(i).length * 3 / 4);
            }
        }
    }

    @Test
    void everyPrefixOfAReferenceFrameFailsCleanly() throws Exception {
        Tools.require(Files.isExecutable(ZSTD), "the zstd command (apt-get install zstd)");
        byte[] text = inputs().get(2);
        Path raw = dir.resolve("text");
        Files.write(raw, Arrays.copyOf(text, 20_000));
        Tools.Result res = Tools.run(List.of(ZSTD.toString(), "-q", "-f", "-19", raw.toString(), "-o",
                dir.resolve("text.zst").toString()));
        assertThat(res.exit()).isZero();
        byte[] frame = Files.readAllBytes(dir.resolve("text.zst"));
        for (int n = 0; n < frame.length; n++) {
            byte[] cut = Arrays.copyOf(frame, n);
            Throwable t = catchThrowable(() -> new ZstdFilter().decode(cut, new FilterParameters(new int[0], 1,
                    20_000)));
            assertThat(t).as("prefix %d of %d", n, frame.length).isInstanceOf(Hdf5Exception.class);
        }
    }
}
