package org.nwbj.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code nwbj} command line. */
@Command(name = "nwbj", mixinStandardHelpOptions = true, version = "nwbj 0.1.0",
        description = "Pure-Java HDF5 and NWB tools.",
        subcommands = {LsCommand.class, DumpCommand.class, InfoCommand.class, CopyCommand.class, DemoCommand.class,
                ValidateCommand.class, TimeseriesCommand.class, LinksCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = parseResult.subcommand() != null
                    && parseResult.subcommand().hasMatchedOption("--debug");
            if (debug) {
                ex.printStackTrace(commandLine.getErr());
            }
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            commandLine.getErr().println("nwbj " + commandLine.getCommandName() + ": " + msg.replace('\n', ' '));
            return 1;
        });
        return cl.execute(args);
    }
}
