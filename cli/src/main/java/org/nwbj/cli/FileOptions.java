package org.nwbj.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.LinkPolicy;
import org.nwbj.hdf5.OpenOptions;
import picocli.CommandLine.Option;

/** Options shared by commands that open a file: driver choice, external link policy and debugging. */
final class FileOptions {
    @Option(names = "--driver", description = "sec2 (default), family or split", defaultValue = "sec2")
    String driver;

    @Option(names = "--memb-size", description = "family member size in bytes (default: detected)",
            defaultValue = "0")
    long memberSize;

    @Option(names = "--debug", description = "print stack traces of errors")
    boolean debug;

    @Option(names = "--link-root", paramLabel = "DIR",
            description = "follow external links only to files inside DIR (repeatable)")
    List<Path> linkRoots = new ArrayList<>();

    @Option(names = "--no-external-links", description = "never follow external links")
    boolean noExternalLinks;

    LinkPolicy linkPolicy() {
        if (noExternalLinks) {
            return LinkPolicy.none();
        }
        return linkRoots.isEmpty() ? LinkPolicy.defaults() : LinkPolicy.confined(linkRoots.toArray(new Path[0]));
    }

    Hdf5File open(String file) {
        return Hdf5File.open(Path.of(file), openOptions());
    }

    /** The driver and link policy these options choose. */
    OpenOptions openOptions() {
        OpenOptions o = switch (driver) {
            case "sec2", "single" -> OpenOptions.defaults();
            case "family" -> OpenOptions.family(memberSize);
            case "split" -> OpenOptions.split();
            default -> throw new IllegalArgumentException("unknown driver " + driver
                    + " (expected sec2, family or split)");
        };
        return o.withLinkPolicy(linkPolicy());
    }
}
