package org.nwbj.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.Hdf5File;
import org.nwbj.nwb.io.FileValidation;
import org.nwbj.nwb.schema.CoreSchemas;
import org.nwbj.nwb.schema.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nwbj validate FILE...}: checks NWB files against the specification cached in each (nwbj's core
 * schemas when a file caches none, or with {@code --core}). Exit 0: no problems; 1: some file has problems; 2: some file could not be read.
 */
@Command(name = "validate", description = "Validate NWB files against their cached specification. Problems go to "
        + "stdout, a summary per file to stderr (not with --quiet).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no file has problems", "1:some file has problems", "2:some file could not be read"})
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--core", description = "validate against nwbj's NWB core " + CoreSchemas.CORE_VERSION
            + " schemas instead of the specification cached in the file")
    boolean core;

    @Mixin
    CommonOptions common;

    @Mixin
    FileOptions fileOptions;

    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<String> files;

    @Override
    public Integer call() {
        int exit = 0;
        try (Progress progress = files.size() > 1 ? common.progress() : Progress.NONE) {
            for (int i = 0; i < files.size(); i++) {
                progress.count("validate", i, files.size());
                exit = Math.max(exit, validate(files.get(i), progress));
            }
        }
        return exit;
    }

    private int validate(String file, Progress progress) {
        List<Problem> problems;
        try {
            try (Hdf5File f = fileOptions.open(file)) {
                problems = (core ? FileValidation.validateAgainstCore(f) : FileValidation.validate(f)).problems();
            }
        } catch (RuntimeException e) { // unreadable file or cached spec (Hdf5Exception, SpecException) or a bug
            if (common.debug) {
                e.printStackTrace();
            }
            progress.message("nwbj validate: " + UserErrors.describe(e, file));
            return 2;
        }
        for (Problem pr : problems) {
            System.out.println(file + ": " + pr.path() + ": " + pr.message());
        }
        if (!common.quiet) {
            progress.message(file + ": " + (problems.isEmpty() ? "valid" : problems.size() + " problem(s)"));
        }
        return problems.isEmpty() ? 0 : 1;
    }
}
