package org.nwbj.hdf5.links;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.links.LinkStatus.Verdict;

/**
 * Finds new targets for links whose file is gone. The links from one file that named one missing file are
 * repaired together: a candidate must hold every object they name, each as the {@link LinkRules} expect. Candidates
 * are first the files of the same name under the search directories; when none fits, and the rules know file
 * identities (NWB: {@code identifier}), any file with an identity (the file was renamed). Among several fits, those
 * whose identity equals the linking file's (a shallow copy shares its source's) and those holding the objects
 * themselves rather than linking to them elsewhere are preferred; candidates whose objects share an object identity
 * (NWB: {@code object_id}) are copies of one file, and the first by path is taken; otherwise the link is left
 * alone as ambiguous.
 */
final class LinkRepairSearch {
    private final LinkInspector inspector;
    private final List<Path> candidates;
    private final Map<Path, String> identities = new HashMap<>();

    LinkRepairSearch(LinkInspector inspector, List<Path> candidates) {
        this.inspector = inspector;
        this.candidates = candidates;
    }

    List<Repair> plan(List<LinkStatus> broken) {
        Map<String, List<LinkStatus>> groups = new LinkedHashMap<>();
        List<Repair> out = new ArrayList<>();
        for (LinkStatus s : broken) {
            if (s.verdict() != Verdict.FILE_NOT_FOUND) {
                out.add(new Repair(s, null, s.verdict() == Verdict.OBJECT_NOT_FOUND
                        ? "the file is there but not the object (repair the files it links through)"
                        : "not a missing file: " + s.verdict()));
                continue;
            }
            groups.computeIfAbsent(s.link().file() + "\0" + s.link().targetFile(), k -> new ArrayList<>()).add(s);
        }
        for (List<LinkStatus> group : groups.values()) {
            out.addAll(repair(group));
        }
        return out;
    }

    private List<Repair> repair(List<LinkStatus> group) {
        StoredLink first = group.get(0).link();
        String base = baseName(first.targetFile());
        List<Path> byName = new ArrayList<>();
        for (Path c : candidates) {
            if (c.getFileName().toString().equals(base)) {
                byName.add(c);
            }
        }
        Map<Path, List<LinkChange>> fits = fits(group, byName);
        String how = "found by name";
        if (fits.isEmpty()) {
            String linkingIdentity = identity(first.file());
            List<Path> known = new ArrayList<>();
            for (Path c : candidates) {
                if (!byName.contains(c) && identity(c) != null && !same(c, first.file())) {
                    known.add(c);
                }
            }
            fits = fits(group, known);
            how = "found by content" + (linkingIdentity == null ? "" : " and identity");
        }
        List<Repair> out = new ArrayList<>();
        if (fits.isEmpty()) {
            String why = byName.isEmpty() ? "no file named " + base + " under the search directories"
                    + " and no other file holds the objects" : "the files named " + base + " (" + byName
                    + ") do not hold the objects as expected";
            for (LinkStatus s : group) {
                out.add(new Repair(s, null, why));
            }
            return out;
        }
        List<Path> best = best(first, fits.keySet(), group);
        if (best.size() > 1 && !sameObjects(best, group)) {
            for (LinkStatus s : group) {
                out.add(new Repair(s, null, "ambiguous: " + best));
            }
            return out;
        }
        Path chosen = best.get(0);
        List<LinkChange> changes = fits.get(chosen);
        for (int i = 0; i < group.size(); i++) {
            out.add(new Repair(group.get(i), changes.get(i), how + ": " + chosen));
        }
        return out;
    }

    /** The candidates that every link of the group reaches as expected, with the changes that lead there. */
    private Map<Path, List<LinkChange>> fits(List<LinkStatus> group, List<Path> cands) {
        Map<Path, List<LinkChange>> out = new LinkedHashMap<>();
        for (Path c : cands) {
            if (same(c, group.get(0).link().file())) {
                continue; // a file does not repair its links by linking to itself
            }
            String name = LinkRewriter.preferredName(group.get(0).link().file(), c);
            List<LinkChange> changes = new ArrayList<>();
            for (LinkStatus s : group) {
                LinkStatus after = inspector.probe(s.link(), name, s.link().targetPath());
                if (after.broken()) {
                    break;
                }
                changes.add(new LinkChange(s.link(), name, after));
            }
            if (changes.size() == group.size()) {
                out.put(c, changes);
            }
        }
        return out;
    }

    /** The best-scored candidates: same file identity as the linking file, then objects held, not linked. */
    private List<Path> best(StoredLink link, Set<Path> fits, List<LinkStatus> group) {
        String want = identity(link.file());
        int top = Integer.MIN_VALUE;
        List<Path> best = new ArrayList<>();
        for (Path c : fits) {
            int score = 0;
            if (want != null && want.equals(identity(c))) {
                score += 2;
            }
            if (holdsObjects(c, group)) {
                score += 1;
            }
            if (score > top) {
                top = score;
                best.clear();
            }
            if (score == top) {
                best.add(c);
            }
        }
        best.sort(null);
        return best;
    }

    /** True when the candidates' objects share object identities: copies of one file. */
    private boolean sameObjects(List<Path> files, List<LinkStatus> group) {
        Set<String> seen = new LinkedHashSet<>();
        for (Path f : files) {
            StringBuilder key = new StringBuilder();
            try (Hdf5File h = LinkFiles.open(f, inspector.options())) {
                for (LinkStatus s : group) {
                    String id = inspector.rules().objectIdentity(h.get(s.link().targetPath()));
                    if (id == null) {
                        return false;
                    }
                    key.append(id).append('\0');
                }
            } catch (Hdf5Exception e) {
                return false;
            }
            seen.add(key.toString());
        }
        return seen.size() == 1;
    }

    /** True when no link of the group reaches its object in {@code file} through another external link. */
    private boolean holdsObjects(Path file, List<LinkStatus> group) {
        try (Hdf5File h = LinkFiles.open(file, inspector.options())) {
            for (LinkStatus s : group) {
                Group g = h.root();
                String[] parts = s.link().targetPath().split("/");
                for (int i = 0; i < parts.length; i++) {
                    if (parts[i].isEmpty()) {
                        continue;
                    }
                    Link l = g.link(parts[i]);
                    if (l instanceof Link.External) {
                        return false;
                    }
                    if (i < parts.length - 1) {
                        Node n = g.get(parts[i]);
                        if (!(n instanceof Group next)) {
                            return false;
                        }
                        g = next;
                    }
                }
            }
            return true;
        } catch (Hdf5Exception e) {
            return false;
        }
    }

    private String identity(Path file) {
        return identities.computeIfAbsent(file, f -> {
            try (Hdf5File h = LinkFiles.open(f, inspector.options())) {
                String id = inspector.rules().fileIdentity(h);
                return id == null ? "" : id;
            } catch (Hdf5Exception e) {
                return "";
            }
        }).isEmpty() ? null : identities.get(file);
    }

    private static boolean same(Path a, Path b) {
        return LinkInspector.identity(a).equals(LinkInspector.identity(b));
    }

    static String baseName(String linkFile) {
        String n = linkFile.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }
}
