package org.nwbj.cli;

import java.nio.file.Paths;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.CopyOptions;
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
            + "indexes (single chunk, fixed array, extensible array, v2 B-tree); HDF5 1.8 cannot read the result")
    boolean latest;

    @picocli.CommandLine.Option(names = "--out-memb-size", paramLabel = "N", description = "write DST as a family "
            + "of N-byte members (DST is then a pattern such as out_%%d.h5)", defaultValue = "0")
    long outMemberSize;

    @picocli.CommandLine.Option(names = "--chunks", paramLabel = "D1xD2...", description = "chunk every dataset "
            + "of this rank with these dimensions (clipped to the dataset's), like h5repack -l CHUNK=D1xD2; other "
            + "ranks keep their chunks or get guessed ones when compressed")
    String chunks;

    @picocli.CommandLine.Option(names = "--deflate", paramLabel = "N", description = "compress every non-scalar "
            + "dataset with deflate level N (0-9), chunking it when needed; replaces the source's filters",
            defaultValue = "-1")
    int deflate;

    @picocli.CommandLine.Option(names = "--shuffle", description = "byte-shuffle every non-scalar dataset before "
            + "compression; replaces the source's filters")
    boolean shuffle;

    @picocli.CommandLine.Option(names = "--out-driver", paramLabel = "DRIVER", description = "sec2 (default) or "
            + "split: write DST as the pair DST-m.h5 (metadata) + DST-r.h5 (raw data), as h5py's driver='split' "
            + "names them", defaultValue = "sec2")
    String outDriver;

    @Parameters(index = "0", paramLabel = "SRC")
    String source;

    @Parameters(index = "1", paramLabel = "DST")
    String target;

    @Override
    public Integer call() {
        try (Hdf5File f = fileOptions.open(source)) {
            boolean repack = chunks != null || deflate >= 0 || shuffle;
            if (("split".equals(outDriver) && latest) || (outMemberSize > 0 && (latest || repack))) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), outMemberSize > 0
                        ? "--out-memb-size copies as stored: --latest, --chunks, --deflate and --shuffle do not apply"
                        : "--out-driver split writes superblock 0: --latest does not apply");
            }
            if ("split".equals(outDriver)) {
                f.copyToSplit(Paths.get(target), options());
            } else if (!"sec2".equals(outDriver)) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--out-driver expects sec2 or split, not " + outDriver);
            } else if (outMemberSize > 0) {
                f.copyToFamily(Paths.get(target), outMemberSize);
            } else {
                f.copyTo(Paths.get(target), options());
            }
        }
        return 0;
    }

    private CopyOptions options() {
        CopyOptions o = latest ? CopyOptions.defaults().latest() : CopyOptions.defaults();
        if (chunks != null) {
            String[] parts = chunks.toLowerCase(java.util.Locale.ROOT).split("x");
            long[] dims = new long[parts.length];
            try {
                for (int i = 0; i < parts.length; i++) {
                    dims[i] = Long.parseLong(parts[i].trim());
                }
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--chunks expects dimensions like 100x10, not " + chunks);
            }
            o = o.chunks(dims);
        }
        if (deflate >= 0) {
            o = o.deflate(deflate);
        }
        if (shuffle) {
            o = o.shuffle();
        }
        return o;
    }
}
