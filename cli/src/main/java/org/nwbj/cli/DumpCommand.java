package org.nwbj.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.Hdf5File;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nwbj dump --json FILE}: the canonical h5json/1 content dump. */
@Command(name = "dump", description = "Dump a file's content (h5json/1 with --json).")
final class DumpCommand implements Callable<Integer> {
    @Mixin
    FileOptions fileOptions;

    @Option(names = "--json", description = "print the h5json/1 dump (the only format so far)")
    boolean json;

    @Parameters(paramLabel = "FILE")
    String file;

    @Override
    public Integer call() throws Exception {
        try (Hdf5File f = fileOptions.open(file)) {
            Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            new JsonDump(f, w).write();
            w.flush();
        }
        return 0;
    }
}
