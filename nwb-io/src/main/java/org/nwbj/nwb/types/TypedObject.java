package org.nwbj.nwb.types;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.nwbj.hdf5.EnumValue;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.nwb.ArrayData;
import org.nwbj.nwb.schema.SpecCatalog;

/**
 * An NWB object (a group or dataset of a neurodata type, or an untyped group inside one) as a typed value: its
 * name, type and fields, named as pynwb names them ({@code fields()}). The classes of this package, one per
 * neurodata type of NWB core and hdmf-common, are generated from the schema and add typed getters and setters
 * over these fields; a type without a class of its own (an extension type) is read as the class of its nearest
 * ancestor, its own fields in {@link #fields()} like every other field.
 *
 * <p>Field values: attributes and scalar datasets as Java values (String, Long, Double, Boolean, Object[] for
 * arrays), datasets as {@link ArrayData} (read lazily from the file), typed members and link targets as
 * {@code TypedObject}s, unnamed typed members of one kind as a {@code Map} by name.
 */
public class TypedObject {
    private final String name;
    private String neurodataType;
    private String namespace;
    private String objectId;
    private final boolean dataset;
    private final Map<String, Object> fields = new LinkedHashMap<>();
    /** The HDF5 types of values read from a file, kept so that writing them back keeps their types. */
    final Map<String, DataType> storedTypes = new HashMap<>();
    /** Where each field was read from (HDF5 paths), for values that have no path of their own. */
    final Map<String, String> sources = new HashMap<>();
    String path;
    SpecCatalog catalog;

