package org.nwbj.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.links.LinkChange;
import org.nwbj.hdf5.links.LinkInspector;
import org.nwbj.hdf5.links.LinkReport;
import org.nwbj.hdf5.links.LinkRewriter;
import org.nwbj.hdf5.links.Repair;
import org.nwbj.hdf5.links.StoredLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nwbj links repair --search DIR... PATH...}: finds the moved targets of broken links and rebases them. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Find the target of each broken link under the search directories (by file name; for NWB "
                + "files also by identifier and object_id when the name changed) and rebase the link to it. "
                + "Broken virtual dataset sources are searched too but not rewritten (not supported in place yet).",
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

    @Option(names = "--json", description = "print the repairs as JSON")
    boolean json;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "HDF5/NWB files or directories to repair")
    List<String> paths;

    @Mixin
    LinkOptions links;

    /** One broken link's outcome: fixed, would_fix, unfixed, not_writable or resolves_now. */
    private record Outcome(Repair repair, String status, String note) {
    }

    @Override
    public Integer call() throws IOException {
        LinkInspector inspector = LinksCommand.inspector(links);
        LinkReport report = inspector.inspect(LinksCommand.paths(paths), false);
        LinkRewriter rw = new LinkRewriter(inspector);
        List<Repair> plan = rw.planRepair(report, LinksCommand.paths(search));
        List<LinkChange> changes = new ArrayList<>();
        for (Repair r : plan) {
            if (r.fixed() && r.change().writable()) {
                changes.add(r.change());
            }
        }
        if (!dryRun) {
            rw.apply(changes, false);
        }
        List<Outcome> outcomes = new ArrayList<>();
        int unfixed = 0;
        for (Repair r : plan) {
            String status;
            String note = r.note();
            if (r.fixed() && r.change().writable()) {
                status = dryRun ? "would_fix" : "fixed";
            } else if (r.fixed()) {
                status = "not_writable";
                note += "; nwbj cannot rewrite a virtual dataset's mappings in place yet";
            } else if (!dryRun && !inspector.check(r.broken().link()).broken()) {
                status = "resolves_now"; // it went through a file that was repaired
                note = "a file it links through was repaired";
            } else {
                status = "unfixed";
            }
            unfixed += status.equals("unfixed") || status.equals("not_writable") ? 1 : 0;
            outcomes.add(new Outcome(r, status, note));
        }
        int broken = report.broken().size();
        String summary = broken + " broken link" + (broken == 1 ? "" : "s") + " in " + report.files().size()
                + " file" + (report.files().size() == 1 ? "" : "s") + ": " + (plan.size() - unfixed)
                + (dryRun ? " fixable" : " fixed") + ", " + unfixed + " unfixed";
        if (json) {
            final int u = unfixed;
            System.out.println(LinksCommand.jsonObject(g -> {
                g.writeBooleanField("dryRun", dryRun);
                g.writeArrayFieldStart("repairs");
                for (Outcome o : outcomes) {
                    g.writeStartObject();
                    LinksCommand.writeLink(g, o.repair().broken().link());
                    g.writeStringField("was", o.repair().broken().verdict().name());
                    g.writeStringField("status", o.status());
                    if (o.repair().fixed()) {
                        g.writeStringField("newFile", o.repair().change().newFile());
                    }
                    g.writeStringField("note", o.note());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeNumberField("broken", broken);
                g.writeNumberField(dryRun ? "fixable" : "fixed", plan.size() - u);
                g.writeNumberField("unfixed", u);
                g.writeNumberField("fileCount", report.files().size());
                g.writeStringField("summary", summary);
            }));
        } else {
            for (Outcome o : outcomes) {
                StoredLink l = o.repair().broken().link();
                String head = switch (o.status()) {
                    case "fixed", "would_fix" -> (dryRun ? "would fix " : "fixed ")
                            + LinksCommand.change(o.repair().change(), false);
                    case "not_writable" -> "unfixed " + LinksCommand.change(o.repair().change(), false);
                    case "resolves_now" -> "resolves now " + l.file() + ":" + l.linkPath();
                    default -> "unfixed " + l.file() + ":" + l.linkPath() + (l.virtual() ? " [vds]" : "") + " -> "
                            + l.targetFile() + ":" + l.targetPath();
                };
                System.out.println(head + "  (" + o.note() + ")");
            }
            System.out.println(summary);
        }
        return unfixed == 0 ? 0 : 1;
    }
}
