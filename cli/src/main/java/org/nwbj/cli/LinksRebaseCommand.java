package org.nwbj.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.links.LinkChange;
import org.nwbj.hdf5.links.LinkRewriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nwbj links rebase --from OLD --to NEW PATH...}: rewrites the file part of matching links in place. */
@Command(name = "rebase", mixinStandardHelpOptions = true,
        description = "Rewrite, in place, the file part of external links starting with OLD (whole path "
                + "components; or whose location lies under OLD) to start with NEW. A link whose new target does "
                + "not resolve is refused unless --force.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every matching link rebased (or would be, with --dry-run)", "1:some change refused"})
final class LinksRebaseCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Option(names = "--from", required = true, paramLabel = "OLD", description = "the prefix to replace")
    String from;

    @Option(names = "--to", required = true, paramLabel = "NEW", description = "what replaces it")
    String to;

    @Option(names = {"-n", "--dry-run"}, description = "show each change, write nothing")
    boolean dryRun;

    @Option(names = "--force", description = "also write links whose new target does not resolve")
    boolean force;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "HDF5/NWB files or directories")
    List<String> paths;

    @Mixin
    LinkOptions links;

    @Override
    public Integer call() {
        LinkRewriter rw = new LinkRewriter(LinksCommand.inspector(links));
        List<LinkChange> plan = rw.planRebase(LinksCommand.paths(paths), from, to);
        int refused = 0;
        for (LinkChange c : plan) {
            boolean refuse = !c.resolves() && !force;
            refused += refuse ? 1 : 0;
            System.out.println((dryRun ? "would rewrite " : refuse ? "not rewritten " : "rewrote ")
                    + LinksCommand.change(c, refuse));
        }
        if (!dryRun) {
            rw.apply(plan, force);
        }
        long files = plan.stream().filter(c -> force || c.resolves()).map(c -> c.link().file()).distinct().count();
        System.out.println(plan.size() + " matching link" + (plan.size() == 1 ? "" : "s") + ": "
                + (plan.size() - refused) + (dryRun ? " to rewrite" : " rewritten") + " in " + files + " file"
                + (files == 1 ? "" : "s") + ", " + refused + " refused");
        return refused == 0 ? 0 : 1;
    }
}
