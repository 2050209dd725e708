package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.DataTypes;

/**
 * pynwb, its validator and nwbinspector (../shared/reference/nwb_check.py) accept the files of the tutorial's later
 * steps: dataset copies, soft links, the shallow copy, exports and an iterative write. Skipped without the
 * reference stack, except with CI=true (see {@link PynwbInteropTest}).
 */
@Tag("interop")
class ModularStorageInteropTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void findPynwb() throws Exception {
        PynwbInteropTest.findPynwb();
    }

    @Test
    void laterTutorialStepsPassPynwbTheValidatorAndTheInspector() throws Exception {
        Path one = PynwbInteropTest.writeTutorialFile(dir.resolve("external1_example.nwb"), "test_timeseries1");
        Path two = PynwbInteropTest.writeTutorialFile(dir.resolve("external2_example.nwb"), "test_timeseries2");
        double[] stamps = PynwbInteropTest.tutorialTimestamps();
        Path copied = dir.resolve("copied.nwb");
        Path soft = dir.resolve("soft.nwb");
        Path shallow = dir.resolve("shallow.nwb");
        Path linked = dir.resolve("linked.nwb");
        try (NWBFile f1 = NwbIO.read(one); NWBFile f2 = NwbIO.read(two)) {
            NWBFile c = file();
            c.addAcquisition(new TimeSeries("copied", f1.acquisition("test_timeseries1").data(), "SIunit")
                    .setTimestamps(stamps));
            c.addAcquisition(new TimeSeries("linked", ArrayData.link(f1.acquisition("test_timeseries1").data()),
                    "SIunit").setTimestamps(stamps));
            NwbIO.write(c, copied, NwbWriteOptions.defaults().linkData(false));
            NwbIO.write(f1.copy(), shallow);
            NWBFile l = file();
            l.addAcquisition(f2.acquisition("test_timeseries2"));
            l.addAcquisition(new TimeSeries("test_timeseries4", ArrayData.link(f1.acquisition("test_timeseries1")
                    .data()), "SIunit").setTimestamps(stamps));
            NwbIO.write(l, linked);
        }
        NWBFile s = file();
        TimeSeries a = new TimeSeries("a", ArrayData.of(PynwbInteropTest.tutorialData(), 100, 10), "SIunit")
                .setTimestamps(stamps);
        s.addAcquisition(a);
        s.addAcquisition(new TimeSeries("b", ArrayData.of(new double[100]), "SIunit")
                .setTimestamps(ArrayData.timestampsOf(a)));
        s.addAcquisition(new TimeSeries("c", ArrayData.dataOf(a), "SIunit").setRate(0, 10));
        double[][] blocks = new double[5][];
        for (int k = 0; k < blocks.length; k++) {
            blocks[k] = new double[333 * 4];
            Arrays.fill(blocks[k], k);
        }
        s.addAcquisition(new TimeSeries("iterative", ArrayData.fromBlocks(Arrays.asList(blocks).iterator(),
                DataTypes.FLOAT64, 4), "SIunit").setRate(0, 1000));
        NwbIO.write(s, soft);
        Path out = Files.createDirectories(dir.resolve("elsewhere"));
        Path exported = out.resolve("exported.nwb");
        NwbIO.export(linked, exported, ExportOptions.defaults().deflate(4));
        Path exportedSoft = out.resolve("exported_soft.nwb");
        NwbIO.export(soft, exportedSoft, ExportOptions.defaults().uncompressed());

        String report = PynwbInteropTest.nwbCheck(copied, soft, shallow, linked, exported, exportedSoft);
        assertThat(report).as(report).endsWith("6 passed, 0 failed");
    }

    private static NWBFile file() {
        return new NWBFile(UUID.randomUUID().toString(), "demonstrate external files", PynwbInteropTest.START);
    }
}
