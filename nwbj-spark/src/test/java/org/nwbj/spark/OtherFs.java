package org.nwbj.spark;

import java.net.URI;

import org.apache.hadoop.fs.RawLocalFileSystem;

/** The local disk under the scheme "nwbjtest:", so that reads go through Hadoop's FileSystem API. */
public final class OtherFs extends RawLocalFileSystem {
    @Override
    public URI getUri() {
        return URI.create("nwbjtest:///");
    }

    @Override
    public String getScheme() {
        return "nwbjtest";
    }
}
