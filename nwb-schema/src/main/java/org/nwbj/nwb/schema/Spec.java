package org.nwbj.nwb.schema;

/** One element of a specification: a group, dataset, link or attribute. */
public sealed interface Spec permits StorageSpec, LinkSpec, AttributeSpec {
    /** {@return the fixed name, or {@code null} if instances may be named freely} */
    String name();

    /** {@return free-text description; may be {@code null}} */
    String doc();
}
