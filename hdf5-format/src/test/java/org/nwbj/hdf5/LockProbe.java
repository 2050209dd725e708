package org.nwbj.hdf5;

import java.nio.file.Paths;

/** A child JVM for {@link FileLockingTest}: tries to open FILE for reading, prints "opened" or "locked: why". */
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
