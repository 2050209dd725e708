package org.nwbj.nwb.schema;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.nwbj.nwb.schema.internal.DtypeRules;
import org.nwbj.nwb.schema.internal.SpecMerger;

/**
 * Checks a file tree against the specs of a {@link SpecCatalog}: data type attributes, required and counted
 * children, links, attributes, dtypes, shapes and fixed values. Problems are reported with the object's path.
 */
public final class Validator {
    /** Attribute holding an object's data type in NWB namespaces. */
    public static final String NEURODATA_TYPE = "neurodata_type";
    /** Attribute holding an object's data type in HDMF namespaces. */
    public static final String DATA_TYPE = "data_type";
    /** Attribute holding the namespace of an object's type. */
    public static final String NAMESPACE = "namespace";
    /** Attribute holding an object's unique id. */
    public static final String OBJECT_ID = "object_id";

    /**
     * What a validation may take for granted about the file.
     *
     * @param objectIds whether every typed object must carry an {@code object_id} (files of NWB 2.1.0 and later:
     *                  earlier versions had none, and no spec declares it)
     * @param versionValue whether the root's {@code nwb_version} must equal the value the spec fixes; off when the
     *                  catalog only stands in for the specification the file was written with (none is cached)
     */
    public record Options(boolean objectIds, boolean versionValue) {
        /** Every check: the catalog is the file's own specification. */
        public static final Options STRICT = new Options(true, true);

        /**
         * {@return the options for a file declaring {@code nwbVersion} (null when it declares none), validated against
         * its own cached specification ({@code ownSpec}) or a stand-in for it}
         *
         * @param nwbVersion the version the file declares, or null
         * @param ownSpec whether the catalog is the file's own cached specification
         */
        public static Options forFile(String nwbVersion, boolean ownSpec) {
            return new Options(nwbVersion == null || !Versions.before(nwbVersion, "2.1.0"), ownSpec);
        }
    }

    /** The root attribute naming the NWB version a file was written with. */
    public static final String NWB_VERSION = "nwb_version";

    private final SpecCatalog catalog;
    private final Options options;

    /**
     * A validator with every check on ({@link Options#STRICT}).
     *
     * @param catalog the specs to validate against
     */
    public Validator(SpecCatalog catalog) {
        this(catalog, Options.STRICT);
    }

    /**
     * A validator.
     *
     * @param catalog the specs to validate against
     * @param options what the file may take for granted
     */
    public Validator(SpecCatalog catalog, Options options) {
        this.catalog = Objects.requireNonNull(catalog);
        this.options = Objects.requireNonNull(options);
    }

    /**
     * Validates a typed object (usually the file root) against the spec of the type its attributes name.
     *
     * @param node the object to validate
     * @return the problems found, empty when valid
     */
    public List<Problem> validate(SpecNode node) {
        List<Problem> out = new ArrayList<>();
        String[] declared = declaredType(node);
        if (declared == null) {
            out.add(new Problem(node.path(), Problem.Kind.DATA_TYPE, "no data type attributes; cannot validate"));
            return out;
        }
        if (!catalog.hasType(declared[0], declared[1])) {
            out.add(new Problem(node.path(), Problem.Kind.DATA_TYPE,
                    "unknown type " + declared[0] + ":" + declared[1]));
            return out;
        }
        check(node, catalog.resolve(declared[0], declared[1]), declared[0], out);
        return out;
    }

    /**
     * Validates an object against the spec of {@code type} in {@code namespace}.
     *
     * @param node the object to validate
     * @param namespace the namespace of the type
     * @param type the type to validate against
     * @return the problems found, empty when valid
     */
    public List<Problem> validate(SpecNode node, String namespace, String type) {
        List<Problem> out = new ArrayList<>();
        check(node, catalog.resolve(namespace, type), namespace, out);
        return out;
    }

    private void check(SpecNode node, StorageSpec spec, String namespace, List<Problem> out) {
        String path = node.path();
        if (spec.dataType() != null) {
            StorageSpec refined = checkDataType(node, spec, namespace, out);
            if (refined == null) {
                return;
            }
            spec = refined;
        }
        if (spec instanceof GroupSpec && node.kind() != SpecNode.Kind.GROUP
                || spec instanceof DatasetSpec && node.kind() != SpecNode.Kind.DATASET) {
            out.add(new Problem(path, Problem.Kind.KIND, "expected a " + (spec instanceof GroupSpec ? "group" : "dataset")
                    + ", found a " + node.kind().name().toLowerCase(java.util.Locale.ROOT)));
            return;
        }
        for (AttributeSpec a : spec.attributes()) {
            checkAttribute(node, a, out);
        }
        if (spec instanceof DatasetSpec d) {
            Object value = node.value();
            if (!DtypeRules.allows(d.dtype(), node.dtype(), value)) {
                out.add(new Problem(path, Problem.Kind.DTYPE, "dtype " + describe(node.dtype()) + " does not satisfy "
                        + describe(d.dtype())));
            }
            checkShape(path, d.shape(), node.shape(), out);
            checkReferences(node, path, d.dtype(), value, out);
            if (d.value() != null && value != null && !sameValue(d.value(), value)) {
                out.add(new Problem(path, Problem.Kind.VALUE, "value " + show(value) + ", spec fixes "
                        + show(d.value())));
            }
        } else {
            checkChildren(node, (GroupSpec) spec, namespace, out);
        }
    }

