package org.nwbj.nwb.schema;

import java.util.List;

/** A group or dataset spec: something that can define or include a data type and carry attributes. */
public sealed interface StorageSpec extends Spec permits GroupSpec, DatasetSpec {
    /** {@return the type this spec defines ({@code neurodata_type_def} / {@code data_type_def}), or {@code null}} */
    String typeDef();

    /**
     * {@return the type this spec includes or extends ({@code neurodata_type_inc} / {@code data_type_inc}), or {@code
     * null}}
     */
    String typeInc();

    /** {@return the suggested name when {@link #name()} is not fixed, or {@code null}} */
    String defaultName();

    /** {@return how many instances a parent may hold} */
    Quantity quantity();

    /** {@return whether an instance may be a link to an object elsewhere (default true)} */
    boolean linkable();

    /** {@return the attribute specs} */
    List<AttributeSpec> attributes();

    /** {@return the type of the objects this spec describes: {@link #typeDef()} if set, else {@link #typeInc()}} */
    default String dataType() {
        return typeDef() != null ? typeDef() : typeInc();
    }

    /**
     * {@return the attribute with this name, or {@code null}}
     *
     * @param name the attribute's name
     */
    default AttributeSpec attribute(String name) {
        for (AttributeSpec a : attributes()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }
}
