package org.nwbj.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.links.LinkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nwbj links check PATH...}: every external link of every file, followed; exit 1 when any is broken. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every external link of the files (directories: recursively): target file found, "
                + "object found, of the expected kind and NWB type. Files the links reach are checked too.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every link resolves", "1:some link is broken or some file unreadable"})
final class LinksCheckCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "HDF5/NWB files or directories")
    List<String> paths;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Option(names = {"-b", "--broken-only"}, description = "list only the broken links (and the summary)")
    boolean brokenOnly;

    @Option(names = "--no-follow", description = "check only the files named, not the files their links reach")
    boolean noFollow;

    @Mixin
    LinkOptions links;

    @Override
    public Integer call() throws Exception {
        LinkReport r = LinksCommand.inspector(links).inspect(LinksCommand.paths(paths), !noFollow);
        if (json) {
            System.out.println(LinksCommand.json(r));
        } else {
            LinksCommand.printReport(r, brokenOnly, System.out);
        }
        return r.healthy() ? 0 : 1;
    }
}
