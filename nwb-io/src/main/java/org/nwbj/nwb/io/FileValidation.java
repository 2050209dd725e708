package org.nwbj.nwb.io;

import java.util.List;
import java.util.StringJoiner;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.nwb.schema.CoreSchemas;
import org.nwbj.nwb.schema.Namespace;
import org.nwbj.nwb.schema.Problem;
import org.nwbj.nwb.schema.SpecCatalog;
import org.nwbj.nwb.schema.Validator;

/**
 * Validates an NWB file as pynwb does: against the specification the file was written with (the one cached in
 * it), or nwbj's bundled core schemas only when it caches none. A stand-in specification does not hold the file
 * to its own version number, and files older than NWB 2.1.0 are not asked for object ids they never had.
 */
public final class FileValidation {
    /**
     * The outcome for one file.
     *
     * @param problems what fails the specification, in file order
     * @param specification the namespaces judged against, such as {@code core 2.6.0-alpha (cached)}
     */
    public record Result(List<Problem> problems, String specification) {
        /**
         * Copies the problems into an unmodifiable list.
         *
         * @param problems what fails the specification, in file order
         * @param specification the namespaces judged against
         */
        public Result {
            problems = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(problems));
        }
    }

    private FileValidation() {
    }

    /**
     * Validates against the file's cached specification, or the bundled core schemas when none is cached.
     *
     * @param file an open file
     * @return the problems found and the specification used
     */
    public static Result validate(Hdf5File file) {
        List<Namespace> cached = CachedSpecs.load(file);
        if (cached.isEmpty()) {
            return validateAgainstCore(file);
        }
        SpecCatalog catalog = SpecCatalog.of(CachedSpecs.withIncludes(cached));
        Validator.Options options = Validator.Options.forFile(CachedSpecs.nwbVersion(file), true);
        return new Result(new Validator(catalog, options).validate(Hdf5SpecNode.root(file)),
                describe(cached) + " (cached)");
    }

    /**
     * Validates against nwbj's bundled core schemas, whatever the file caches.
     *
     * @param file an open file
     * @return the problems found and the specification used
     */
    public static Result validateAgainstCore(Hdf5File file) {
        String version = CachedSpecs.nwbVersion(file);
        boolean own = CoreSchemas.CORE_VERSION.equals(version);
        Validator.Options options = Validator.Options.forFile(version, own);
        return new Result(new Validator(CoreSchemas.catalog(), options).validate(Hdf5SpecNode.root(file)),
                describe(CoreSchemas.load()) + " (bundled)");
    }

    private static String describe(List<Namespace> namespaces) {
        StringJoiner j = new StringJoiner(", ");
        for (Namespace ns : namespaces) {
            j.add(ns.name() + " " + ns.version());
        }
        return j.toString();
    }
}
