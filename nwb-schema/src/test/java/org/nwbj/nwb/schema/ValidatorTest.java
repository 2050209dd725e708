package org.nwbj.nwb.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ValidatorTest {
    private static final String TIME = "2024-01-02T03:04:05+01:00";
    private final Validator validator = new Validator(CoreSchemas.catalog());
    private MemoryNode file;
    private MemoryNode device;

    /** A small valid NWB 2.7.0 file: required fields, a device, an electrode group and an ElectricalSeries. */
    @BeforeEach
    void buildFile() {
        file = MemoryNode.root().typed("core", "NWBFile").attr("nwb_version", BasicType.TEXT, "2.7.0");
        file.dataset("file_create_date", BasicType.TEXT, new long[] {1}, List.of(TIME));
        file.text("identifier", "abc");
        file.text("session_description", "a test");
        file.dataset("session_start_time", BasicType.TEXT, new long[0], TIME);
        file.dataset("timestamps_reference_time", BasicType.TEXT, new long[0], TIME);
        file.group("analysis");
        file.group("processing");
        MemoryNode stimulus = file.group("stimulus");
        stimulus.group("presentation");
        stimulus.group("templates");
        MemoryNode general = file.group("general");
        device = general.group("devices").group("amp").typed("core", "Device");
        MemoryNode ecephys = general.group("extracellular_ephys");
        MemoryNode shank = ecephys.group("shank0").typed("core", "ElectrodeGroup")
                .attr("description", BasicType.TEXT, "a shank").attr("location", BasicType.TEXT, "CA1");
        shank.link("device", device);
        MemoryNode acquisition = file.group("acquisition");
        MemoryNode es = acquisition.group("es").typed("core", "ElectricalSeries");
        es.dataset("data", BasicType.INT16, new long[] {100, 4}, null)
                .attr("unit", BasicType.TEXT, "volts").attr("conversion", BasicType.FLOAT32, 1.0);
        es.dataset("starting_time", BasicType.FLOAT64, new long[0], 0.0).attr("rate", BasicType.FLOAT32, 30000.0)
                .attr("unit", BasicType.TEXT, "seconds");
        es.dataset("electrodes", BasicType.INT32, new long[] {4}, null).typed("hdmf-common", "DynamicTableRegion")
                .attr("description", BasicType.TEXT, "rows")
                .attr("table", new StoredType.Ref(Dtype.RefType.OBJECT), new long[0], "/general/extracellular_ephys/electrodes");
    }

    @Test
    void validFileHasNoProblems() {
        assertThat(validator.validate(file)).isEmpty();
    }

    @Test
    void missingRequiredDatasetAndAttribute() {
        file.remove("identifier");
        file.child("general").child("extracellular_ephys").child("shank0").remove("location");
        assertThat(validator.validate(file)).containsExactlyInAnyOrder(
                new Problem("/identifier", Problem.Kind.MISSING, "missing required dataset"),
                new Problem("/general/extracellular_ephys/shank0", Problem.Kind.MISSING, "missing attribute location"));
    }

    @Test
    void wrongDtype() {
        es().remove("starting_time");
        es().dataset("starting_time", BasicType.FLOAT32, new long[0], 0.0).attr("rate", BasicType.INT32, 5)
                .attr("unit", BasicType.TEXT, "seconds");
        List<Problem> problems = validator.validate(file);
        assertThat(problems).extracting(Problem::path, Problem::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/acquisition/es/starting_time", Problem.Kind.DTYPE),
                org.assertj.core.groups.Tuple.tuple("/acquisition/es/starting_time@rate", Problem.Kind.DTYPE));
    }

    @Test
    void dtypeMessagesNameReferenceTargets() {
        es().child("electrodes").attr("table", BasicType.TEXT, "electrodes");
        assertThat(validator.validate(file)).containsExactly(new Problem("/acquisition/es/electrodes@table",
                Problem.Kind.DTYPE, "dtype text does not satisfy object reference to DynamicTable"));
    }

    @Test
    void unknownTypesAreReportedEvenWhereAnyChildIsAllowed() {
        file.child("acquisition").group("odd").typed("core", "NoSuchSeries");
        assertThat(validator.validate(file)).containsExactly(new Problem("/acquisition/odd", Problem.Kind.DATA_TYPE,
                "unknown type core:NoSuchSeries"));
    }

    @Test
    void wrongShapeAndFixedValue() {
        es().remove("data");
        es().dataset("data", BasicType.FLOAT32, new long[] {2, 2, 2, 2}, null)
                .attr("unit", BasicType.TEXT, "amps");
        file.attr("nwb_version", BasicType.TEXT, "2.6.0");
        assertThat(validator.validate(file)).extracting(Problem::path, Problem::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/acquisition/es/data", Problem.Kind.SHAPE),
                org.assertj.core.groups.Tuple.tuple("/acquisition/es/data@unit", Problem.Kind.VALUE),
                org.assertj.core.groups.Tuple.tuple("/@nwb_version", Problem.Kind.VALUE));
    }

    @Test
    void isoDateTimeMustLookLikeOne() {
        file.remove("session_start_time");
        file.dataset("session_start_time", BasicType.TEXT, new long[0], "yesterday");
        assertThat(validator.validate(file)).extracting(Problem::path, Problem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/session_start_time", Problem.Kind.DTYPE));
    }

    @Test
    void linksCheckTargetType() {
        MemoryNode shank = file.child("general").child("extracellular_ephys").child("shank0");
        shank.remove("device");
        shank.link("device", es());
        assertThat(validator.validate(file)).extracting(Problem::path, Problem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/general/extracellular_ephys/shank0/device",
                        Problem.Kind.LINK));
        shank.remove("device");
        shank.link("device", null);
        assertThat(validator.validate(file)).extracting(Problem::message).singleElement().asString()
                .contains("dangling");
    }

    @Test
    void typeAttributesAreChecked() {
        MemoryNode general = file.child("general");
        general.group("subject").typed("core", "Device");
        es().remove("object_id");
        assertThat(validator.validate(file)).containsExactlyInAnyOrder(
                new Problem("/general/subject", Problem.Kind.DATA_TYPE, "type Device is not a Subject"),
                new Problem("/acquisition/es", Problem.Kind.MISSING, "missing attribute object_id"));
    }

    @Test
    void quantityOfTypedChildren() {
        MemoryNode module = file.child("processing").group("ecephys").typed("core", "ProcessingModule")
                .attr("description", BasicType.TEXT, "processed");
        MemoryNode lfp = module.group("LFP").typed("core", "LFP");
        assertThat(validator.validate(file)).extracting(Problem::path, Problem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/processing/ecephys/LFP", Problem.Kind.MISSING));
        lfp.link("es", es()); // linkable: an LFP may link an ElectricalSeries kept elsewhere
        assertThat(validator.validate(file)).isEmpty();
    }

    @Test
    void untypedObjectIsStillCheckedAgainstTheIncludedType() {
        MemoryNode region = es().child("electrodes");
        region.remove("neurodata_type").remove("data_type").remove("namespace").remove("description");
        assertThat(validator.validate(file)).containsExactlyInAnyOrder(
                new Problem("/acquisition/es/electrodes", Problem.Kind.DATA_TYPE,
                        "missing neurodata_type/namespace attributes; expected type DynamicTableRegion"),
                new Problem("/acquisition/es/electrodes", Problem.Kind.MISSING, "missing attribute description"));
    }

    @Test
    void objectReferencesMustPointAtTheTargetType() {
        MemoryNode region = es().child("electrodes");
        region.attr("table", new StoredType.Ref(Dtype.RefType.OBJECT), new long[0], "/general/devices/amp");
        assertThat(validator.validate(file)).containsExactly(new Problem("/acquisition/es/electrodes@table",
                Problem.Kind.REFERENCE, "reference to /general/devices/amp (Device), expected a DynamicTable"));
        MemoryNode table = file.child("general").child("extracellular_ephys").group("electrodes")
                .typed("core", "DynamicTable");
        region.attr("table", new StoredType.Ref(Dtype.RefType.OBJECT), new long[0], table.path());
        assertThat(validator.validate(file)).extracting(Problem::kind).doesNotContain(Problem.Kind.REFERENCE);
    }

    @Test
    void dtypeConversionsFollowTheReferenceValidator() {
        assertThat(allows("int32", BasicType.INT64)).isTrue();
        assertThat(allows("int32", BasicType.INT16)).isFalse();
        assertThat(allows("int32", BasicType.UINT32)).isFalse();
        assertThat(allows("uint8", BasicType.UINT64)).isTrue();
        assertThat(allows("float", BasicType.FLOAT64)).isTrue();
        assertThat(allows("float64", BasicType.FLOAT32)).isFalse();
        assertThat(allows("numeric", BasicType.UINT8)).isTrue();
        assertThat(allows("numeric", BasicType.BOOL)).isFalse();
        assertThat(allows("text", BasicType.ASCII)).isTrue();
        assertThat(allows("ascii", BasicType.TEXT)).isFalse();
        assertThat(allows("bool", BasicType.BOOL)).isTrue();
    }

    private static boolean allows(String spec, BasicType stored) {
        return org.nwbj.nwb.schema.internal.DtypeRules.allows(new Dtype.Simple(spec), StoredType.of(stored), null);
    }

    private MemoryNode es() {
        return file.child("acquisition").child("es");
    }
}
