package org.nwbj.nwb.schema;

import java.util.List;
import java.util.Objects;
import org.nwbj.nwb.schema.internal.Lists;

/**
 * A dataset: an n-dimensional array of one dtype, with attributes.
 *
 * @param dtype {@code null} when any dtype is allowed
 * @param shape {@code null} when any shape is allowed
 * @param dims {@code null} when dimensions are not named
 * @param value a fixed value, or {@code null}
 * @param defaultValue the value to use when none is given, or {@code null}
 * @param typeDef the type this spec defines, or null
 * @param typeInc the type it includes (extends), or null
 * @param name a fixed name, or null
 * @param defaultName the name to use when none is given, or null
 * @param doc the spec's description
 * @param quantity how many instances a parent may hold
 * @param linkable whether a link may stand for the dataset
 * @param attributes the attribute specs
 */
public record DatasetSpec(String typeDef, String typeInc, String name, String defaultName, String doc,
        Quantity quantity, boolean linkable, Dtype dtype, Shape shape, Dims dims, Object value,
        Object defaultValue, List<AttributeSpec> attributes) implements StorageSpec {
    /**
     * Checks that there is a quantity and copies the attributes into an unmodifiable list.
     *
     * @param typeDef the type this spec defines, or null
     * @param typeInc the type it includes (extends), or null
     * @param name a fixed name, or null
     * @param defaultName the name to use when none is given, or null
     * @param doc the spec's description
     * @param quantity how many instances a parent may hold
     * @param linkable whether a link may stand for the dataset
     * @param dtype the data type, or null for any
     * @param shape the allowed shapes, or null for any
     * @param dims the dimension names, or null
     * @param value a fixed value, or null
     * @param defaultValue the value to use when none is given, or null
     * @param attributes the attribute specs
     */
    public DatasetSpec {
        Objects.requireNonNull(quantity, "quantity");
        attributes = Lists.copy(attributes);
    }
}
