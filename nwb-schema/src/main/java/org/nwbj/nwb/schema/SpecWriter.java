package org.nwbj.nwb.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nwbj.nwb.schema.internal.SpecSerializer;

/** Writes a namespace and its sources as the JSON strings NWB files cache under {@code /specifications}. */
public final class SpecWriter {
    /** The key of the namespace document in {@link #toCachedJson}'s result. */
    public static final String NAMESPACE_KEY = "namespace";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpecWriter() {
    }

    /**
     * {@return the JSON text of the namespace document (key {@value #NAMESPACE_KEY}) and of each source (key: the
     * source name), in the order to store them under {@code /specifications/<name>/<version>/}}
     *
     * @param ns the namespace
     */
    public static Map<String, String> toCachedJson(Namespace ns) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(NAMESPACE_KEY, write(SpecSerializer.namespaceDocument(ns)));
        for (SchemaSource s : ns.sources().values()) {
            if (s.name().equals(NAMESPACE_KEY)) {
                throw new SpecException("a source named '" + NAMESPACE_KEY + "' clashes with the namespace document");
            }
            out.put(s.name(), write(SpecSerializer.sourceDocument(s)));
        }
        return out;
    }

    private static String write(Object tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new SpecException("cannot write spec JSON: " + e.getMessage(), e);
        }
    }
}
