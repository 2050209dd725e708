package org.nwbj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.testing.SharedFolder;

class ValidateCommandTest {
    @Test
    void unreadableInputsExitWithTwo(@TempDir Path tmp) throws Exception {
        Path text = Files.write(tmp.resolve("not.nwb"), "not HDF5".getBytes("UTF-8"));
        assertThat(Main.run("validate", tmp.resolve("missing.nwb").toString())).isEqualTo(2);
        assertThat(Main.run("validate", text.toString())).isEqualTo(2);
    }

    @Test
    void validFilesExitWithZeroAndProblemsWithOne(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws java.io.IOException {
        Path minimal = SharedFolder.require("conformance/nwb/minimal.nwb");
        assertThat(Main.run("validate", "-q", minimal.toString())).isEqualTo(0);
        // nwbj's core 2.7.0 fixes nwb_version to 2.7.0 and the file says 2.6.0: a stand-in spec does not hold a
        // file to its version number (pynwb does not either)
        assertThat(Main.run("validate", "-q", "--core", minimal.toString())).isEqualTo(0);
        Path broken = Files.copy(minimal, tmp.resolve("no-identifier.nwb"));
        try (org.nwbj.hdf5.Hdf5Writer w = org.nwbj.hdf5.Hdf5Writer.open(broken)) {
            w.root().deleteLink("identifier");
        }
        assertThat(Main.run("validate", "-q", broken.toString())).isEqualTo(1);
    }
}
