package org.nwbj.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.links.LinkChange;
import org.nwbj.hdf5.links.LinkInspector;
import org.nwbj.hdf5.links.LinkReport;
import org.nwbj.hdf5.links.LinkRewriter;
import org.nwbj.hdf5.links.Repair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nwbj links repair --search DIR... PATH...}: finds the moved targets of broken links and rebases them. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Find the target of each broken link under the search directories (by file name; for NWB "
                + "files also by identifier and object_id when the name changed) and rebase the link to it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every broken link fixed (or none broken)", "1:some link could not be fixed"})
final class LinksRepairCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Option(names = "--search", required = true, arity = "1..*", paramLabel = "DIR",
            description = "where to look for moved or renamed targets (recursively)")
    List<String> search;

    @Option(names = {"-n", "--dry-run"}, description = "show what would be fixed, write nothing")
    boolean dryRun;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "HDF5/NWB files or directories to repair")
    List<String> paths;

    @Mixin
    LinkOptions links;

    @Override
    public Integer call() {
        LinkInspector inspector = LinksCommand.inspector(links);
        LinkReport report = inspector.inspect(LinksCommand.paths(paths), false);
        LinkRewriter rw = new LinkRewriter(inspector);
        List<Repair> plan = rw.planRepair(report, LinksCommand.paths(search));
        List<LinkChange> changes = new ArrayList<>();
        int unfixed = 0;
        for (Repair r : plan) {
            if (r.fixed()) {
                changes.add(r.change());
                System.out.println((dryRun ? "would fix " : "fixed ") + LinksCommand.change(r.change(), false)
                        + "  (" + r.note() + ")");
            } else {
                unfixed++;
                System.out.println("unfixed " + r.broken().link().file() + ":" + r.broken().link().linkPath()
                        + " -> " + r.broken().link().targetFile() + ":" + r.broken().link().targetPath() + "  ("
                        + r.note() + ")");
            }
        }
        if (!dryRun) {
            rw.apply(changes, false);
            // links that went through a repaired file may resolve now
            for (Repair r : plan) {
                if (!r.fixed() && !inspector.check(r.broken().link()).broken()) {
                    unfixed--;
                    System.out.println("resolves now " + r.broken().link().file() + ":" + r.broken().link()
                            .linkPath() + "  (a file it links through was repaired)");
                }
            }
        }
        System.out.println(report.broken().size() + " broken link" + (report.broken().size() == 1 ? "" : "s")
                + " in " + report.files().size() + " file" + (report.files().size() == 1 ? "" : "s") + ": "
                + (plan.size() - unfixed) + (dryRun ? " fixable" : " fixed") + ", " + unfixed + " unfixed");
        return unfixed == 0 ? 0 : 1;
    }
}
