package org.nwbj.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.spark.sql.SparkSession;

/** The options of a read or write, keys case-insensitive, with the session's defaults filled in on the driver. */
public final class Options implements Serializable {
    private static final long serialVersionUID = 1L;
    private final HashMap<String, String> map = new HashMap<>();

    private Options(Map<String, String> options) {
        for (Map.Entry<String, String> e : options.entrySet()) {
            map.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        }
    }

    public static Options of(Map<String, String> options) {
        return new Options(options);
    }

    public String get(String key) {
        return map.get(key.toLowerCase(Locale.ROOT));
    }

    public String get(String key, String dflt) {
        String v = get(key);
        return v == null ? dflt : v;
    }

    public boolean flag(String key, boolean dflt) {
        String v = get(key);
        return v == null ? dflt : Boolean.parseBoolean(v.trim());
    }

    public long number(String key, long dflt) {
        String v = get(key);
        if (v == null) {
            return dflt;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + key + " must be a whole number, got '" + v + "'", e);
        }
    }

    /** The paths given to load(...): "path" for one, "paths" (a JSON array) for several. */
    public List<String> paths() {
        List<String> out = new ArrayList<>();
        String one = get("path");
        if (one != null) {
            out.add(one);
        }
        String many = get("paths");
        if (many != null) {
            try {
                for (String p : new ObjectMapper().readValue(many, String[].class)) {
                    out.add(p);
                }
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("option paths is not a JSON array of strings: " + many, e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no input: give load(path, ...) or .option(\"path\", ...)");
        }
        return out;
    }

    /** The option, else the session's SQL conf (spark.sql.files.*), else the default. */
    public String orSessionConf(String key, String conf, String dflt) {
        String v = get(key);
        if (v != null) {
            return v;
        }
        return SparkSession.getActiveSession().isDefined()
                ? SparkSession.active().conf().get(conf, dflt) : dflt;
    }

    public boolean ignoreCorruptFiles() {
        return Boolean.parseBoolean(orSessionConf("ignoreCorruptFiles", "spark.sql.files.ignoreCorruptFiles",
                "false").trim());
    }
}
