package org.nwbj.nwb.schema;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nwbj.nwb.schema.internal.Lists;

/**
 * nwbj's own copy of the NWB core 2.7.0, hdmf-common 1.8.0 and hdmf-experimental 0.5.0 namespaces: the structure
 * of the official release with descriptions in nwbj's own words.
 */
public final class CoreSchemas {
    /** The version of the NWB core schema nwbj bundles. */
    public static final String CORE_VERSION = "2.7.0";
    /** The version of the hdmf-common schema nwbj bundles. */
    public static final String HDMF_COMMON_VERSION = "1.8.0";

    private static final String BASE = "/org/nwbj/nwb/schema/";
    private static volatile List<Namespace> cached;

    private CoreSchemas() {
    }

    /** {@return the namespaces {@code hdmf-common}, {@code hdmf-experimental} and {@code core}, in that order} */
    public static List<Namespace> load() {
        List<Namespace> c = cached;
        if (c == null) {
            List<Namespace> all = new ArrayList<>();
            all.addAll(loadDir("hdmf-common", "namespace.yaml"));
            all.addAll(loadDir("core", "nwb.namespace.yaml"));
            c = Lists.copy(all);
            cached = c;
        }
        return c;
    }

    /** {@return a catalog of {@link #load()}} */
    public static SpecCatalog catalog() {
        return SpecCatalog.of(load());
    }

    private static List<Namespace> loadDir(String dir, String namespaceFile) {
        String ns = read(BASE + dir + "/" + namespaceFile);
        if (ns == null) {
            throw new SpecException("missing resource " + BASE + dir + "/" + namespaceFile);
        }
        return SpecLoader.loadYaml(ns, dir + "/" + namespaceFile, f -> read(BASE + dir + "/" + f));
    }

    private static String read(String resource) {
        try (InputStream in = CoreSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
            }
            return new String(out.toByteArray(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpecException("cannot read resource " + resource + ": " + e.getMessage(), e);
        }
    }
}
