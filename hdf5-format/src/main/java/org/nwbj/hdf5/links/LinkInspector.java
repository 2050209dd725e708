package org.nwbj.hdf5.links;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5LinkPolicyException;
import org.nwbj.hdf5.Hdf5NotFoundException;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.hdf5.links.LinkStatus.ObjectKind;
import org.nwbj.hdf5.links.LinkStatus.Verdict;

/**
 * Lists and checks the external links of HDF5 files, and the sources of their virtual datasets (see
 * {@link StoredLink.Kind}; a source is searched as reading the virtual dataset searches it, HDF5_VDS_PREFIX
 * first, and a printf mapping's {@code %b} is checked for block 0). A link's file name is searched for as the C
 * library does (see {@link Hdf5File#findExternal(String)}: {@code HDF5_EXT_PREFIX}, the prefix of the {@link OpenOptions}, the
 * linking file's directory, the name itself) under the options' {@link org.nwbj.hdf5.LinkPolicy}; a name with
 * {@code %d} may name a family.
 *
 * <pre>{@code
 * LinkReport r = new LinkInspector(OpenOptions.defaults(), LinkRules.NONE).inspect(List.of(Path.of("data")));
 * r.links().stream().filter(LinkStatus::broken).forEach(System.out::println);
 * }</pre>
 */
public final class LinkInspector {
    private final OpenOptions options;
    private final LinkRules rules;

    /**
     * An inspector opening files with {@code options} (link policy, prefix, limits) and judging by {@code rules}.
     *
     * @param options how files are opened and link targets searched
     * @param rules what a link target is expected to be
     */
    public LinkInspector(OpenOptions options, LinkRules rules) {
        this.options = options;
        this.rules = rules;
    }

    /** Default options, plain HDF5 rules. */
    public LinkInspector() {
        this(OpenOptions.defaults(), LinkRules.NONE);
    }

    OpenOptions options() {
        return options;
    }

    LinkRules rules() {
        return rules;
    }

    /**
     * Every external link and virtual dataset source of a file, family or split pair, found by walking its groups
     * along hard links, in path order.
     *
     * @param file a file, family pattern or split base name
     * @return its external links and virtual sources
     */
    public List<StoredLink> links(Path file) {
        try (Hdf5File f = LinkFiles.open(file, options)) {
            return links(f, file);
        }
    }

    static List<StoredLink> links(Hdf5File f, Path file) {
        List<StoredLink> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Deque<Group> todo = new ArrayDeque<>();
        Group root = f.root();
        todo.add(root);
        seen.add(root.address());
        while (!todo.isEmpty()) {
            Group g = todo.poll();
            for (Link l : g.links()) {
                String path = (g.path().equals("/") ? "" : g.path()) + "/" + l.name();
                if (l instanceof Link.External e) {
                    out.add(new StoredLink(file, path, e.file(), e.target()));
                } else if (l instanceof Link.Hard h && seen.add(h.address())) {
                    Node n = f.nodeAt(h.address(), path);
                    if (n instanceof Group child) {
                        todo.add(child);
                    } else if (n instanceof Dataset d && d.storageLayout() == Dataset.StorageLayout.VIRTUAL) {
                        // one entry per distinct source: a stack of 1,000 frames from one file is one dependency
                        Set<Dataset.SourceName> sources = new java.util.LinkedHashSet<>(d.virtualSourceNames());
                        for (Dataset.SourceName src : sources) {
                            out.add(new StoredLink(file, path, src.file(), src.dataset(),
                                    StoredLink.Kind.VIRTUAL_SOURCE));
                        }
                    }
                }
            }
        }
        out.sort((a, b) -> a.linkPath().compareTo(b.linkPath()));
        return out;
    }

    /**
     * Checks one link: where its file is, whether the object is there, whether it is what the link expects.
     *
     * @param link the link to check
     * @return what was found
     */
    public LinkStatus check(StoredLink link) {
        return probe(link, link.targetFile(), link.targetPath());
    }

    /**
     * Checks what {@code link} would reach if it named {@code fileName}:{@code targetPath} instead, searched from
     * the linking file as the stored one is.
     *
     * @param link the link as stored
     * @param fileName the file name it would store
     * @param targetPath the object path it would store
     * @return what that name would reach
     */
    public LinkStatus probe(StoredLink link, String fileName, String targetPath) {
        Hdf5File linking;
        try {
            linking = LinkFiles.open(link.file(), options);
        } catch (Hdf5Exception e) {
            return new LinkStatus(link, Verdict.UNREADABLE, null, null, "the linking file: " + e.getMessage());
        }
        try (linking) {
            return probe(linking, link, fileName, targetPath);
        }
    }

