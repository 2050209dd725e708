package org.nwbj.nwb.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies of spec model objects with every doc, title and other free text removed, to compare structure only. */
final class WithoutDocs {
    private WithoutDocs() {
    }

    static StorageSpec of(StorageSpec s) {
        return s instanceof GroupSpec g ? of(g) : of((DatasetSpec) s);
    }

    static GroupSpec of(GroupSpec g) {
        return new GroupSpec(g.typeDef(), g.typeInc(), g.name(), g.defaultName(), null, g.quantity(), g.linkable(),
                map(g.attributes(), WithoutDocs::of), map(g.datasets(), WithoutDocs::of),
                map(g.groups(), WithoutDocs::of),
                map(g.links(), l -> new LinkSpec(l.name(), null, l.targetType(), l.quantity())));
    }

    static DatasetSpec of(DatasetSpec d) {
        return new DatasetSpec(d.typeDef(), d.typeInc(), d.name(), d.defaultName(), null, d.quantity(), d.linkable(),
                of(d.dtype()), d.shape(), d.dims(), d.value(), d.defaultValue(), map(d.attributes(), WithoutDocs::of));
    }

    static AttributeSpec of(AttributeSpec a) {
        return new AttributeSpec(a.name(), null, of(a.dtype()), a.shape(), a.dims(), a.value(), a.defaultValue(),
                a.required());
    }

    static Dtype of(Dtype d) {
        if (d instanceof Dtype.Compound c) {
            return new Dtype.Compound(map(c.fields(), f -> new Dtype.Field(f.name(), null, of(f.dtype()))));
        }
        return d;
    }

    static Namespace of(Namespace ns) {
        Map<String, SchemaSource> sources = new LinkedHashMap<>();
        ns.sources().forEach((k, s) -> sources.put(k, new SchemaSource(s.name(), s.typeKeys(),
                map(s.groups(), WithoutDocs::of), map(s.datasets(), WithoutDocs::of))));
        return new Namespace(ns.name(), ns.version(), null, ns.fullName(), ns.authors(), ns.contacts(),
                map(ns.schema(), r -> r instanceof Namespace.SourceRef s
                        ? new Namespace.SourceRef(s.source(), null, null, s.dataTypes()) : r),
                sources);
    }

    private static <T> List<T> map(List<T> in, java.util.function.UnaryOperator<T> f) {
        List<T> out = new ArrayList<>();
        in.forEach(x -> out.add(f.apply(x)));
        return out;
    }
}