    /**
     * A new object of a type (null: an untyped group), namespace "core" or "hdmf-common" by the type.
     *
     * @param name the object's name
     * @param neurodataType the type, or null for an untyped group
     * @param namespace the type's namespace, or null to choose by the type
     * @param dataset true for a dataset, false for a group
     */
    protected TypedObject(String name, String neurodataType, String namespace, boolean dataset) {
        this.name = Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.contains("/")) {
            throw new IllegalArgumentException("a name must be non-empty and contain no '/': " + name);
        }
        this.neurodataType = neurodataType;
        this.namespace = namespace;
        this.dataset = dataset;
        this.objectId = neurodataType == null ? null : UUID.randomUUID().toString();
    }

    /**
     * {@return an untyped group (such as a series' {@code sync} group or an unknown member) holding fields}
     *
     * @param name the group's name
     */
    public static TypedObject group(String name) {
        return new TypedObject(name, null, null, false);
    }

    /**
     * {@return a typed group of any type, for instance an extension type without a class (fields set by name)}
     *
     * @param name the group's name
     * @param namespace the type's namespace
     * @param neurodataType the type
     */
    public static TypedObject ofType(String name, String namespace, String neurodataType) {
        return new TypedObject(name, neurodataType, namespace, false);
    }

    /**
     * Gives this object an extension type derived from its class's type (from an extension loaded with
     * {@link TypedIO#loadExtension}); it is written with that type's spec, its own fields set by name.
     *
     * @param namespace the extension's namespace
     * @param type the extension type
     * @return this object
     */
    public TypedObject withType(String namespace, String type) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.neurodataType = Objects.requireNonNull(type, "type");
        if (objectId == null) {
            objectId = UUID.randomUUID().toString();
        }
        return this;
    }

    /** {@return the object's name} */
    public String name() {
        return name;
    }

    /**
     * {@return the neurodata_type (the file's own, also for an extension type read as an ancestor's class), or null}
     */
    public String neurodataType() {
        return neurodataType;
    }

    /** {@return the namespace of the object's type, or null for an untyped group} */
    public String namespace() {
        return namespace;
    }

    /** {@return the object id, read from the file or given when written} */
    public String objectId() {
        return objectId;
    }

    /** {@return true for a dataset type (VectorData, Image, ...): its values are the field {@code data}} */
    public boolean isDataset() {
        return dataset;
    }

    /** {@return the path in the file this object was read from, or null for an object built in memory} */
    public String path() {
        return path;
    }

    /**
     * {@return true when this object's type is {@code type} or one of its subtypes (extension types included)}
     *
     * @param type a type name
     */
    public boolean isA(String type) {
        if (neurodataType == null) {
            return false;
        }
        if (neurodataType.equals(type)) {
            return true;
        }
        SpecCatalog c = catalog != null ? catalog : TypedIO.coreCatalog();
        String ns = namespace != null && c.hasType(namespace, neurodataType) ? namespace : null;
        try {
            return ns != null ? c.isA(ns, neurodataType, type) : c.isA(neurodataType, type);
        } catch (RuntimeException unknownType) {
            return false;
        }
    }

    /** {@return every field by its pynwb name, in spec order, then fields the spec does not name} */
    public Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /**
     * {@return one field's value, or null when unset}
     *
     * @param field the field's name in pynwb
     */
    public Object get(String field) {
        return fields.get(field);
    }

    /**
     * Sets (null: removes) a field; names are pynwb's (see {@link #fields()}).
     *
     * @param field the field's name in pynwb
     * @param value the value, or null to remove the field
     * @return this object
     */
    public TypedObject set(String field, Object value) {
        storedTypes.remove(field);
        if (value == null) {
            fields.remove(field);
        } else {
            fields.put(field, value);
        }
        return this;
    }

    /**
     * Adds a member to a map field (unnamed typed members, or the members of a collection group).
     *
     * @param field the map field's name
     * @param member the member, kept under its name
     * @return this object
     */
    public TypedObject add(String field, TypedObject member) {
        Map<String, TypedObject> m = members(field);
        if (m.containsKey(member.name())) {
            throw new IllegalArgumentException(name + "." + field + " already has " + member.name());
        }
        m.put(member.name(), member);
        return this;
    }

    /**
     * {@return the live map of a map field, created empty when unset}
     *
     * @param <T> the members' class
     * @param field the map field's name
     */
    @SuppressWarnings("unchecked")
    protected <T extends TypedObject> Map<String, T> members(String field) {
        Object v = fields.get(field);
        if (!(v instanceof Map)) {
            v = new LinkedHashMap<String, T>();
            fields.put(field, v);
        }
        return (Map<String, T>) v;
    }

    /**
     * {@return a map field's members (read-only view), empty when unset}
     *
     * @param <T> the members' class
     * @param field the map field's name
     */
    @SuppressWarnings("unchecked")
    protected <T extends TypedObject> Map<String, T> mapField(String field) {
        Object v = fields.get(field);
        return v instanceof Map ? Collections.unmodifiableMap((Map<String, T>) v) : Collections.emptyMap();
    }

    /**
     * {@return the HDF5 path a field's value was read from, or null}
     *
     * @param field the field's name in pynwb
     */
    public String sourceOf(String field) {
        return sources.get(field);
    }

    /**
     * For generated getters: a field as text.
     *
     * @param field the field's name
     * @return the text (a one-element array's element; other values as text), or null when unset
     */
    protected String stringField(String field) {
        Object v = fields.get(field);
        if (v instanceof Object[] a && a.length == 1) {
            v = a[0];
        }
        return v == null ? null : v instanceof String s ? s : String.valueOf(v);
    }

    /**
     * For generated getters: a numeric scalar field as a double.
     *
     * @param field the field's name
     * @return the value, or null when unset or not a number
     */
    protected Double doubleField(String field) {
        Object v = scalar(field);
        return v instanceof Number n ? Double.valueOf(n.doubleValue()) : null;
    }

    /**
     * For generated getters: a numeric scalar field as a long.
     *
     * @param field the field's name
     * @return the value, or null when unset or not a number
     */
    protected Long longField(String field) {
        Object v = scalar(field);
        return v instanceof Number n ? Long.valueOf(n.longValue()) : null;
    }

    /**
     * For generated getters: a boolean scalar field.
     *
     * @param field the field's name
     * @return the value, or null when unset
     */
    protected Boolean booleanField(String field) {
        Object v = scalar(field);
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof EnumValue e) {
            return e.value() != 0;
        }
        return v instanceof Number n ? n.longValue() != 0 : null;
    }

    /**
     * For generated getters: an array field.
     *
     * @param field the field's name
     * @return the values, or null when unset or not an array
     */
    protected ArrayData arrayField(String field) {
        Object v = fields.get(field);
        return v instanceof ArrayData a ? a : null;
    }

    /**
     * For generated getters: a field holding an object of a class.
     *
     * @param <T> the class
     * @param field the field's name
     * @param type the class
     * @return the object, or null when unset or of another class
     */
    protected <T> T objectField(String field, Class<T> type) {
        Object v = fields.get(field);
        return type.isInstance(v) ? type.cast(v) : null;
    }

    private Object scalar(String field) {
        Object v = fields.get(field);
        if (v instanceof Object[] a && a.length == 1) {
            return a[0];
        }
        if (v instanceof ArrayData a && a.dims().length <= 1 && (a.dims().length == 0 || a.dims()[0] == 1)) {
            return a.readDoubles()[0];
        }
        return v;
    }

    void readIdentity(String type, String ns, String id) {
        this.neurodataType = type;
        this.namespace = ns;
        this.objectId = id;
    }

    void putRead(String field, Object value) {
        fields.put(field, value);
    }

    @Override
    public String toString() {
        return (neurodataType == null ? "group" : neurodataType) + " " + (path != null ? path : name);
    }
}
