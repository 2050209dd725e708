package org.nwbj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.LinkPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class FileOptionsTest {
    @Command(name = "t")
    static final class Holder {
        @Mixin
        FileOptions options;
    }

    private static LinkPolicy parse(String... args) {
        Holder h = new Holder();
        new CommandLine(h).parseArgs(args);
        return h.options.linkPolicy();
    }

    @Test
    void linkOptionsChooseThePolicy() {
        assertThat(parse()).isSameAs(LinkPolicy.defaults());
        assertThat(parse("--no-external-links").followsExternalLinks()).isFalse();
        LinkPolicy confined = parse("--link-root", "/data", "--link-root", "/more");
        assertThat(confined.followsExternalLinks()).isTrue();
        assertThat(confined.roots()).containsExactly(Paths.get("/data"), Paths.get("/more"));
        assertThat(parse("--link-root", "/data", "--no-external-links").followsExternalLinks()).isFalse();
    }
}
