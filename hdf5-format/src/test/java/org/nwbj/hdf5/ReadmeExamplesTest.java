package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.DataTypes;

/**
 * The read and write examples of the README, compiled and run, so that they stay true. The code between a
 * {@code // [readme-NAME]} marker and its {@code // [/readme-NAME]} must appear, as it is here (less its
 * indentation), in a code block of README.md: change both together.
 */
class ReadmeExamplesTest {
    @TempDir
    Path tmp;

    @Test
    void writeThenRead_asTheReadmeShows() {
        Path file = tmp.resolve("recording.h5");
        float[] samples = acquire();

        // [readme-write]
        try (Hdf5Writer w = Hdf5Writer.create(file)) {
            GroupWriter acquisition = w.root().createGroup("acquisition");
            DatasetWriter voltage = acquisition.createDataset("voltage", DatasetOptions.of(DataTypes.FLOAT32, 0, 4)
                    .maxDims(Dataspace.UNLIMITED, 4).chunks(1024, 4).deflate(4).shuffle());
            voltage.resize(1000, 4);                                    // grow along the unlimited axis
            voltage.write(Selection.rows(voltage.dims(), 0, 1000), samples);
            voltage.setAttribute("unit", "volts");                      // a str attribute, as h5py writes it
            w.root().createSoftLink("latest", "/acquisition/voltage");
            w.flush();                                                  // the file on disk is complete from here on
        }
        // [/readme-write]

        // the read example prints what it found: capture it
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // [readme-read]
            try (Hdf5File f = Hdf5File.open(file)) {
                Dataset voltage = (Dataset) f.get("/acquisition/voltage");
                long[] dims = voltage.space().dims();                               // {1000, 4}
                double[] rows = voltage.readDoubles(Selection.rows(dims, 10, 5));   // rows 10..14: only their chunks
                String unit = (String) voltage.attribute("unit").readValues()[0];   // "volts"
                System.out.println(Arrays.toString(dims) + " " + unit + ", row 10: " + rows[0] + " " + rows[1]);
                for (Link link : f.root().links()) {                                // Link.Hard, .Soft or .External
                    System.out.println(link);
                }
            }
            // [/readme-read]
        } finally {
            System.setOut(stdout);
        }

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("[1000, 4] volts, row 10: " + (double) samples[40] + " "
                + (double) samples[41]);
        assertThat(lines.get(1)).startsWith("Hard[name=acquisition,");
        assertThat(lines.get(2)).isEqualTo("Soft[name=latest, target=/acquisition/voltage, creationOrder=-1]");
    }

    @Test
    void readmeShowsTheseExamplesVerbatim() throws IOException {
        // surefire runs in the module directory; the README is at the repository root
        Path readme = Path.of("").toAbsolutePath().getParent().resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Path source = Path.of("src/test/java/org/nwbj/hdf5/ReadmeExamplesTest.java");
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        for (String name : List.of("write", "read")) {
            String region = region(lines, name);
            assertThat(region).as("the [readme-%s] region of this test", name).isNotBlank();
            assertThat(text).as("README.md must show the [readme-%s] region of %s verbatim", name, source)
                    .contains(region);
        }
    }

    /** The lines between the markers, less the indentation of the first one. */
    private static String region(List<String> lines, String name) {
        int start = indexOfStripped(lines, "// [readme-" + name + "]");
        int end = indexOfStripped(lines, "// [/readme-" + name + "]");
        assertThat(start).as("marker [readme-%s]", name).isNotNegative();
        assertThat(end).as("marker [/readme-%s]", name).isGreaterThan(start);
        String marker = lines.get(start);
        int indent = marker.length() - marker.stripLeading().length();
        StringBuilder b = new StringBuilder();
        for (String line : lines.subList(start + 1, end)) {
            b.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
        }
        return b.toString();
    }

    private static int indexOfStripped(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        return -1;
    }

    /** 1000 rows of 4 channels in C order, values that a mix-up of rows or channels would change. */
    private static float[] acquire() {
        float[] samples = new float[1000 * 4];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (i / 4) + (i % 4) / 10f;
        }
        return samples;
    }
}
