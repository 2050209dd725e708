package org.nwbj.hdf5.links;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link LinkInspector#inspect}: the files looked at, every external link found with its status,
 * and the files that could not be read (with why).
 *
 * @param files the files looked at
 * @param links every external link found, with its status
 * @param unreadable the files that could not be read, with why
 */
public record LinkReport(List<Path> files, List<LinkStatus> links, Map<Path, String> unreadable) {
    /** {@return the broken links} */
    public List<LinkStatus> broken() {
        return links.stream().filter(LinkStatus::broken).collect(java.util.stream.Collectors.toList());
    }

    /** {@return true when no link is broken and every file was read} */
    public boolean healthy() {
        return unreadable.isEmpty() && broken().isEmpty();
    }

    /** {@return {@code N links in M files: K broken}} */
    public String summary() {
        return links.size() + " link" + (links.size() == 1 ? "" : "s") + " in " + files.size() + " file"
                + (files.size() == 1 ? "" : "s") + ": " + broken().size() + " broken"
                + (unreadable.isEmpty() ? "" : ", " + unreadable.size() + " unreadable file"
                + (unreadable.size() == 1 ? "" : "s"));
    }
}
