package org.nwbj.nwb.types;

/**
 * The core type {@code VoltageClampSeries} (a {@code PatchClampSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class VoltageClampSeries extends PatchClampSeries {
    /** A new VoltageClampSeries named {@code name}. */
    public VoltageClampSeries(String name) {
        this(name, "VoltageClampSeries", "core", false);
    }

    protected VoltageClampSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code capacitance_fast}. */
    public Double capacitanceFast() {
        return doubleField("capacitance_fast");
    }

    /** Sets field {@code capacitance_fast}. */
    public VoltageClampSeries setCapacitanceFast(Double value) {
        set("capacitance_fast", value);
        return this;
    }

    /** Field {@code capacitance_fast_unit}. */
    public String capacitanceFastUnit() {
        return stringField("capacitance_fast_unit");
    }

    /** Sets field {@code capacitance_fast_unit}. */
    public VoltageClampSeries setCapacitanceFastUnit(String value) {
        set("capacitance_fast_unit", value);
        return this;
    }

    /** Field {@code capacitance_slow}. */
    public Double capacitanceSlow() {
        return doubleField("capacitance_slow");
    }

    /** Sets field {@code capacitance_slow}. */
    public VoltageClampSeries setCapacitanceSlow(Double value) {
        set("capacitance_slow", value);
        return this;
    }

    /** Field {@code capacitance_slow_unit}. */
    public String capacitanceSlowUnit() {
        return stringField("capacitance_slow_unit");
    }

    /** Sets field {@code capacitance_slow_unit}. */
    public VoltageClampSeries setCapacitanceSlowUnit(String value) {
        set("capacitance_slow_unit", value);
        return this;
    }

    /** Field {@code resistance_comp_bandwidth}. */
    public Double resistanceCompBandwidth() {
        return doubleField("resistance_comp_bandwidth");
    }

    /** Sets field {@code resistance_comp_bandwidth}. */
    public VoltageClampSeries setResistanceCompBandwidth(Double value) {
        set("resistance_comp_bandwidth", value);
        return this;
    }

    /** Field {@code resistance_comp_bandwidth_unit}. */
    public String resistanceCompBandwidthUnit() {
        return stringField("resistance_comp_bandwidth_unit");
    }

    /** Sets field {@code resistance_comp_bandwidth_unit}. */
    public VoltageClampSeries setResistanceCompBandwidthUnit(String value) {
        set("resistance_comp_bandwidth_unit", value);
        return this;
    }

    /** Field {@code resistance_comp_correction}. */
    public Double resistanceCompCorrection() {
        return doubleField("resistance_comp_correction");
    }

    /** Sets field {@code resistance_comp_correction}. */
    public VoltageClampSeries setResistanceCompCorrection(Double value) {
        set("resistance_comp_correction", value);
        return this;
    }

    /** Field {@code resistance_comp_correction_unit}. */
    public String resistanceCompCorrectionUnit() {
        return stringField("resistance_comp_correction_unit");
    }

    /** Sets field {@code resistance_comp_correction_unit}. */
    public VoltageClampSeries setResistanceCompCorrectionUnit(String value) {
        set("resistance_comp_correction_unit", value);
        return this;
    }

    /** Field {@code resistance_comp_prediction}. */
    public Double resistanceCompPrediction() {
        return doubleField("resistance_comp_prediction");
    }

    /** Sets field {@code resistance_comp_prediction}. */
    public VoltageClampSeries setResistanceCompPrediction(Double value) {
        set("resistance_comp_prediction", value);
        return this;
    }

    /** Field {@code resistance_comp_prediction_unit}. */
    public String resistanceCompPredictionUnit() {
        return stringField("resistance_comp_prediction_unit");
    }

    /** Sets field {@code resistance_comp_prediction_unit}. */
    public VoltageClampSeries setResistanceCompPredictionUnit(String value) {
        set("resistance_comp_prediction_unit", value);
        return this;
    }

    /** Field {@code whole_cell_capacitance_comp}. */
    public Double wholeCellCapacitanceComp() {
        return doubleField("whole_cell_capacitance_comp");
    }

    /** Sets field {@code whole_cell_capacitance_comp}. */
    public VoltageClampSeries setWholeCellCapacitanceComp(Double value) {
        set("whole_cell_capacitance_comp", value);
        return this;
    }

    /** Field {@code whole_cell_capacitance_comp_unit}. */
    public String wholeCellCapacitanceCompUnit() {
        return stringField("whole_cell_capacitance_comp_unit");
    }

    /** Sets field {@code whole_cell_capacitance_comp_unit}. */
    public VoltageClampSeries setWholeCellCapacitanceCompUnit(String value) {
        set("whole_cell_capacitance_comp_unit", value);
        return this;
    }

    /** Field {@code whole_cell_series_resistance_comp}. */
    public Double wholeCellSeriesResistanceComp() {
        return doubleField("whole_cell_series_resistance_comp");
    }

    /** Sets field {@code whole_cell_series_resistance_comp}. */
    public VoltageClampSeries setWholeCellSeriesResistanceComp(Double value) {
        set("whole_cell_series_resistance_comp", value);
        return this;
    }

    /** Field {@code whole_cell_series_resistance_comp_unit}. */
    public String wholeCellSeriesResistanceCompUnit() {
        return stringField("whole_cell_series_resistance_comp_unit");
    }

    /** Sets field {@code whole_cell_series_resistance_comp_unit}. */
    public VoltageClampSeries setWholeCellSeriesResistanceCompUnit(String value) {
        set("whole_cell_series_resistance_comp_unit", value);
        return this;
    }
}
