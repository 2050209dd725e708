package org.nwbj.hdf5.links;

import java.nio.file.Path;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5LinkPolicyException;
import org.nwbj.hdf5.Hdf5NotFoundException;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.hdf5.links.LinkStatus.Verdict;

/**
 * Checks a virtual dataset's source as the C library resolves it: {@code "."} is the virtual dataset's own file;
 * other names are searched with HDF5_VDS_PREFIX first; in a printf mapping {@code %b} is the block number and
 * {@code %%} a percent sign. Reading treats a missing source as fill values; the check reports it as broken, since
 * the data it should give is not there. A printf mapping is checked for block 0 (the C library reads blocks from
 * 0 until the first missing one, so without block 0 the mapping gives nothing).
 */
final class VirtualSourceCheck {
    private VirtualSourceCheck() {
    }

    static LinkStatus probe(Hdf5File linking, StoredLink link, String fileName, String dataset, OpenOptions options) {
        String file = block(fileName, 0);
        String path = block(dataset, 0);
        String which = file.equals(fileName) && path.equals(dataset) ? "" : " (block 0: " + file + ":" + path + ")";
        if (file.equals(".")) {
            Path self = link.file().toAbsolutePath().normalize();
            return judge(link, linking, path, self, which);
        }
        Path found;
        try {
            found = linking.findVirtualSource(file).toAbsolutePath().normalize();
        } catch (Hdf5LinkPolicyException e) {
            return new LinkStatus(link, Verdict.REFUSED, null, null, e.getMessage());
        } catch (Hdf5NotFoundException e) {
            return new LinkStatus(link, Verdict.FILE_NOT_FOUND, null, null, "virtual dataset source file " + file
                    + " not found" + which + "; reads give the fill value");
        }
        Hdf5File source;
        try {
            source = LinkFiles.open(found, options);
        } catch (Hdf5Exception e) {
            return new LinkStatus(link, Verdict.UNREADABLE, found, null, e.getMessage());
        }
        try (source) {
            return judge(link, source, path, found, which);
        }
    }

    private static LinkStatus judge(StoredLink link, Hdf5File source, String path, Path found, String which) {
        Node n;
        try {
            n = source.get(path);
        } catch (Hdf5NotFoundException | org.nwbj.hdf5.Hdf5LimitException e) {
            return new LinkStatus(link, Verdict.OBJECT_NOT_FOUND, found, null, "virtual dataset source " + path
                    + " not found" + which + "; reads give the fill value");
        } catch (Hdf5LinkPolicyException e) {
            return new LinkStatus(link, Verdict.REFUSED, found, null, e.getMessage());
        } catch (Hdf5Exception e) {
            return new LinkStatus(link, Verdict.UNREADABLE, found, null, path + ": " + e.getMessage());
        }
        if (!(n instanceof Dataset)) {
            return new LinkStatus(link, Verdict.WRONG_TYPE, found, LinkInspector.kindOf(n), "virtual dataset source "
                    + path + which + " is not a dataset");
        }
        return new LinkStatus(link, Verdict.OK, found, LinkStatus.ObjectKind.DATASET, null);
    }

    /** A printf name with {@code %b} as {@code b} and {@code %%} as {@code %}; other names as they are. */
    static String block(String name, long b) {
        if (name.indexOf('%') < 0) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '%' && i + 1 < name.length() && (name.charAt(i + 1) == 'b' || name.charAt(i + 1) == '%')) {
                out.append(name.charAt(i + 1) == 'b' ? Long.toString(b) : "%");
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
