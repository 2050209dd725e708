package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.nwb.schema.AttributeSpec;
import org.nwbj.nwb.schema.GroupSpec;

/**
 * A file pynwb writes with an extension namespace (make_extension_nwb.py) opens in nwbj: the extension's types come
 * from the spec the file caches, a TimeSeries subtype is a TimeSeries, the other type a generic container.
 */
@Tag("interop")
class ExtensionInteropTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void findPynwb() throws Exception {
        PynwbInteropTest.findPynwb();
    }

    @Test
    void extensionTypesOpenThroughTheCachedSpec() throws Exception {
        org.nwbj.testing.Python.Result r = PynwbInteropTest.run(PynwbInteropTest.pythonPath(), "/usr/bin/python3",
                Paths.get("src/test/scripts/make_extension_nwb.py").toString(), dir.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        Path file = dir.resolve("extension.nwb");
        try (NwbContainer root = NwbIO.open(file)) {
            NwbContainer rated = (NwbContainer) root.get("acquisition/rated");
            assertThat(rated.neurodataType()).isEqualTo("RatedSeries");
            assertThat(rated.namespace()).isEqualTo("ndx-nwbj-test");
            assertThat(rated.isA("TimeSeries")).isTrue();
            assertThat(rated.isA("NWBDataInterface")).isTrue();
            assertThat(rated.attribute("gain")).isEqualTo(2.5);
            GroupSpec spec = (GroupSpec) rated.spec();
            assertThat(spec.attributes()).extracting(AttributeSpec::name).contains("gain", "description");
            assertThat(rated.dataset("data").readLongs()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);

            NwbContainer notes = (NwbContainer) root.get("processing/notes/annotations");
            assertThat(notes.neurodataType()).isEqualTo("Annotations");
            assertThat(notes.isA("TimeSeries")).isFalse();
            assertThat(notes.dataset("notes").readValues()).containsExactly("started", "stopped");
        }
        try (NWBFile f = NwbIO.read(file)) {
            TimeSeries ts = f.acquisition("rated");
            assertThat(ts.neurodataType()).isEqualTo("RatedSeries");
            assertThat(ts.rate()).isEqualTo(100.0);
            assertThat(ts.unit()).isEqualTo("mV");
        }
    }
}
