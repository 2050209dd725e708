package org.nwbj.nwb.inspect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.nwb.inspect.checks.Checks;

/**
 * Runs nwbinspector's best-practice checks over NWB files. Immutable: each setting returns a new inspector.
 *
 * <pre>{@code
 * List<InspectorMessage> found = Inspector.defaults().threshold(Importance.CRITICAL).inspect(path);
 * }</pre>
 */
public final class Inspector {
    /** The checks DANDI's configuration raises to CRITICAL (it lowers check_data_orientation to a violation). */
    public static final List<String> DANDI_CRITICAL = Collections.unmodifiableList(java.util.Arrays.asList("check_subject_exists", "check_subject_id_exists",
            "check_subject_sex", "check_subject_species_exists", "check_subject_species_form", "check_subject_age",
            "check_subject_proper_age_range"));
    /** The name of the check across files: no two files share an identifier. */
    public static final String UNIQUE_IDENTIFIERS = "check_unique_identifiers";

    private final List<Check> checks;
    private final Map<String, Importance> importance;
    private final Importance threshold;
    private final Set<String> skipped;

    private Inspector(List<Check> checks, Map<String, Importance> importance, Importance threshold,
            Set<String> skipped) {
        this.checks = checks;
        this.importance = importance;
        this.threshold = threshold;
        this.skipped = skipped;
    }

    /** {@return every implemented check at its own importance, reporting everything} */
    public static Inspector defaults() {
        Map<String, Importance> levels = new LinkedHashMap<>();
        for (Check c : Checks.all()) {
            levels.put(c.name(), c.importance());
        }
        return new Inspector(Checks.all(), levels, Importance.BEST_PRACTICE_SUGGESTION, Collections.emptySet());
    }

    /**
     * {@return an inspector running only {@code checks} (one's own among them), each at its own importance}
     *
     * @param checks the checks to run
     */
    public static Inspector withChecks(List<Check> checks) {
        Map<String, Importance> levels = new LinkedHashMap<>();
        for (Check c : checks) {
            levels.put(c.name(), c.importance());
        }
        return new Inspector(new ArrayList<>(checks), levels, Importance.BEST_PRACTICE_SUGGESTION,
                Collections.emptySet());
    }

    /**
     * Reports only findings at or above {@code level} (checks below it do not run).
     *
     * @param level the lowest importance reported
     * @return a copy with this setting
     */
    public Inspector threshold(Importance level) {
        return new Inspector(checks, importance, Objects.requireNonNull(level), skipped);
    }

    /** {@return DANDI's configuration: the subject checks become CRITICAL, check_data_orientation a violation} */
    public Inspector dandi() {
        Map<String, Importance> levels = new LinkedHashMap<>(importance);
        for (String name : DANDI_CRITICAL) {
            levels.computeIfPresent(name, (k, v) -> Importance.CRITICAL);
        }
        levels.computeIfPresent("check_data_orientation", (k, v) -> Importance.BEST_PRACTICE_VIOLATION);
        return new Inspector(checks, levels, threshold, skipped);
    }

    /**
     * Leaves out the named checks.
     *
     * @param names check names, as nwbinspector names them
     * @return a copy with this setting
     */
    public Inspector ignore(Collection<String> names) {
        Set<String> s = new HashSet<>(skipped);
        s.addAll(names);
        return new Inspector(checks, importance, threshold, s);
    }

    /**
     * {@return the checks that run, each with the importance it reports at ({@value #UNIQUE_IDENTIFIERS} among them)}
     */
    public Map<String, Importance> checks() {
        Map<String, Importance> out = new TreeMap<>();
        for (Check c : active()) {
            out.put(c.name(), importance.get(c.name()));
        }
        if (Importance.CRITICAL.atLeast(threshold) && !skipped.contains(UNIQUE_IDENTIFIERS)) {
            out.put(UNIQUE_IDENTIFIERS, Importance.CRITICAL);
        }
        return out;
    }

