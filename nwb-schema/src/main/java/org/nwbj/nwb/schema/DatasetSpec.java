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
 */
public record DatasetSpec(String typeDef, String typeInc, String name, String defaultName, String doc,
        Quantity quantity, boolean linkable, Dtype dtype, Shape shape, Dims dims, Object value,
        Object defaultValue, List<AttributeSpec> attributes) implements StorageSpec {
    public DatasetSpec {
        Objects.requireNonNull(quantity, "quantity");
        attributes = Lists.copy(attributes);
    }
}
