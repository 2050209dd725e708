package org.nwbj.cli;

/**
 * Splits {@code FILE/PATH/IN/FILE} into the file and the object path, like h5ls does; the file part may be a family
 * pattern or a split pair's NAME (see {@link FileOptions}).
 */
final class FilePath {
    private FilePath() {
    }

    static String[] split(String target) {
        if (RemoteNames.isUrl(target)) {
            return RemoteNames.split(target);
        }
        if (FileOptions.names(target) || FileOptions.isPattern(target) && !target.contains(".h5/")) {
            return new String[] {target, "/"};
        }
        int cut = target.length();
        while ((cut = target.lastIndexOf('/', cut - 1)) > 0) {
            String file = target.substring(0, cut);
            if (FileOptions.names(file)) {
                return new String[] {file, target.substring(cut)};
            }
        }
        return new String[] {target, "/"};
    }
}
