package org.nwbj.nwb.types;

import java.util.Map;

import org.nwbj.nwb.ArrayData;

/**
 * The core type {@code NWBFile} (a {@code NWBContainer}), as pynwb names its fields.
 * Generated from nwbj's copy of the schema by TypesGenerator: do not edit.
 */
public class NWBFile extends NWBFileSupport {
    /** A new NWBFile named {@code root}. */
    public NWBFile() {
        this("root");
    }

    /**
     * A new NWBFile named {@code name}.
     *
     * @param name the object's name in its parent group
     */
    public NWBFile(String name) {
        this(name, "NWBFile", "core", false);
    }

    /**
     * For subclasses: an object of a type that extends {@code NWBFile}.
     *
     * @param name the object's name in its parent group
     * @param type the subclass's neurodata type
     * @param namespace the namespace that defines {@code type}
     * @param dataset true when the type is stored as a dataset, false for a group
     */
    protected NWBFile(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /**
     * Field {@code nwb_version}: an attribute (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String nwbVersion() {
        return stringField("nwb_version");
    }

    /**
     * Sets field {@code nwb_version}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public NWBFile setNwbVersion(String value) {
        set("nwb_version", value);
        return this;
    }

    /**
     * Field {@code file_create_date}: a dataset (isodatetime), required.
     *
     * @return the value, or null when it is not set
     */
    public ArrayData fileCreateDate() {
        return arrayField("file_create_date");
    }

    /**
     * Sets field {@code file_create_date}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public NWBFile setFileCreateDate(ArrayData value) {
        set("file_create_date", value);
        return this;
    }

    /**
     * Field {@code identifier}: a dataset (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String identifier() {
        return stringField("identifier");
    }

    /**
     * Sets field {@code identifier}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public NWBFile setIdentifier(String value) {
        set("identifier", value);
        return this;
    }

    /**
     * Field {@code session_description}: a dataset (text), required.
     *
     * @return the value, or null when it is not set
     */
    public String sessionDescription() {
        return stringField("session_description");
    }

    /**
     * Sets field {@code session_description}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public NWBFile setSessionDescription(String value) {
        set("session_description", value);
        return this;
    }

    /**
     * Field {@code session_start_time}: a dataset (isodatetime), required.
     *
     * @return the value, or null when it is not set
     */
    public String sessionStartTime() {
        return stringField("session_start_time");
    }

    /**
     * Sets field {@code session_start_time}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public NWBFile setSessionStartTime(String value) {
        set("session_start_time", value);
        return this;
    }

    /**
     * Field {@code timestamps_reference_time}: a dataset (isodatetime), required.
     *
     * @return the value, or null when it is not set
     */
    public String timestampsReferenceTime() {
        return stringField("timestamps_reference_time");
    }

    /**
     * Sets field {@code timestamps_reference_time}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public NWBFile setTimestampsReferenceTime(String value) {
        set("timestamps_reference_time", value);
        return this;
    }

    /**
     * Field {@code acquisition}: a group of typed members, required.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, TypedObject> acquisition() {
        return mapField("acquisition");
    }

    /**
     * Adds a member to {@code acquisition}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public NWBFile addAcquisition(TypedObject member) {
        add("acquisition", member);
        return this;
    }

    /**
     * Field {@code analysis}: a group of typed members, required.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, TypedObject> analysis() {
        return mapField("analysis");
    }

    /**
     * Adds a member to {@code analysis}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public NWBFile addAnalysis(TypedObject member) {
        add("analysis", member);
        return this;
    }

    /**
     * Field {@code scratch}: a group of typed members, optional.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, TypedObject> scratch() {
        return mapField("scratch");
    }

    /**
     * Adds a member to {@code scratch}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public NWBFile addScratch(TypedObject member) {
        add("scratch", member);
        return this;
    }

    /**
     * Field {@code processing}: a group of typed members, required.
     *
     * @return the members by name, empty when there are none
     */
    public Map<String, TypedObject> processing() {
        return mapField("processing");
    }

    /**
     * Adds a member to {@code processing}.
     *
     * @param member the object to add, under its own name
     * @return this object
     */
    public NWBFile addProcessing(TypedObject member) {
        add("processing", member);
        return this;
    }

    /**
     * Field {@code stimulus}: a group, required.
     *
     * @return the value, or null when it is not set
     */
    public TypedObject stimulus() {
        return objectField("stimulus", TypedObject.class);
    }

    /**
     * Sets field {@code stimulus}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public NWBFile setStimulus(TypedObject value) {
        set("stimulus", value);
        return this;
    }

    /**
     * Field {@code general}: a group, required.
     *
     * @return the value, or null when it is not set
     */
    public TypedObject general() {
        return objectField("general", TypedObject.class);
    }

    /**
     * Sets field {@code general}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public NWBFile setGeneral(TypedObject value) {
        set("general", value);
        return this;
    }

    /**
     * Field {@code intervals}: a group, optional.
     *
     * @return the value, or null when it is not set
     */
    public TypedObject intervals() {
        return objectField("intervals", TypedObject.class);
    }

    /**
     * Sets field {@code intervals}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public NWBFile setIntervals(TypedObject value) {
        set("intervals", value);
        return this;
    }

    /**
     * Field {@code units}: a group of type {@code Units}, optional.
     *
     * @return the value, or null when it is not set
     */
    public Units units() {
        return objectField("units", Units.class);
    }

    /**
     * Sets field {@code units}.
     *
     * @param value the new value, or null to remove it
     * @return this object
     */
    public NWBFile setUnits(Units value) {
        set("units", value);
        return this;
    }
}