    /** Checks the type attributes; returns the spec to validate with (the actual subtype's), or null to stop. */
    private StorageSpec checkDataType(SpecNode node, StorageSpec spec, String namespace, List<Problem> out) {
        String path = node.path();
        String[] declared = declaredType(node);
        if (declared == null) {
            out.add(new Problem(path, Problem.Kind.DATA_TYPE, "missing " + NEURODATA_TYPE + "/" + NAMESPACE
                    + " attributes; expected type " + spec.dataType()));
            return full(spec, namespace);
        }
        SpecNode.Attribute id = node.attributes().get(OBJECT_ID);
        if (id == null && options.objectIds()) {
            out.add(new Problem(path, Problem.Kind.MISSING, "missing attribute " + OBJECT_ID));
        }
        String ns = declared[0];
        String type = declared[1];
        if (!catalog.hasType(ns, type)) {
            out.add(new Problem(path, Problem.Kind.DATA_TYPE, "unknown type " + ns + ":" + type));
            return null;
        }
        if (!catalog.isA(ns, type, spec.dataType())) {
            out.add(new Problem(path, Problem.Kind.DATA_TYPE, "type " + type + " is not a " + spec.dataType()));
            return null;
        }
        if (type.equals(spec.dataType())) {
            return full(spec, namespace);
        }
        // a subtype: validate against its full spec, still refined by what the inline spec says
        StorageSpec actual = catalog.resolve(ns, type);
        return spec.typeDef() != null ? actual : SpecMerger.merge(actual, spec);
    }

    /** The spec with everything its type inherits merged in. */
    private StorageSpec full(StorageSpec spec, String namespace) {
        String ns = visibleNamespace(namespace, spec.dataType());
        return spec.typeDef() != null ? catalog.resolve(ns, spec.typeDef()) : catalog.effective(ns, spec);
    }

    private void checkAttribute(SpecNode node, AttributeSpec a, List<Problem> out) {
        String path = node.path();
        SpecNode.Attribute found = node.attributes().get(a.name());
        if (found == null) {
            if (a.required()) {
                out.add(new Problem(path, Problem.Kind.MISSING, "missing attribute " + a.name()));
            }
            return;
        }
        String where = path + "@" + a.name();
        if (!DtypeRules.allows(a.dtype(), found.dtype(), found.value())) {
            out.add(new Problem(where, Problem.Kind.DTYPE, "dtype " + describe(found.dtype()) + " does not satisfy "
                    + describe(a.dtype())));
        }
        checkShape(where, a.shape(), found.shape(), out);
        checkReferences(node, where, a.dtype(), found.value(), out);
        boolean versionStandIn = !options.versionValue() && a.name().equals(NWB_VERSION) && node.path().equals("/");
        if (a.value() != null && found.value() != null && !versionStandIn && !sameValue(a.value(), found.value())) {
            out.add(new Problem(where, Problem.Kind.VALUE, "value " + show(found.value()) + ", spec fixes "
                    + show(a.value())));
        }
    }

    /** Checks that object references in a value point at objects of the spec's target type, where resolvable. */
    private void checkReferences(SpecNode node, String where, Dtype dtype, Object value, List<Problem> out) {
        if (!(dtype instanceof Dtype.Reference ref) || ref.refType() != Dtype.RefType.OBJECT || value == null) {
            return;
        }
        List<Object> elements = asList(value);
        for (Object v : elements != null ? elements : Arrays.asList(value)) {
            if (asList(v) != null) {
                checkReferences(node, where, dtype, v, out);
                continue;
            }
            SpecNode target = v == null ? null : node.dereference(v);
            if (target == null) {
                continue;
            }
            String[] declared = declaredType(target);
            if (declared == null || !catalog.hasType(declared[0], declared[1])
                    || !catalog.isA(declared[0], declared[1], ref.targetType())) {
                out.add(new Problem(where, Problem.Kind.REFERENCE, "reference to " + target.path() + " ("
                        + (declared == null ? "untyped" : declared[1]) + "), expected a " + ref.targetType()));
                return; // one report per value is enough
            }
        }
    }

