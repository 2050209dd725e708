package org.nwbj.hdf5.links;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nwbj.hdf5.Hdf5IoException;

/**
 * Which files depend on which through external links and virtual dataset sources: one edge per linking file and
 * named file, counting its links, broken when any of them is. Built from a {@link LinkReport} (inspect with
 * {@code followTargets} for the whole closure).
 */
public final class LinkGraph {
    /**
     * An edge: {@code from} links {@code links} times to {@code targetFile}, found at {@code to} (null: not found).
     *
     * @param from the linking file
     * @param targetFile the file name its links store
     * @param to the file found for that name, or null
     * @param links the number of links along this edge
     * @param broken how many of them are broken
     */
    public record Edge(Path from, String targetFile, Path to, int links, int broken) {
    }

    private final LinkReport report;
    private final List<Edge> edges;

    private LinkGraph(LinkReport report, List<Edge> edges) {
        this.report = report;
        this.edges = edges;
    }

    /**
     * {@return the graph of a report's links}
     *
     * @param report the links found
     */
    public static LinkGraph of(LinkReport report) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, LinkStatus> firsts = new LinkedHashMap<>();
        for (LinkStatus s : report.links()) {
            if (s.link().virtual() && s.link().targetFile().equals(".")) {
                continue; // a virtual dataset's source in its own file: no dependency between files
            }
            String key = s.link().file() + "\0" + s.link().targetFile();
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[0]++;
            if (s.broken()) {
                c[1]++;
            }
            LinkStatus f = firsts.get(key);
            if (f == null || f.resolvedFile() == null && s.resolvedFile() != null) {
                firsts.put(key, s);
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (Map.Entry<String, LinkStatus> e : firsts.entrySet()) {
            LinkStatus s = e.getValue();
            int[] c = counts.get(e.getKey());
            edges.add(new Edge(s.link().file(), s.link().targetFile(), s.resolvedFile(), c[0], c[1]));
        }
        return new LinkGraph(report, edges);
    }

    /** {@return the files, as found} */
    public List<Path> files() {
        return report.files();
    }

    /** {@return the edges, in the order the report found them} */
    public List<Edge> edges() {
        return edges;
    }

    /** {@return one line per file, then its dependencies indented: {@code -> name (found at PATH, N links)}} */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Path f : report.files()) {
            b.append(f).append('\n');
            for (Edge e : edges) {
                if (e.from().equals(f)) {
                    b.append("  -> ").append(e.targetFile()).append(" (")
                            .append(e.to() == null ? "NOT FOUND" : "at " + e.to()).append(", ").append(e.links())
                            .append(e.links() == 1 ? " link" : " links")
                            .append(e.broken() == 0 ? "" : ", " + e.broken() + " broken").append(")\n");
                }
            }
        }
        return b.toString();
    }

    /**
     * {@return the graph in Graphviz DOT: files as nodes, dependencies as edges labelled with link counts, broken in
     * red}
     */
    public String dot() {
        Map<Path, String> ids = new LinkedHashMap<>();
        StringBuilder b = new StringBuilder("digraph links {\n  rankdir=LR;\n  node [shape=box];\n");
        for (Path f : report.files()) {
            node(b, ids, LinkInspector.identity(f), f.getFileName().toString(), null);
        }
        for (Edge e : edges) {
            String from = ids.get(LinkInspector.identity(e.from()));
            String to;
            if (e.to() == null) {
                to = "missing" + ids.size();
                ids.put(e.from().resolveSibling("\0missing" + ids.size()), to);
                b.append("  ").append(to).append(" [label=").append(quote(e.targetFile()))
                        .append(", style=dashed, color=red];\n");
            } else {
                Path id = LinkInspector.identity(e.to());
                if (!ids.containsKey(id)) {
                    node(b, ids, id, e.to().getFileName().toString(), null);
                }
                to = ids.get(id);
            }
            b.append("  ").append(from).append(" -> ").append(to).append(" [label=\"").append(e.links())
                    .append(e.broken() == 0 ? "\"" : " (" + e.broken() + " broken)\", color=red").append("];\n");
        }
        return b.append("}\n").toString();
    }

    private static void node(StringBuilder b, Map<Path, String> ids, Path id, String label, String style) {
        String n = "f" + ids.size();
        ids.put(id, n);
        b.append("  ").append(n).append(" [label=").append(quote(label)).append(style == null ? "" : ", " + style)
                .append("];\n");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * Copies {@code file} and every file it links to, transitively, into {@code outDir}, then rebases the copies'
     * links onto each other with relative names, so the directory moves and uploads as one. Files under
     * {@code file}'s directory keep their place relative to it; others go to {@code outDir/linked/NAME}. Links
     * that were broken stay as they were. Returns the report of the bundle's links after the rewrite.
     *
     * @param file the file to bundle
     * @param outDir the directory the copies go to
     * @param inspector finds and checks the links
     * @return the links of the copies, checked after rebasing
     */
    public static LinkReport bundle(Path file, Path outDir, LinkInspector inspector) {
        LinkReport source = inspector.inspect(java.util.Collections.singletonList(file), true);
        Path base = file.toAbsolutePath().normalize().getParent();
        Map<Path, Path> placed = new LinkedHashMap<>(); // identity of a source file -> its copy
        Map<String, Integer> names = new TreeMap<>();
        for (Path f : source.files()) {
            Path abs = f.toAbsolutePath().normalize();
            Path rel = abs.startsWith(base) ? base.relativize(abs) : null;
            Path copy;
            if (rel != null) {
                copy = outDir.resolve(rel.toString());
            } else {
                String n = f.getFileName().toString();
                int k = names.merge(n, 1, Integer::sum);
                copy = outDir.resolve("linked").resolve(k == 1 ? n : "dup" + k).resolve(k == 1 ? "" : n).normalize();
            }
            copyFile(f, copy);
            placed.put(LinkInspector.identity(f), copy);
        }
        List<LinkChange> changes = new ArrayList<>();
        for (LinkStatus s : source.links()) {
            if (s.resolvedFile() == null) {
                continue;
            }
            Path from = placed.get(LinkInspector.identity(s.link().file()));
            Path to = placed.get(LinkInspector.identity(s.resolvedFile()));
            if (from == null || to == null) {
                continue;
            }
            StoredLink moved = s.link().in(from);
            String name = LinkRewriter.relativeName(from, to);
            if (!name.equals(s.link().targetFile())) {
                changes.add(new LinkChange(moved, name, inspector.probe(moved, name, moved.targetPath())));
            }
        }
        new LinkRewriter(inspector).apply(changes, true);
        return inspector.inspect(java.util.Collections.singletonList(placed.get(LinkInspector.identity(file))), true);
    }

    private static void copyFile(Path from, Path to) {
        try {
            Files.createDirectories(to.toAbsolutePath().getParent());
            List<Path> members = LinkFiles.members(from);
            if (members.size() == 1 && members.get(0).equals(from)) {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            if (LinkFiles.isSplit(from)) {
                for (Path m : members) {
                    String suffix = m.getFileName().toString().substring(from.getFileName().toString().length());
                    Files.copy(m, to.resolveSibling(to.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
                }
                return;
            }
            for (int k = 0; k < members.size(); k++) {
                Files.copy(members.get(k), java.nio.file.Paths.get(org.nwbj.hdf5.storage.FamilyStorage
                        .memberName(to.toString(), k)), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new Hdf5IoException("cannot copy " + from + " to " + to, e);
        }
    }
}
