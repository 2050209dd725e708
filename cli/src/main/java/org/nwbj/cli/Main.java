package org.nwbj.cli;

import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code nwbj} command line. */
@Command(name = "nwbj", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Pure-Java HDF5 and NWB tools.",
        subcommands = {
            LsCommand.class,
            DumpCommand.class,
            InfoCommand.class,
            CopyCommand.class,
            ExportCommand.class,
            DemoCommand.class,
            ValidateCommand.class,
            TimeseriesCommand.class,
            InspectCommand.class,
            LinksCommand.class,
            RecordCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        UserErrors.reset();
        CommandLine cl = commandLine();
        try {
            return cl.execute(args);
        } catch (Error e) { // a bug or a broken installation: still one line, not a thousand
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(cl.getErr());
            }
            cl.getErr().println("nwbj: internal error: " + e);
            return 1;
        } finally {
            UserErrors.reset();
        }
    }

    /**
     * The command tree: every subcommand (including ones added later) answers {@code -h/--help} and
     * {@code -V/--version}; an error prints one line in the user's terms, the stack trace only with {@code --debug}.
     */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        for (CommandLine sub : cl.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.findOption("--help") == null) {
                spec.mixinStandardHelpOptions(true);
            }
            spec.versionProvider(new Version());
        }
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            CommandLine.ParseResult deepest = parseResult;
            while (deepest.subcommand() != null) {
                deepest = deepest.subcommand();
            }
            if (deepest.hasMatchedOption("--debug")) {
                ex.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().println("nwbj " + commandLine.getCommandName() + ": " + UserErrors.describe(ex));
            return 1;
        });
        return cl;
    }

    /** "nwbj VERSION" from the build, and the Java runtime it runs on. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = "unknown";
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    v = p.getProperty("version", v);
                }
            } catch (java.io.IOException ignored) {
                // the version is informative; "unknown" says what we know
            }
            return new String[] {"nwbj " + v,
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