    private static void checkShape(String where, Shape shape, long[] actual, List<Problem> out) {
        if (shape != null && actual != null && !shape.matches(actual)) {
            out.add(new Problem(where, Problem.Kind.SHAPE, "shape " + Arrays.toString(actual) + " matches none of "
                    + shape.alternatives()));
        }
    }

    private void checkChildren(SpecNode node, GroupSpec spec, String namespace, List<Problem> out) {
        Map<String, SpecNode> byName = new HashMap<>();
        for (SpecNode c : node.children()) {
            byName.put(c.name(), c);
        }
        Set<String> claimed = new HashSet<>();
        List<Spec> unnamed = new ArrayList<>();
        List<Spec> childSpecs = new ArrayList<>();
        childSpecs.addAll(spec.groups());
        childSpecs.addAll(spec.datasets());
        childSpecs.addAll(spec.links());
        for (Spec child : childSpecs) {
            if (child.name() == null) {
                unnamed.add(child);
                continue;
            }
            claimed.add(child.name());
            SpecNode found = byName.get(child.name());
            if (found == null) {
                if (quantity(child).isRequired()) {
                    out.add(new Problem(join(node.path(), child.name()), Problem.Kind.MISSING, "missing required "
                            + kindName(child) + (typeOf(child) != null ? " of type " + typeOf(child) : "")));
                }
                continue;
            }
            checkChild(found, child, namespace, out);
        }
        // unnamed specs match children by type; the most specific type claims a child first
        unnamed.sort(Comparator.comparingInt((Spec s) -> -depth(namespace, typeOf(s))));
        for (Spec child : unnamed) {
            int count = 0;
            for (SpecNode c : node.children()) {
                if (claimed.contains(c.name()) || !matchesType(c, child, namespace)) {
                    continue;
                }
                claimed.add(c.name());
                count++;
                checkChild(c, child, namespace, out);
            }
            Quantity q = quantity(child);
            if (!q.allows(count)) {
                out.add(new Problem(node.path(), count == 0 ? Problem.Kind.MISSING : Problem.Kind.QUANTITY,
                        "found " + count + " " + kindName(child) + "(s) of type " + typeOf(child) + ", spec allows "
                                + q));
            }
        }
        // other children are allowed, but a type no loaded namespace defines means the file cannot be understood
        for (SpecNode c : node.children()) {
            String[] declared = claimed.contains(c.name()) || c.kind() == SpecNode.Kind.LINK ? null : declaredType(c);
            if (declared != null && !catalog.hasType(declared[0], declared[1])) {
                out.add(new Problem(c.path(), Problem.Kind.DATA_TYPE, "unknown type " + declared[0] + ":"
                        + declared[1]));
            }
        }
    }

    private void checkChild(SpecNode found, Spec child, String namespace, List<Problem> out) {
        if (child instanceof LinkSpec link) {
            if (found.kind() != SpecNode.Kind.LINK) {
                out.add(new Problem(found.path(), Problem.Kind.LINK, "expected a link to " + link.targetType()));
                return;
            }
            checkLinkTarget(found, link.targetType(), namespace, out);
            return;
        }
        StorageSpec storage = (StorageSpec) child;
        if (found.kind() == SpecNode.Kind.LINK) {
            if (!storage.linkable()) {
                out.add(new Problem(found.path(), Problem.Kind.LINK, "a link is not allowed here"));
            } else if (storage.dataType() != null) {
                checkLinkTarget(found, storage.dataType(), namespace, out);
            } else if (found.linkTarget() == null) {
                out.add(new Problem(found.path(), Problem.Kind.LINK, "dangling link"));
            }
            return; // the target is validated where it lives
        }
        check(found, storage, namespace, out);
    }

    private void checkLinkTarget(SpecNode link, String targetType, String namespace, List<Problem> out) {
        SpecNode target = link.linkTarget();
        if (target == null) {
            out.add(new Problem(link.path(), Problem.Kind.LINK, "dangling link; expected a " + targetType));
            return;
        }
        String[] declared = declaredType(target);
        if (declared == null || !catalog.hasType(declared[0], declared[1])
                || !catalog.isA(declared[0], declared[1], targetType)) {
            out.add(new Problem(link.path(), Problem.Kind.LINK, "link target " + target.path() + " is "
                    + (declared == null ? "untyped" : "a " + declared[1]) + ", expected a " + targetType));
        }
    }

