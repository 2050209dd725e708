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

    /** A new NWBFile named {@code name}. */
    public NWBFile(String name) {
        this(name, "NWBFile", "core", false);
    }

    protected NWBFile(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** Field {@code nwb_version}. */
    public String nwbVersion() {
        return stringField("nwb_version");
    }

    /** Sets field {@code nwb_version}. */
    public NWBFile setNwbVersion(String value) {
        set("nwb_version", value);
        return this;
    }

    /** Field {@code file_create_date}. */
    public ArrayData fileCreateDate() {
        return arrayField("file_create_date");
    }

    /** Sets field {@code file_create_date}. */
    public NWBFile setFileCreateDate(ArrayData value) {
        set("file_create_date", value);
        return this;
    }

    /** Field {@code identifier}. */
    public String identifier() {
        return stringField("identifier");
    }

    /** Sets field {@code identifier}. */
    public NWBFile setIdentifier(String value) {
        set("identifier", value);
        return this;
    }

    /** Field {@code session_description}. */
    public String sessionDescription() {
        return stringField("session_description");
    }

    /** Sets field {@code session_description}. */
    public NWBFile setSessionDescription(String value) {
        set("session_description", value);
        return this;
    }

    /** Field {@code session_start_time}. */
    public String sessionStartTime() {
        return stringField("session_start_time");
    }

    /** Sets field {@code session_start_time}. */
    public NWBFile setSessionStartTime(String value) {
        set("session_start_time", value);
        return this;
    }

    /** Field {@code timestamps_reference_time}. */
    public String timestampsReferenceTime() {
        return stringField("timestamps_reference_time");
    }

    /** Sets field {@code timestamps_reference_time}. */
    public NWBFile setTimestampsReferenceTime(String value) {
        set("timestamps_reference_time", value);
        return this;
    }

    /** Field {@code acquisition}. */
    public Map<String, TypedObject> acquisition() {
        return mapField("acquisition");
    }

    /** Adds a member to {@code acquisition}. */
    public NWBFile addAcquisition(TypedObject member) {
        add("acquisition", member);
        return this;
    }

    /** Field {@code analysis}. */
    public Map<String, TypedObject> analysis() {
        return mapField("analysis");
    }

    /** Adds a member to {@code analysis}. */
    public NWBFile addAnalysis(TypedObject member) {
        add("analysis", member);
        return this;
    }

    /** Field {@code scratch}. */
    public Map<String, TypedObject> scratch() {
        return mapField("scratch");
    }

    /** Adds a member to {@code scratch}. */
    public NWBFile addScratch(TypedObject member) {
        add("scratch", member);
        return this;
    }

    /** Field {@code processing}. */
    public Map<String, TypedObject> processing() {
        return mapField("processing");
    }

    /** Adds a member to {@code processing}. */
    public NWBFile addProcessing(TypedObject member) {
        add("processing", member);
        return this;
    }

    /** Field {@code stimulus}. */
    public TypedObject stimulus() {
        return objectField("stimulus", TypedObject.class);
    }

    /** Sets field {@code stimulus}. */
    public NWBFile setStimulus(TypedObject value) {
        set("stimulus", value);
        return this;
    }

    /** Field {@code general}. */
    public TypedObject general() {
        return objectField("general", TypedObject.class);
    }

    /** Sets field {@code general}. */
    public NWBFile setGeneral(TypedObject value) {
        set("general", value);
        return this;
    }

    /** Field {@code intervals}. */
    public TypedObject intervals() {
        return objectField("intervals", TypedObject.class);
    }

    /** Sets field {@code intervals}. */
    public NWBFile setIntervals(TypedObject value) {
        set("intervals", value);
        return this;
    }

    /** Field {@code units}. */
    public Units units() {
        return objectField("units", Units.class);
    }

    /** Sets field {@code units}. */
    public NWBFile setUnits(Units value) {
        set("units", value);
        return this;
    }
}
