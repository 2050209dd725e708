package org.nwbj.nwb.schema;

import java.util.List;
import java.util.Objects;
import org.nwbj.nwb.schema.internal.Lists;

/** The data type actually stored in a file, as seen by the {@link Validator}. */
public sealed interface StoredType permits StoredType.Basic, StoredType.Ref, StoredType.Compound {

    /** A numeric, boolean or string type; strings are {@link BasicType#TEXT} (UTF-8) or {@link BasicType#ASCII}. */
    record Basic(BasicType type) implements StoredType {
        /**
         * Checks that the type is a concrete one (not {@code numeric}).
         *
         * @param type the basic type
         */
        public Basic {
            Objects.requireNonNull(type, "type");
            if (type == BasicType.NUMERIC) {
                throw new SpecException("'numeric' is not a stored type");
            }
        }
    }

    /** An object or region reference. */
    record Ref(Dtype.RefType refType) implements StoredType {
        /**
         * Checks that there is a reference type.
         *
         * @param refType what the reference points at
         */
        public Ref {
            Objects.requireNonNull(refType, "refType");
        }
    }

    /** One member of a stored compound type. */
    record Field(String name, StoredType type) {
    }

    /** A compound type with members in storage order. */
    record Compound(List<Field> fields) implements StoredType {
        /**
         * Copies the fields into an unmodifiable list.
         *
         * @param fields the fields, in storage order
         */
        public Compound {
            fields = Lists.copy(fields);
        }
    }

    /**
     * The stored type of a basic type.
     *
     * @param type the basic type
     * @return the stored type
     */
    static StoredType of(BasicType type) {
        return new Basic(type);
    }
}
