package org.nwbj.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Splits {@code FILE/PATH/IN/FILE} into the file and the object path, like h5ls does. */
final class FilePath {
    private FilePath() {
    }

    static String[] split(String target) {
        if (RemoteNames.isUrl(target)) {
            return RemoteNames.split(target);
        }
        if (Files.exists(Path.of(target)) || target.contains("%")) {
            return new String[] {target, "/"};
        }
        int cut = target.length();
        while ((cut = target.lastIndexOf('/', cut - 1)) > 0) {
            String file = target.substring(0, cut);
            if (Files.isRegularFile(Path.of(file))) {
                return new String[] {file, target.substring(cut)};
            }
        }
        return new String[] {target, "/"};
    }
}
