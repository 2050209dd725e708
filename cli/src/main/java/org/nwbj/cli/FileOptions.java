package org.nwbj.cli;

import java.nio.file.Path;

import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.LinkPolicy;
import org.nwbj.hdf5.OpenOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by commands that open a file: driver choice, external link policy and debugging. */
final class FileOptions {
    @Option(names = "--driver", description = "sec2 (default), family or split", defaultValue = "sec2")
    String driver;

    @Option(names = "--memb-size", description = "family member size in bytes (default: detected)",
            defaultValue = "0")
    long memberSize;

    @Mixin
    LinkOptions links;

    LinkPolicy linkPolicy() {
        return links.linkPolicy();
    }

    Hdf5File open(String file) {
        if (RemoteNames.isUrl(file)) {
            return RemoteNames.open(file, openOptions());
        }
        return Hdf5File.open(Path.of(file), openOptions());
    }

    /** The driver and link policy these options choose. */
    OpenOptions openOptions() {
        return driverOptions(driver, memberSize).withLinkPolicy(linkPolicy());
    }

    /** Open options of a driver name as the C library's tools spell them. */
    static OpenOptions driverOptions(String driver, long memberSize) {
        return switch (driver) {
            case "sec2", "single" -> OpenOptions.defaults();
            case "family" -> OpenOptions.family(memberSize);
            case "split" -> OpenOptions.split();
            default -> throw new IllegalArgumentException("unknown driver " + driver
                    + " (expected sec2, family or split)");
        };
    }
}
