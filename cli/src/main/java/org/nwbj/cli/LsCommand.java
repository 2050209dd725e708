package org.nwbj.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.Attribute;
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

/**
 * {@code nwbj ls [-r] [-v] FILE[/PATH]}: list a group's members like h5ls, each dataset with its shape (current/max),
 * type, and with {@code -v} its layout, chunks, filters, storage and attributes. With {@code -r}, an object reached
 * again by another hard link is shown as h5ls does ({@code Group, same as /first/path}) and not entered again, so
 * links that form a loop end.
 */
@Command(name = "ls", description = "List the members of a group (FILE or FILE/PATH), like h5ls: datasets with "
        + "shape {current/max} and type; -v adds layout, chunks, filters, storage and attributes.")
final class LsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    FileOptions fileOptions;

    @Option(names = {"-r", "--recursive"}, description = "list all groups recursively (each object once)")
    boolean recursive;

    @Option(names = {"-v", "--verbose"}, description = "also show each dataset's layout, chunks, filters, storage "
            + "size and attributes")
    boolean verbose;

    @Option(names = "--plain", description = "list HDF5 objects only, without NWB types")
    boolean plain;

    @Parameters(paramLabel = "FILE[/PATH]")
    String target;

    private final PrintStream out = System.out;
    private boolean nwb;

    @Override
    public Integer call() {
        String[] fp = FilePath.split(target);
        try (Hdf5File f = fileOptions.open(fp[0])) {
            nwb = !plain && NwbTypes.isNwb(f);
            Node n = f.get(fp[1]);
            if (!(n instanceof Group g)) {
                print(n.path().substring(n.path().lastIndexOf('/') + 1), n);
            } else if (recursive) {
                listRecursively(f, g);
            } else {
                for (Link l : g.links()) {
                    printLink(g, l, l.name());
                }
            }
        }
        out.flush();
        return 0;
    }

    /** Every link under {@code start}, paths shown relative to it (as h5ls does), each object listed once. */
    private void listRecursively(Hdf5File f, Group start) {
        String base = start.path().equals("/") ? "" : start.path();
        Map<Long, String> kinds = new HashMap<>();
        Walker.walk(f, start, e -> {
            String shown = e.path().equals(start.path()) ? "/" : e.path().substring(base.length());
            if (e.node() != null) {
                kinds.put(e.node().address(), kind(e.node()));
                if (e.node() != start || base.isEmpty()) {
                    print(shown, e.node());
                }
            } else if (e.hardTarget() != null) {
                Link.Hard h = (Link.Hard) e.link();
                out.println(pad(shown) + kinds.getOrDefault(h.address(), "Object") + ", same as " + e.hardTarget());
            } else {
                // the parent is needed only to show where an NWB link leads
                Group parent = nwb ? (Group) f.get(e.path().substring(0, Math.max(1, e.path().lastIndexOf('/'))))
                        : null;
                printLink(parent, e.link(), shown);
            }
        });
    }

    private void printLink(Group g, Link l, String shown) {
        if (l instanceof Link.Soft s) {
            out.println(pad(shown) + "Soft Link {" + s.target() + "}" + linkedType(g, l));
        } else if (l instanceof Link.External e) {
            out.println(pad(shown) + "External Link {" + e.file() + "/" + e.target() + "}" + linkedType(g, l));
        } else {
            print(shown, g.get(l.name()));
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

    private void print(String shown, Node n) {
        out.println(describe(shown, n));
        if (verbose && n instanceof Dataset d) {
            details(d);
        }
    }

    private String describe(String shown, Node n) {
        String type = nwb ? NwbTypes.describe(n) : null;
        if (type != null) {
            // typed entries keep two spaces before the type even after long paths
            return (shown.length() >= 23 ? shown + "  " : pad(shown)) + type;
        }
        if (n instanceof Dataset d) {
            return pad(shown) + "Dataset " + TypeNames.shape(d.space()) + "  " + TypeNames.of(d.type());
        }
        return pad(shown) + kind(n);
    }

    private static String kind(Node n) {
        return n instanceof Dataset ? "Dataset" : n instanceof NamedDatatype ? "Type" : "Group";
    }

    /** h5ls -v's lines for a dataset: type, layout and chunks, filters, storage, attributes. */
    private void details(Dataset d) {
        out.println("    Type:      " + TypeNames.of(d.type()));
        String layout = d.storageLayout().name().toLowerCase(Locale.ROOT);
        long[] chunks = d.chunkDims();
        if (chunks != null) {
            StringBuilder c = new StringBuilder(layout).append(", chunks {");
            long bytes = d.type().size();
            for (int i = 0; i < chunks.length; i++) {
                c.append(i == 0 ? "" : ", ").append(chunks[i]);
                bytes *= chunks[i];
            }
            layout = c.append("} (").append(bytes).append(" bytes), ").append(d.allocatedChunks())
                    .append(" allocated").toString();
        }
        out.println("    Layout:    " + layout);
        if (!d.filters().isEmpty()) {
            StringBuilder fl = new StringBuilder();
            for (org.nwbj.hdf5.FilterInfo filter : d.filters()) {
                fl.append(fl.length() == 0 ? "" : ", ").append(TypeNames.filter(filter));
            }
            out.println("    Filters:   " + fl);
        }
        long logical = d.space().elementCount() * d.type().size();
        long allocated = d.storageSize();
        String use = allocated == 0 ? "" : String.format(Locale.ROOT, ", %.2f%% utilization",
                100.0 * logical / allocated);
        out.println("    Storage:   " + logical + " logical bytes, " + allocated + " allocated bytes" + use);
        for (Attribute a : d.attributes()) {
            out.println("    Attribute: " + a.name() + " " + TypeNames.shape(a.space()) + "  "
                    + TypeNames.of(a.type()));
        }
    }

    private static String pad(String s) {
        return s.length() >= 24 ? s + " " : s + " ".repeat(25 - s.length()); // h5ls's "%-24s "
    }
}
