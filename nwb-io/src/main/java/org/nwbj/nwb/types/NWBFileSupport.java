package org.nwbj.nwb.types;

import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.Hdf5File;
import org.nwbj.nwb.ArrayData;

/**
 * What {@link NWBFile} adds to its generated fields: the session metadata of {@code /general} (experimenter, lab,
 * institution, ...) as pynwb puts it on the file, and closing the file it was read from.
 */
public abstract class NWBFileSupport extends NWBContainer implements AutoCloseable {
    Hdf5File source;

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

    /** {@return a text field of /general (lab, institution, protocol, session_id, notes, ...), or null} */
    public String generalText(String field) {
        return get("general") instanceof TypedObject g ? g.stringField(field) : null;
    }

    /** {@return a text list of /general (experimenter, keywords, related_publications), empty when absent} */
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

    /** Sets a field of /general: a String, or a String[] for experimenter, keywords, related_publications. */
    public NWBFileSupport setGeneral(String field, Object value) {
        general().set(field, value);
        return this;
    }

    public List<String> experimenter() {
        return generalList("experimenter");
    }

    public List<String> keywords() {
        return generalList("keywords");
    }

    public List<String> relatedPublications() {
        return generalList("related_publications");
    }

    public String lab() {
        return generalText("lab");
    }

    public String institution() {
        return generalText("institution");
    }

    public String protocol() {
        return generalText("protocol");
    }

    public String sessionId() {
        return generalText("session_id");
    }

    public String experimentDescription() {
        return generalText("experiment_description");
    }

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

    /** Closes the file this was read from (no effect for a file built in memory). */
    @Override
    public void close() {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
