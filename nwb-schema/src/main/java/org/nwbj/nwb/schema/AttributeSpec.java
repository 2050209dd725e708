package org.nwbj.nwb.schema;

import java.util.Objects;

/**
 * An attribute: a small named value attached to a group or dataset.
 *
 * @param value a fixed value the attribute must have, or {@code null}
 * @param defaultValue the value to use when none is given, or {@code null}
 * @param shape {@code null} when any shape (in practice a scalar) is allowed
 * @param dims {@code null} when not named
 */
public record AttributeSpec(String name, String doc, Dtype dtype, Shape shape, Dims dims, Object value,
        Object defaultValue, boolean required) implements Spec {
    public AttributeSpec {
        Objects.requireNonNull(name, "attribute name");
    }
}
