package org.nwbj.nwb.schema;

import java.util.Objects;

/**
 * A link (soft or external) to an object whose type is {@code targetType} or a subtype of it.
 *
 * @param name a fixed name, or null
 * @param doc the spec's description
 * @param targetType the type the link must lead to
 * @param quantity how many instances a parent may hold
 */
public record LinkSpec(String name, String doc, String targetType, Quantity quantity) implements Spec {
    /**
     * Checks that there are a target type and a quantity.
     *
     * @param name a fixed name, or null
     * @param doc the spec's description
     * @param targetType the type the link must lead to
     * @param quantity how many instances a parent may hold
     */
    public LinkSpec {
        Objects.requireNonNull(targetType, "link target_type");
        Objects.requireNonNull(quantity, "quantity");
    }
}
