package org.nwbj.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.LinkPolicy;
import picocli.CommandLine.Option;

/** Options of commands that read a file: external link policy and debugging. */
final class LinkOptions {
    @Option(names = "--debug", description = "print stack traces of errors")
    boolean debug;

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
