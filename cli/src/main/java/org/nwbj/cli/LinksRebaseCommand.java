package org.nwbj.cli;

import java.io.IOException;
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
                + "not resolve is refused unless --force. Matching virtual dataset sources are listed but not "
                + "rewritten (not supported in place yet).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every matching link rebased (or would be, with --dry-run)",
            "1:some change refused or not writable"})
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

    @Option(names = "--json", description = "print the changes as JSON")
    boolean json;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "HDF5/NWB files or directories")
    List<String> paths;

    @Mixin
    LinkOptions links;

    @Override
    public Integer call() throws IOException {
        LinkRewriter rw = new LinkRewriter(LinksCommand.inspector(links));
        List<LinkChange> plan = rw.planRebase(LinksCommand.paths(paths), from, to);
        if (!dryRun) {
            rw.apply(plan, force);
        }
        int refused = 0;
        int notWritable = 0;
        for (LinkChange c : plan) {
            notWritable += c.writable() ? 0 : 1;
            refused += c.writable() && !c.resolves() && !force ? 1 : 0;
        }
        long files = plan.stream().filter(this::written).map(c -> c.link().file()).distinct().count();
        int done = plan.size() - refused - notWritable;
        String summary = plan.size() + " matching link" + (plan.size() == 1 ? "" : "s") + ": " + done
                + (dryRun ? " to rewrite" : " rewritten") + " in " + files + " file" + (files == 1 ? "" : "s") + ", "
                + refused + " refused" + (notWritable == 0 ? "" : ", " + notWritable + " virtual source"
                + (notWritable == 1 ? "" : "s") + " not writable");
        if (json) {
            final int r = refused;
            final int v = notWritable;
            System.out.println(LinksCommand.jsonObject(g -> {
                g.writeBooleanField("dryRun", dryRun);
                g.writeArrayFieldStart("changes");
                for (LinkChange c : plan) {
                    g.writeStartObject();
                    LinksCommand.writeLink(g, c.link());
                    g.writeStringField("newFile", c.newFile());
                    g.writeStringField("status", status(c));
                    g.writeBooleanField("resolves", c.resolves());
                    g.writeStringField("after", c.after().verdict().name());
                    if (c.after().detail() != null) {
                        g.writeStringField("detail", c.after().detail());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeNumberField("matching", plan.size());
                g.writeNumberField(dryRun ? "toRewrite" : "rewritten", done);
                g.writeNumberField("refused", r);
                g.writeNumberField("notWritable", v);
                g.writeNumberField("fileCount", files);
                g.writeStringField("summary", summary);
            }));
        } else {
            for (LinkChange c : plan) {
                boolean refuse = !written(c);
                System.out.println((dryRun ? refuse ? "would not rewrite " : "would rewrite "
                        : refuse ? "not rewritten " : "rewrote ") + LinksCommand.change(c, refuse));
            }
            System.out.println(summary);
        }
        return refused + notWritable == 0 ? 0 : 1;
    }

    private boolean written(LinkChange c) {
        return c.writable() && (force || c.resolves());
    }

    /** rewritten / would_rewrite / refused / not_writable (a virtual dataset source). */
    private String status(LinkChange c) {
        if (!c.writable()) {
            return "not_writable";
        }
        if (!force && !c.resolves()) {
            return "refused";
        }
        return dryRun ? "would_rewrite" : "rewritten";
    }
}
