package org.nwbj.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.NamedDatatype;
import org.nwbj.hdf5.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nwbj ls [-r] FILE[/PATH]}: list a group's members like h5ls. */
@Command(name = "ls", description = "List the members of a group (FILE or FILE/PATH), like h5ls.")
final class LsCommand implements Callable<Integer> {
    @Mixin
    FileOptions fileOptions;

    @Option(names = {"-r", "--recursive"}, description = "list all groups recursively")
    boolean recursive;

    @Option(names = "--plain", description = "list HDF5 objects only, without NWB types")
    boolean plain;

    @Parameters(paramLabel = "FILE[/PATH]")
    String target;

    private boolean nwb;

    @Override
    public Integer call() {
        String[] fp = FilePath.split(target);
        try (Hdf5File f = fileOptions.open(fp[0])) {
            nwb = !plain && NwbTypes.isNwb(f);
            Node n = f.get(fp[1]);
            if (n instanceof Group g) {
                list(g, recursive);
            } else {
                System.out.println(describe(n.path(), n));
            }
        }
        return 0;
    }

    private void list(Group g, boolean deep) {
        for (Link l : g.links()) {
            String path = g.path().equals("/") ? "/" + l.name() : g.path() + "/" + l.name();
            String shown = recursive ? path : l.name();
            if (l instanceof Link.Soft s) {
                System.out.println(pad(shown) + "Soft Link {" + s.target() + "}" + linkedType(g, l));
            } else if (l instanceof Link.External e) {
                System.out.println(pad(shown) + "External Link {" + e.file() + "/" + e.target() + "}"
                        + linkedType(g, l));
            } else {
                Node n = g.get(l.name());
                System.out.println(describe(shown, n));
                if (deep && n instanceof Group child && !child.path().equals(g.path())) {
                    list(child, true);
                }
            }
        }
    }

    /** For NWB files, the type of what a link leads to ("" when untyped, unresolvable or not NWB). */
    private String linkedType(Group g, Link l) {
        if (!nwb) {
            return "";
        }
        try {
            String t = NwbTypes.describe(g.get(l.name()));
            return t == null ? "" : "  -> " + t;
        } catch (RuntimeException unresolved) {
            return "  (unresolved: " + unresolved.getMessage() + ")";
        }
    }

    private String describe(String shown, Node n) {
        String type = nwb ? NwbTypes.describe(n) : null;
        if (type != null) {
            // typed entries keep two spaces before the type even after long paths
            return (shown.length() >= 23 ? shown + "  " : pad(shown)) + type;
        }
        if (n instanceof Dataset d) {
            long[] dims = d.space().dims();
            return pad(shown) + "Dataset " + Arrays.toString(dims).replace('[', '{').replace(']', '}');
        } else if (n instanceof NamedDatatype) {
            return pad(shown) + "Type";
        }
        return pad(shown) + "Group";
    }

    private static String pad(String s) {
        return s.length() >= 24 ? s + " " : s + " ".repeat(24 - s.length());
    }
}
