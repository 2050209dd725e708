package org.nwbj.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.Hdf5File;
import org.nwbj.nwb.io.FileValidation;
import org.nwbj.nwb.schema.CoreSchemas;
import org.nwbj.nwb.schema.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nwbj validate FILE...}: checks NWB files against the specification cached in each (nwbj's core
 * schemas when a file caches none, or with {@code --core}). Exit 0: no problems; 1: some file has problems; 2: some file could not be read.
 */
@Command(name = "validate", description = "Validate NWB files against their cached specification.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no file has problems", "1:some file has problems", "2:some file could not be read"})
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--core", description = "validate against nwbj's NWB core " + CoreSchemas.CORE_VERSION
            + " schemas instead of the specification cached in the file")
    boolean core;

    @Option(names = "--debug", description = "print stack traces of errors")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, description = "print only the problems, not the per-file summary")
    boolean quiet;

    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<String> files;

    @Override
    public Integer call() {
        int exit = 0;
        for (String file : files) {
            int code = validate(file);
            exit = Math.max(exit, code);
        }
        return exit;
    }

    private int validate(String file) {
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) {
            String why = Files.exists(p) ? "not a regular file" : "no such file";
            System.err.println("nwbj validate: " + file + ": " + why);
            return 2;
        }
        List<Problem> problems;
        try (Hdf5File f = Hdf5File.open(p)) {
            problems = (core ? FileValidation.validateAgainstCore(f) : FileValidation.validate(f)).problems();
        } catch (RuntimeException e) { // unreadable file or cached spec (Hdf5Exception, SpecException) or a bug
            if (debug) {
                e.printStackTrace();
            }
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            System.err.println("nwbj validate: " + file + ": " + msg.replace('\n', ' '));
            return 2;
        }
        for (Problem pr : problems) {
            System.out.println(file + ": " + pr.path() + ": " + pr.message());
        }
        if (!quiet) {
            System.err.println(file + ": " + (problems.isEmpty() ? "valid" : problems.size() + " problem(s)"));
        }
        return problems.isEmpty() ? 0 : 1;
    }
}
