package org.nwbj.hdf5;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies a file and then, opened with {@link Hdf5Writer#open(Path)}, rewrites every object's header in place and
 * every chunked and contiguous dataset with its own bytes: the content must stay exactly what it was. As a command
 * ({@code ModifyTouch [--driver split] SRC DST}) it serves the conformance kit's roundtrip.sh, which has the C
 * library compare. A split pair SRC is copied to the pair DST-m.h5 + DST-r.h5 and touched there (opened with
 * {@link OpenOptions#split()}); DST is then the plain copy our writer makes of the touched pair, the one file
 * roundtrip.sh reads (modify_roundtrip.sh also has the C library read the touched pair itself); a family
 * ({@code --driver family --memb-size N PATTERN DST}) likewise, touched as the family DST.%d.h5.
 */
public final class ModifyTouch {
    private ModifyTouch() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("--driver") && args[1].equals("split")) {
            touchSplit(Paths.get(args[2]), Paths.get(args[3]));
            return;
        }
        if (args.length == 6 && args[0].equals("--driver") && args[1].equals("family")
                && args[2].equals("--memb-size")) {
            touchFamily(Paths.get(args[4]), Long.parseLong(args[3]), Paths.get(args[5]));
            return;
        }
        if (args.length != 2) {
            System.err.println("usage: ModifyTouch [--driver split | --driver family --memb-size N] SRC DST");
            System.exit(2);
        }
        touch(Paths.get(args[0]), Paths.get(args[1]));
    }

    /** Copies {@code src} to {@code dst} and rewrites everything in {@code dst}; returns the objects touched. */
    public static int touch(Path src, Path dst) throws Exception {
        Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING);
        return touchInPlace(dst, OpenOptions.defaults());
    }

    /**
     * Copies the split pair {@code src} to the pair {@code dst}, rewrites everything in it and writes the plain
     * copy {@code dst} of the result; returns the objects touched.
     */
    public static int touchSplit(Path src, Path dst) throws Exception {
        for (String m : new String[] {"-m.h5", "-r.h5"}) {
            Files.copy(Paths.get(src + m), Paths.get(dst + m), StandardCopyOption.REPLACE_EXISTING);
        }
        int n = touchInPlace(dst, OpenOptions.split());
        try (Hdf5File f = Hdf5File.open(dst, OpenOptions.split())) {
            f.copyTo(dst);
        }
        return n;
    }

    /**
     * Copies the family {@code pattern} (members of {@code memberSize} bytes) to the family {@code dst.%d.h5},
     * rewrites everything in it and writes the plain copy {@code dst} of the result; returns the objects touched.
     */
    public static int touchFamily(Path pattern, long memberSize, Path dst) throws Exception {
        String target = dst + ".%d.h5";
        for (int k = 0; ; k++) {
            Path m = Paths.get(org.nwbj.hdf5.storage.FamilyStorage.memberName(pattern.toString(), k));
            if (!Files.exists(m)) {
                break;
            }
            Files.copy(m, Paths.get(org.nwbj.hdf5.storage.FamilyStorage.memberName(target, k)),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        int n = touchInPlace(Paths.get(target), OpenOptions.family(memberSize));
        try (Hdf5File f = Hdf5File.open(Paths.get(target), OpenOptions.family(memberSize))) {
            f.copyTo(dst);
        }
        return n;
    }

    /** Rewrites everything in the file at {@code path}, opened with {@code options}. */
    static int touchInPlace(Path path, OpenOptions options) throws Exception {
        Path dst = path;
        List<String> groups = new ArrayList<>();
        Map<String, byte[]> datasets = new LinkedHashMap<>();
        try (Hdf5File f = Hdf5File.open(dst, options)) {
            walk(f.root(), "", groups, datasets, new HashSet<>());
        }
        try (Hdf5Writer w = Hdf5Writer.open(dst, options)) {
            GroupWriter root = w.root();
            root.object().rewriteHeader();
            for (String g : groups) {
                root.group(g).object().rewriteHeader();
            }
            for (Map.Entry<String, byte[]> e : datasets.entrySet()) {
                DatasetWriter d = root.dataset(e.getKey());
                d.object().rewriteHeader();
                if (e.getValue() != null) {
                    try {
                        d.writeBytes(Selection.all(d.dims()), e.getValue());
                    } catch (Hdf5UnsupportedException ignored) {
                        // compact and other layouts the writer does not write in place: header only
                    }
                }
            }
        }
        return 1 + groups.size() + datasets.size();
    }

    private static void walk(Group g, String path, List<String> groups, Map<String, byte[]> datasets,
            Set<Long> seen) {
        for (Link l : g.links()) {
            if (!(l instanceof Link.Hard)) {
                continue;
            }
            String p = path.isEmpty() ? l.name() : path + "/" + l.name();
            Node n = g.get(l.name());
            if (!seen.add(n.address())) {
                continue;
            }
            if (n instanceof Group child) {
                groups.add(p);
                walk(child, p, groups, datasets, seen);
            } else if (n instanceof Dataset d) {
                byte[] bytes = null;
                if (d.space().kind() != Dataspace.Kind.NULL) {
                    try {
                        bytes = d.readRaw();
                    } catch (Hdf5UnsupportedException ignored) {
                        // virtual datasets
                    }
                }
                datasets.put(p, bytes);
            }
        }
    }
}
