package org.nwbj.hdf5.links;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5IoException;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.hdf5.storage.FamilyStorage;

/**
 * Finding HDF5 files in directories and opening each with the right driver: a family (a {@code %d} pattern whose
 * member 0 exists) with the family driver, a split pair ({@code NAME-m.h5} + {@code NAME-r.h5}, named by
 * {@code NAME}) with the split driver, anything else as a single file.
 */
public final class LinkFiles {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
    /** Member 0 of a family as h5py and nwbj name them: {@code name_0.h5}, {@code name0.nwb}. */
    private static final Pattern MEMBER_ZERO = Pattern.compile("(.*?)0(\\.[^.]*)?");
    private static final Pattern MEMBER = Pattern.compile("(.*?)(\\d+)(\\.[^.]*)?");

    private LinkFiles() {
    }

    /**
     * The HDF5 files among {@code paths}: files as given (a family as its {@code %d} pattern), directories
     * searched recursively for {@code *.h5}, {@code *.nwb}, {@code *.hdf5} and any file starting with the HDF5
     * signature (at 0, 512, 1024, ... as a user block allows). Members of a family (member 0's superblock names the
     * family driver) are listed once, as the pattern. Sorted within each directory; symbolic links not followed.
     *
     * @param paths files, family patterns, split base names or directories
     * @return the HDF5 files found, each family or split pair once
     */
    public static List<Path> find(List<Path> paths) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(found::add);
                } catch (IOException e) {
                    throw new Hdf5IoException("cannot list " + p, e);
                }
                Set<Path> members = new java.util.HashSet<>();
                for (Path f : found) {
                    Path pattern = familyOf(f);
                    if (pattern != null) {
                        out.add(pattern);
                        addMembers(pattern, members);
                    }
                    Path base = splitOf(f);
                    if (base != null) {
                        out.add(base);
                        members.addAll(members(base));
                    }
                }
                for (Path f : found) {
                    if (!members.contains(f) && looksLikeHdf5(f)) {
                        out.add(f);
                    }
                }
            } else {
                Path base = splitOf(p);
                out.add(base != null ? base : p);
            }
        }
        return new ArrayList<>(out);
    }

    private static void addMembers(Path pattern, Set<Path> members) {
        for (int k = 0; ; k++) {
            Path m = Paths.get(FamilyStorage.memberName(pattern.toString(), k));
            if (!Files.isRegularFile(m)) {
                return;
            }
            members.add(m);
        }
    }

    /**
     * The {@code %d} pattern of the family whose member 0 is {@code file} (its superblock carries the family
     * driver's block), else null.
     */
    static Path familyOf(Path file) {
        Matcher m = MEMBER_ZERO.matcher(file.getFileName().toString());
        if (!m.matches() || !head(file, 4096).contains("NCSAfami")) {
            return null;
        }
        String ext = m.group(2) == null ? "" : m.group(2);
        return file.resolveSibling(m.group(1).replace("%", "%%") + "%d" + ext);
    }

    /**
     * The base name of the split pair whose metadata member is {@code file} ({@code NAME-m.h5} naming the multi
     * driver, with {@code NAME-r.h5} beside it), else null.
     */
    static Path splitOf(Path file) {
        String n = file.getFileName().toString();
        if (!n.endsWith("-m.h5") || !Files.isRegularFile(file)) {
            return null;
        }
        Path base = file.resolveSibling(n.substring(0, n.length() - "-m.h5".length()));
        return isSplit(base) && head(file, 4096).contains("NCSAmult") ? base : null;
    }

    /**
     * True when {@code path} names a split pair: no such file, but {@code path-m.h5} and {@code path-r.h5}.
     *
     * @param path a base name, as {@code data} for {@code data-m.h5} and {@code data-r.h5}
     * @return whether both halves exist and {@code path} itself does not
     */
    public static boolean isSplit(Path path) {
        return !Files.exists(path) && Files.isRegularFile(member(path, "m")) && Files.isRegularFile(member(path, "r"));
    }

    private static Path member(Path base, String which) {
        return base.resolveSibling(base.getFileName() + "-" + which + ".h5");
    }

    /** True for a family member other than member 0 whose member 0 names the family driver. */
    static boolean isLaterMember(Path file) {
        Matcher m = MEMBER.matcher(file.getFileName().toString());
        if (!m.matches() || m.group(2).equals("0")) {
            return false;
        }
        Path zero = file.resolveSibling(m.group(1) + "0" + (m.group(3) == null ? "" : m.group(3)));
        return Files.isRegularFile(zero) && familyOf(zero) != null;
    }

    /**
     * True when a file starts with the HDF5 signature, at 0 or after a user block of 512, 1024, ... bytes.
     *
     * @param file the file to look at
     * @return whether the HDF5 signature is found
     */
    public static boolean looksLikeHdf5(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (isLaterMember(file)) {
            return false;
        }
        if (name.endsWith(".h5") || name.endsWith(".nwb") || name.endsWith(".hdf5")) {
            return true;
        }
        try (var ch = Files.newByteChannel(file)) {
            long size = ch.size();
            byte[] sig = new byte[8];
            for (long at = 0; at + 8 <= size; at = at == 0 ? 512 : at * 2) {
                ch.position(at);
                java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(sig);
                while (b.hasRemaining() && ch.read(b) > 0) {
                    // fill
                }
                if (java.util.Arrays.equals(sig, SIGNATURE)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static String head(Path file, int n) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = new byte[n];
            int got = 0;
            for (int r; got < n && (r = in.read(b, got, n - got)) > 0; ) {
                got += r;
            }
            return new String(b, 0, got, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * True when {@code path} names a family: a {@code %d} pattern whose member 0 exists.
     *
     * @param path a file name, possibly holding {@code %d}
     * @return whether it is a family pattern with a member 0
     */
    public static boolean isFamily(Path path) {
        return FamilyStorage.exists(path);
    }

    /**
     * Opens a file or family for reading with {@code options}' link policy, limits and prefix.
     *
     * @param path a file, family pattern or split base name
     * @param options the options to open with
     * @return the open file
     */
    public static Hdf5File open(Path path, OpenOptions options) {
        if (isFamily(path) || isSplit(path)) {
            OpenOptions.Driver d = isSplit(path) ? OpenOptions.Driver.SPLIT : OpenOptions.Driver.FAMILY;
            return Hdf5File.open(path, new OpenOptions(d, 0, options.externalLinkPrefix(), options.limits(),
                    options.linkPolicy(), options.fileLocking()).withVirtualView(options.virtualView())
                    .withVirtualPrintfGap(options.virtualPrintfGap()));
        }
        return Hdf5File.open(path, options);
    }

    /**
     * Opens a file or family for modification (see {@link Hdf5Writer#open(Path)}).
     *
     * @param path a file, family pattern or split base name
     * @return a writer modifying it in place
     */
    public static Hdf5Writer openForWriting(Path path) {
        return isFamily(path) ? Hdf5Writer.open(path, OpenOptions.family(0))
                : isSplit(path) ? Hdf5Writer.open(path, OpenOptions.split()) : Hdf5Writer.open(path);
    }

    /**
     * The files of a file, family or split pair on disk: the file itself, or every member.
     *
     * @param path a file, family pattern or split base name
     * @return the files on disk that hold it
     */
    public static List<Path> members(Path path) {
        if (isSplit(path)) {
            List<Path> m = new ArrayList<>();
            m.add(member(path, "m"));
            m.add(member(path, "r"));
            return m;
        }
        if (!isFamily(path)) {
            return java.util.Collections.singletonList(path);
        }
        Set<Path> m = new LinkedHashSet<>();
        addMembers(path, m);
        return new ArrayList<>(m);
    }
}
