package org.nwbj.nwb.schema;

import java.util.List;
import java.util.Objects;
import org.nwbj.nwb.schema.internal.Lists;

/**
 * One schema file of a namespace (such as {@code nwb.base}): its top-level group and dataset specs.
 *
 * @param name the source name without a {@code .yaml} extension, as in cached specifications
 * @param typeKeys which spelling of the type keys the source uses
 * @param groups the top-level group specs
 * @param datasets the top-level dataset specs
 */
public record SchemaSource(String name, TypeKeys typeKeys, List<GroupSpec> groups, List<DatasetSpec> datasets) {
    /**
     * The two spellings of the type keys: {@code neurodata_type_def/inc} (NWB) and {@code data_type_def/inc} (HDMF).
     */
    public enum TypeKeys {
        /** NWB's {@code neurodata_type_def} / {@code neurodata_type_inc}. */
        NEURODATA("neurodata_type_def", "neurodata_type_inc"),
        /** HDMF's {@code data_type_def} / {@code data_type_inc}. */
        DATA("data_type_def", "data_type_inc");

        private final String defKey;
        private final String incKey;

        TypeKeys(String defKey, String incKey) {
            this.defKey = defKey;
            this.incKey = incKey;
        }

        /** {@return the key that defines a type} */
        public String defKey() {
            return defKey;
        }

        /** {@return the key that includes a type} */
        public String incKey() {
            return incKey;
        }
    }

    /**
     * Checks name and type keys and copies the spec lists.
     *
     * @param name the source name without extension
     * @param typeKeys which spelling of the type keys the source uses
     * @param groups the top-level group specs
     * @param datasets the top-level dataset specs
     */
    public SchemaSource {
        Objects.requireNonNull(name, "source name");
        Objects.requireNonNull(typeKeys, "type keys");
        groups = Lists.copy(groups);
        datasets = Lists.copy(datasets);
    }
}
