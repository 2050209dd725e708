package org.nwbj.nwb;

import java.nio.file.Path;

/** Where an object lives: the file holding it and its path in that file, after following links. */
record Location(Path file, String path) {
    Location child(String name) {
        return new Location(file, path.endsWith("/") ? path + name : path + "/" + name);
    }

    boolean isIn(Path other) {
        return file.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize());
    }
}
