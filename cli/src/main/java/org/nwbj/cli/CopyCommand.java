package org.nwbj.cli;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.CopyOptions;
import org.nwbj.hdf5.Hdf5File;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code nwbj copy SRC DST}: rewrites a whole file in nwbj's own layout. {@code --driver} and {@code --memb-size}
 * say how SRC is read, as for every other command (and as the conformance kit's round trip passes a family's or
 * split pair's options); without them SRC's driver is recognised from its name. {@code --out-driver} and
 * {@code --out-memb-size} choose how DST is written.
 */
@Command(name = "copy", description = "Copy a whole file (all objects, attributes, links, committed types, "
        + "references remapped) into a new file written by nwbj. --driver/--memb-size say how SRC is read (default: "
        + "a family when its name holds %%d, a split pair when only SRC-m.h5/SRC-r.h5 exist); --out-driver/"
        + "--out-memb-size say how DST is written; `--driver family --memb-size N plain.h5 'out_%%d.h5'` and "
        + "`--driver split plain.h5 NAME` write DST so, since SRC cannot be read that way.")
final class CopyCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    LinkOptions links;

    @picocli.CommandLine.Option(names = "--latest", description = "write superblock 3 and the HDF5 1.10 chunk "
            + "indexes (single chunk, fixed array, extensible array, v2 B-tree); HDF5 1.8 cannot read the result")
    boolean latest;

    @picocli.CommandLine.Option(names = "--out-driver", paramLabel = "DRIVER", description = "how "
            + "DST is written: sec2 (default, one file), family (DST is a pattern such as out_%%d.h5, members of "
            + "--out-memb-size bytes) or split (DST-m.h5 metadata + DST-r.h5 raw data, as h5py's driver='split' names "
            + "them)", defaultValue = "sec2")
    String outDriver;

    @picocli.CommandLine.Option(names = "--out-memb-size", paramLabel = "N", description = "member size in "
            + "bytes of a family DST (implies --out-driver family)", defaultValue = "0")
    long outMemberSize;

    @picocli.CommandLine.Option(names = "--driver", paramLabel = "DRIVER", description = "how SRC is read: "
            + "sec2, family or split (default: recognised from SRC's name); when SRC cannot be of DRIVER (a plain "
            + "file) and DST can (a %%d pattern for a family), it applies to DST")
    String sourceDriver;

    @picocli.CommandLine.Option(names = "--memb-size", paramLabel = "N", description = "member size of a "
            + "family SRC (default: read from the family)", defaultValue = "0")
    long sourceMemberSize;

    @picocli.CommandLine.Option(names = "--chunks", paramLabel = "D1xD2...", description = "chunk every dataset "
            + "of this rank with these dimensions (clipped to the dataset's), like h5repack -l CHUNK=D1xD2; other "
            + "ranks keep their chunks or get guessed ones when compressed")
    String chunks;

    @picocli.CommandLine.Option(names = "--deflate", paramLabel = "N", description = "compress every non-scalar "
            + "dataset with deflate level N (0-9), chunking it when needed; replaces the source's filters",
            defaultValue = "-1")
    int deflate;

    @picocli.CommandLine.Option(names = "--materialize", description = "write virtual datasets as plain "
            + "datasets holding their sources' elements (default: they stay virtual)")
    boolean materialize;

    @picocli.CommandLine.Option(names = "--shuffle", description = "byte-shuffle every non-scalar dataset before "
            + "compression; replaces the source's filters")
    boolean shuffle;

    @picocli.CommandLine.Option(names = "--filter", paramLabel = "NAME[:LEVEL]", description = "replace every "
            + "non-scalar dataset's filters (repeat for a pipeline, in order), like h5repack -f: deflate|gzip, "
            + "shuffle, fletcher32, lzf, lz4, bitshuffle, bitshuffle-lz4, bzip2, zstd, "
            + "blosc[-blosclz|-lz4|-lz4hc|-zlib|-zstd][-noshuffle|-bitshuffle] (default blosc: lz4, byte shuffle), "
            + "blosc2[-...] (the same parts)")
    java.util.List<String> filters = new java.util.ArrayList<>();

    @Parameters(index = "0", paramLabel = "SRC")
    String source;

    @Parameters(index = "1", paramLabel = "DST")
    String target;

    @Override
    public Integer call() {
        String in = sourceDriver != null ? sourceDriver : recognisedDriver(source);
        long inMemberSize = sourceMemberSize;
        String out = outMemberSize > 0 && "sec2".equals(outDriver) ? "family" : outDriver;
        long outSize = outMemberSize;
        // `copy --driver family --memb-size N SRC 'out_%d.h5'` (a plain SRC): the driver can only be DST's
        if ("sec2".equals(out) && sourceDriver != null && !fits(sourceDriver, source) && fits(sourceDriver, target)) {
            out = sourceDriver;
            outSize = sourceMemberSize;
            in = recognisedDriver(source);
            inMemberSize = 0;
        }
        switch (out) {
            case "sec2", "single" -> { }
            case "family" -> {
                if (outSize <= 0) {
                    throw usage("a family DST needs its member size: --out-memb-size N (bytes)");
                }
                if (latest) {
                    throw usage("a family is written with superblock 0 (its driver block lives there): "
                            + "--latest does not apply");
                }
            }
            case "split" -> {
                if (latest) {
                    throw usage("a split pair is written with superblock 0: --latest does not apply");
                }
            }
            default -> throw usage("--out-driver expects sec2, family or split, not " + out);
        }
        boolean url = RemoteNames.isUrl(source);
        if (!url) {
            FileOptions.requireExists(source, in);
        }
        UserErrors.opening(source);
        org.nwbj.hdf5.OpenOptions sourceOptions = FileOptions.driverOptions(in, inMemberSize)
                .withLinkPolicy(links.linkPolicy());
        try (Hdf5File f = url ? RemoteNames.open(source, sourceOptions) : Hdf5File.open(Paths.get(source),
                sourceOptions);
                Progress progress = common.progress()) {
            progress.watchBytes("copy " + source, OutputSize.of(target, out), url ? f.info().endOfFileAddress()
                    : OutputSize.inputBytes(source, in));
            switch (out) {
                case "family" -> f.copyToFamily(Paths.get(target), outSize, options());
                case "split" -> f.copyToSplit(Paths.get(target), options());
                default -> f.copyTo(Paths.get(target), options());
            }
        }
        return 0;
    }

    private static String recognisedDriver(String name) {
        return FileOptions.recognisedDriver(name);
    }

    private static boolean isPattern(String name) {
        return FileOptions.isPattern(name);
    }

    /** Whether {@code name} can be a file of {@code driver}: a pattern for a family, no plain file for a split. */
    private static boolean fits(String driver, String name) {
        return switch (driver) {
            case "family" -> isPattern(name);
            case "split" -> !Files.isRegularFile(Paths.get(name)) || Files.exists(Paths.get(name + "-m.h5"));
            default -> true;
        };
    }

    private picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), message);
    }

    private CopyOptions options() {
        CopyOptions o = latest ? CopyOptions.defaults().latest() : CopyOptions.defaults();
        if (chunks != null) {
            String[] parts = chunks.toLowerCase(java.util.Locale.ROOT).split("x");
            long[] dims = new long[parts.length];
            try {
                for (int i = 0; i < parts.length; i++) {
                    dims[i] = Long.parseLong(parts[i].trim());
                }
            } catch (NumberFormatException e) {
                throw usage("--chunks expects dimensions like 100x10, not " + chunks);
            }
            o = o.chunks(dims);
        }
        if (deflate >= 0) {
            o = o.deflate(deflate);
        }
        if (shuffle) {
            o = o.shuffle();
        }
        if (!filters.isEmpty()) {
            org.nwbj.hdf5.DatasetOptions like = org.nwbj.hdf5.DatasetOptions.of(org.nwbj.hdf5.type.DataTypes.UINT8, 1);
            for (String f : filters) {
                like = withFilter(like, f);
            }
            o = o.filtersLike(like);
        }
        if (materialize) {
            o = o.materializeVirtual();
        }
        return o;
    }

    /** Adds the filter {@code spec} (NAME[:LEVEL]) to {@code o}. */
    private org.nwbj.hdf5.DatasetOptions withFilter(org.nwbj.hdf5.DatasetOptions o, String spec) {
        String[] parts = spec.trim().toLowerCase(java.util.Locale.ROOT).split(":", 2);
        String name = parts[0];
        Integer level = null;
        if (parts.length == 2) {
            try {
                level = Integer.parseInt(parts[1].trim());
            } catch (NumberFormatException e) {
                throw usage("--filter " + spec + ": the level must be a number");
            }
        }
        try {
            boolean blosc2 = name.equals("blosc2") || name.startsWith("blosc2-");
            if (blosc2 || name.equals("blosc") || name.startsWith("blosc-")) {
                org.nwbj.hdf5.DatasetOptions.BloscCodec codec = org.nwbj.hdf5.DatasetOptions.BloscCodec.LZ4;
                org.nwbj.hdf5.DatasetOptions.BloscShuffle sh = org.nwbj.hdf5.DatasetOptions.BloscShuffle.BYTE;
                for (String word : name.substring(blosc2 ? 6 : 5).split("-")) {
                    switch (word) {
                        case "" -> { }
                        case "noshuffle" -> sh = org.nwbj.hdf5.DatasetOptions.BloscShuffle.NONE;
                        case "bitshuffle" -> sh = org.nwbj.hdf5.DatasetOptions.BloscShuffle.BIT;
                        case "shuffle" -> sh = org.nwbj.hdf5.DatasetOptions.BloscShuffle.BYTE;
                        case "blosclz", "lz4", "lz4hc", "zlib", "zstd" ->
                            codec = org.nwbj.hdf5.DatasetOptions.BloscCodec.valueOf(word.toUpperCase(java.util.Locale.ROOT));
                        default -> throw usage("--filter " + spec + ": unknown blosc part '" + word + "'");
                    }
                }
                return blosc2 ? o.blosc2(codec, level == null ? 5 : level, sh) : o.blosc(codec, level == null ? 5 : level, sh);
            }
            return switch (name) {
                case "deflate", "gzip" -> o.deflate(level == null ? 6 : level);
                case "shuffle" -> o.shuffle();
                case "fletcher32" -> o.fletcher32();
                case "lzf" -> o.lzf();
                case "lz4" -> o.lz4();
                case "bitshuffle" -> o.bitshuffle();
                case "bitshuffle-lz4", "bshuf" -> o.bitshuffleLz4();
                case "bzip2" -> o.bzip2(level == null ? 9 : level);
                case "zstd" -> o.zstd(level == null ? 3 : level);
                default -> throw usage("--filter " + spec + ": unknown filter '" + name + "'");
            };
        } catch (IllegalArgumentException e) {
            throw usage("--filter " + spec + ": " + e.getMessage());
        }
    }
}
