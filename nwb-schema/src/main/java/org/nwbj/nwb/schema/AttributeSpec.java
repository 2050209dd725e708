package org.nwbj.nwb.schema;

import java.util.Objects;

/**
 * An attribute: a small named value attached to a group or dataset.
 *
 * @param value a fixed value the attribute must have, or {@code null}
 * @param defaultValue the value to use when none is given, or {@code null}
 * @param shape {@code null} when any shape (in practice a scalar) is allowed
 * @param dims {@code null} when not named
 * @param name the attribute's name
 * @param doc the spec's description
 * @param dtype the data type
 * @param required whether the attribute must be present
 */
public record AttributeSpec(String name, String doc, Dtype dtype, Shape shape, Dims dims, Object value,
        Object defaultValue, boolean required) implements Spec {
    /**
     * Checks that the attribute has a name.
     *
     * @param name the attribute's name
     * @param doc the spec's description
     * @param dtype the data type
     * @param shape the allowed shapes, or null
     * @param dims the dimension names, or null
     * @param value a fixed value, or null
     * @param defaultValue the value to use when none is given, or null
     * @param required whether the attribute must be present
     */
    public AttributeSpec {
        Objects.requireNonNull(name, "attribute name");
    }
}
