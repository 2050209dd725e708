package org.nwbj.nwb.schema;

import java.util.List;
import java.util.Objects;
import org.nwbj.nwb.schema.internal.Lists;

/**
 * One schema file of a namespace (such as {@code nwb.base}): its top-level group and dataset specs.
 *
 * @param name the source name without a {@code .yaml} extension, as in cached specifications
 * @param typeKeys which spelling of the type keys the source uses
 */
public record SchemaSource(String name, TypeKeys typeKeys, List<GroupSpec> groups, List<DatasetSpec> datasets) {
    /** The two spellings of the type keys: {@code neurodata_type_def/inc} (NWB) and {@code data_type_def/inc} (HDMF). */
    public enum TypeKeys {
        NEURODATA("neurodata_type_def", "neurodata_type_inc"),
        DATA("data_type_def", "data_type_inc");

        private final String defKey;
        private final String incKey;

        TypeKeys(String defKey, String incKey) {
            this.defKey = defKey;
            this.incKey = incKey;
        }

        public String defKey() {
            return defKey;
        }

        public String incKey() {
            return incKey;
        }
    }

    public SchemaSource {
        Objects.requireNonNull(name, "source name");
        Objects.requireNonNull(typeKeys, "type keys");
        groups = Lists.copy(groups);
        datasets = Lists.copy(datasets);
    }
}
