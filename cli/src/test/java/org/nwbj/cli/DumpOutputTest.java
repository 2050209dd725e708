package org.nwbj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.nwb.ArrayData;
import org.nwbj.nwb.NWBFile;
import org.nwbj.nwb.NwbIO;
import org.nwbj.nwb.TimeSeries;

/** {@code dump -d} slices (text and JSON), {@code ls} shapes and -v, and JSON outputs that strict parsers accept. */
class DumpOutputTest {
    /** Strict: a bare NaN or Infinity in the output fails the parse. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS).build();

    @TempDir
    Path dir;

    /** /grid: int64 10x7 with values 10*row + column, unlimited rows, chunks 3x4, deflate; /special: NaN, ±inf. */
    private Path file() {
        Path p = dir.resolve("grid.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            long[] v = new long[70];
            for (int i = 0; i < v.length; i++) {
                v[i] = 10L * (i / 7) + i % 7;
            }
            w.root().createDataset("grid", DatasetOptions.of(DataTypes.INT64, 10, 7)
                    .maxDims(org.nwbj.hdf5.Dataspace.UNLIMITED, 7).chunks(3, 4).deflate(4)).writeAll(v);
            w.root().createDataset("special", new double[] {1.5, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY});
        }
        return p;
    }

    @Test
    void dumpDataset_printsAHyperslabAsH5dumpDoes() {
        Path p = file();
        CliRun r = CliRun.of("dump", "-d", "/grid", "-s", "2,1", "-c", "3,4", p.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("   (2,1): 21, 22, 23, 24\n   (3,1): 31, 32, 33, 34\n   (4,1): 41, 42, 43, 44\n")
                .contains("DATASPACE  {10/Inf, 7}");
        // stride and block, and the same in h5dump's bracket form
        CliRun strided = CliRun.of("dump", "-d", "/grid", "-s", "1,0", "-S", "3,2", "-c", "2,2", "-k", "2,1",
                p.toString());
        assertThat(strided.out()).contains("   (1,0): 10, 12\n   (2,0): 20, 22\n   (4,0): 40, 42\n   (5,0): 50, 52\n");
        CliRun bracket = CliRun.of("dump", "-d", "/grid[1,0;3,2;2,2;2,1]", p.toString());
        assertThat(bracket.out()).isEqualTo(strided.out());
        // default count: as many as fit
        assertThat(CliRun.of("dump", "-d", "/grid", "-s", "8,5", p.toString()).out())
                .contains("   (8,5): 85, 86\n   (9,5): 95, 96\n   }");
    }

    @Test
    void dumpDataset_json() throws Exception {
        Path p = file();
        CliRun r = CliRun.of("dump", "-d", "/grid", "-s", "1,0", "-S", "3,2", "-c", "2,2", "-k", "2,1", "--json",
                p.toString());
        JsonNode n = JSON.readTree(r.out());
        assertThat(n.get("path").asText()).isEqualTo("/grid");
        assertThat(n.get("data").toString()).isEqualTo("[[10,12],[20,22],[40,42],[50,52]]");
        assertThat(n.get("selection").get("block").toString()).isEqualTo("[2,1]");
        JsonNode whole = JSON.readTree(CliRun.of("dump", "-d", "/special", "--json", p.toString()).out());
        assertThat(whole.get("data").toString()).isEqualTo("[1.5,\"NaN\",\"Infinity\",\"-Infinity\"]");
        assertThat(CliRun.of("dump", "-d", "/special", p.toString()).out()).contains("(0): 1.5, nan, inf, -inf");
    }

    @Test
    void dumpDataset_refusesBadSelectionsInOneLine() {
        Path p = file();
        CliRun rank = CliRun.of("dump", "-d", "/grid", "-s", "1", p.toString());
        assertThat(rank.exit()).isEqualTo(1);
        assertThat(rank.err()).isEqualTo("nwbj dump: start (-s) has 1 value(s), /grid has 2 dimension(s)\n");
        CliRun outside = CliRun.of("dump", "-d", "/grid", "-s", "9,0", "-c", "2,1", p.toString());
        assertThat(outside.err()).startsWith("nwbj dump: selection outside /grid {10/Inf, 7}");
        assertThat(CliRun.of("dump", "-s", "1,1", p.toString()).err()).contains("give it with -d PATH");
    }

    @Test
    void wholeFileJson_isValidJsonWithNanAsStrings() throws Exception {
        CliRun r = CliRun.of("dump", "--json", file().toString());
        JsonNode n = JSON.readTree(r.out());
        JsonNode special = null;
        for (JsonNode o : n.get("objects")) {
            if (o.get("path").asText().equals("/special")) {
                special = o;
            }
        }
        assertThat(special.get("data").toString()).isEqualTo("[1.5,\"NaN\",\"Infinity\",\"-Infinity\"]");
    }

    @Test
    void ls_showsShapeMaxShapeTypeAndWithVLayout() {
        Path p = file();
        CliRun r = CliRun.of("ls", p.toString());
        assertThat(r.out()).contains("grid                     Dataset {10/Inf, 7}  int64\n")
                .contains("special                  Dataset {4}  float64\n");
        CliRun v = CliRun.of("ls", "-v", p.toString() + "/grid");
        assertThat(v.out()).contains("    Layout:    chunked, chunks {3, 4} (96 bytes), 8 allocated")
                .contains("    Filters:   deflate(4)").containsPattern("Storage:   560 logical bytes, \\d+ allocated");
    }

    @Test
    void timeseries_isValidJsonWithoutHarnessFields() throws Exception {
        Path p = dir.resolve("ts.nwb");
        NWBFile f = new NWBFile("id-1", "json test", OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
        f.addAcquisition(new TimeSeries("ts", ArrayData.of(new double[] {1, Double.NaN, 3}, 3), "V")
                .setRate(0.0, 10.0).setResolution(Double.NaN).setOffset(Double.NEGATIVE_INFINITY));
        NwbIO.write(f, p);
        CliRun r = CliRun.of("timeseries", p.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode file = JSON.readTree(r.out()).get(0);
        assertThat(file.has("reader")).isFalse();
        assertThat(file.has("pynwb_error")).isFalse();
        JsonNode ts = file.get("timeseries").get(0);
        assertThat(ts.get("resolution").asText()).isEqualTo("NaN");
        assertThat(ts.get("offset").asText()).isEqualTo("-Infinity");
        assertThat(ts.get("rate").asDouble()).isEqualTo(10.0);
        assertThat(TimeseriesCommand.json(Double.POSITIVE_INFINITY)).isEqualTo("\"Infinity\"");

        // hard links that form a loop (a TimeSeries holding a link to the root, an untyped group to itself) end
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            w.root().group("acquisition/ts").createHardLink("back_to_root", w.root());
            GroupWriter loose = w.root().createGroup("loose");
            loose.createHardLink("self", loose);
        }
        CliRun looped = CliRun.of("timeseries", p.toString());
        assertThat(looped.exit()).as(looped.toString()).isZero();
        assertThat(JSON.readTree(looped.out()).get(0).get("timeseries")).hasSize(1);
        CliRun ls = CliRun.of("ls", "-r", p.toString());
        assertThat(ls.exit()).isZero();
        assertThat(ls.out()).contains("/acquisition/ts/back_to_root", "Group, same as /").contains("/loose/self");
    }
}
