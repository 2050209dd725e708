package org.nwbj.nwb.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecParsingTest {
    private static final String NAMESPACE_YAML = String.join("\n",
            "namespaces:",
            "- name: demo",
            "  version: 0.1.0",
            "  doc: a test namespace",
            "  author: [Someone]",
            "  schema:",
            "  - source: demo.types.yaml",
            "    title: demo types");

    private static final String SOURCE_YAML = String.join("\n",
            "groups:",
            "- data_type_def: Thing",
            "  data_type_inc: Container",
            "  default_name: thing",
            "  doc: a thing",
            "  attributes:",
            "  - {name: count, dtype: int, value: 3, doc: c}",
            "  - {name: rate, dtype: float, default_value: 2.5, required: false, doc: r}",
            "  datasets:",
            "  - name: values",
            "    dtype: numeric",
            "    quantity: '?'",
            "    shape: [[null], [null, 3]]",
            "    dims: [[t], [t, xyz]]",
            "  - name: points",
            "    quantity: 2",
            "    dtype:",
            "    - {name: x, dtype: float64, doc: x}",
            "    - {name: ref, dtype: {target_type: Thing, reftype: object}, doc: r}",
            "  - data_type_inc: Column",
            "    quantity: zero_or_many",
            "  links:",
            "  - {name: other, target_type: Thing, quantity: '?', doc: o}",
            "- data_type_def: Container",
            "  doc: base",
            "datasets:",
            "- data_type_def: Column",
            "  shape: [null]",
            "  dtype: text",
            "  doc: column");

    private static final String SOURCE_JSON = "{\"groups\":[{\"data_type_def\":\"Thing\",\"data_type_inc\":\"Container\","
            + "\"default_name\":\"thing\",\"doc\":\"a thing\",\"attributes\":[{\"name\":\"count\",\"dtype\":\"int\","
            + "\"value\":3,\"doc\":\"c\"},{\"name\":\"rate\",\"dtype\":\"float\",\"default_value\":2.5,"
            + "\"required\":false,\"doc\":\"r\"}],\"datasets\":[{\"name\":\"values\",\"dtype\":\"numeric\","
            + "\"quantity\":\"?\",\"shape\":[[null],[null,3]],\"dims\":[[\"t\"],[\"t\",\"xyz\"]]},"
            + "{\"name\":\"points\",\"quantity\":2,\"dtype\":[{\"name\":\"x\",\"dtype\":\"float64\",\"doc\":\"x\"},"
            + "{\"name\":\"ref\",\"dtype\":{\"target_type\":\"Thing\",\"reftype\":\"object\"},\"doc\":\"r\"}]},"
            + "{\"data_type_inc\":\"Column\",\"quantity\":\"zero_or_many\"}],"
            + "\"links\":[{\"name\":\"other\",\"target_type\":\"Thing\",\"quantity\":\"?\",\"doc\":\"o\"}]},"
            + "{\"data_type_def\":\"Container\",\"doc\":\"base\"}],"
            + "\"datasets\":[{\"data_type_def\":\"Column\",\"shape\":[null],\"dtype\":\"text\",\"doc\":\"column\"}]}";

    private static final String NAMESPACE_JSON = "{\"namespaces\":[{\"name\":\"demo\",\"version\":\"0.1.0\","
            + "\"doc\":\"a test namespace\",\"author\":[\"Someone\"],\"schema\":[{\"source\":\"demo.types\","
            + "\"title\":\"demo types\"}]}]}";

    private static Namespace fromYaml() {
        List<Namespace> list = SpecLoader.loadYaml(NAMESPACE_YAML, "demo.namespace.yaml",
                f -> f.equals("demo.types.yaml") ? SOURCE_YAML : null);
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    @Test
    void parsesEveryConstruct() {
        Namespace ns = fromYaml();
        assertThat(ns.schema()).containsExactly(new Namespace.SourceRef("demo.types", "demo types", null, List.of()));
        SchemaSource src = ns.sources().get("demo.types");
        assertThat(src.typeKeys()).isEqualTo(SchemaSource.TypeKeys.DATA);
        GroupSpec thing = src.groups().get(0);
        assertThat(thing.typeDef()).isEqualTo("Thing");
        assertThat(thing.typeInc()).isEqualTo("Container");
        assertThat(thing.name()).isNull();
        assertThat(thing.defaultName()).isEqualTo("thing");
        assertThat(thing.attribute("count").value()).isEqualTo(3L);
        assertThat(thing.attribute("count").required()).isTrue();
        assertThat(thing.attribute("rate").defaultValue()).isEqualTo(2.5);
        assertThat(thing.attribute("rate").required()).isFalse();
        assertThat(((Dtype.Simple) thing.attribute("rate").dtype()).type()).isEqualTo(BasicType.FLOAT32);

        DatasetSpec values = thing.dataset("values");
        assertThat(values.quantity()).isEqualTo(Quantity.ZERO_OR_ONE);
        assertThat(values.shape().alternatives()).containsExactly(Arrays.asList((Integer) null),
                Arrays.asList(null, 3));
        assertThat(values.dims()).isEqualTo(new Dims(List.of(List.of("t"), List.of("t", "xyz"))));
        assertThat(values.shape().matches(new long[] {7, 3})).isTrue();
        assertThat(values.shape().matches(new long[] {7, 4})).isFalse();
        assertThat(values.shape().matches(new long[] {7})).isTrue();

        DatasetSpec points = thing.dataset("points");
        assertThat(points.quantity()).isEqualTo(Quantity.exactly(2));
        Dtype.Compound compound = (Dtype.Compound) points.dtype();
        assertThat(compound.fields()).extracting(Dtype.Field::name).containsExactly("x", "ref");
        assertThat(compound.field("ref").dtype()).isEqualTo(new Dtype.Reference("Thing", Dtype.RefType.OBJECT));

        DatasetSpec columns = thing.datasets().get(2);
        assertThat(columns.name()).isNull();
        assertThat(columns.typeInc()).isEqualTo("Column");
        assertThat(columns.quantity()).isEqualTo(Quantity.ZERO_OR_MANY);
        assertThat(thing.links()).containsExactly(new LinkSpec("other", "o", "Thing", Quantity.ZERO_OR_ONE));
        assertThat(src.datasets().get(0).shape()).isEqualTo(Shape.of((Integer) null));
    }

    @Test
    void yamlAndCachedJsonGiveTheSameModel() {
        Namespace json = SpecLoader.loadCached(NAMESPACE_JSON, Map.of("demo.types", SOURCE_JSON));
        assertThat(json).isEqualTo(fromYaml());
    }

    @Test
    void writerOutputLoadsBackEqual() {
        Namespace ns = fromYaml();
        Map<String, String> json = SpecWriter.toCachedJson(ns);
        assertThat(json.keySet()).containsExactly("namespace", "demo.types");
        assertThat(json.get("demo.types")).contains("\"data_type_def\":\"Thing\"").contains("\"quantity\":2");
        assertThat(SpecLoader.loadCached(json.get("namespace"), json)).isEqualTo(ns);
    }

    @Test
    void catalogResolvesTheDemo() {
        SpecCatalog catalog = SpecCatalog.of(List.of(fromYaml()));
        assertThat(catalog.definedTypes("demo")).containsExactly("Thing", "Container", "Column");
        assertThat(catalog.isA("demo", "Thing", "Container")).isTrue();
        assertThat(catalog.isA("demo", "Container", "Thing")).isFalse();
        DatasetSpec col = (DatasetSpec) catalog.effective("demo", ((GroupSpec) catalog.type("demo", "Thing"))
                .datasets().get(2));
        assertThat(col.dtype()).isEqualTo(new Dtype.Simple("text"));
        assertThat(col.quantity()).isEqualTo(Quantity.ZERO_OR_MANY);
    }

    @Test
    void unquotedVersionKeepsItsDigits() {
        String ns = "namespaces:\n- name: v\n  version: 1.10\n  schema: []\n";
        assertThat(SpecLoader.loadYaml(ns, "v.yaml", f -> null).get(0).version()).isEqualTo("1.10");
    }

    @Test
    void everyDtypeSpellingIsKnown() {
        String[] names = {"float", "float32", "double", "float64", "long", "int64", "int", "int32", "short", "int16",
            "int8", "uint", "uint8", "uint16", "uint32", "uint64", "numeric", "bool", "text", "utf", "utf8",
            "utf-8", "ascii", "bytes", "isodatetime", "datetime"};
        for (String n : names) {
            assertThat(new Dtype.Simple(n).type()).as(n).isNotNull();
        }
        assertThat(new Dtype.Simple("double").type()).isEqualTo(BasicType.FLOAT64);
        assertThat(new Dtype.Simple("uint").type()).isEqualTo(BasicType.UINT32);
        assertThat(new Dtype.Simple("utf-8").type()).isEqualTo(BasicType.TEXT);
        assertThat(new Dtype.Simple("bytes").type()).isEqualTo(BasicType.ASCII);
        assertThatThrownBy(() -> new Dtype.Simple("float128")).isInstanceOf(SpecException.class);
        assertThat(Dtype.RefType.parse("region")).isEqualTo(Dtype.RefType.REGION);
    }

    @Test
    void quantityForms() {
        assertThat(Quantity.parse(null)).isEqualTo(Quantity.ONE);
        assertThat(Quantity.parse("?")).isEqualTo(Quantity.parse("zero_or_one")).isEqualTo(new Quantity(0, 1));
        assertThat(Quantity.parse("*")).isEqualTo(Quantity.parse("zero_or_many"));
        assertThat(Quantity.parse("+")).isEqualTo(Quantity.parse("one_or_many"));
        assertThat(Quantity.parse("+").allows(0)).isFalse();
        assertThat(Quantity.parse("+").allows(1000)).isTrue();
        assertThat(Quantity.parse(3)).isEqualTo(Quantity.parse("3")).isEqualTo(new Quantity(3, 3));
        assertThatThrownBy(() -> Quantity.parse("many")).isInstanceOf(SpecException.class);
        assertThatThrownBy(() -> Quantity.parse(0)).isInstanceOf(SpecException.class);
    }

    @Test
    void errorsNameTheSourceAndProblem() {
        assertThatThrownBy(() -> SpecLoader.loadYaml(NAMESPACE_YAML, "demo.namespace.yaml", f -> null))
                .isInstanceOf(SpecException.class).hasMessageContaining("demo.types").hasMessageContaining("not found");
        assertThatThrownBy(() -> SpecLoader.loadCached(NAMESPACE_JSON,
                Map.of("demo.types", "{\"groups\":[{\"data_type_def\":\"X\",\"quantity\":\"lots\"}]}")))
                .isInstanceOf(SpecException.class).hasMessageContaining("demo.types").hasMessageContaining("lots");
        assertThatThrownBy(() -> SpecLoader.loadCached(NAMESPACE_JSON,
                Map.of("demo.types", "{\"datasets\":[{\"data_type_def\":\"X\",\"dtype\":\"complex\"}]}")))
                .isInstanceOf(SpecException.class).hasMessageContaining("complex");
        assertThatThrownBy(() -> SpecLoader.loadCached(NAMESPACE_JSON, Map.of()))
                .isInstanceOf(SpecException.class).hasMessageContaining("demo.types").hasMessageContaining("missing");
    }

    @Test
    void catalogRejectsMissingParentsAndIncludes() {
        Namespace broken = SpecLoader.loadCached(NAMESPACE_JSON,
                Map.of("demo.types", "{\"groups\":[{\"data_type_def\":\"X\",\"data_type_inc\":\"Missing\"}]}"));
        assertThatThrownBy(() -> SpecCatalog.of(List.of(broken))).isInstanceOf(SpecException.class)
                .hasMessageContaining("Missing");
        Namespace core = CoreSchemas.load().get(2);
        assertThatThrownBy(() -> SpecCatalog.of(List.of(core))).isInstanceOf(SpecException.class)
                .hasMessageContaining("hdmf-common");
    }
}
