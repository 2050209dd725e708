package org.nwbj.nwb.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Hdf5File;
import org.nwbj.nwb.ArrayData;

/**
 * What {@link NWBFile} adds to its generated fields: the session metadata of {@code /general} (experimenter, lab,
 * institution, ...) as pynwb puts it on the file, and closing the file it was read from.
 */
public abstract class NWBFileSupport extends NWBContainer implements AutoCloseable {
    Hdf5File source;

    /**
     * For the generated {@code NWBFile}: the root of a file of a type that extends {@code NWBFile}.
     *
     * @param name the object's name
     * @param type its neurodata type
     * @param namespace the namespace defining the type
     * @param dataset false: the root is a group
     */
    protected NWBFileSupport(String name, String type, String namespace, boolean dataset) {
        super(name, type, namespace, dataset);
    }

    /** The /general group's fields (created empty when absent). */
    private TypedObject general() {
        if (!(get("general") instanceof TypedObject g)) {
            TypedObject g = TypedObject.group("general");
            set("general", g);
            return g;
        }
        return g;
    }

    /**
     * {@return a text field of /general (lab, institution, protocol, session_id, notes, ...), or null}
     *
     * @param field the field's name in pynwb
     */
    public String generalText(String field) {
        return get("general") instanceof TypedObject g ? g.stringField(field) : null;
    }

    /**
     * {@return a text list of /general (experimenter, keywords, related_publications), empty when absent}
     *
     * @param field the field's name in pynwb
     */
    public List<String> generalList(String field) {
        List<String> out = new ArrayList<>();
        Object v = get("general") instanceof TypedObject g ? g.get(field) : null;
        if (v instanceof ArrayData a) {
            v = a instanceof ArrayData.Stored st ? st.dataset().readValues() : null;
        }
        if (v instanceof Object[] a) {
            for (Object o : a) {
                out.add(String.valueOf(o));
            }
        } else if (v != null) {
            out.add(String.valueOf(v));
        }
        return out;
    }

    /**
     * Sets a field of /general: a String, or a String[] for experimenter, keywords, related_publications.
     *
     * @param field the field's name in pynwb
     * @param value a String, a String[], or null to remove the field
     * @return this file
     */
    public NWBFileSupport setGeneral(String field, Object value) {
        general().set(field, value);
        return this;
    }

    /** {@return the experimenters, empty when not set} */
    public List<String> experimenter() {
        return generalList("experimenter");
    }

    /** {@return the keywords, empty when not set} */
    public List<String> keywords() {
        return generalList("keywords");
    }

    /** {@return the related publications, empty when not set} */
    public List<String> relatedPublications() {
        return generalList("related_publications");
    }

    /** {@return the lab, or null} */
    public String lab() {
        return generalText("lab");
    }

    /** {@return the institution, or null} */
    public String institution() {
        return generalText("institution");
    }

    /** {@return the protocol, or null} */
    public String protocol() {
        return generalText("protocol");
    }

    /** {@return the session id, or null} */
    public String sessionId() {
        return generalText("session_id");
    }

    /** {@return the experiment's description, or null} */
    public String experimentDescription() {
        return generalText("experiment_description");
    }

    /** {@return the notes, or null} */
    public String notes() {
        return generalText("notes");
    }

    /** {@return the subject (/general/subject), or null} */
    public Subject subject() {
        return get("general") instanceof TypedObject g ? g.objectField("subject", Subject.class) : null;
    }

    /** {@return the devices (/general/devices) by name} */
    public java.util.Map<String, TypedObject> devices() {
        return get("general") instanceof TypedObject g ? g.mapField("devices") : java.util.Collections.emptyMap();
    }

    /** {@return the pharmacology notes, or null} */
    public String pharmacology() {
        return generalText("pharmacology");
    }

    /** {@return the slices' description, or null} */
    public String slices() {
        return generalText("slices");
    }

    /** {@return the notes on data collection, or null} */
    public String dataCollection() {
        return generalText("data_collection");
    }

    /** {@return the surgery notes, or null} */
    public String surgery() {
        return generalText("surgery");
    }

    /** {@return the virus notes, or null} */
    public String virus() {
        return generalText("virus");
    }

    /** {@return the stimulus notes ({@code /general/stimulus}), or null} */
    public String stimulusNotes() {
        return generalText("stimulus");
    }

    /** {@return the script that made the file ({@code /general/source_script}), or null} */
    public String sourceScript() {
        return generalText("source_script");
    }

    /** {@return the file name of the source script (its {@code file_name} attribute), or null} */
    public String sourceScriptFileName() {
        String v = generalText("source_script_file_name");
        return v != null ? v : generalText("file_name");
    }

    /** {@return the electrodes table ({@code /general/extracellular_ephys/electrodes}), or null} */
    public DynamicTable electrodes() {
        return first(sub("extracellular_ephys"), "electrodes", "DynamicTable", DynamicTable.class);
    }

    /** {@return the electrode groups ({@code /general/extracellular_ephys}) by name} */
    public Map<String, TypedObject> electrodeGroups() {
        return ofType(sub("extracellular_ephys"), "ElectrodeGroup");
    }

    /** {@return the imaging planes ({@code /general/optophysiology}) by name} */
    public Map<String, TypedObject> imagingPlanes() {
        return ofType(sub("optophysiology"), "ImagingPlane");
    }

    /** {@return the optogenetic stimulus sites ({@code /general/optogenetics}) by name} */
    public Map<String, TypedObject> ogenSites() {
        return ofType(sub("optogenetics"), "OptogeneticStimulusSite");
    }

