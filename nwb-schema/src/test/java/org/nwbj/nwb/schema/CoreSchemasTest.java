package org.nwbj.nwb.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoreSchemasTest {
    private final SpecCatalog catalog = CoreSchemas.catalog();

    @Test
    void loadsTheThreeNamespaces() {
        List<Namespace> all = CoreSchemas.load();
        assertThat(all).extracting(Namespace::name).containsExactly("hdmf-common", "hdmf-experimental", "core");
        assertThat(all).extracting(Namespace::version).containsExactly("1.8.0", "0.5.0", "2.7.0");
        Namespace core = catalog.namespace("core");
        assertThat(core.sources().keySet()).first().isEqualTo("nwb.base");
        assertThat(core.schema().get(0)).isEqualTo(new Namespace.NamespaceRef("hdmf-common", List.of()));
        assertThat(core.fullName()).isEqualTo("NWB core");
    }

    @Test
    void coreSeesIncludedHdmfTypes() {
        assertThat(catalog.typeNames("core")).contains("TimeSeries", "DynamicTable", "VectorData", "Container");
        assertThat(catalog.typeNames("core")).doesNotContain("EnumData", "HERD");
        assertThat(catalog.definedTypes("core")).contains("NWBFile").doesNotContain("Container");
        assertThat(catalog.definingNamespace("core", "DynamicTable")).isEqualTo("hdmf-common");
        assertThat(catalog.typeNames("hdmf-experimental")).contains("EnumData", "HERD", "VectorData");
    }

    @Test
    void inheritance() {
        assertThat(catalog.ancestors("core", "SpikeEventSeries")).containsExactly("ElectricalSeries",
                "TimeSeries", "NWBDataInterface", "NWBContainer", "Container");
        assertThat(catalog.isA("core", "TwoPhotonSeries", "TimeSeries")).isTrue();
        assertThat(catalog.isA("TimeSeries", "TimeSeries")).isTrue();
        assertThat(catalog.isA("TimeSeries", "TwoPhotonSeries")).isFalse();
        assertThat(catalog.isA("Units", "DynamicTable")).isTrue();
        assertThat(catalog.isA("VectorIndex", "Data")).isTrue();
        assertThat(catalog.namespaceOf("Units")).isEqualTo("core");
        assertThatThrownBy(() -> catalog.type("hdmf-common", "TimeSeries")).isInstanceOf(SpecException.class)
                .hasMessageContaining("TimeSeries");
    }

    @Test
    void resolvedElectricalSeriesMergesInheritedData() {
        GroupSpec es = (GroupSpec) catalog.resolve("core", "ElectricalSeries");
        assertThat(es.typeDef()).isEqualTo("ElectricalSeries");
        assertThat(es.typeInc()).isEqualTo("TimeSeries");
        // inherited from TimeSeries, not redefined
        assertThat(es.dataset("timestamps")).isNotNull();
        assertThat(es.attribute("description").defaultValue()).isEqualTo("no description");
        DatasetSpec data = es.dataset("data");
        // ElectricalSeries fixes the unit of data; TimeSeries contributes conversion with its default
        assertThat(data.attribute("unit").value()).isEqualTo("volts");
        assertThat(data.attribute("conversion").defaultValue()).isEqualTo(1.0);
        assertThat(data.shape().alternatives()).hasSize(3);
        assertThat(es.dataset("electrodes").typeInc()).isEqualTo("DynamicTableRegion");
        assertThat(catalog.type("core", "ElectricalSeries")).isNotEqualTo(es);
    }

    @Test
    void effectiveSpecOfInlineTypeInclude() {
        GroupSpec es = (GroupSpec) catalog.resolve("core", "ElectricalSeries");
        DatasetSpec electrodes = (DatasetSpec) catalog.effective("core", es.dataset("electrodes"));
        assertThat(electrodes.name()).isEqualTo("electrodes");
        assertThat(electrodes.attribute("table").dtype())
                .isEqualTo(new Dtype.Reference("DynamicTable", Dtype.RefType.OBJECT));
        assertThat(electrodes.dtype()).isEqualTo(new Dtype.Simple("int"));
    }

    @Test
    void writtenJsonLoadsBackEqual() {
        for (Namespace ns : CoreSchemas.load()) {
            Map<String, String> json = SpecWriter.toCachedJson(ns);
            assertThat(json).containsKey(SpecWriter.NAMESPACE_KEY);
            Namespace back = SpecLoader.loadCached(json.get(SpecWriter.NAMESPACE_KEY), json);
            assertThat(back).isEqualTo(ns);
        }
    }
}
