package org.nwbj.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.Hdf5IoException;

/**
 * Says what went wrong in the user's terms: "no such file: X", "not an HDF5 file: X (no signature found)",
 * "truncated: X ends at byte N, the file needs M"; other library errors keep their own message (structure, address,
 * expected and found), prefixed with the file they came from.
 */
final class UserErrors {
    /** An error already worded for the user (a missing file, a bad option value). */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }

    /** The file the command is working on, for errors that arise while reading it. */
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private UserErrors() {
    }

    /** Records the file being opened, so that an error while reading it can name it and check its size. */
    static void opening(String file) {
        CURRENT.set(file);
    }

    static void reset() {
        CURRENT.remove();
    }

    /** The one-line message for an error of the command, mentioning the file being worked on when there is one. */
    static String describe(Throwable e) {
        return describe(e, CURRENT.get());
    }

    static String describe(Throwable e, String file) {
        if (e instanceof UserError) {
            return e.getMessage();
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof NoSuchFileException n) {
                return "no such file: " + (n.getFile() != null ? n.getFile() : file);
            }
            if (c instanceof AccessDeniedException a) {
                return "permission denied: " + (a.getFile() != null ? a.getFile() : file);
            }
        }
        if (e instanceof Hdf5FormatException f && "Superblock".equals(f.structure())
                && String.valueOf(f.getMessage()).contains("no HDF5 signature")) {
            return "not an HDF5 file: " + (file != null ? file : "?") + " (no signature found)";
        }
        if (e instanceof Hdf5Exception && !(e instanceof Hdf5IoException) && file != null) {
            String truncated = truncation(file);
            if (truncated != null) {
                return truncated;
            }
        }
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        msg = msg.replace('\n', ' ');
        if (!(e instanceof Hdf5Exception)) {
            msg = e.getClass().getSimpleName() + ": " + msg; // a bug or a foreign error: keep its kind visible
        }
        return file != null && !msg.contains(file) ? file + ": " + msg : msg;
    }

    /**
     * "truncated: X ends at byte N, the file needs M" when a single file is shorter than the end of its address
     * space as its superblock records it, else null (not a single file, the superblock unreadable, or not short).
     */
    static String truncation(String file) {
        Path p = Paths.get(file);
        if (!Files.isRegularFile(p)) {
            return null;
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            long size = Files.size(p);
            long needs = f.info().userBlockSize() + f.info().endOfFileAddress();
            return size < needs ? "truncated: " + file + " ends at byte " + size + ", the file needs " + needs : null;
        } catch (RuntimeException | java.io.IOException unreadable) {
            return null;
        }
    }
}
