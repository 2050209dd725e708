package org.nwbj.nwb.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Source rules: main code stays within Android API 26, and no internal type appears in the public API. */
class ApiRulesTest {
    private static final Path MAIN = Paths.get("src/main/java/org/nwbj/nwb/schema");
    /** Java 9+ library calls that Android API 26 lacks (language features such as records are fine). */
    private static final Pattern NOT_ON_ANDROID_26 = Pattern.compile(
            "\\b(List|Set|Map)\\.(of|copyOf|ofEntries)\\(|readAllBytes\\(\\)|transferTo\\(|\\.isBlank\\(\\)"
                    + "|\\.strip\\(\\)|\\.repeat\\(|\\.toList\\(\\)|HexFormat|java\\.lang\\.foreign"
                    + "|Optional\\.isEmpty|\\.orElseThrow\\(\\)");

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void mainCodeAvoidsApisMissingOnAndroid26() throws IOException {
        List<String> hits = new ArrayList<>();
        List<Path> sources = mainSources();
        assertThat(sources).hasSizeGreaterThan(10);
        for (Path p : sources) {
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (NOT_ON_ANDROID_26.matcher(lines.get(i)).find()) {
                    hits.add(MAIN.relativize(p) + ":" + (i + 1) + ": " + lines.get(i).trim());
                }
            }
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void publicSignaturesUseNoInternalTypes() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Path p : mainSources()) {
            if (p.toString().contains("internal")) {
                continue;
            }
            String simple = p.getFileName().toString().replace(".java", "");
            Class<?> c = Class.forName("org.nwbj.nwb.schema." + simple);
            List<Class<?>> all = new ArrayList<>(List.of(c.getDeclaredClasses()));
            all.add(c);
            for (Class<?> k : all) {
                for (Method m : k.getDeclaredMethods()) {
                    if (!Modifier.isPublic(m.getModifiers())) {
                        continue;
                    }
                    List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
                    types.add(m.getReturnType());
                    for (Class<?> t : types) {
                        if (t.getName().contains(".internal.")) {
                            leaks.add(k.getName() + "." + m.getName() + " uses " + t.getName());
                        }
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }
}
