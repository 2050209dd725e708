package org.nwbj.nwb;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.nwbj.hdf5.Hdf5File;

/**
 * The root of an NWB file: session metadata and the acquired {@link TimeSeries}. A file returned by
 * {@link NwbIO#read} keeps the HDF5 file open for lazy reads of its data until {@link #close()}.
 */
public final class NWBFile implements AutoCloseable {
    private final String identifier;
    private final String sessionDescription;
    private final OffsetDateTime sessionStartTime;
    private OffsetDateTime timestampsReferenceTime;
    private final List<OffsetDateTime> fileCreateDate = new ArrayList<>();
    private final Map<String, TimeSeries> acquisition = new LinkedHashMap<>();
    private String objectId = UUID.randomUUID().toString();
    private Hdf5File source;

    /**
     * A new session; the timestamps reference time defaults to the session start and the creation date to now.
     *
     * @param identifier a unique identifier of this file
     * @param sessionDescription what happened in the session
     * @param sessionStartTime when the session started, with its time zone offset
     */
    public NWBFile(String identifier, String sessionDescription, OffsetDateTime sessionStartTime) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.sessionDescription = Objects.requireNonNull(sessionDescription, "sessionDescription");
        this.sessionStartTime = Objects.requireNonNull(sessionStartTime, "sessionStartTime");
        this.timestampsReferenceTime = sessionStartTime;
        this.fileCreateDate.add(OffsetDateTime.now());
    }

    /** {@return the unique identifier of the file} */
    public String identifier() {
        return identifier;
    }

    /** {@return the session's description} */
    public String sessionDescription() {
        return sessionDescription;
    }

    /** {@return when the session started} */
    public OffsetDateTime sessionStartTime() {
        return sessionStartTime;
    }

    /** {@return time zero of all timestamps in the file} */
    public OffsetDateTime timestampsReferenceTime() {
        return timestampsReferenceTime;
    }

    /**
     * When the file was created, then when it was modified.
     *
     * @return the dates, the creation first
     */
    public List<OffsetDateTime> fileCreateDate() {
        return Collections.unmodifiableList(fileCreateDate);
    }

    /** {@return the UUID4 identifying the root container} */
    public String objectId() {
        return objectId;
    }

    /** {@return the acquired series by name, in the order added (read files: sorted by name)} */
    public Map<String, TimeSeries> acquisition() {
        return Collections.unmodifiableMap(acquisition);
    }

    /**
     * {@return the acquired series with this name; throws NwbException when there is none}
     *
     * @param name the series' name
     */
    public TimeSeries acquisition(String name) {
        TimeSeries ts = acquisition.get(name);
        if (ts == null) {
            throw new NwbException("no acquisition named " + name + " (have " + acquisition.keySet() + ")");
        }
        return ts;
    }

    /**
     * Sets time zero of the timestamps (the session start by default).
     *
     * @param t the reference time
     * @return this file
     */
    public NWBFile setTimestampsReferenceTime(OffsetDateTime t) {
        this.timestampsReferenceTime = Objects.requireNonNull(t, "timestampsReferenceTime");
        return this;
    }

    /**
     * Replaces the creation and modification dates (at least one).
     *
     * @param dates the dates, the creation first
     * @return this file
     */
    public NWBFile setFileCreateDate(List<OffsetDateTime> dates) {
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("file_create_date needs at least one date");
        }
        fileCreateDate.clear();
        fileCreateDate.addAll(dates);
        return this;
    }

    /**
     * Adds an acquired series; names are unique within acquisition.
     *
     * @param ts the series
     * @return this file
     */
    public NWBFile addAcquisition(TimeSeries ts) {
        if (acquisition.containsKey(ts.name())) {
            throw new IllegalArgumentException("acquisition already has " + ts.name());
        }
        acquisition.put(ts.name(), ts);
        return this;
    }

    /**
     * {@return a shallow copy, like pynwb's {@code NWBFile.copy()}: the same session metadata and the same containers,
     * so that writing it gives a new file linking to every container of this one (read from a file) instead of copying
     * them} The copy has its own object id; closing it does not close this file.
     */
    public NWBFile copy() {
        NWBFile c = new NWBFile(identifier, sessionDescription, sessionStartTime);
        c.setTimestampsReferenceTime(timestampsReferenceTime);
        c.setFileCreateDate(fileCreateDate);
        for (TimeSeries ts : acquisition.values()) {
            c.addAcquisition(ts);
        }
        copyTypedInto(c); // devices, processing, analysis, stimulus, ...: the same containers too
        general.copyInto(c.general);
        return c;
    }

    /** Closes the file this was read from (no effect for a file built in memory). */
    @Override
    public void close() {
        typed = null;
        if (source != null) {
            source.close();
            source = null;
        }
    }

    private GeneralMetadata general = GeneralMetadata.empty();
    private org.nwbj.nwb.types.NWBFile typed;

    /** {@return the people who did the experiment (/general/experimenter), empty when not given} */
    public List<String> experimenter() {
        return general.list("experimenter");
    }

    /** {@return keywords of the session (/general/keywords)} */
    public List<String> keywords() {
        return general.list("keywords");
    }

    /** {@return publications about the data (/general/related_publications)} */
    public List<String> relatedPublications() {
        return general.list("related_publications");
    }

    /** {@return the lab, or null} */
    public String lab() {
        return general.text("lab");
    }

    /** {@return the institution, or null} */
    public String institution() {
        return general.text("institution");
    }

    /** {@return the protocol, or null} */
    public String protocol() {
        return general.text("protocol");
    }

    /** {@return the session id, or null} */
    public String sessionId() {
        return general.text("session_id");
    }

    /** {@return the experiment's description, or null} */
    public String experimentDescription() {
        return general.text("experiment_description");
    }

    /** {@return the notes, or null} */
    public String notes() {
        return general.text("notes");
    }

    /**
     * {@return any text field of /general by pynwb's name (data_collection, pharmacology, slices, source_script,
     * stimulus, surgery, virus, and those with getters above), or null}
     *
     * @param field the field's name in pynwb
     */
    public String generalText(String field) {
        return general.text(field);
    }

    /**
     * Sets the experimenters.
     *
     * @param names the experimenters' names
     * @return this file
     */
    public NWBFile setExperimenter(String... names) {
        general.set("experimenter", names);
        return this;
    }

    /**
     * Sets the keywords.
     *
     * @param keywords the keywords
     * @return this file
     */
    public NWBFile setKeywords(String... keywords) {
        general.set("keywords", keywords);
        return this;
    }

    /**
     * Sets the related publications.
     *
     * @param publications the publications, such as DOIs
     * @return this file
     */
    public NWBFile setRelatedPublications(String... publications) {
        general.set("related_publications", publications);
        return this;
    }

    /**
     * Sets the lab.
     *
     * @param lab the lab's name
     * @return this file
     */
    public NWBFile setLab(String lab) {
        general.set("lab", lab);
        return this;
    }

    /**
     * Sets the institution.
     *
     * @param institution the institution's name
     * @return this file
     */
    public NWBFile setInstitution(String institution) {
        general.set("institution", institution);
        return this;
    }

    /**
     * Sets the protocol.
     *
     * @param protocol the protocol, such as an approval id
     * @return this file
     */
    public NWBFile setProtocol(String protocol) {
        general.set("protocol", protocol);
        return this;
    }

    /**
     * Sets the session id.
     *
     * @param id the session id
     * @return this file
     */
    public NWBFile setSessionId(String id) {
        general.set("session_id", id);
        return this;
    }

    /**
     * Sets the experiment's description.
     *
     * @param description the description
     * @return this file
     */
    public NWBFile setExperimentDescription(String description) {
        general.set("experiment_description", description);
        return this;
    }

    /**
     * Sets the notes.
     *
     * @param notes the notes
     * @return this file
     */
    public NWBFile setNotes(String notes) {
        general.set("notes", notes);
        return this;
    }

    /**
     * Sets any text field of /general by pynwb's name (see {@link #generalText}); null removes it.
     *
     * @param field the field's name in pynwb
     * @param value the text, or null
     * @return this file
     */
    public NWBFile setGeneralText(String field, String value) {
        general.set(field, value);
        return this;
    }

    GeneralMetadata general() {
        return general;
    }

    /**
     * For a file read by {@link NwbIO#read}: the whole file as the schema's typed classes ({@link
     * org.nwbj.nwb.types.TypedIO}), every core and hdmf-common type as its class and nothing left out; null for a
     * file built in memory. Read once, over the same open file.
     *
     * @return the typed root
     */
    public org.nwbj.nwb.types.NWBFile typed() {
        if (typed == null && source != null) {
            typed = org.nwbj.nwb.types.TypedIO.view(source);
        }
        return typed;
    }

    /** {@return the units table (/units) as typed class (spike times by unit), or null when the file has none} */
    public org.nwbj.nwb.types.Units units() {
        org.nwbj.nwb.types.NWBFile t = typed();
        return t == null ? null : t.units();
    }

    // general, processing, analysis, stimulus, intervals, scratch: written by TypedWriter
    private final Map<String, Device> devices = new LinkedHashMap<>();
    private final Map<String, ElectrodeGroup> electrodeGroups = new LinkedHashMap<>();
    private DynamicTable electrodes;
    private Subject subject;
    private final Map<String, ProcessingModule> processing = new LinkedHashMap<>();
    private final Map<String, Object> analysis = new LinkedHashMap<>();
    private final Map<String, TimeSeries> stimulus = new LinkedHashMap<>();
    private final Map<String, TimeSeries> stimulusTemplates = new LinkedHashMap<>();
    private final Map<String, TimeIntervals> intervals = new LinkedHashMap<>();
    private final Map<String, Object> scratch = new LinkedHashMap<>();

    /** {@return the devices under /general/devices, by name} */
    public Map<String, Device> devices() {
        return Collections.unmodifiableMap(devices);
    }

    /** {@return the electrode groups under /general/extracellular_ephys, by name} */
    public Map<String, ElectrodeGroup> electrodeGroups() {
        return Collections.unmodifiableMap(electrodeGroups);
    }

    /** {@return the electrodes table (/general/extracellular_ephys/electrodes), or null} */
    public DynamicTable electrodes() {
        return electrodes;
    }

    /** {@return the subject (/general/subject), or null} */
    public Subject subject() {
        return subject;
    }

    /** {@return the processing modules under /processing, by name} */
    public Map<String, ProcessingModule> processing() {
        return Collections.unmodifiableMap(processing);
    }

    /** {@return the results under /analysis ({@link TimeSeries} and {@link DynamicTable}s), by name} */
    public Map<String, Object> analysis() {
        return Collections.unmodifiableMap(analysis);
    }

    /** {@return the stimuli presented (/stimulus/presentation), by name} */
    public Map<String, TimeSeries> stimulus() {
        return Collections.unmodifiableMap(stimulus);
    }

    /** {@return the stimulus templates (/stimulus/templates), by name} */
    public Map<String, TimeSeries> stimulusTemplates() {
        return Collections.unmodifiableMap(stimulusTemplates);
    }

    /** {@return the interval tables under /intervals (trials, epochs, invalid_times, ...), by name} */
    public Map<String, TimeIntervals> intervals() {
        return Collections.unmodifiableMap(intervals);
    }

    /** {@return scratch data (/scratch), not part of the experiment's record, by name} */
    public Map<String, Object> scratch() {
        return Collections.unmodifiableMap(scratch);
    }

    /**
     * Adds a device; names are unique among devices.
     *
     * @param d the device
     * @return this file
     */
    public NWBFile addDevice(Device d) {
        return put(devices, d.name(), d, "devices");
    }

    /**
     * Adds an electrode group; its device must be added too.
     *
     * @param g the electrode group
     * @return this file
     */
    public NWBFile addElectrodeGroup(ElectrodeGroup g) {
        return put(electrodeGroups, g.name(), g, "extracellular_ephys");
    }

    /**
     * Sets the electrodes table (see {@link DynamicTable#electrodes}); it must be named "electrodes".
     *
     * @param table the electrodes table
     * @return this file
     */
    public NWBFile setElectrodes(DynamicTable table) {
        if (!"electrodes".equals(table.name())) {
            throw new IllegalArgumentException("the electrodes table must be named electrodes, not " + table.name());
        }
        this.electrodes = table;
        return this;
    }

    /**
     * Sets the subject.
     *
     * @param s the subject
     * @return this file
     */
    public NWBFile setSubject(Subject s) {
        this.subject = Objects.requireNonNull(s, "subject");
        return this;
    }

    /**
     * Adds a processing module; names are unique among modules.
     *
     * @param m the module
     * @return this file
     */
    public NWBFile addProcessingModule(ProcessingModule m) {
        return put(processing, m.name(), m, "processing");
    }

    /**
     * Adds a series to /analysis.
     *
     * @param ts the series
     * @return this file
     */
    public NWBFile addAnalysis(TimeSeries ts) {
        return put(analysis, ts.name(), ts, "analysis");
    }

    /**
     * Adds a table to /analysis.
     *
     * @param t the table
     * @return this file
     */
    public NWBFile addAnalysis(DynamicTable t) {
        return put(analysis, t.name(), t, "analysis");
    }

    /**
     * Adds a stimulus series to /stimulus/presentation.
     *
     * @param ts the series
     * @return this file
     */
    public NWBFile addStimulus(TimeSeries ts) {
        return put(stimulus, ts.name(), ts, "stimulus/presentation");
    }

    /**
     * Adds a stimulus template to /stimulus/templates.
     *
     * @param ts the series
     * @return this file
     */
    public NWBFile addStimulusTemplate(TimeSeries ts) {
        return put(stimulusTemplates, ts.name(), ts, "stimulus/templates");
    }

    /**
     * Adds an interval table; "trials", "epochs" and "invalid_times" are the names NWB gives meaning to.
     *
     * @param t the table
     * @return this file
     */
    public NWBFile addIntervals(TimeIntervals t) {
        return put(intervals, t.name(), t, "intervals");
    }

    /**
     * Adds a series to /scratch.
     *
     * @param ts the series
     * @return this file
     */
    public NWBFile addScratch(TimeSeries ts) {
        return put(scratch, ts.name(), ts, "scratch");
    }

    /**
     * Adds a table to /scratch.
     *
     * @param t the table
     * @return this file
     */
    public NWBFile addScratch(DynamicTable t) {
        return put(scratch, t.name(), t, "scratch");
    }

    /** Puts this file's containers beyond acquisition into {@code c} (for a shallow copy of the whole file). */
    void copyTypedInto(NWBFile c) {
        c.devices.putAll(devices);
        c.electrodeGroups.putAll(electrodeGroups);
        c.electrodes = electrodes;
        c.subject = subject;
        c.processing.putAll(processing);
        c.analysis.putAll(analysis);
        c.stimulus.putAll(stimulus);
        c.stimulusTemplates.putAll(stimulusTemplates);
        c.intervals.putAll(intervals);
        c.scratch.putAll(scratch);
    }

    /** Swaps a series read as TimeSeries for its typed class (same name). */
    void replaceAcquisition(TimeSeries typed) {
        acquisition.put(typed.name(), typed);
    }

    private <T> NWBFile put(Map<String, T> map, String name, T value, String where) {
        if (map.containsKey(name)) {
            throw new IllegalArgumentException(where + " already has " + name);
        }
        map.put(name, value);
        return this;
    }

    /**
     * For a file read by {@link NwbIO#read}: all of it as generic containers (types beyond the typed classes,
     * extension types, links), over the same open file; null for a file built in memory.
     *
     * @return the root container
     */
    public NwbContainer contents() {
        return source == null ? null : new NwbContainer("/", "/", null, source.root(), new NwbSource(source), false);
    }

    void readFrom(Hdf5File file, String id) {
        this.source = file;
        this.general = GeneralMetadata.read(file.root());
        this.objectId = id;
    }
}
