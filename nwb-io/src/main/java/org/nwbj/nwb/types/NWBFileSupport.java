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

    /** Closes the file this was read from (no effect for a file built in memory). */
    @Override
    public void close() {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
