package org.nwbj.nwb.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.testing.SharedFolder;

/** The Inspector's settings and the findings it gives on the conformance kit's pynwb files. */
class InspectorTest {
    static Path kit() {
        return SharedFolder.require("conformance/nwb");
    }

    @Test
    void richFileGivesWhatNwbinspectorGives() {
        // nwbinspector 0.5.2 on rich.nwb: the same 9 findings (check_inspect_agreement.sh compares all kit files)
        List<InspectorMessage> found = Inspector.defaults().inspect(kit().resolve("rich.nwb"));
        assertThat(found).extracting(InspectorMessage::checkName, InspectorMessage::location,
                InspectorMessage::importance).containsExactlyInAnyOrder(
                tuple("check_description", "/acquisition/ElectricalSeries", Importance.BEST_PRACTICE_SUGGESTION),
                tuple("check_description", "/acquisition/TwoPhotonSeries", Importance.BEST_PRACTICE_SUGGESTION),
                tuple("check_description", "/processing/behavior/BehavioralEvents/licks",
                        Importance.BEST_PRACTICE_SUGGESTION),
                tuple("check_description", "/processing/behavior/Position/position",
                        Importance.BEST_PRACTICE_SUGGESTION),
                tuple("check_description", "/processing/ophys/Fluorescence/RoiResponseSeries",
                        Importance.BEST_PRACTICE_SUGGESTION),
                tuple("check_image_series_external_file_valid", "/acquisition/movie", Importance.CRITICAL),
                tuple("check_image_series_external_file_valid", "/acquisition/movie", Importance.CRITICAL),
                tuple("check_regular_timestamps", "/processing/behavior/Position/position",
                        Importance.BEST_PRACTICE_VIOLATION),
                tuple("check_data_orientation", "/acquisition/TwoPhotonSeries", Importance.CRITICAL));
        assertThat(found).filteredOn(m -> m.checkName().equals("check_regular_timestamps")).singleElement()
                .extracting(InspectorMessage::message).isEqualTo("TimeSeries appears to have a constant sampling "
                        + "rate. Consider specifying starting_time=0.0 and rate=10.0 instead of timestamps.");
        assertThat(found).allMatch(m -> m.filePath().endsWith("rich.nwb"));
    }

    @Test
    void thresholdLeavesOutLowerLevels() {
        List<InspectorMessage> found = Inspector.defaults().threshold(Importance.CRITICAL)
                .inspect(kit().resolve("rich.nwb"));
        assertThat(found).hasSize(3).allMatch(m -> m.importance() == Importance.CRITICAL);
        assertThat(Inspector.defaults().threshold(Importance.CRITICAL).checks()).doesNotContainKey(
                "check_description").containsEntry("check_data_orientation", Importance.CRITICAL);
    }

    @Test
    void dandiRaisesSubjectChecksAndLowersDataOrientation() throws IOException {
        Inspector dandi = Inspector.defaults().dandi();
        assertThat(dandi.checks()).containsEntry("check_subject_exists", Importance.CRITICAL)
                .containsEntry("check_data_orientation", Importance.BEST_PRACTICE_VIOLATION);
        List<InspectorMessage> minimal = dandi.threshold(Importance.CRITICAL).inspect(kit().resolve("minimal.nwb"));
        assertThat(minimal).extracting(InspectorMessage::checkName).containsExactly("check_subject_exists");
    }

    @Test
    void proteinSubjectsSkipTheSubjectChecksUnderDandi(@TempDir Path tmp) throws IOException {
        Path f = Files.copy(kit().resolve("rich.nwb"), tmp.resolve("protein.nwb"));
        try (Hdf5Writer w = Hdf5Writer.open(f)) {
            w.root().group("general/subject").deleteLink("species");
            w.root().group("general/subject").deleteLink("subject_id");
            w.root().group("general/subject").createDataset("subject_id", "protein-42");
        }
        assertThat(Inspector.defaults().inspect(f)).extracting(InspectorMessage::checkName)
                .contains("check_subject_species_exists");
        assertThat(Inspector.defaults().dandi().inspect(f)).extracting(InspectorMessage::checkName)
                .doesNotContain("check_subject_species_exists");
    }

    @Test
    void ignoreLeavesChecksOut() {
        List<InspectorMessage> found = Inspector.defaults().ignore(Arrays.asList("check_description",
                "check_data_orientation")).inspect(kit().resolve("rich.nwb"));
        assertThat(found).extracting(InspectorMessage::checkName).doesNotContain("check_description",
                "check_data_orientation").contains("check_regular_timestamps");
    }

    @Test
    void foldersAreSearchedAndSharedIdentifiersReported(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("sub"));
        Files.copy(kit().resolve("minimal.nwb"), tmp.resolve("a.nwb"));
        Files.copy(kit().resolve("minimal.nwb"), tmp.resolve("sub/b.nwb"));
        Files.writeString(tmp.resolve("sub/broken.nwb"), "not an HDF5 file");
        Files.writeString(tmp.resolve("notes.txt"), "ignored");
        Map<Path, String> unreadable = new LinkedHashMap<>();
        List<InspectorMessage> found = Inspector.defaults().inspectAll(Collections.singletonList(tmp), unreadable);
        assertThat(unreadable).containsOnlyKeys(tmp.resolve("sub/broken.nwb"));
        assertThat(found).filteredOn(m -> m.checkName().equals(Inspector.UNIQUE_IDENTIFIERS)).singleElement()
                .satisfies(m -> {
                    assertThat(m.importance()).isEqualTo(Importance.CRITICAL);
                    assertThat(m.message()).contains("['a.nwb', 'b.nwb']");
                });
        assertThat(found).filteredOn(m -> m.checkName().equals("check_subject_exists")).hasSize(2);
    }

    @Test
    void aFailingCheckIsReportedAsAnErrorAndTheOthersRun() {
        Check broken = new Check("check_broken", Importance.CRITICAL, "TimeSeries") {
            @Override
            public void check(NeurodataObject object, List<String> out) {
                throw new IllegalStateException("boom");
            }
        };
        List<InspectorMessage> found = Inspector.withChecks(Arrays.asList(broken, new
                org.nwbj.nwb.inspect.checks.CheckDataOrientation())).inspect(kit().resolve("rich.nwb"));
        assertThat(found).filteredOn(m -> m.importance() == Importance.ERROR).isNotEmpty()
                .allMatch(m -> m.message().contains("boom"));
        assertThat(found).extracting(InspectorMessage::checkName).contains("check_data_orientation");
    }

    @Test
    void containersLinkedFromAnotherFileAreInspectedAtTheirPathThere() {
        List<InspectorMessage> found = Inspector.defaults().inspect(kit().resolve("external_linkdataset_example.nwb"));
        // nwbinspector reports a series whose data is linked from another file where that data lives
        assertThat(found).filteredOn(m -> m.checkName().equals("check_regular_timestamps"))
                .extracting(InspectorMessage::objectName, InspectorMessage::location).containsExactlyInAnyOrder(
                        tuple("test_timeseries4", "/acquisition/test_timeseries1"),
                        tuple("test_timeseries5", "/acquisition/test_timeseries1"));
    }
}
