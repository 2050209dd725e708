package org.nwbj.hdf5.internal.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.nwbj.hdf5.Hdf5LinkPolicyException;
import org.nwbj.hdf5.Hdf5NotFoundException;
import org.nwbj.hdf5.LinkPolicy;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.hdf5.storage.FamilyStorage;

/** Where the file named by an external link or a virtual dataset source is: local search rules and remote names. */
public final class LinkTargets {
    private LinkTargets() {
    }

    /**
     * Where an external link of a remote file leads: a URL-like name as it is; any other name relative to the
     * linking file's URI, an absolute path by its last component in the linking file's directory (the C library's
     * fallback for an absolute name it cannot find). A remote file never leads to a local path.
     */
    public static URI remoteTarget(URI base, String name) {
        if (name.contains("://")) {
            URI u = URI.create(name);
            if ("file".equalsIgnoreCase(u.getScheme())) {
                throw new Hdf5LinkPolicyException("from the remote file " + base, name, LinkPolicy.defaults());
            }
            return u;
        }
        String relative = name.replace('\\', '/');
        if (relative.startsWith("/")) {
            relative = relative.substring(relative.lastIndexOf('/') + 1);
        }
        try {
            return base.resolve(new URI(null, null, relative, null));
        } catch (URISyntaxException e) {
            throw new Hdf5NotFoundException("external link target " + name + " is not a usable name relative to "
                    + base);
        }
    }

    /**
     * The file an external link (prefix variable HDF5_EXT_PREFIX) or a virtual dataset source (HDF5_VDS_PREFIX)
     * names, searched as the C library searches: an absolute name as it is, then the prefix variable's
     * directories, the options' prefix, the linking file's directory and the name as given.
     */
    public static Path findFile(String name, String link, String prefixVariable, OpenOptions options, Path path) {
        if (!options.linkPolicy().followsExternalLinks()) {
            // do not even probe the file system for the name
            throw new Hdf5LinkPolicyException(link, name, options.linkPolicy());
        }
        List<Path> candidates = new ArrayList<>();
        Path p = Paths.get(name);
        if (p.isAbsolute() && (Files.exists(p) || FamilyStorage.exists(p))) {
            return p;
        }
        String base = p.isAbsolute() ? p.getFileName().toString() : name;
        String env = System.getenv(prefixVariable);
        if (env != null && !env.isEmpty()) {
            for (String prefix : env.split(":")) {
                if (!prefix.isEmpty()) {
                    candidates.add(Paths.get(prefix).resolve(base));
                }
            }
        }
        if (options.externalLinkPrefix() != null) {
            candidates.add(Paths.get(options.externalLinkPrefix()).resolve(base));
        }
        if (path != null) {
            Path dir = path.toAbsolutePath().getParent();
            if (dir != null) {
                candidates.add(dir.resolve(base));
            }
        }
        candidates.add(p);
        for (Path c : candidates) {
            if (Files.isRegularFile(c) || FamilyStorage.exists(c)) {
                return c;
            }
        }
        throw new Hdf5NotFoundException("external link target file " + name + " not found (looked in " + candidates
                + ")");
    }
}