    private List<Check> active() {
        List<Check> out = new ArrayList<>();
        for (Check c : checks) {
            if (!skipped.contains(c.name()) && importance.get(c.name()).atLeast(threshold)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Inspects one NWB file; throws an {@code Hdf5Exception} when it cannot be opened.
     *
     * @param file the NWB file
     * @return the findings, in report order
     */
    public List<InspectorMessage> inspect(Path file) {
        try (Hdf5File f = Hdf5File.open(file)) {
            return inspect(f, file);
        }
    }

    /**
     * Inspects an open file, reporting {@code path} as its file path.
     *
     * @param file the open file
     * @param path the path to report
     * @return the findings, in report order
     */
    public List<InspectorMessage> inspect(Hdf5File file, Path path) {
        return inspect(new InspectedFile(file, path));
    }

    private List<InspectorMessage> inspect(InspectedFile inspected) {
        Path path = inspected.path();
        List<Check> run = subjectDependent(inspected, active());
        List<InspectorMessage> out = new ArrayList<>();
        for (Check c : run) {
            Importance level = importance.get(c.name());
            for (NeurodataObject o : inspected.objects()) {
                if (c.neurodataType() != null && !o.isA(c.neurodataType())) {
                    continue;
                }
                List<String> texts = new ArrayList<>();
                Importance reported = level;
                try {
                    c.check(o, texts);
                } catch (RuntimeException e) { // a check that fails is reported, as nwbinspector does, and the rest go on
                    texts.add(c.name() + " failed: " + e);
                    reported = Importance.ERROR;
                }
                for (String t : texts) {
                    out.add(new InspectorMessage(c.name(), reported, t, o.type(), o.name(), o.location(),
                            path.toString()));
                }
            }
        }
        return out;
    }

    /**
     * nwbinspector's exception for in-vitro protein data: when the subject checks are CRITICAL and the subject_id
     * starts with 'protein', they do not run.
     */
    private List<Check> subjectDependent(InspectedFile f, List<Check> run) {
        boolean critical = false;
        for (String n : DANDI_CRITICAL) {
            critical |= importance.get(n) == Importance.CRITICAL && !skipped.contains(n);
        }
        NeurodataObject root = f.object("/");
        NeurodataObject subject = root == null ? null : root.linked("general/subject");
        String id = subject == null ? null : subject.text("subject_id");
        if (!critical || id == null || !id.startsWith("protein")) {
            return run;
        }
        return run.stream().filter(c -> !DANDI_CRITICAL.contains(c.name())).collect(Collectors.toList());
    }

    /**
     * Inspects files and folders (every {@code *.nwb} below a folder, sorted), adding a CRITICAL
     * {@value #UNIQUE_IDENTIFIERS} finding where files share an identifier. Files that cannot be read are listed in
     * {@code unreadable} with the reason instead.
     *
     * @param paths files and folders
     * @param unreadable filled with the files that could not be opened and why
     * @return the findings of all files
     */
    public List<InspectorMessage> inspectAll(List<Path> paths, Map<Path, String> unreadable) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            files.addAll(nwbFiles(p));
        }
        List<InspectorMessage> out = new ArrayList<>();
        Map<String, List<Path>> identifiers = new LinkedHashMap<>();
        for (Path f : files) {
            try (Hdf5File h = Hdf5File.open(f)) {
                InspectedFile inspected = new InspectedFile(h, f);
                out.addAll(inspect(inspected));
                NeurodataObject root = inspected.object("/");
                String id = root == null ? null : root.text("identifier");
                if (id != null) {
                    identifiers.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
                }
            } catch (RuntimeException e) {
                unreadable.put(f, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        if (Importance.CRITICAL.atLeast(threshold) && !skipped.contains(UNIQUE_IDENTIFIERS)) {
            for (Map.Entry<String, List<Path>> e : identifiers.entrySet()) {
                if (e.getValue().size() > 1) {
                    String names = e.getValue().stream().map(p -> "'" + p.getFileName() + "'").sorted()
                            .collect(Collectors.joining(", ", "[", "]"));
                    out.add(new InspectorMessage(UNIQUE_IDENTIFIERS, Importance.CRITICAL, "The identifier '"
                            + e.getKey() + "' is used across the .nwb files: " + names + ". The identifier of any "
                            + "NWBFile should be a completely unique value - we recommend using uuid4 to achieve this.",
                            "NWBFile", "root", "/", String.join(", ", paths.stream().map(Path::toString)
                                    .collect(Collectors.toList()))));
                }
            }
        }
        return out;
    }

    /** The NWB files a path names: itself, or every {@code *.nwb} below a folder (sorted). */
    static List<Path> nwbFiles(Path p) {
        if (!Files.isDirectory(p)) {
            return Collections.singletonList(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".nwb"))
                    .filter(f -> !f.getFileName().toString().startsWith("._")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + p, e);
        }
    }
}
