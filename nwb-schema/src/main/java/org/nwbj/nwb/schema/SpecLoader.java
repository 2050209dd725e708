package org.nwbj.nwb.schema;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nwbj.nwb.schema.internal.SpecParser;

/**
 * Loads namespaces and their schema sources, either from YAML files (a namespace file and the sources it lists)
 * or from the JSON strings cached inside NWB files. Both give the same model.
 */
public final class SpecLoader {
    // BigDecimal keeps the written digits of unquoted numbers such as "version: 1.10"
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private SpecLoader() {
    }

    /**
     * Loads every namespace of a YAML namespace file, reading sources relative to its directory.
     *
     * @param namespaceFile the namespace YAML file
     * @return the namespaces, with their sources
     */
    public static List<Namespace> loadYaml(Path namespaceFile) {
        Path dir = namespaceFile.toAbsolutePath().getParent();
        return loadYaml(readFile(namespaceFile), namespaceFile.toString(), fileName -> {
            Path p = dir.resolve(fileName);
            return Files.isRegularFile(p) ? readFile(p) : null;
        });
    }

    /**
     * Loads every namespace of a YAML namespace document.
     *
     * @param fileReader gives the text of a source file by file name, or {@code null} if there is none
     * @param namespaceYaml the namespace document's text
     * @param where the document's name, for messages
     * @return the namespaces, with their sources
     */
    public static List<Namespace> loadYaml(String namespaceYaml, String where, Function<String, String> fileReader) {
        List<Namespace> out = new ArrayList<>();
        for (Namespace ns : SpecParser.parseNamespaces(readTree(YAML, namespaceYaml, where), where)) {
            Map<String, SchemaSource> sources = new LinkedHashMap<>();
            for (Namespace.SchemaRef ref : ns.schema()) {
                if (ref instanceof Namespace.SourceRef s) {
                    String text = firstFound(fileReader, s.source(), ".yaml", ".yml", "");
                    if (text == null) {
                        throw new SpecException(where + ": schema source '" + s.source() + "' of namespace '"
                                + ns.name() + "' not found");
                    }
                    sources.put(s.source(), SpecParser.parseSource(s.source(), readTree(YAML, text, s.source())));
                }
            }
            out.add(withSources(ns, sources));
        }
        return out;
    }

    /**
     * Loads a namespace from its cached form: the JSON text of the namespace document and of each source, keyed by
     * source name (with or without extension), as stored under {@code /specifications/<name>/<version>/}.
     *
     * @param namespaceJson the namespace document's JSON text
     * @param sourceJson each source's JSON text by source name
     * @return the namespace, with its sources
     */
    public static Namespace loadCached(String namespaceJson, Map<String, String> sourceJson) {
        List<Namespace> list = SpecParser.parseNamespaces(readTree(JSON, namespaceJson, "cached namespace"),
                "cached namespace");
        if (list.size() != 1) {
            throw new SpecException("cached namespace document holds " + list.size() + " namespaces, expected 1");
        }
        Namespace ns = list.get(0);
        Map<String, SchemaSource> sources = new LinkedHashMap<>();
        for (Namespace.SchemaRef ref : ns.schema()) {
            if (ref instanceof Namespace.SourceRef s) {
                String text = firstFound(sourceJson::get, s.source(), "", ".yaml", ".yml", ".json");
                if (text == null) {
                    throw new SpecException("cached source '" + s.source() + "' of namespace '" + ns.name() + "' "
                            + ns.version() + " missing; have " + sourceJson.keySet());
                }
                sources.put(s.source(), SpecParser.parseSource(s.source(), readTree(JSON, text, s.source())));
            }
        }
        return withSources(ns, sources);
    }

    private static Namespace withSources(Namespace ns, Map<String, SchemaSource> sources) {
        return new Namespace(ns.name(), ns.version(), ns.doc(), ns.fullName(), ns.authors(), ns.contacts(),
                ns.schema(), sources);
    }

    private static String firstFound(Function<String, String> reader, String base, String... extensions) {
        for (String ext : extensions) {
            String text = reader.apply(base + ext);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static Object readTree(ObjectMapper mapper, String text, String where) {
        try {
            return mapper.readValue(text, Object.class);
        } catch (IOException e) {
            throw new SpecException(where + ": cannot parse: " + e.getMessage(), e);
        }
    }

    private static String readFile(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpecException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }
}
