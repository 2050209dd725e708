package org.nwbj.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.LinkPolicy;
import picocli.CommandLine.Option;

/** Options of commands that read a file: which external links may be followed. */
final class LinkOptions {
    @Option(names = "--link-root", paramLabel = "DIR",
            description = "follow external links only to files inside DIR (repeatable)")
    List<Path> linkRoots = new ArrayList<>();

    @Option(names = "--no-external-links", description = "never follow external links")
    boolean noExternalLinks;

    LinkPolicy linkPolicy() {
        if (noExternalLinks) {
            return LinkPolicy.none();
        }
        return linkRoots.isEmpty() ? LinkPolicy.defaults() : LinkPolicy.confined(linkRoots.toArray(new Path[0]));
    }
}