    /** {@return the intracellular electrodes ({@code /general/intracellular_ephys}) by name} */
    public Map<String, TypedObject> icephysElectrodes() {
        return ofType(sub("intracellular_ephys"), "IntracellularElectrode");
    }

    /** {@return the intracellular filtering ({@code /general/intracellular_ephys/filtering}), or null} */
    public String icephysFiltering() {
        Object ic = sub("intracellular_ephys");
        return ic instanceof TypedObject t ? t.stringField("filtering") : null;
    }

    /** {@return the sweep table (deprecated in NWB 2.4), or null} */
    public SweepTable sweepTable() {
        return first(sub("intracellular_ephys"), "sweep_table", "SweepTable", SweepTable.class);
    }

    /** {@return the intracellular recordings table, or null} */
    public IntracellularRecordingsTable intracellularRecordings() {
        return first(sub("intracellular_ephys"), "intracellular_recordings", "IntracellularRecordingsTable",
                IntracellularRecordingsTable.class);
    }

    /** {@return the simultaneous recordings table, or null} */
    public SimultaneousRecordingsTable icephysSimultaneousRecordings() {
        return first(sub("intracellular_ephys"), "simultaneous_recordings", "SimultaneousRecordingsTable",
                SimultaneousRecordingsTable.class);
    }

    /** {@return the sequential recordings table, or null} */
    public SequentialRecordingsTable icephysSequentialRecordings() {
        return first(sub("intracellular_ephys"), "sequential_recordings", "SequentialRecordingsTable",
                SequentialRecordingsTable.class);
    }

    /** {@return the repetitions table, or null} */
    public RepetitionsTable icephysRepetitions() {
        return first(sub("intracellular_ephys"), "repetitions", "RepetitionsTable", RepetitionsTable.class);
    }

    /** {@return the experimental conditions table, or null} */
    public ExperimentalConditionsTable icephysExperimentalConditions() {
        return first(sub("intracellular_ephys"), "experimental_conditions", "ExperimentalConditionsTable",
                ExperimentalConditionsTable.class);
    }

    /** {@return the lab metadata ({@code LabMetaData} objects in {@code /general}, extensions' included) by name} */
    public Map<String, TypedObject> labMetaData() {
        return ofType(get("general"), "LabMetaData");
    }

    /** {@return every TimeIntervals table of {@code /intervals} by name (trials, epochs, invalid_times, others)} */
    public Map<String, TypedObject> timeIntervals() {
        return ofType(get("intervals"), "TimeIntervals");
    }

    /** {@return the trials table ({@code /intervals/trials}), or null} */
    public TimeIntervals trials() {
        return first(get("intervals"), "trials", null, TimeIntervals.class);
    }

    /** {@return the epochs table ({@code /intervals/epochs}), or null} */
    public TimeIntervals epochs() {
        return first(get("intervals"), "epochs", null, TimeIntervals.class);
    }

    /** {@return the invalid times table ({@code /intervals/invalid_times}), or null} */
    public TimeIntervals invalidTimes() {
        return first(get("intervals"), "invalid_times", null, TimeIntervals.class);
    }

    /** {@return the stimuli presented ({@code /stimulus/presentation}) by name, as pynwb's {@code stimulus}} */
    public Map<String, TypedObject> stimulusPresentation() {
        Object st = get("stimulus");
        return ofType(st instanceof TypedObject t ? t.get("presentation") : null, null);
    }

    /** {@return the stimulus templates ({@code /stimulus/templates}) by name, as pynwb's {@code stimulus_template}} */
    public Map<String, TypedObject> stimulusTemplate() {
        Object st = get("stimulus");
        return ofType(st instanceof TypedObject t ? t.get("templates") : null, null);
    }

    /** A field of /general (a group object or a map of members), or null. */
    private Object sub(String field) {
        return get("general") instanceof TypedObject g ? g.get(field) : null;
    }

    /** The holder's member {@code field}, else its first member of {@code type} (any name), as {@code cls}. */
    private static <T> T first(Object holder, String field, String type, Class<T> cls) {
        Object v = holder instanceof TypedObject t ? t.get(field) : holder instanceof Map<?, ?> m ? m.get(field) : null;
        if (cls.isInstance(v)) {
            return cls.cast(v);
        }
        if (type != null) {
            for (TypedObject o : ofType(holder, type).values()) {
                if (cls.isInstance(o)) {
                    return cls.cast(o);
                }
            }
        }
        return null;
    }

    /**
     * The typed members of a group object or map (directly or in its maps) that are of {@code type} (null: any), by
     * name: pynwb's flattened views of {@code /general} and {@code /intervals}.
     */
    static Map<String, TypedObject> ofType(Object holder, String type) {
        Map<String, TypedObject> out = new LinkedHashMap<>();
        java.util.Collection<?> values = holder instanceof TypedObject t ? t.fields().values()
                : holder instanceof Map<?, ?> m ? m.values() : Collections.emptyList();
        for (Object v : values) {
            if (v instanceof TypedObject o && o.neurodataType() != null && (type == null || o.isA(type))) {
                out.put(o.name(), o);
            } else if (v instanceof Map<?, ?> m) {
                for (Object x : m.values()) {
                    if (x instanceof TypedObject o && o.neurodataType() != null && (type == null || o.isA(type))) {
                        out.put(o.name(), o);
                    }
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Closes the file this was read from (no effect for a file built in memory). */
    @Override
    public void close() {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
