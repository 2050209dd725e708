package org.nwbj.hdf5.links;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5Writer;

/**
 * Rewrites the file part of external links in place. Each file is opened with {@link Hdf5Writer#open(Path)} and
 * its changed groups are rewritten by the writer's crash-safe flush: a process killed while rewriting leaves every
 * link with its old name or its new one. A change whose new name does not lead to the object is written only when
 * forced. Virtual dataset sources are planned like links but never written: the writer cannot yet rewrite a
 * virtual dataset's mappings in place ({@link LinkChange#writable()}).
 */
public final class LinkRewriter {
    private final LinkInspector inspector;

    /**
     * A rewriter that checks new names with {@code inspector}'s options and rules.
     *
     * @param inspector the inspector judging new names
     */
    public LinkRewriter(LinkInspector inspector) {
        this.inspector = inspector;
    }

    /**
     * The changes that rebase every external link of {@code paths} (files, or directories as
     * {@link LinkFiles#find}) whose file part starts with {@code from} onto {@code to}; see {@link #rebased}.
     *
     * @param paths files or directories
     * @param from the old location (file part prefix or directory)
     * @param to the new location
     * @return one change per matching link, not written yet
     */
    public List<LinkChange> planRebase(List<Path> paths, String from, String to) {
        List<LinkChange> out = new ArrayList<>();
        for (Path file : LinkFiles.find(paths)) {
            for (StoredLink l : inspector.links(file)) {
                if (l.virtual() && l.targetFile().equals(".")) {
                    continue; // the virtual dataset's own file: moves with it
                }
                String name = rebased(l, from, to);
                if (name != null && !name.equals(l.targetFile())) {
                    out.add(new LinkChange(l, name, inspector.probe(l, name, l.targetPath())));
                }
            }
        }
        return out;
    }

    /**
     * The new file part of {@code link} rebased from {@code from} to {@code to}, or null when it does not match.
     * The stored name matches when it equals {@code from} or continues it with a '/' (whole path components):
     * the matched part is replaced as text ({@code /lab/raw/x.nwb} with {@code /lab/raw} to {@code raw} becomes
     * {@code raw/x.nwb}). Otherwise the link's location (the stored name against the linking file's directory)
     * matches when it lies under {@code from} taken against the current directory; it is moved under {@code to}
     * likewise, and written relative to the linking file's directory when the stored name was relative.
     *
     * @param link the link as stored
     * @param from the old location
     * @param to the new location
     * @return the new file part, or null when the link does not match
     */
    public static String rebased(StoredLink link, String from, String to) {
        String f = trimSlashes(from);
        String t = trimSlashes(to);
        String name = link.targetFile();
        String rest = null;
        if (name.equals(f)) {
            rest = "";
        } else if (name.startsWith(f.endsWith("/") ? f : f + "/")) {
            rest = name.substring(f.endsWith("/") ? f.length() : f.length() + 1);
        }
        if (rest != null) {
            return join(t, rest);
        }
        Path dir = linkingDirectory(link);
        Path location = dir.resolve(name).normalize();
        Path fromAbs = Paths.get(f).toAbsolutePath().normalize();
        if (!location.startsWith(fromAbs)) {
            return null;
        }
        Path moved = Paths.get(t).toAbsolutePath().normalize().resolve(fromAbs.relativize(location)).normalize();
        return Paths.get(name).isAbsolute() ? slashes(moved) : slashes(dir.relativize(moved));
    }

    private static String trimSlashes(String s) {
        String out = s;
        while (out.length() > 1 && out.endsWith("/")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    private static String join(String prefix, String rest) {
        if (rest.isEmpty()) {
            return prefix;
        }
        if (prefix.isEmpty() || prefix.equals(".")) {
            return rest;
        }
        return prefix.endsWith("/") ? prefix + rest : prefix + "/" + rest;
    }

    static Path linkingDirectory(StoredLink link) {
        return link.file().toAbsolutePath().normalize().getParent();
    }

    private static String slashes(Path p) {
        return p.toString().replace(java.io.File.separatorChar, '/');
    }

    /**
     * The name a link from {@code linkingFile} should store for {@code target}: relative to the linking file's
     * directory when the target lies in that directory or below it (the pair can then move together), else the
     * target's absolute path.
     *
     * @param linkingFile the file holding the link
     * @param target the file the link should reach
     * @return the file name to store
     */
    public static String preferredName(Path linkingFile, Path target) {
        Path dir = linkingFile.toAbsolutePath().normalize().getParent();
        Path t = target.toAbsolutePath().normalize();
        return t.startsWith(dir) ? slashes(dir.relativize(t)) : slashes(t);
    }

    /** The name from {@code linkingFile} to {@code target}, relative even when that climbs with {@code ..}. */
    static String relativeName(Path linkingFile, Path target) {
        Path dir = linkingFile.toAbsolutePath().normalize().getParent();
        return slashes(dir.relativize(target.toAbsolutePath().normalize()));
    }

    /**
     * Writes {@code changes}, file by file (one open and one crash-safe flush each); a change that does not
     * {@linkplain LinkChange#resolves() resolve} is skipped unless {@code force}, one that is not
     * {@linkplain LinkChange#writable() writable} always. Returns the changes written.
     *
     * @param changes the planned changes
     * @param force whether to write changes whose new target does not resolve
     * @return the changes written
     */
    public List<LinkChange> apply(List<LinkChange> changes, boolean force) {
        Map<Path, List<LinkChange>> byFile = new LinkedHashMap<>();
        for (LinkChange c : changes) {
            if (c.writable() && (force || c.resolves())) {
                byFile.computeIfAbsent(c.link().file(), k -> new ArrayList<>()).add(c);
            }
        }
        List<LinkChange> written = new ArrayList<>();
        for (Map.Entry<Path, List<LinkChange>> e : byFile.entrySet()) {
            try (Hdf5Writer w = LinkFiles.openForWriting(e.getKey())) {
                for (LinkChange c : e.getValue()) {
                    String group = c.link().groupPath();
                    GroupWriter g = group.equals("/") ? w.root() : w.root().group(group.substring(1));
                    g.retargetExternalLink(c.link().name(), c.newFile(), c.link().targetPath());
                }
            }
            written.addAll(e.getValue());
        }
        return written;
    }

    /**
     * For each broken link of {@code report}, a new target searched under {@code searchDirs}: by the missing file's
     * name, then (a renamed file) among the files the rules give an identity, the links to one missing file moved
     * together (see docs/links.md). The changes use {@link #preferredName} and are not written yet: pass the fixed
     * ones to {@link #apply}.
     *
     * @param report a report holding the broken links
     * @param searchDirs the directories to search for targets
     * @return one repair per broken link, found or not
     */
    public List<Repair> planRepair(LinkReport report, List<Path> searchDirs) {
        return new LinkRepairSearch(inspector, LinkFiles.find(searchDirs)).plan(report.broken());
    }
}
