package org.nwbj.nwb.schema.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.nwbj.nwb.schema.AttributeSpec;
import org.nwbj.nwb.schema.DatasetSpec;
import org.nwbj.nwb.schema.Dtype;
import org.nwbj.nwb.schema.GroupSpec;
import org.nwbj.nwb.schema.SpecException;
import org.nwbj.nwb.schema.StorageSpec;

/**
 * Merges an inherited spec with a refining one: fields the refining spec sets win, the rest are inherited;
 * attributes, datasets, groups and links are matched by name (unnamed ones by data type) and merged recursively.
 */
public final class SpecMerger {
    private SpecMerger() {
    }

    /** The refinement of {@code base} by {@code refining}; both must be groups or both datasets. */
    public static StorageSpec merge(StorageSpec base, StorageSpec refining) {
        if (base instanceof GroupSpec b && refining instanceof GroupSpec r) {
            return merge(b, r);
        }
        if (base instanceof DatasetSpec b && refining instanceof DatasetSpec r) {
            return merge(b, r);
        }
        throw new SpecException("cannot refine " + describe(base) + " by " + describe(refining)
                + ": one is a group, the other a dataset");
    }

    public static GroupSpec merge(GroupSpec base, GroupSpec refining) {
        return new GroupSpec(refining.typeDef(), typeInc(base, refining), or(refining.name(), base.name()),
                or(refining.defaultName(), base.defaultName()), or(refining.doc(), base.doc()),
                refining.quantity(), refining.linkable(),
                mergeList(base.attributes(), refining.attributes(), AttributeSpec::name, SpecMerger::merge),
                mergeList(base.datasets(), refining.datasets(), SpecMerger::key, SpecMerger::merge),
                mergeList(base.groups(), refining.groups(), SpecMerger::key, SpecMerger::merge),
                mergeList(base.links(), refining.links(),
                        l -> l.name() != null ? l.name() : "->" + l.targetType(), (b, r) -> r));
    }

    public static DatasetSpec merge(DatasetSpec base, DatasetSpec refining) {
        return new DatasetSpec(refining.typeDef(), typeInc(base, refining), or(refining.name(), base.name()),
                or(refining.defaultName(), base.defaultName()), or(refining.doc(), base.doc()),
                refining.quantity(), refining.linkable(), mergeDtype(base.dtype(), refining.dtype()),
                or(refining.shape(), base.shape()), or(refining.dims(), base.dims()),
                or(refining.value(), base.value()), or(refining.defaultValue(), base.defaultValue()),
                mergeList(base.attributes(), refining.attributes(), AttributeSpec::name, SpecMerger::merge));
    }

    public static AttributeSpec merge(AttributeSpec base, AttributeSpec refining) {
        return new AttributeSpec(refining.name(), or(refining.doc(), base.doc()),
                mergeDtype(base.dtype(), refining.dtype()), or(refining.shape(), base.shape()),
                or(refining.dims(), base.dims()), or(refining.value(), base.value()),
                or(refining.defaultValue(), base.defaultValue()), refining.required());
    }

    private static Dtype mergeDtype(Dtype base, Dtype refining) {
        if (base instanceof Dtype.Compound b && refining instanceof Dtype.Compound r) {
            return new Dtype.Compound(mergeList(b.fields(), r.fields(), Dtype.Field::name, (x, y) -> y));
        }
        return or(refining, base);
    }

    private static String typeInc(StorageSpec base, StorageSpec refining) {
        if (refining.typeInc() != null) {
            return refining.typeInc();
        }
        return base.typeDef() != null ? base.typeDef() : base.typeInc();
    }

    private static String key(StorageSpec s) {
        return s.name() != null ? s.name() : "<" + s.dataType() + ">";
    }

    private static <T> List<T> mergeList(List<T> base, List<T> refining, Function<T, String> key,
            BinaryOperator<T> merge) {
        if (base.isEmpty()) {
            return refining;
        }
        Map<String, T> out = new LinkedHashMap<>();
        for (T b : base) {
            out.put(key.apply(b), b);
        }
        for (T r : refining) {
            out.merge(key.apply(r), r, merge);
        }
        return new ArrayList<>(out.values());
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static String describe(StorageSpec s) {
        return (s instanceof GroupSpec ? "group " : "dataset ") + key(s);
    }

}