    private boolean matchesType(SpecNode node, Spec child, String namespace) {
        SpecNode typed = node;
        if (node.kind() == SpecNode.Kind.LINK) {
            typed = node.linkTarget();
            if (typed == null) {
                return false;
            }
        } else if (child instanceof LinkSpec) {
            return false;
        }
        if (child instanceof GroupSpec && typed.kind() != SpecNode.Kind.GROUP
                || child instanceof DatasetSpec && typed.kind() != SpecNode.Kind.DATASET) {
            return false;
        }
        String[] declared = declaredType(typed);
        return declared != null && catalog.hasType(declared[0], declared[1])
                && catalog.isA(declared[0], declared[1], typeOf(child));
    }

    private int depth(String namespace, String type) {
        if (type == null) {
            return 0;
        }
        String ns = visibleNamespace(namespace, type);
        return catalog.hasType(ns, type) ? catalog.ancestors(ns, type).size() : 0;
    }

    /** {@code preferred} if the type is visible there, else the namespace defining it (inline specs of an included
     * namespace may be checked from a node declared in another). */
    private String visibleNamespace(String preferred, String type) {
        if (catalog.hasType(preferred, type)) {
            return preferred;
        }
        try {
            return catalog.namespaceOf(type);
        } catch (SpecException e) {
            return preferred;
        }
    }

    /** {namespace, type} from the node's attributes, or null when it has none. */
    private static String[] declaredType(SpecNode node) {
        Map<String, SpecNode.Attribute> attrs = node.attributes();
        SpecNode.Attribute t = attrs.get(NEURODATA_TYPE);
        if (t == null) {
            t = attrs.get(DATA_TYPE);
        }
        SpecNode.Attribute ns = attrs.get(NAMESPACE);
        if (t == null || ns == null || t.value() == null || ns.value() == null) {
            return null;
        }
        return new String[] {scalarText(ns.value()), scalarText(t.value())};
    }

    private static String scalarText(Object v) {
        if (v instanceof byte[] b) {
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        }
        return v.toString();
    }

    private static Quantity quantity(Spec s) {
        return s instanceof LinkSpec l ? l.quantity() : ((StorageSpec) s).quantity();
    }

    private static String typeOf(Spec s) {
        return s instanceof LinkSpec l ? l.targetType() : ((StorageSpec) s).dataType();
    }

    private static String kindName(Spec s) {
        return s instanceof GroupSpec ? "group" : s instanceof DatasetSpec ? "dataset" : "link";
    }

    private static String join(String parent, String name) {
        return parent.endsWith("/") ? parent + name : parent + "/" + name;
    }

    /** Compares a spec value with a stored one: numbers by value, lists element by element, [x] equal to x. */
    static boolean sameValue(Object spec, Object stored) {
        List<Object> a = asList(spec);
        List<Object> b = asList(stored);
        if (a != null && a.size() == 1 && b == null) {
            return sameValue(a.get(0), stored);
        }
        if (b != null && b.size() == 1 && a == null) {
            return sameValue(spec, b.get(0));
        }
        if (a != null || b != null) {
            if (a == null || b == null || a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameValue(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (spec instanceof Number x && stored instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (spec instanceof Boolean x && stored instanceof Number y) {
            return x == (y.intValue() != 0);
        }
        return spec.toString().equals(scalarText(stored));
    }

    private static List<Object> asList(Object o) {
        if (o instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        if (o != null && o.getClass().isArray() && !(o instanceof byte[])) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(o); i++) {
                out.add(Array.get(o, i));
            }
            return out;
        }
        return null;
    }

    private static String show(Object v) {
        List<Object> l = asList(v);
        return l != null ? l.toString() : v instanceof String ? "'" + v + "'" : String.valueOf(v);
    }

    private static String describe(Object dtype) {
        if (dtype instanceof Dtype.Simple s) {
            return s.name();
        }
        if (dtype instanceof StoredType.Basic b) {
            return b.type().canonicalName();
        }
        if (dtype instanceof Dtype.Reference r) {
            return r.refType().specName() + " reference to " + r.targetType();
        }
        if (dtype instanceof StoredType.Ref r) {
            return r.refType().specName() + " reference";
        }
        List<String> fields = new ArrayList<>();
        if (dtype instanceof Dtype.Compound c) {
            for (Dtype.Field f : c.fields()) {
                fields.add(f.name() + ": " + describe(f.dtype()));
            }
        } else if (dtype instanceof StoredType.Compound c) {
            for (StoredType.Field f : c.fields()) {
                fields.add(f.name() + ": " + describe(f.type()));
            }
        } else {
            return String.valueOf(dtype);
        }
        return "compound(" + String.join(", ", fields) + ")";
    }
}
