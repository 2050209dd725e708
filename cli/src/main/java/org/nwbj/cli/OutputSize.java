package org.nwbj.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.LongSupplier;

/**
 * Sizes of the files a copy reads and writes, for progress of library calls that report nothing: a single file
 * (or the temporary file it is written as, {@code NAME.*.tmp} beside it), a family's members, a split pair.
 */
final class OutputSize {
    private OutputSize() {
    }

    /** The bytes written so far to {@code target} written with {@code driver}. */
    static LongSupplier of(String target, String driver) {
        return switch (driver) {
            case "family" -> () -> familyBytes(target);
            case "split" -> () -> size(Paths.get(target + "-m.h5")) + size(Paths.get(target + "-r.h5"));
            default -> () -> temporaryBytes(Paths.get(target).toAbsolutePath());
        };
    }

    /** The bytes of an input, read with {@code driver} (0 when unknown). */
    static long inputBytes(String source, String driver) {
        return switch (driver) {
            case "family" -> familyBytes(source);
            case "split" -> size(Paths.get(source + "-m.h5")) + size(Paths.get(source + "-r.h5"));
            default -> size(Paths.get(source));
        };
    }

    private static long familyBytes(String pattern) {
        long total = 0;
        for (int i = 0; i < 1_000_000; i++) {
            Path member;
            try {
                member = Paths.get(String.format(pattern, i));
            } catch (java.util.IllegalFormatException e) {
                return total;
            }
            if (!Files.exists(member)) {
                return total;
            }
            total += size(member);
        }
        return total;
    }

    private static long temporaryBytes(Path target) {
        Path dir = target.getParent();
        long total = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, target.getFileName() + ".*.tmp")) {
            for (Path p : s) {
                total += size(p);
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return total;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