    LinkStatus probe(Hdf5File linking, StoredLink link, String fileName, String targetPath) {
        if (link.virtual()) {
            return VirtualSourceCheck.probe(linking, link, fileName, targetPath, options);
        }
        Path found;
        try {
            found = linking.findExternal(fileName).toAbsolutePath().normalize();
        } catch (Hdf5LinkPolicyException e) {
            return new LinkStatus(link, Verdict.REFUSED, null, null, e.getMessage());
        } catch (Hdf5NotFoundException e) {
            return new LinkStatus(link, Verdict.FILE_NOT_FOUND, null, null, e.getMessage());
        }
        Hdf5File target;
        try {
            target = linking.externalFile(fileName);
        } catch (Hdf5LinkPolicyException e) {
            return new LinkStatus(link, Verdict.REFUSED, found, null, e.getMessage());
        } catch (Hdf5Exception e) {
            return new LinkStatus(link, Verdict.UNREADABLE, found, null, e.getMessage());
        }
        Node node;
        try {
            node = target.get(targetPath);
        } catch (Hdf5LinkPolicyException e) {
            return new LinkStatus(link, Verdict.REFUSED, found, null, e.getMessage());
        } catch (Hdf5NotFoundException e) {
            return new LinkStatus(link, Verdict.OBJECT_NOT_FOUND, found, null, targetPath + ": " + e.getMessage());
        } catch (org.nwbj.hdf5.Hdf5LimitException e) {
            // links that lead back to themselves (through other files) reach no object
            return new LinkStatus(link, Verdict.OBJECT_NOT_FOUND, found, null, targetPath + ": " + e.getMessage());
        } catch (Hdf5Exception e) {
            return new LinkStatus(link, Verdict.UNREADABLE, found, null, targetPath + ": " + e.getMessage());
        }
        ObjectKind kind = kindOf(node);
        String problem;
        try {
            problem = rules.checkTarget(linking, link.linkPath(), node);
        } catch (Hdf5Exception e) {
            problem = "cannot check the target: " + e.getMessage();
        }
        return problem == null ? new LinkStatus(link, Verdict.OK, found, kind, null)
                : new LinkStatus(link, Verdict.WRONG_TYPE, found, kind, problem);
    }

    static ObjectKind kindOf(Node n) {
        return n instanceof Group ? ObjectKind.GROUP : n instanceof Dataset ? ObjectKind.DATASET : ObjectKind.DATATYPE;
    }

    /**
     * Checks every external link of every file among {@code paths} (directories searched as
     * {@link LinkFiles#find}) and, when {@code followTargets}, of every file those links reach, transitively (each
     * file once, so loops between files end).
     *
     * @param paths files or directories
     * @param followTargets whether to check the files that links reach too
     * @return every link checked, per file
     */
    public LinkReport inspect(List<Path> paths, boolean followTargets) {
        Map<Path, Path> files = new LinkedHashMap<>(); // real path -> path as found
        Deque<Path> todo = new ArrayDeque<>(LinkFiles.find(paths));
        List<LinkStatus> statuses = new ArrayList<>();
        Map<Path, String> unreadable = new LinkedHashMap<>();
        while (!todo.isEmpty()) {
            Path file = todo.poll();
            if (files.putIfAbsent(identity(file), file) != null) {
                continue;
            }
            Hdf5File f;
            try {
                f = LinkFiles.open(file, options);
            } catch (Hdf5Exception e) {
                unreadable.put(file, e.getMessage());
                continue;
            }
            try (f) {
                List<StoredLink> links;
                try {
                    links = links(f, file);
                } catch (Hdf5Exception e) {
                    unreadable.put(file, e.getMessage());
                    continue;
                }
                for (StoredLink l : links) {
                    LinkStatus s = probe(f, l, l.targetFile(), l.targetPath());
                    statuses.add(s);
                    if (followTargets && s.resolvedFile() != null && !files.containsKey(identity(s
                            .resolvedFile()))) {
                        todo.add(s.resolvedFile());
                    }
                }
            }
        }
        return new LinkReport(new ArrayList<>(files.values()), statuses, unreadable);
    }

    /** The real path of a file or family pattern: one key however it was reached. */
    static Path identity(Path file) {
        try {
            if (LinkFiles.isFamily(file) || LinkFiles.isSplit(file)) {
                return file.toAbsolutePath().getParent().toRealPath().resolve(file.getFileName());
            }
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
