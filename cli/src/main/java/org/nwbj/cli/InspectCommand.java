package org.nwbj.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.Inspector;
import org.nwbj.nwb.inspect.InspectorMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nwbj inspect FILE|DIR...}: nwbinspector's best-practice checks. Exit 0: nothing CRITICAL (nor, with
 * {@code --threshold}, anything reported); 1: something is; 2: some file could not be read.
 */
@Command(name = "inspect", description = "Check NWB files against NWB best practices (nwbinspector's checks).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing CRITICAL (with --threshold: nothing reported)",
                "1:a CRITICAL finding (with --threshold: any finding)", "2:some file could not be read"})
final class InspectCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "NWB files, or folders searched for *.nwb")
    List<Path> paths;

    @Option(names = "--json", description = "print the findings as JSON (nwbinspector's report fields)")
    boolean json;

    @Option(names = "--threshold", paramLabel = "LEVEL", description = "report only findings at or above LEVEL "
            + "(CRITICAL, BEST_PRACTICE_VIOLATION, BEST_PRACTICE_SUGGESTION); any finding then fails")
    Importance threshold;

    @Option(names = "--config", paramLabel = "NAME", description = "'dandi': DANDI's importance levels (the subject "
            + "checks become CRITICAL)")
    String config;

    @Option(names = "--ignore", paramLabel = "CHECK", split = ",", description = "checks to skip, by name")
    List<String> ignore;

    @Override
    public Integer call() {
        Inspector inspector = Inspector.defaults();
        if (config != null) {
            if (!config.equals("dandi")) {
                System.err.println("nwbj inspect: unknown --config '" + config + "' (known: dandi)");
                return 2;
            }
            inspector = inspector.dandi();
        }
        if (threshold != null) {
            inspector = inspector.threshold(threshold);
        }
        if (ignore != null) {
            inspector = inspector.ignore(ignore);
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                System.err.println("nwbj inspect: " + p + ": no such file or folder");
                return 2;
            }
        }
        Map<Path, String> unreadable = new LinkedHashMap<>();
        List<InspectorMessage> found = new ArrayList<>(inspector.inspectAll(paths, unreadable));
        found.sort(Comparator.comparing((InspectorMessage m) -> -m.importance().rank())
                .thenComparing(InspectorMessage::filePath).thenComparing(InspectorMessage::checkName));
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        if (json) {
            writeJson(out, found, inspector.checks());
        } else {
            writeText(out, found);
        }
        out.flush();
        unreadable.forEach((p, why) -> System.err.println("nwbj inspect: " + p + ": " + why.replace('\n', ' ')));
        if (!unreadable.isEmpty()) {
            return 2;
        }
        Importance fails = threshold == null ? Importance.CRITICAL : threshold;
        return found.stream().anyMatch(m -> m.importance().atLeast(fails)) ? 1 : 0;
    }

    private static void writeText(PrintWriter out, List<InspectorMessage> found) {
        Map<Importance, Integer> counts = new LinkedHashMap<>();
        for (InspectorMessage m : found) {
            counts.merge(m.importance(), 1, Integer::sum);
        }
        out.println("Found " + found.size() + " issue(s) over " + found.stream().map(InspectorMessage::filePath)
                .distinct().count() + " file(s)" + (found.isEmpty() ? "." : ":"));
        counts.forEach((k, v) -> out.printf("%8d - %s%n", v, k));
        Importance section = null;
        int n = 0;
        for (InspectorMessage m : found) {
            if (m.importance() != section) {
                section = m.importance();
                out.println();
                out.println(section);
                out.println("=".repeat(section.name().length()));
            }
            out.println(n++ + "  " + m.filePath() + ": " + m.checkName() + " - '" + m.objectType() + "' object "
                    + (m.location() != null ? "at location '" + m.location() + "'" : "with name '" + m.objectName()
                    + "'"));
            out.println("       Message: " + m.message());
        }
    }

    private static void writeJson(PrintWriter out, List<InspectorMessage> found, Map<String, Importance> checks) {
        try {
            JsonGenerator g = new JsonFactory().createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("header");
            g.writeStringField("checks_of", "nwbinspector 0.5.2");
            g.writeObjectFieldStart("checks");
            for (Map.Entry<String, Importance> c : checks.entrySet()) {
                g.writeStringField(c.getKey(), c.getValue().name());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("messages");
            for (InspectorMessage m : found) {
                g.writeStartObject();
                for (String[] kv : Arrays.asList(new String[] {"message", m.message()},
                        new String[] {"importance", m.importance().name()},
                        new String[] {"check_function_name", m.checkName()},
                        new String[] {"object_type", m.objectType()}, new String[] {"object_name", m.objectName()},
                        new String[] {"location", m.location()}, new String[] {"file_path", m.filePath()})) {
                    if (kv[1] == null) {
                        g.writeNullField(kv[0]);
                    } else {
                        g.writeStringField(kv[0], kv[1]);
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
