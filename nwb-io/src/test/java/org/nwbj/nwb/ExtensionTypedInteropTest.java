package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.nwb.schema.Namespace;
import org.nwbj.nwb.types.NWBDataInterface;
import org.nwbj.nwb.types.ProcessingModule;
import org.nwbj.nwb.types.TimeSeries;
import org.nwbj.nwb.types.TypedIO;
import org.nwbj.nwb.types.TypedObject;

/**
 * Extension types through the typed classes: a file pynwb writes with ndx-nwbj-test (make_extension_nwb.py) reads
 * with each extension type as its nearest core ancestor's class, own fields included; nwbj writes new objects of
 * those types from the extension's YAML, caching it, and pynwb reads them back.
 */
@Tag("interop")
class ExtensionTypedInteropTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void findPynwb() throws Exception {
        PynwbInteropTest.findPynwb();
    }

    @Test
    void extensionTypesReadAndWriteTyped() throws Exception {
        org.nwbj.testing.Python.Result r = PynwbInteropTest.run(PynwbInteropTest.pythonPath(), "/usr/bin/python3",
                Paths.get("src/test/scripts/make_extension_nwb.py").toString(), dir.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        try (org.nwbj.nwb.types.NWBFile nwb = TypedIO.read(dir.resolve("extension.nwb"))) {
            TypedObject rated = nwb.acquisition().get("rated");
            assertThat(rated).isInstanceOf(TimeSeries.class);
            assertThat(rated.neurodataType()).isEqualTo("RatedSeries");
            assertThat(rated.isA("TimeSeries")).isTrue();
            assertThat(rated.get("gain")).isEqualTo(2.5);
            assertThat(((TimeSeries) rated).rate()).isEqualTo(100.0);
            assertThat(((TimeSeries) rated).unit()).isEqualTo("mV");
            ProcessingModule notes = (ProcessingModule) nwb.processing().get("notes");
            TypedObject annotations = notes.dataInterfaces().get("annotations");
            assertThat(annotations).isInstanceOf(NWBDataInterface.class);
            assertThat(annotations.neurodataType()).isEqualTo("Annotations");
            assertThat(((ArrayData.Stored) annotations.get("notes")).dataset().readValues())
                    .containsExactly("started", "stopped");
        }
        List<Namespace> ndx = TypedIO.loadExtension(dir.resolve("spec/ndx-nwbj-test.namespace.yaml"));
        org.nwbj.nwb.types.NWBFile nwb = org.nwbj.nwb.types.TypedTablesTestAccess.newFile("ext-written");
        nwb.addAcquisition(new TimeSeries("rated2").setData(ArrayData.of(new long[] {1, 2, 3, 4}, 2, 2))
                .setUnit("mV").setStartingTime(0.0).setRate(50.0).withType("ndx-nwbj-test", "RatedSeries")
                .set("gain", 4.5));
        Path out = dir.resolve("written.nwb");
        TypedIO.write(nwb, out, ndx);
        PynwbInteropTest.nwbCheck(out);
        org.nwbj.testing.Python.Result read = PynwbInteropTest.run(PynwbInteropTest.pythonPath(), "/usr/bin/python3", "-c",
                "import sys, warnings; warnings.simplefilter('ignore')\n"
                        + "from pynwb import NWBHDF5IO\n"
                        + "with NWBHDF5IO(sys.argv[1], 'r', load_namespaces=True) as io:\n"
                        + "    ts = io.read().acquisition['rated2']\n"
                        + "    print(type(ts).__name__, ts.gain, ts.rate, ts.data[:].tolist())", out.toString());
        assertThat(read.out()).as(read.out()).endsWith("RatedSeries 4.5 50.0 [[1, 2], [3, 4]]");
    }
}
