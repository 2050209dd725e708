package org.nwbj.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Which files external links may open. {@link #defaults()} searches and opens like the C library;
 * {@link #confined} opens only files inside given directories; {@link #none()} follows no external link.
 * Files opened through an external link inherit the policy of the file that links to them.
 */
public final class LinkPolicy {
    private static final LinkPolicy DEFAULT = new LinkPolicy(true, Collections.<Path>emptyList());
    private static final LinkPolicy NONE = new LinkPolicy(false, Collections.<Path>emptyList());

    private final boolean follow;
    /** Empty with follow = true: unconfined. */
    private final List<Path> roots;

    private LinkPolicy(boolean follow, List<Path> roots) {
        this.follow = follow;
        this.roots = roots;
    }

    /**
     * Follows external links wherever they lead, searching like the C library.
     *
     * @return the default policy
     */
    public static LinkPolicy defaults() {
        return DEFAULT;
    }

    /**
     * Follows no external link.
     *
     * @return a policy that refuses every external link
     */
    public static LinkPolicy none() {
        return NONE;
    }

    /**
     * Follows external links only to files inside one of {@code roots}. A target is checked after the search, as
     * its real path ({@code ..} removed, symbolic links resolved), so neither {@code ../} nor a symbolic link
     * inside a root leads out of it.
     *
     * @param roots the directories targets must lie in
     * @return a policy confined to {@code roots}
     */
    public static LinkPolicy confined(Path... roots) {
        if (roots.length == 0) {
            throw new IllegalArgumentException("confined needs at least one root directory (or use none())");
        }
        List<Path> list = new ArrayList<>(Arrays.asList(roots));
        for (Path p : list) {
            if (p == null) {
                throw new IllegalArgumentException("null root directory");
            }
        }
        return new LinkPolicy(true, Collections.unmodifiableList(list));
    }

    /** {@return false for {@link #none()}} */
    public boolean followsExternalLinks() {
        return follow;
    }

    /** {@return the directories external link targets must lie in; empty when unconfined} */
    public List<Path> roots() {
        return roots;
    }

    /**
     * The real path of {@code found}, the file an external link {@code link} naming {@code fileName} leads to.
     *
     * @throws Hdf5LinkPolicyException when this policy forbids opening it
     */
    Path admit(String link, String fileName, Path found) {
        if (!follow) {
            throw new Hdf5LinkPolicyException(link, fileName, this);
        }
        Path real;
        try {
            // a family pattern names no file: its directory is what must lie inside a root
            real = org.nwbj.hdf5.storage.FamilyStorage.exists(found)
                    ? found.toAbsolutePath().getParent().toRealPath().resolve(found.getFileName())
                    : found.toRealPath();
        } catch (IOException e) {
            throw new Hdf5IoException("cannot resolve external link target " + found, e);
        }
        if (roots.isEmpty()) {
            return real;
        }
        for (Path root : roots) {
            Path r;
            try {
                r = root.toRealPath();
            } catch (IOException e) {
                continue; // a missing root admits nothing
            }
            if (real.startsWith(r) && !real.equals(r)) {
                return real;
            }
        }
        throw new Hdf5LinkPolicyException(link, fileName + " (found at " + real + ")", this);
    }

    /**
     * The URI an external link of a remote file leads to, when this policy lets it be opened: {@link #none()} and
     * {@link #confined} (which admits only local directories) refuse.
     */
    java.net.URI admitRemote(String link, String fileName, java.net.URI target) {
        if (!follow || !roots.isEmpty()) {
            throw new Hdf5LinkPolicyException(link, fileName + " (at " + target + ")", this);
        }
        return target;
    }

    @Override
    public String toString() {
        if (!follow) {
            return "LinkPolicy.none()";
        }
        return roots.isEmpty() ? "LinkPolicy.defaults()" : "LinkPolicy.confined" + roots;
    }
}
