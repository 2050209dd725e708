package org.nwbj.nwb.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nwbj.testing.SharedFolder;

/**
 * Validates the conformance NWB files (written by pynwb, so valid) against the specs cached in them, reading their
 * h5py dumps until the Java HDF5 reader exists. Skipped without the shared folder, except under {@code CI=true}.
 */
class ConformanceValidationTest {
    static Stream<Arguments> dumps() throws IOException {
        Path dir = SharedFolder.require("conformance/nwb");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> dumps = files.filter(p -> p.getFileName().toString().endsWith(".nwb.json")).sorted().toList();
            assertThat(dumps).isNotEmpty();
            return dumps.stream().map(p -> Arguments.of(p.getFileName().toString(), p));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dumps")
    void pynwbFilesAreValid(String name, Path dump) {
        Validator validator = new Validator(SpecCatalog.of(CachedSpecsTest.loadAll()));
        SpecNode root = H5JsonTree.load(dump);
        assertThat(validator.validate(root)).as(name).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void problemsDeepInARealFileAreFound() {
        Path rich = SharedFolder.require("conformance/nwb").resolve("rich.nwb.json");
        Validator validator = new Validator(SpecCatalog.of(CachedSpecsTest.loadAll()));
        SpecNode root = H5JsonTree.load(rich);
        assertThat(validator.validate(Without.of(root, "/general/extracellular_ephys/shank0/device")))
                .extracting(Problem::path, Problem::kind).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "/general/extracellular_ephys/shank0/device", Problem.Kind.MISSING));
        assertThat(validator.validate(Without.of(root, "/acquisition/ElectricalSeries/data@unit")))
                .extracting(Problem::path, Problem::kind).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "/acquisition/ElectricalSeries/data", Problem.Kind.MISSING));
        assertThat(validator.validate(Without.of(root, "/units/id")))
                .extracting(Problem::path, Problem::kind).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "/units/id", Problem.Kind.MISSING));
        // against nwbj's own 2.7.0 schemas only the fixed version number differs
        assertThat(new Validator(CoreSchemas.catalog()).validate(root)).containsExactly(
                new Problem("/@nwb_version", Problem.Kind.VALUE, "value '2.6.0', spec fixes '2.7.0'"));
    }
}
