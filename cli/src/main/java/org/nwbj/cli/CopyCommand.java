package org.nwbj.cli;

import java.nio.file.Paths;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.Hdf5File;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code nwbj copy SRC DST}: rewrites a whole file in nwbj's own layout. */
@Command(name = "copy", description = "Copy a whole file (all objects, attributes, links, committed types, "
        + "references remapped) into a new file written by nwbj. --driver applies to SRC.")
final class CopyCommand implements Callable<Integer> {
    @Mixin
    FileOptions fileOptions;

    @picocli.CommandLine.Option(names = "--latest", description = "write superblock 3 and the HDF5 1.10 chunk "
            + "indexes (single chunk, fixed array, v2 B-tree); HDF5 1.8 cannot read the result")
    boolean latest;

    @picocli.CommandLine.Option(names = "--out-memb-size", paramLabel = "N", description = "write DST as a family "
            + "of N-byte members (DST is then a pattern such as out_%%d.h5)", defaultValue = "0")
    long outMemberSize;

    @Parameters(index = "0", paramLabel = "SRC")
    String source;

    @Parameters(index = "1", paramLabel = "DST")
    String target;

    @Override
    public Integer call() {
        try (Hdf5File f = fileOptions.open(source)) {
            if (outMemberSize > 0) {
                f.copyToFamily(Paths.get(target), outMemberSize);
            } else {
                f.copyTo(Paths.get(target), latest);
            }
        }
        return 0;
    }
}
