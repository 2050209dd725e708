package org.nwbj.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.links.LinkGraph;
import org.nwbj.hdf5.links.LinkInspector;
import org.nwbj.hdf5.links.LinkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nwbj links graph PATH...}: which files depend on which; {@code --bundle OUT/} copies a file's closure. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Show which files depend on which through external links (text, or Graphviz DOT), "
                + "following links transitively. With --bundle, copy FILE and everything it links to into OUT, "
                + "rebased to relative links.")
final class LinksGraphCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "HDF5/NWB files or directories")
    List<String> paths;

    @Option(names = "--dot", description = "print Graphviz DOT (dot -Tsvg)")
    boolean dot;

    @Option(names = "--bundle", paramLabel = "OUT", description = "copy the (single) FILE and its dependencies "
            + "into the directory OUT, links rebased to relative names")
    Path bundle;

    @Mixin
    LinkOptions links;

    @Override
    public Integer call() {
        LinkInspector inspector = LinksCommand.inspector(links);
        if (bundle != null) {
            if (paths.size() != 1) {
                throw new IllegalArgumentException("--bundle takes one file");
            }
            LinkReport r = LinkGraph.bundle(Path.of(paths.get(0)), bundle, inspector);
            System.out.println("bundled " + r.files().size() + " file" + (r.files().size() == 1 ? "" : "s")
                    + " into " + bundle);
            r.files().forEach(f -> System.out.println("  " + f));
            System.out.println(r.summary());
            return r.healthy() ? 0 : 1;
        }
        LinkReport r = inspector.inspect(LinksCommand.paths(paths), true);
        LinkGraph g = LinkGraph.of(r);
        System.out.print(dot ? g.dot() : g.text());
        if (!dot) {
            System.out.println(r.summary());
        }
        return 0;
    }
}
