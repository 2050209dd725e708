package org.nwbj.hdf5.testing;

import java.nio.file.Paths;

import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5FileLockedException;

/** A child JVM for {@code org.nwbj.hdf5.FileLockingTest}: tries to open FILE for reading, prints "opened" or "locked: why". */
public final class LockProbe {
    private LockProbe() {
    }

    public static void main(String[] args) {
        try (Hdf5File f = Hdf5File.open(Paths.get(args[0]))) {
            System.out.println("opened " + f.root().links().size());
        } catch (Hdf5FileLockedException e) {
            System.out.println("locked: " + e.getMessage());
        }
    }
}
