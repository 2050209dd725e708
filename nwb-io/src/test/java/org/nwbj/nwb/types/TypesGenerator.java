package org.nwbj.nwb.types;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nwbj.nwb.schema.AttributeSpec;
import org.nwbj.nwb.schema.BasicType;
import org.nwbj.nwb.schema.CoreSchemas;
import org.nwbj.nwb.schema.DatasetSpec;
import org.nwbj.nwb.schema.Dtype;
import org.nwbj.nwb.schema.GroupSpec;
import org.nwbj.nwb.schema.LinkSpec;
import org.nwbj.nwb.schema.Quantity;
import org.nwbj.nwb.schema.SpecCatalog;
import org.nwbj.nwb.schema.StorageSpec;

/**
 * Generates the classes of {@code org.nwbj.nwb.types}, one per type of nwbj's hdmf-common, hdmf-experimental and
 * NWB core schemas, from the spec model: typed getters and setters over {@link TypedObject}'s fields, named by
 * {@link FieldNames}. {@code GeneratedTypesTest} checks the committed sources equal this output; regenerate with
 * {@code -Dnwbj.regenerate=true} on that test.
 */
final class TypesGenerator {
    static final String[] NAMESPACES = {"hdmf-common", "hdmf-experimental", "core"};
    /** Hand-written classes a generated class extends instead of its parent's (they extend the parent). */
    static final Map<String, String> SUPPORT = Map.of("DynamicTable", "DynamicTableSupport",
            "NWBFile", "NWBFileSupport", "Units", "UnitsSupport");
    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "name", "neurodataType", "namespace", "objectId", "isDataset", "path",
            "isA", "fields", "get", "set", "add", "members", "mapField", "sourceOf", "toString", "hashCode",
            "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "group", "ofType", "column",
            "row", "rowCount", "addRow", "addColumn", "close", "columnNames", "generalText", "generalList",
            "setGeneral", "spikeTimes", "experimenter", "keywords", "lab", "institution", "protocol", "sessionId",
            "experimentDescription", "notes", "subject", "devices", "relatedPublications");

    private final SpecCatalog catalog = CoreSchemas.catalog();
    private final Map<String, String> namespaceOf = new LinkedHashMap<>();

    TypesGenerator() {
        for (String ns : NAMESPACES) {
            for (String t : catalog.definedTypes(ns)) {
                namespaceOf.put(t, ns);
            }
        }
    }

    /** Every generated source by file name. */
    Map<String, String> sources() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : namespaceOf.entrySet()) {
            out.put(e.getKey() + ".java", typeClass(e.getKey(), e.getValue()));
        }
        out.put("CoreTypes.java", factory());
        return out;
    }

    private String typeClass(String type, String ns) {
        StorageSpec own = catalog.type(ns, type);
        StorageSpec resolved = catalog.resolve(ns, type);
        String parent = own.typeInc();
        String superclass = SUPPORT.getOrDefault(type, parent == null ? "TypedObject" : parent);
        Set<String> inherited = new HashSet<>();
        if (parent != null) {
            for (FieldNames.Field f : FieldNames.of(catalog.resolve(ns, parent))) {
                inherited.add(f.name());
            }
        }
        boolean dataset = resolved instanceof DatasetSpec;
        StringBuilder b = new StringBuilder();
        b.append("package org.nwbj.nwb.types;\n\n");
        b.append("import java.util.Map;\n\nimport org.nwbj.nwb.ArrayData;\n\n");
        b.append("/**\n * The ").append(ns).append(" type {@code ").append(type).append("}")
                .append(parent == null ? "" : " (a {@code " + parent + "})").append(", as pynwb names its fields.\n")
                .append(" * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.\n */\n");
        b.append("public class ").append(type).append(" extends ").append(superclass).append(" {\n");
        String fixed = resolved.name() != null ? resolved.name() : resolved.defaultName();
        if (fixed != null) {
            b.append("    /** A new ").append(type).append(" named {@code ").append(fixed).append("}. */\n");
            b.append("    public ").append(type).append("() {\n        this(\"").append(fixed).append("\");\n    }\n\n");
        }
        b.append("    /**\n     * A new ").append(type).append(" named {@code name}.\n     *\n")
                .append("     * @param name the object's name in its parent group\n     */\n");
        b.append("    public ").append(type).append("(String name) {\n        this(name, \"").append(type)
                .append("\", \"").append(ns).append("\", ").append(dataset).append(");\n    }\n\n");
        b.append("    /**\n     * For subclasses: an object of a type that extends {@code ").append(type).append("}.\n     *\n")
                .append("     * @param name the object's name in its parent group\n")
                .append("     * @param type the subclass's neurodata type\n")
                .append("     * @param namespace the namespace that defines {@code type}\n")
                .append("     * @param dataset true when the type is stored as a dataset, false for a group\n     */\n");
        b.append("    protected ").append(type).append("(String name, String type, String namespace, boolean dataset)")
                .append(" {\n        super(name, type, namespace, dataset);\n    }\n");
        Set<String> methods = new HashSet<>();
        for (FieldNames.Field f : FieldNames.of(resolved)) {
            if (inherited.contains(f.name())) {
                continue;
            }
            String getter = FieldNames.camel(f.name());
            if (RESERVED.contains(getter) || getter.isEmpty() || !Character.isJavaIdentifierStart(getter.charAt(0))) {
                getter = getter + "Field";
            }
            String javaType = javaType(f);
            if (!methods.add(getter)) {
                continue;
            }
            String what = describe(f);
            b.append("\n    /**\n     * Field {@code ").append(f.name()).append("}: ").append(what).append(".\n     *\n")
                    .append(javaType.startsWith("Map<") ? "     * @return the members by name, empty when there are none\n"
                            : "     * @return the value, or null when it is not set\n")
                    .append("     */\n");
            b.append("    public ").append(javaType).append(' ').append(getter).append("() {\n        return ")
                    .append(accessor(javaType, f.name())).append(";\n    }\n");
            String upper = Character.toUpperCase(getter.charAt(0)) + getter.substring(1);
            if (javaType.startsWith("Map<")) {
                String element = javaType.substring(javaType.indexOf(',') + 2, javaType.length() - 1);
                String adder = "add" + (f.kind() == FieldNames.Kind.MANY && f.types().size() == 1
                        ? f.types().get(0) : upper);
                if (methods.add(adder)) {
                    b.append("\n    /**\n     * Adds a member to {@code ").append(f.name()).append("}.\n     *\n")
                            .append("     * @param member the object to add, under its own name\n")
                            .append("     * @return this object\n     */\n");
                    b.append("    public ").append(type).append(' ').append(adder).append('(').append(element)
                            .append(" member) {\n        add(\"").append(f.name())
                            .append("\", member);\n        return this;\n    }\n");
                }
            } else if (methods.add("set" + upper)) {
                b.append("\n    /**\n     * Sets field {@code ").append(f.name()).append("}.\n     *\n")
                        .append("     * @param value the new value, or null to remove it\n")
                        .append("     * @return this object\n     */\n");
                b.append("    public ").append(type).append(" set").append(upper).append('(').append(javaType)
                        .append(" value) {\n        set(\"").append(f.name())
                        .append("\", value);\n        return this;\n    }\n");
            }
        }
        b.append("}\n");
        return b.toString().replace("import java.util.Map;\n\nimport org.nwbj.nwb.ArrayData;\n\n",
                imports(b.toString()));
    }

    private static String imports(String body) {
        String rest = body.substring(body.indexOf("/**"));
        String s = "";
        if (rest.contains("Map<")) {
            s += "import java.util.Map;\n\n";
        }
        if (rest.contains("ArrayData")) {
            s += "import org.nwbj.nwb.ArrayData;\n\n";
        }
        return s;
    }

    /**
     * A neutral description of a field from its kind, data type and quantity (never the schema's doc text, which
     * the project does not copy).
     */
    private static String describe(FieldNames.Field f) {
        switch (f.kind()) {
            case ATTRIBUTE -> {
                AttributeSpec a = (AttributeSpec) f.spec();
                return "an attribute" + dtype(a.dtype()) + (a.required() ? ", required" : ", optional");
            }
            case DATASET_ATTRIBUTE -> {
                AttributeSpec a = (AttributeSpec) f.spec();
                return "attribute " + code(f.attribute()) + " of dataset " + code(f.member()) + dtype(a.dtype())
                        + (a.required() ? ", required" : ", optional");
            }
            case DATASET -> {
                DatasetSpec d = (DatasetSpec) f.spec();
                return "a dataset" + (d.dataType() != null ? " of type " + code(d.dataType())
                        : dtype(d.dtype())) + quantity(d.quantity());
            }
            case GROUP -> {
                GroupSpec g = (GroupSpec) f.spec();
                return "a group" + (g.dataType() != null ? " of type " + code(g.dataType())
                        : f.isCollection() ? " of typed members" : "") + quantity(g.quantity());
            }
            case LINK -> {
                LinkSpec l = (LinkSpec) f.spec();
                return "a link to a " + code(l.targetType()) + quantity(l.quantity());
            }
            case MANY -> {
                return "the unnamed members of type " + String.join(" or ", codes(f.types()));
            }
            default -> {
                return "the values of this dataset";
            }
        }
    }

    private static String code(String s) {
        return "{@code " + s + "}";
    }

    private static List<String> codes(List<String> types) {
        List<String> out = new ArrayList<>();
        for (String t : types) {
            out.add(code(t));
        }
        return out;
    }

    private static String dtype(Dtype d) {
        if (d instanceof Dtype.Simple s) {
            return " (" + s.name() + ")";
        }
        if (d instanceof Dtype.Reference r) {
            return " (reference to a " + code(r.targetType()) + ")";
        }
        return d instanceof Dtype.Compound ? " (compound)" : "";
    }

    private static String quantity(Quantity q) {
        if (q.min() == 0) {
            return ", optional";
        }
        return q.max() == 1 ? ", required" : ", at least " + q.min();
    }

    private String javaType(FieldNames.Field f) {
        switch (f.kind()) {
            case ATTRIBUTE, DATASET_ATTRIBUTE -> {
                AttributeSpec a = (AttributeSpec) f.spec();
                return a.shape() != null ? "Object" : scalar(a.dtype());
            }
            case DATASET -> {
                DatasetSpec d = (DatasetSpec) f.spec();
                if (d.dataType() != null) {
                    return cls(d.dataType());
                }
                return d.shape() == null ? scalar(d.dtype()) : "ArrayData";
            }
            case GROUP -> {
                GroupSpec g = (GroupSpec) f.spec();
                if (g.dataType() != null) {
                    return cls(g.dataType());
                }
                return f.isCollection() ? "Map<String, TypedObject>" : "TypedObject";
            }
            case LINK -> {
                return cls(((LinkSpec) f.spec()).targetType());
            }
            case MANY -> {
                return "Map<String, " + (f.types().size() == 1 ? cls(f.types().get(0)) : "TypedObject") + ">";
            }
            default -> {
                return "Object";
            }
        }
    }

    private String cls(String type) {
        return namespaceOf.containsKey(type) ? type : "TypedObject";
    }

    private String scalar(Dtype d) {
        if (d instanceof Dtype.Simple s) {
            BasicType t = s.type();
            if (t.isText()) {
                return "String";
            }
            if (t == BasicType.BOOL) {
                return "Boolean";
            }
            if (t.isInteger()) {
                return "Long";
            }
            if (t.isNumeric()) {
                return "Double";
            }
        }
        if (d instanceof Dtype.Reference r) {
            return cls(r.targetType());
        }
        return "Object";
    }

    private static String accessor(String javaType, String field) {
        String q = "\"" + field + "\"";
        return switch (javaType) {
            case "String" -> "stringField(" + q + ")";
            case "Double" -> "doubleField(" + q + ")";
            case "Long" -> "longField(" + q + ")";
            case "Boolean" -> "booleanField(" + q + ")";
            case "ArrayData" -> "arrayField(" + q + ")";
            case "Object" -> "get(" + q + ")";
            default -> javaType.startsWith("Map<") ? "mapField(" + q + ")"
                    : "objectField(" + q + ", " + javaType + ".class)";
        };
    }

    private String factory() {
        StringBuilder b = new StringBuilder();
        b.append("package org.nwbj.nwb.types;\n\n");
        b.append("/** New objects by type name. Generated by TypesGenerator: do not edit. */\n");
        b.append("final class CoreTypes {\n    private CoreTypes() {\n    }\n\n");
        b.append("    /** An object of the class of {@code type}, or null when the type has none. */\n");
        b.append("    static TypedObject create(String type, String name) {\n        return switch (type) {\n");
        for (String t : namespaceOf.keySet()) {
            b.append("            case \"").append(t).append("\" -> new ").append(t).append("(name);\n");
        }
        b.append("            default -> null;\n        };\n    }\n}\n");
        return b.toString();
    }

    /** Writes the sources into a directory (the package's source directory). */
    void writeTo(Path dir) throws IOException {
        for (Map.Entry<String, String> e : sources().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
        }
    }

    static final Path PACKAGE_DIR = Paths.get("src/main/java/org/nwbj/nwb/types");

    /** Regenerates the sources: {@code TypesGenerator [DIR]} (default: the package's source directory). */
    public static void main(String[] args) throws IOException {
        new TypesGenerator().writeTo(args.length > 0 ? Paths.get(args[0]) : PACKAGE_DIR);
    }

    static List<String> names() {
        return new ArrayList<>(new TypesGenerator().sources().keySet());
    }
}
