package org.nwbj.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.Selection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nwbj dump --json FILE}: the canonical h5json/1 content dump; {@code nwbj dump -d PATH [-s START -c COUNT
 * -S STRIDE -k BLOCK] [--json] FILE}: one dataset or a hyperslab of it, with h5dump's options.
 */
@Command(name = "dump", description = "Dump a file's content as h5json/1 (FILE alone, or with --json), or one "
        + "dataset or a hyperslab of it (-d PATH with h5dump's -s/-c/-S/-k, or -d 'PATH[START;STRIDE;COUNT;BLOCK]'), "
        + "as text or with --json as JSON. NaN and infinities are the JSON strings \"NaN\", \"Infinity\", "
        + "\"-Infinity\".")
final class DumpCommand implements Callable<Integer> {
    private static final Pattern BRACKETS = Pattern.compile("^(.*)\\[([^\\]]*)\\]$");

    @Mixin
    CommonOptions common;

    @Mixin
    FileOptions fileOptions;

    @Option(names = "--json", description = "print JSON: the h5json/1 dump of the file, or the dataset of -d")
    boolean json;

    @Option(names = {"-d", "--dataset"}, paramLabel = "PATH", description = "dump only this dataset")
    String dataset;

    @Option(names = {"-s", "--start"}, paramLabel = "START", description = "first element of the hyperslab, one "
            + "comma-separated value per dimension (default: 0,0,...)")
    String start;

    @Option(names = {"-c", "--count"}, paramLabel = "COUNT", description = "number of blocks per dimension "
            + "(default: as many as fit)")
    String count;

    @Option(names = {"-S", "--stride"}, paramLabel = "STRIDE", description = "elements between block starts per "
            + "dimension (default: 1,1,...)")
    String stride;

    @Option(names = {"-k", "--block"}, paramLabel = "BLOCK", description = "block size per dimension "
            + "(default: 1,1,...)")
    String block;

    @Parameters(paramLabel = "FILE")
    String file;

    @Override
    public Integer call() throws Exception {
        String path = dataset;
        String[] bracket = null;
        if (path != null) {
            Matcher m = BRACKETS.matcher(path);
            if (m.matches()) {
                path = m.group(1);
                bracket = m.group(2).split(";", -1);
            }
        } else if (start != null || count != null || stride != null || block != null) {
            throw new UserErrors.UserError("-s, -c, -S and -k select within a dataset: give it with -d PATH");
        }
        try (Hdf5File f = fileOptions.open(file); Progress progress = common.progress()) {
            Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            if (path == null) {
                new JsonDump(f, w).write(progress);
            } else {
                Node n = f.get(path);
                if (!(n instanceof Dataset d)) {
                    throw new UserErrors.UserError(path + " is not a dataset in " + file);
                }
                Selection sel = selection(d, bracket);
                DatasetDump dd = new DatasetDump(f, w, progress);
                if (json) {
                    dd.json(d, sel);
                } else {
                    dd.text(d, sel);
                }
            }
            w.flush();
        }
        return 0;
    }

    /** The hyperslab the options select, or null for the whole dataset. */
    private Selection selection(Dataset d, String[] bracket) {
        String s = start;
        String st = stride;
        String c = count;
        String b = block;
        if (bracket != null) {
            s = part(bracket, 0);
            st = part(bracket, 1);
            c = part(bracket, 2);
            b = part(bracket, 3);
        }
        if (s == null && st == null && c == null && b == null) {
            return null;
        }
        Dataspace space = d.space();
        if (space.kind() != Dataspace.Kind.SIMPLE) {
            throw new UserErrors.UserError(d.path() + " is " + space.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + ": it has no elements to select");
        }
        long[] dims = space.dims();
        long[] startV = values("start (-s)", s, dims.length, 0, d.path());
        long[] strideV = values("stride (-S)", st, dims.length, 1, d.path());
        long[] blockV = values("block (-k)", b, dims.length, 1, d.path());
        long[] countV = values("count (-c)", c, dims.length, -1, d.path());
        for (int i = 0; i < dims.length; i++) {
            if (countV[i] == -1) { // as many blocks as fit from start
                long room = dims[i] - startV[i] - blockV[i];
                countV[i] = room < 0 ? 0 : room / strideV[i] + 1;
            }
        }
        Selection sel;
        try {
            sel = new Selection(startV, strideV, countV, blockV);
            sel.checkWithin(dims);
        } catch (RuntimeException e) {
            throw new UserErrors.UserError("selection outside " + d.path() + " " + TypeNames.shape(space) + ": "
                    + e.getMessage());
        }
        return sel;
    }

    private static String part(String[] parts, int i) {
        return i < parts.length && !parts[i].isBlank() ? parts[i] : null;
    }

    /** Comma-separated non-negative values, one per dimension ({@code fill} for each when absent). */
    private static long[] values(String what, String text, int rank, long fill, String path) {
        long[] v = new long[rank];
        if (text == null) {
            java.util.Arrays.fill(v, fill);
            return v;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != rank) {
            throw new UserErrors.UserError(what + " has " + parts.length + " value(s), " + path + " has " + rank
                    + " dimension(s)");
        }
        for (int i = 0; i < rank; i++) {
            try {
                v[i] = Long.parseLong(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new UserErrors.UserError(what + " expects integers like 0,10, not " + text);
            }
            if (v[i] < 0 || (v[i] == 0 && fill == 1)) {
                throw new UserErrors.UserError(what + " must be " + (fill == 1 ? "positive" : "non-negative")
                        + ", not " + text);
            }
        }
        return v;
    }
}
