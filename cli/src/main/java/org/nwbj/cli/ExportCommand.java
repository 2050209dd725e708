package org.nwbj.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nwbj.nwb.ExportOptions;
import org.nwbj.nwb.NwbIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nwbj export SRC DST}: one self-contained NWB file, every external link replaced by a copy of what it
 * leads to (pynwb's {@code export} with {@code link_data=False}).
 */
@Command(name = "export", description = "Write SRC as one self-contained file DST: every external link (to a "
        + "dataset or a group) replaced by a copy of its target, soft links kept; fails, leaving no DST, if the "
        + "result would still link to another file.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--deflate", paramLabel = "N", description = "recompress every dataset of at least "
            + ExportOptions.RECOMPRESS_MIN_BYTES + " bytes with shuffle + deflate level N (0-9)", defaultValue = "-1")
    int deflate;

    @Option(names = "--uncompressed", description = "store every dataset without filters")
    boolean uncompressed;

    @Parameters(index = "0", paramLabel = "SRC")
    String source;

    @Parameters(index = "1", paramLabel = "DST")
    String target;

    @Override
    public Integer call() {
        String driver = FileOptions.recognisedDriver(source);
        if (!driver.equals("sec2")) {
            throw new UserErrors.UserError("export reads a single file; " + source + " is a " + driver
                    + " name (copy it into one file first: nwbj copy " + source + " single.nwb)");
        }
        FileOptions.requireExists(source, driver);
        if (deflate > 9 || deflate < -1) {
            throw new UserErrors.UserError("--deflate expects a level from 0 to 9, not " + deflate);
        }
        ExportOptions options = ExportOptions.defaults();
        if (uncompressed) {
            options = options.uncompressed();
        } else if (deflate >= 0) {
            options = options.deflate(deflate);
        }
        UserErrors.opening(source);
        try (Progress progress = common.progress()) {
            progress.watchBytes("export " + source, OutputSize.of(target, "sec2"),
                    OutputSize.inputBytes(source, "sec2"));
            NwbIO.export(Path.of(source), Path.of(target), options);
        }
        return 0;
    }
}
