package org.nwbj.cli;

import picocli.CommandLine.Option;

/** Options every command takes: how much it says on stderr, and stack traces for errors. */
final class CommonOptions {
    @Option(names = "--debug", description = "print the stack trace of an error")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, description = "print no progress or summary on stderr")
    boolean quiet;

    @Option(names = "--progress", description = "show progress on stderr even when it is not a terminal")
    boolean progress;

    /** Progress on stderr when it is a terminal (or --progress), never with --quiet. */
    Progress progress() {
        boolean on = !quiet && (progress || System.console() != null);
        return on ? Progress.toStderr() : Progress.NONE;
    }
}
