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

    public String identifier() {
        return identifier;
    }

    public String sessionDescription() {
        return sessionDescription;
    }

    public OffsetDateTime sessionStartTime() {
        return sessionStartTime;
    }

    /** Time zero of all timestamps in the file. */
    public OffsetDateTime timestampsReferenceTime() {
        return timestampsReferenceTime;
    }

    /** When the file was created, then when it was modified. */
    public List<OffsetDateTime> fileCreateDate() {
        return Collections.unmodifiableList(fileCreateDate);
    }

    /** The UUID4 identifying the root container. */
    public String objectId() {
        return objectId;
    }

    /** The acquired series by name, in the order added (read files: sorted by name). */
    public Map<String, TimeSeries> acquisition() {
        return Collections.unmodifiableMap(acquisition);
    }

    /** The acquired series with this name; throws NwbException when there is none. */
    public TimeSeries acquisition(String name) {
        TimeSeries ts = acquisition.get(name);
        if (ts == null) {
            throw new NwbException("no acquisition named " + name + " (have " + acquisition.keySet() + ")");
        }
        return ts;
    }

    public NWBFile setTimestampsReferenceTime(OffsetDateTime t) {
        this.timestampsReferenceTime = Objects.requireNonNull(t, "timestampsReferenceTime");
        return this;
    }

    /** Replaces the creation and modification dates (at least one). */
    public NWBFile setFileCreateDate(List<OffsetDateTime> dates) {
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("file_create_date needs at least one date");
        }
        fileCreateDate.clear();
        fileCreateDate.addAll(dates);
        return this;
    }

    /** Adds an acquired series; names are unique within acquisition. */
    public NWBFile addAcquisition(TimeSeries ts) {
        if (acquisition.containsKey(ts.name())) {
            throw new IllegalArgumentException("acquisition already has " + ts.name());
        }
        acquisition.put(ts.name(), ts);
        return this;
    }

    /**
     * A shallow copy, like pynwb's {@code NWBFile.copy()}: the same session metadata and the same containers, so
     * that writing it gives a new file linking to every container of this one (read from a file) instead of
     * copying them. The copy has its own object id; closing it does not close this file.
     */
    public NWBFile copy() {
        NWBFile c = new NWBFile(identifier, sessionDescription, sessionStartTime);
        c.setTimestampsReferenceTime(timestampsReferenceTime);
        c.setFileCreateDate(fileCreateDate);
        for (TimeSeries ts : acquisition.values()) {
            c.addAcquisition(ts);
        }
        return c;
    }

    /** Closes the file this was read from (no effect for a file built in memory). */
    @Override
    public void close() {
        if (source != null) {
            source.close();
            source = null;
        }
    }

    void readFrom(Hdf5File file, String id) {
        this.source = file;
        this.objectId = id;
    }
}
