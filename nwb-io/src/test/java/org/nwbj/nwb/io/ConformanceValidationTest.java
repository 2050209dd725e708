package org.nwbj.nwb.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.nwb.schema.CoreSchemas;
import org.nwbj.nwb.schema.Problem;
import org.nwbj.nwb.schema.SpecNode;
import org.nwbj.nwb.schema.Validator;
import org.nwbj.testing.SharedFolder;

/**
 * The conformance NWB files (written by pynwb, so valid) read through the HDF5 reader and validated against the
 * specs cached in them. Skipped without the shared folder, except under {@code CI=true}.
 */
class ConformanceValidationTest {
    static Path dir() {
        return SharedFolder.require("conformance/nwb");
    }

    static Stream<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".nwb")).sorted()
                    .collect(Collectors.toList());
            assertThat(names).hasSizeGreaterThanOrEqualTo(9);
            return names.stream();
        }
    }

    static List<Problem> validate(Path file) {
        try (Hdf5File f = Hdf5File.open(file)) {
            return new Validator(CachedSpecs.catalog(f)).validate(Hdf5SpecNode.root(f));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void pynwbFilesAreValid(String name) {
        assertThat(validate(dir().resolve(name))).as(name).isEmpty();
    }

    @Test
    void externalLinksAreFollowedIntoTheFilesBeside() {
        try (Hdf5File f = Hdf5File.open(dir().resolve("rich_shallow_copy.nwb"))) {
            SpecNode probe = child(child(child(Hdf5SpecNode.root(f), "general"), "devices"), "probe");
            assertThat(probe.kind()).isEqualTo(SpecNode.Kind.LINK);
            SpecNode target = probe.linkTarget();
            assertThat(target).isNotNull();
            assertThat(target.path()).isEqualTo("/general/devices/probe");
            assertThat(target.attributes().get("neurodata_type").value()).isEqualTo("Device");
        }
    }

    @Test
    void externalLinksToAMissingFileAreReported(@TempDir Path tmp) throws IOException {
        Path alone = Files.copy(dir().resolve("rich_shallow_copy.nwb"), tmp.resolve("rich_shallow_copy.nwb"));
        List<Problem> problems = validate(alone);
        assertThat(problems).isNotEmpty().allMatch(p -> p.kind() == Problem.Kind.LINK
                || p.kind() == Problem.Kind.MISSING);
        assertThat(problems).extracting(Problem::path).contains("/general/extracellular_ephys/electrodes/id");
    }

    @Test
    void ourCoreSchemasFindOnlyTheVersionNumber() {
        try (Hdf5File f = Hdf5File.open(dir().resolve("rich.nwb"))) {
            assertThat(new Validator(CoreSchemas.catalog()).validate(Hdf5SpecNode.root(f))).containsExactly(
                    new Problem("/@nwb_version", Problem.Kind.VALUE, "value '2.6.0', spec fixes '2.7.0'"));
        }
    }

    @Test
    void nodesShowTypesShapesValuesAndReferences() {
        try (Hdf5File f = Hdf5File.open(dir().resolve("rich.nwb"))) {
            SpecNode es = child(child(Hdf5SpecNode.root(f), "acquisition"), "ElectricalSeries");
            SpecNode data = child(es, "data");
            assertThat(data.kind()).isEqualTo(SpecNode.Kind.DATASET);
            assertThat(data.shape()).containsExactly(50, 4);
            assertThat(data.attributes().get("unit").value()).isEqualTo("volts");
            SpecNode region = child(es, "electrodes");
            Object table = region.attributes().get("table").value();
            SpecNode target = region.dereference(table);
            assertThat(target.path()).isEqualTo("/general/extracellular_ephys/electrodes");
            assertThat(target.attributes().get("neurodata_type").value()).isEqualTo("DynamicTable");
            assertThat(es.dtype()).isNull();
            assertThat(child(Hdf5SpecNode.root(f), "identifier").value()).isInstanceOf(String.class);
        }
    }

    private static SpecNode child(SpecNode parent, String name) {
        for (SpecNode c : parent.children()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no child " + name + " in " + parent.path());
    }
}
