package org.nwbj.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.LinkPolicy;
import org.nwbj.hdf5.OpenOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options shared by commands that open a file: driver choice and external link policy. Without {@code --driver},
 * the driver is recognised from the name, the same way for every command: a name holding {@code %d} is a family
 * ({@code family_%d.h5}), a NAME that does not exist while NAME-m.h5 and NAME-r.h5 do is a split pair.
 */
final class FileOptions {
    @Option(names = "--driver", paramLabel = "DRIVER",
            description = "sec2, family or split (default: recognised from the name: a family when it holds %%d, "
                    + "a split pair when only NAME-m.h5 and NAME-r.h5 exist)")
    String driver;

    @Option(names = "--memb-size", paramLabel = "N", description = "family member size in bytes (default: detected)",
            defaultValue = "0")
    long memberSize;

    @Mixin
    LinkOptions links;

    LinkPolicy linkPolicy() {
        return links.linkPolicy();
    }

    /** Opens {@code file} with these options, saying "no such file: X" in the user's terms when it is missing. */
    Hdf5File open(String file) {
        if (RemoteNames.isUrl(file)) {
            UserErrors.opening(file);
            return RemoteNames.open(file, remoteOptions(file));
        }
        return Hdf5File.open(Path.of(file), openOptions(file));
    }

    /** The driver and link policy for {@code file}: the driver given, else the one its name shows. */
    OpenOptions openOptions(String file) {
        String d = driver != null ? driver : recognisedDriver(file);
        requireExists(file, d);
        UserErrors.opening(file);
        return driverOptions(d, memberSize).withLinkPolicy(linkPolicy());
    }

    /** For a URL (nothing to probe before opening): the driver given, else family for a member pattern. */
    OpenOptions remoteOptions(String url) {
        String d = driver != null ? driver : isPattern(url) ? "family" : "sec2";
        return driverOptions(d, memberSize).withLinkPolicy(linkPolicy());
    }

    /** The driver a file name shows: family for a member pattern, split when only the pair's members exist. */
    static String recognisedDriver(String name) {
        if (isPattern(name)) {
            return "family";
        }
        if (!Files.exists(Paths.get(name)) && Files.exists(Paths.get(name + "-m.h5"))
                && Files.exists(Paths.get(name + "-r.h5"))) {
            return "split";
        }
        return "sec2";
    }

    /** True for a family member pattern such as {@code data_%d.h5} or {@code data_%05d.h5}. */
    static boolean isPattern(String name) {
        return name.matches(".*%0?\\d*d.*");
    }

    /** True when {@code name} names a file nwbj can open: a file, a family's first member or a split pair. */
    static boolean names(String name) {
        return switch (recognisedDriver(name)) {
            case "family" -> Files.isRegularFile(Paths.get(firstMember(name)));
            case "split" -> true;
            default -> Files.isRegularFile(Paths.get(name));
        };
    }

    private static String firstMember(String pattern) {
        try {
            return String.format(pattern.replaceAll("%(?!0?\\d*d)", "%%"), 0);
        } catch (java.util.IllegalFormatException e) {
            return pattern;
        }
    }

    /** Refuses a missing input before the library does, naming it as the user wrote it. */
    static void requireExists(String file, String driver) {
        switch (driver) {
            case "family" -> {
                if (isPattern(file) && !Files.exists(Paths.get(firstMember(file)))) {
                    throw new UserErrors.UserError("no such file: " + firstMember(file)
                            + " (the first member of the family " + file + ")");
                }
            }
            case "split" -> {
                for (String part : new String[] {file + "-m.h5", file + "-r.h5"}) {
                    if (!Files.exists(Paths.get(part))) {
                        throw new UserErrors.UserError("no such file: " + part + " (of the split pair " + file + ")");
                    }
                }
            }
            default -> {
                if (!Files.exists(Paths.get(file))) {
                    throw new UserErrors.UserError("no such file: " + file);
                }
                if (Files.isDirectory(Paths.get(file))) {
                    throw new UserErrors.UserError("a directory, not an HDF5 file: " + file);
                }
            }
        }
    }

    /** Open options of a driver name as the C library's tools spell them. */
    static OpenOptions driverOptions(String driver, long memberSize) {
        return switch (driver) {
            case "sec2", "single" -> OpenOptions.defaults();
            case "family" -> OpenOptions.family(memberSize);
            case "split" -> OpenOptions.split();
            default -> throw new UserErrors.UserError("unknown driver " + driver
                    + " (expected sec2, family or split)");
        };
    }
}
