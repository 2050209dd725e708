package org.nwbj.nwb.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.nwb.schema.Problem;
import org.nwbj.testing.SharedFolder;

/**
 * Files of older NWB versions (pynwb 1.0.2 to 2.2.0, the kit's nwb-backcompat folder) judged against the
 * specification they were written with, with pynwb 2.8.3's verdicts (the folder's expected.json) as the answer.
 */
class BackCompatValidationTest {
    static Path dir() {
        return SharedFolder.require("conformance/nwb-backcompat");
    }

    static FileValidation.Result validate(String name) {
        try (Hdf5File f = Hdf5File.open(dir().resolve(name))) {
            return FileValidation.validate(f);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1.0.2_nwbfile.nwb, core 2.7.0",               // nothing cached: the bundled spec stands in
        "1.0.3_nwbfile.nwb, core 2.0.2",               // pynwb's validator crashes on these two
        "1.1.0_nwbfile.nwb, core 2.1.0",
        "1.1.2_nwbfile.nwb, core 2.1.0",
        "2.1.0_imageseries_no_data.nwb, core 2.5.0",
        "2.1.0_nwbfile_with_extension.nwb, ndx-testextension",
        "2.2.0_subject_no_age__reference.nwb, core 2.5.0"})
    void validOldFilesAreValidAgainstTheirOwnSpec(String name, String spec) {
        FileValidation.Result r = validate(name);
        assertThat(r.problems()).as(name).isEmpty();
        assertThat(r.specification()).contains(spec);
    }

    @Test
    void invalidOldFilesAreFlaggedWherePynwbFlagsThem() {
        assertThat(validate("1.0.2_str_experimenter.nwb").problems()).extracting(Problem::path, Problem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/general/experimenter", Problem.Kind.SHAPE));
        assertThat(validate("1.5.1_imageseries_no_unit.nwb").problems()).containsExactly(new Problem(
                "/acquisition/test_imageseries/data", Problem.Kind.MISSING, "missing attribute unit"));
        List<Problem> noData = validate("1.5.1_timeseries_no_data.nwb").problems();
        assertThat(noData).extracting(Problem::path).containsExactly("/acquisition/test_timeseries/data");
    }

    @Test
    void theBundledSpecStillHoldsAFileWrittenWithItToItsVersion() {
        // rich.nwb caches core 2.6.0-alpha: against its own spec nothing differs; against ours the version
        // number is not held against it (pynwb does not check fixed values either), nothing else differs
        try (Hdf5File f = Hdf5File.open(ConformanceValidationTest.dir().resolve("rich.nwb"))) {
            assertThat(FileValidation.validate(f).problems()).isEmpty();
            assertThat(FileValidation.validateAgainstCore(f).problems()).isEmpty();
            assertThat(FileValidation.validate(f).specification()).contains("core 2.6.0-alpha").endsWith("(cached)");
        }
    }
}
