package org.nwbj.cli;

import java.util.concurrent.Callable;

import org.nwbj.hdf5.FileInfo;
import org.nwbj.hdf5.Hdf5File;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code nwbj info FILE}: superblock, sizes, driver and object counts. */
@Command(name = "info", description = "Show the superblock, driver and object counts of a file.")
final class InfoCommand implements Callable<Integer> {
    @Mixin
    FileOptions fileOptions;

    @Parameters(paramLabel = "FILE")
    String file;

    @Override
    public Integer call() {
        try (Hdf5File f = fileOptions.open(file)) {
            FileInfo i = f.info();
            System.out.println("file:               " + file);
            System.out.println("driver:             " + i.driver());
            System.out.println("superblock version: " + i.superblockVersion());
            System.out.println("offsets/lengths:    " + i.offsetSize() + "/" + i.lengthSize() + " bytes");
            System.out.println("user block:         " + i.userBlockSize() + " bytes");
            System.out.println("end of file:        " + i.endOfFileAddress());
            Walker.Counts c = Walker.count(f);
            System.out.println("groups:             " + c.groups());
            System.out.println("datasets:           " + c.datasets());
            System.out.println("named datatypes:    " + c.datatypes());
            System.out.println("soft links:         " + c.softLinks());
            System.out.println("external links:     " + c.externalLinks());
        }
        return 0;
    }
}
