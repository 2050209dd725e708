package org.nwbj.nwb.schema;

import java.util.Objects;

/** A link (soft or external) to an object whose type is {@code targetType} or a subtype of it. */
public record LinkSpec(String name, String doc, String targetType, Quantity quantity) implements Spec {
    public LinkSpec {
        Objects.requireNonNull(targetType, "link target_type");
        Objects.requireNonNull(quantity, "quantity");
    }
}
