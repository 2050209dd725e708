package org.nwbj.nwb.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.nwbj.nwb.schema.internal.Lists;

/** The data type of a dataset, attribute or compound field: simple, a reference, or a compound of named fields. */
public sealed interface Dtype permits Dtype.Simple, Dtype.Reference, Dtype.Compound {

    /** A simple dtype, kept with the spelling the spec used ({@code float} and {@code float32} both mean FLOAT32). */
    record Simple(String name) implements Dtype {
        /**
         * Checks that the name is a known simple dtype.
         *
         * @param name the dtype name, as the spec spells it
         */
        public Simple {
            if (BasicType.forName(name) == null) {
                throw new SpecException("unknown dtype '" + name + "'");
            }
        }

        /**
         * The dtype of a basic type, in its canonical spelling.
         *
         * @param type the basic type
         * @return the dtype
         */
        public static Simple of(BasicType type) {
            return new Simple(type.canonicalName());
        }

        /** {@return the basic type the name stands for} */
        public BasicType type() {
            return BasicType.forName(name);
        }
    }

    /** What a reference points at. */
    enum RefType {
        /** A reference to an object. */
        OBJECT("object"),
        /** A reference to a region of a dataset. */
        REGION("region");

        private final String specName;

        RefType(String specName) {
            this.specName = specName;
        }

        /** {@return the name a spec uses for this reference type} */
        public String specName() {
            return specName;
        }

        /**
         * Parses {@code object} (also {@code ref}, {@code reference}) or {@code region}.
         *
         * @param s the name in a spec
         * @return the reference type
         */
        public static RefType parse(String s) {
            switch (s == null ? "" : s.toLowerCase(Locale.ROOT)) {
                case "object": case "ref": case "reference": return OBJECT;
                case "region": return REGION;
                default: throw new SpecException("unknown reftype '" + s + "'");
            }
        }
    }

    /** A reference to an object (or a region of a dataset) whose type is {@code targetType} or a subtype. */
    record Reference(String targetType, RefType refType) implements Dtype {
        /**
         * Checks that target type and reference type are given.
         *
         * @param targetType the type the reference must point at
         * @param refType an object or a region reference
         */
        public Reference {
            Objects.requireNonNull(targetType, "target_type");
            Objects.requireNonNull(refType, "reftype");
        }
    }

    /** One named field of a compound dtype. */
    record Field(String name, String doc, Dtype dtype) {
        /**
         * Checks that name and dtype are given.
         *
         * @param name the field's name
         * @param doc the spec's description of the field
         * @param dtype the field's dtype
         */
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(dtype, "dtype");
        }
    }

    /** A compound (struct) dtype: an ordered list of named fields. */
    record Compound(List<Field> fields) implements Dtype {
        /**
         * Copies the fields into an unmodifiable list.
         *
         * @param fields the fields, in order
         */
        public Compound {
            fields = Lists.copy(fields);
        }

        /**
         * {@return the field with this name, or {@code null}}
         *
         * @param name the field's name
         */
        public Field field(String name) {
            for (Field f : fields) {
                if (f.name().equals(name)) {
                    return f;
                }
            }
            return null;
        }
    }
}
