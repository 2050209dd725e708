package org.nwbj.nwb.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nwbj.nwb.schema.internal.Lists;

/**
 * A namespace (such as {@code core} 2.7.0) with its loaded schema sources.
 *
 * @param fullName may be {@code null}
 * @param schema the entries of the namespace's {@code schema} list, in order
 * @param sources the loaded sources by name (without extension), in the order listed
 * @param name the namespace's name
 * @param version its version
 * @param doc its description
 * @param authors the authors
 * @param contacts the authors' contacts
 */
public record Namespace(String name, String version, String doc, String fullName, List<String> authors,
        List<String> contacts, List<SchemaRef> schema, Map<String, SchemaSource> sources) {

    /** An entry of a namespace's {@code schema} list: a source file or another namespace to include. */
    public sealed interface SchemaRef permits SourceRef, NamespaceRef {
        /** {@return the types selected from the entry ({@code data_types}/{@code neurodata_types}); empty means all} */
        List<String> dataTypes();
    }

    /**
     * A schema source of this namespace; {@code source} has no extension. Title and doc may be {@code null}.
     *
     * @param source the source's name, without extension
     * @param title a title, or null
     * @param doc a description, or null
     * @param dataTypes the types selected, empty for all
     */
    public record SourceRef(String source, String title, String doc, List<String> dataTypes) implements SchemaRef {
        /**
         * Checks the source name and copies the type list.
         *
         * @param source the source's name, without extension
         * @param title a title, or null
         * @param doc a description, or null
         * @param dataTypes the types selected, empty for all
         */
        public SourceRef {
            Objects.requireNonNull(source, "source");
            dataTypes = Lists.copy(dataTypes);
        }
    }

    /**
     * Another namespace whose types this namespace includes.
     *
     * @param namespace the included namespace's name
     * @param dataTypes the types selected, empty for all
     */
    public record NamespaceRef(String namespace, List<String> dataTypes) implements SchemaRef {
        /**
         * Checks the namespace name and copies the type list.
         *
         * @param namespace the included namespace's name
         * @param dataTypes the types selected, empty for all
         */
        public NamespaceRef {
            Objects.requireNonNull(namespace, "namespace");
            dataTypes = Lists.copy(dataTypes);
        }
    }

    /**
     * Checks name and version and copies the lists and the map into unmodifiable ones.
     *
     * @param name the namespace's name
     * @param version its version
     * @param doc its description
     * @param fullName a longer name, or null
     * @param authors the authors
     * @param contacts the authors' contacts
     * @param schema the entries of the {@code schema} list, in order
     * @param sources the loaded sources by name
     */
    public Namespace {
        Objects.requireNonNull(name, "namespace name");
        Objects.requireNonNull(version, "namespace version");
        authors = Lists.copy(authors);
        contacts = Lists.copy(contacts);
        schema = Lists.copy(schema);
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }
}
