package org.nwbj.cli;

import java.net.URI;

import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.OpenOptions;

/** File arguments that are URLs ({@code http://}, {@code https://}, {@code s3://}): read through hdf5-remote. */
final class RemoteNames {
    private RemoteNames() {
    }

    static boolean isUrl(String name) {
        return name.matches("(?i)(https?|s3)://.*");
    }

    /** The URI of a URL argument; a family pattern's {@code %d} is kept as {@code %25d}. */
    static URI uri(String url) {
        return URI.create(url.replaceAll("%(?=0?\\d*d)", "%25").replace(" ", "%20"));
    }

    /** Opens a URL argument with these options. */
    static Hdf5File open(String url, OpenOptions options) {
        return Hdf5File.open(uri(url), options);
    }

    /**
     * Splits {@code URL/PATH/IN/FILE} after the last {@code .h5}, {@code .nwb}, {@code .hdf5} or {@code .he5}
     * that a {@code /} follows (the object path); the whole URL otherwise.
     */
    static String[] split(String url) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\.(h5|nwb|hdf5|he5|hdf)(?=/)").matcher(url);
        int cut = -1;
        while (m.find()) {
            cut = m.end();
        }
        return cut < 0 ? new String[] {url, "/"} : new String[] {url.substring(0, cut), url.substring(cut)};
    }
}
