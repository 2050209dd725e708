package org.nwbj.nwb.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a subtype's redefinitions refine what it inherits, across two namespaces. */
class InheritanceMergeTest {
    private static final String BASE_NS = "{\"namespaces\":[{\"name\":\"base\",\"version\":\"1\","
            + "\"schema\":[{\"source\":\"b\"}]}]}";
    private static final String BASE = "{\"groups\":[{\"data_type_def\":\"Parent\",\"attributes\":["
            + "{\"name\":\"a1\",\"dtype\":\"text\"},{\"name\":\"kind\",\"dtype\":\"text\",\"default_value\":\"p\"}],"
            + "\"groups\":[{\"name\":\"g\",\"attributes\":[{\"name\":\"ga\",\"dtype\":\"int\"}],"
            + "\"datasets\":[{\"name\":\"d\",\"dtype\":\"numeric\",\"shape\":[null]}]},"
            + "{\"data_type_inc\":\"Parent\",\"quantity\":\"*\"}],"
            + "\"datasets\":[{\"name\":\"table\",\"dtype\":[{\"name\":\"x\",\"dtype\":\"int\"},"
            + "{\"name\":\"y\",\"dtype\":\"float\"}]}],"
            + "\"links\":[{\"name\":\"l\",\"target_type\":\"Parent\",\"quantity\":\"?\"}]}]}";
    private static final String EXT_NS = "{\"namespaces\":[{\"name\":\"ext\",\"version\":\"1\","
            + "\"schema\":[{\"namespace\":\"base\"},{\"source\":\"e\"}]}]}";
    private static final String EXT = "{\"groups\":[{\"neurodata_type_def\":\"Child\",\"neurodata_type_inc\":\"Parent\","
            + "\"attributes\":[{\"name\":\"kind\",\"dtype\":\"text\",\"value\":\"c\"}],"
            + "\"groups\":[{\"name\":\"g\",\"attributes\":[{\"name\":\"gb\",\"dtype\":\"bool\"}],"
            + "\"datasets\":[{\"name\":\"d\",\"dtype\":\"float32\"}]}],"
            + "\"datasets\":[{\"name\":\"table\",\"dtype\":[{\"name\":\"y\",\"dtype\":\"float64\"},"
            + "{\"name\":\"z\",\"dtype\":\"text\"}]}]}]}";

    private static SpecCatalog catalog() {
        Namespace base = SpecLoader.loadCached(BASE_NS, Map.of("b", BASE));
        Namespace ext = SpecLoader.loadCached(EXT_NS, Map.of("e", EXT));
        return SpecCatalog.of(List.of(base, ext));
    }

    @Test
    void redefinitionsRefineByName() {
        GroupSpec child = (GroupSpec) catalog().resolve("ext", "Child");
        assertThat(child.attributes()).extracting(AttributeSpec::name).containsExactly("a1", "kind");
        AttributeSpec kind = child.attribute("kind");
        assertThat(kind.value()).isEqualTo("c");
        assertThat(kind.defaultValue()).isEqualTo("p"); // inherited, since the child does not say
        GroupSpec g = child.group("g");
        assertThat(g.attributes()).extracting(AttributeSpec::name).containsExactly("ga", "gb");
        DatasetSpec d = g.dataset("d");
        assertThat(d.dtype()).isEqualTo(new Dtype.Simple("float32"));
        assertThat(d.shape()).isEqualTo(Shape.of((Integer) null));
        Dtype.Compound table = (Dtype.Compound) child.dataset("table").dtype();
        assertThat(table.fields()).extracting(Dtype.Field::name).containsExactly("x", "y", "z");
        assertThat(table.field("y").dtype()).isEqualTo(new Dtype.Simple("float64"));
        // untouched children come along unchanged
        assertThat(child.groups()).extracting(GroupSpec::dataType).containsExactly(null, "Parent");
        assertThat(child.links()).containsExactly(new LinkSpec("l", null, "Parent", Quantity.ZERO_OR_ONE));
    }

    @Test
    void lookupsRespectNamespaceVisibility() {
        SpecCatalog c = catalog();
        assertThat(c.isA("ext", "Child", "Parent")).isTrue();
        assertThat(c.isA("Child", "Parent")).isTrue();
        assertThat(c.hasType("base", "Child")).isFalse();
        assertThat(c.definingNamespace("ext", "Parent")).isEqualTo("base");
        assertThat(c.typeNames("ext")).containsExactlyInAnyOrder("Parent", "Child");
        assertThat(c.type("ext", "Child").typeInc()).isEqualTo("Parent");
        assertThatThrownBy(() -> c.resolve("base", "Child")).isInstanceOf(SpecException.class);
    }

    @Test
    void includeCanSelectTypes() {
        String ns = "{\"namespaces\":[{\"name\":\"sel\",\"version\":\"1\","
                + "\"schema\":[{\"namespace\":\"base\",\"data_types\":[\"Parent\"]},{\"source\":\"s\"}]}]}";
        Namespace base = SpecLoader.loadCached(BASE_NS, Map.of("b", BASE));
        Namespace sel = SpecLoader.loadCached(ns, Map.of("s", "{\"groups\":[{\"data_type_def\":\"Other\"}]}"));
        SpecCatalog c = SpecCatalog.of(List.of(base, sel));
        assertThat(c.typeNames("sel")).containsExactlyInAnyOrder("Parent", "Other");
        assertThat(SpecWriter.toCachedJson(sel).get("namespace")).contains("\"data_types\":[\"Parent\"]");
    }

    @Test
    void cyclesAndDuplicatesAreRejected() {
        Namespace cyclic = SpecLoader.loadCached(BASE_NS, Map.of("b", "{\"groups\":["
                + "{\"data_type_def\":\"A\",\"data_type_inc\":\"B\"},{\"data_type_def\":\"B\",\"data_type_inc\":\"A\"}]}"));
        assertThatThrownBy(() -> SpecCatalog.of(List.of(cyclic))).isInstanceOf(SpecException.class)
                .hasMessageContaining("inherits from itself");
        Namespace twice = SpecLoader.loadCached(BASE_NS, Map.of("b", "{\"groups\":["
                + "{\"data_type_def\":\"A\"},{\"data_type_def\":\"A\"}]}"));
        assertThatThrownBy(() -> SpecCatalog.of(List.of(twice))).isInstanceOf(SpecException.class)
                .hasMessageContaining("defined twice");
    }
}
