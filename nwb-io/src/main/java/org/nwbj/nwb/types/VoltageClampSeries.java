package org.nwbj.nwb.types;

/**
 * The core type {@code VoltageClampSeries} (a {@code PatchClampSeries}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class VoltageClampSeries extends PatchClampSeries {
    /**
     * A new VoltageClampSeries named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public VoltageClampSeries(String name) {
        this(name, "VoltageClampSeries", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code VoltageClampSeries}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected VoltageClampSeries(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code capacitance_fast}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double capacitanceFast() {
        return doubleField("capacitance_fast");
    }

    /**
     * Sets field {@code capacitance_fast}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public VoltageClampSeries setCapacitanceFast(Double value) {
        set("capacitance_fast", value);
        return this;
    }

    /**
     * Field {@code capacitance_fast_unit}: attribute {@code unit} of dataset {@code capacitance_fast} (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String capacitanceFastUnit() {
        return stringField("capacitance_fast_unit");
    }

    /**
     * Sets field {@code capacitance_fast_unit}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public VoltageClampSeries setCapacitanceFastUnit(String value) {
        set("capacitance_fast_unit", value);
        return this;
    }

    /**
     * Field {@code capacitance_slow}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double capacitanceSlow() {
        return doubleField("capacitance_slow");
    }

    /**
     * Sets field {@code capacitance_slow}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public VoltageClampSeries setCapacitanceSlow(Double value) {
        set("capacitance_slow", value);
        return this;
    }

    /**
     * Field {@code capacitance_slow_unit}: attribute {@code unit} of dataset {@code capacitance_slow} (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String capacitanceSlowUnit() {
        return stringField("capacitance_slow_unit");
    }

    /**
     * Sets field {@code capacitance_slow_unit}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public VoltageClampSeries setCapacitanceSlowUnit(String value) {
        set("capacitance_slow_unit", value);
        return this;
    }

    /**
     * Field {@code resistance_comp_bandwidth}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double resistanceCompBandwidth() {
        return doubleField("resistance_comp_bandwidth");
    }

    /**
     * Sets field {@code resistance_comp_bandwidth}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public VoltageClampSeries setResistanceCompBandwidth(Double value) {
        set("resistance_comp_bandwidth", value);
        return this;
    }

    /**
     * Field {@code resistance_comp_bandwidth_unit}: attribute {@code unit} of dataset {@code resistance_comp_bandwidth} (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String resistanceCompBandwidthUnit() {
        return stringField("resistance_comp_bandwidth_unit");
    }

    /**
     * Sets field {@code resistance_comp_bandwidth_unit}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public VoltageClampSeries setResistanceCompBandwidthUnit(String value) {
        set("resistance_comp_bandwidth_unit", value);
        return this;
    }

    /**
     * Field {@code resistance_comp_correction}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double resistanceCompCorrection() {
        return doubleField("resistance_comp_correction");
    }

    /**
     * Sets field {@code resistance_comp_correction}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public VoltageClampSeries setResistanceCompCorrection(Double value) {
        set("resistance_comp_correction", value);
        return this;
    }

    /**
     * Field {@code resistance_comp_correction_unit}: attribute {@code unit} of dataset {@code resistance_comp_correction} (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String resistanceCompCorrectionUnit() {
        return stringField("resistance_comp_correction_unit");
    }

    /**
     * Sets field {@code resistance_comp_correction_unit}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public VoltageClampSeries setResistanceCompCorrectionUnit(String value) {
        set("resistance_comp_correction_unit", value);
        return this;
    }

    /**
     * Field {@code resistance_comp_prediction}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double resistanceCompPrediction() {
        return doubleField("resistance_comp_prediction");
    }

    /**
     * Sets field {@code resistance_comp_prediction}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public VoltageClampSeries setResistanceCompPrediction(Double value) {
        set("resistance_comp_prediction", value);
        return this;
    }

    /**
     * Field {@code resistance_comp_prediction_unit}: attribute {@code unit} of dataset {@code resistance_comp_prediction} (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String resistanceCompPredictionUnit() {
        return stringField("resistance_comp_prediction_unit");
    }

    /**
     * Sets field {@code resistance_comp_prediction_unit}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public VoltageClampSeries setResistanceCompPredictionUnit(String value) {
        set("resistance_comp_prediction_unit", value);
        return this;
    }

    /**
     * Field {@code whole_cell_capacitance_comp}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double wholeCellCapacitanceComp() {
        return doubleField("whole_cell_capacitance_comp");
    }

    /**
     * Sets field {@code whole_cell_capacitance_comp}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public VoltageClampSeries setWholeCellCapacitanceComp(Double value) {
        set("whole_cell_capacitance_comp", value);
        return this;
    }

    /**
     * Field {@code whole_cell_capacitance_comp_unit}: attribute {@code unit} of dataset {@code whole_cell_capacitance_comp} (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String wholeCellCapacitanceCompUnit() {
        return stringField("whole_cell_capacitance_comp_unit");
    }

    /**
     * Sets field {@code whole_cell_capacitance_comp_unit}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public VoltageClampSeries setWholeCellCapacitanceCompUnit(String value) {
        set("whole_cell_capacitance_comp_unit", value);
        return this;
    }

    /**
     * Field {@code whole_cell_series_resistance_comp}: a dataset (float32), optional.
     *
     * @return the value, or null when it is not set
     */
    public Double wholeCellSeriesResistanceComp() {
        return doubleField("whole_cell_series_resistance_comp");
    }

    /**
     * Sets field {@code whole_cell_series_resistance_comp}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public VoltageClampSeries setWholeCellSeriesResistanceComp(Double value) {
        set("whole_cell_series_resistance_comp", value);
        return this;
    }

    /**
     * Field {@code whole_cell_series_resistance_comp_unit}: attribute {@code unit} of dataset {@code whole_cell_series_resistance_comp} (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String wholeCellSeriesResistanceCompUnit() {
        return stringField("whole_cell_series_resistance_comp_unit");
    }

    /**
     * Sets field {@code whole_cell_series_resistance_comp_unit}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public VoltageClampSeries setWholeCellSeriesResistanceCompUnit(String value) {
        set("whole_cell_series_resistance_comp_unit", value);
        return this;
    }
}
