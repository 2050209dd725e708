package org.nwbj.nwb.inspect.checks;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** External file names of an ImageSeries, judged as nwbinspector does (Windows rules for absoluteness). */
final class ExternalFiles {
    private ExternalFiles() {
    }

    /** Python's {@code ntpath.isabs}: a leading slash or backslash, or a drive letter followed by one. */
    static boolean isAbsolute(String name) {
        if (name.startsWith("/") || name.startsWith("\\")) {
            return true;
        }
        return name.length() >= 3 && Character.isLetter(name.charAt(0)) && name.charAt(1) == ':'
                && (name.charAt(2) == '/' || name.charAt(2) == '\\');
    }

    /** True when {@code name} is absolute on this machine (a Windows path is relative on Linux, as Python sees it). */
    static boolean isAbsoluteHere(String name) {
        try {
            return Paths.get(name).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** True when {@code name} names an existing file relative to {@code dir}. */
    static boolean exists(Path dir, String name) {
        try {
            return dir != null && Files.exists(dir.resolve(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
