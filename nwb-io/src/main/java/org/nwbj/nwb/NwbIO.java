package org.nwbj.nwb;

import java.nio.file.Path;
import java.util.List;

import org.nwbj.hdf5.OpenOptions;
import org.nwbj.nwb.internal.LinkScan;
import org.nwbj.nwb.internal.SelfContainedCopy;

/**
 * Writes and reads NWB files (NWB core 2.7.0 in HDF5) as pynwb does.
 *
 * <pre>{@code
 * NWBFile f = new NWBFile("tutorial-1", "demonstrate external files", OffsetDateTime.now());
 * f.addAcquisition(new TimeSeries("ts", ArrayData.of(values, 100, 10), "SIunit").setTimestamps(times));
 * NwbIO.write(f, Paths.get("a.nwb"));
 * try (NWBFile back = NwbIO.read(Paths.get("a.nwb"))) {
 *     long[] v = back.acquisition("ts").data().readLongs();
 * }
 * }</pre>
 */
public final class NwbIO {
    private NwbIO() {
    }

    /**
     * Adds series to {@code /acquisition} of an existing NWB file, written by pynwb or by nwbj, in place: what is
     * already in the file stays as it is. The names must be new in acquisition.
     *
     * @throws NwbException when the file is not an NWB file or a name is taken (the file is then unchanged)
     * @param path the NWB file to modify
     * @param series the series to add
     */
    public static void addAcquisition(Path path, TimeSeries... series) {
        NwbAppender.addAcquisition(path, series);
    }

    /**
     * Opens any NWB 2.x file (or any HDF5 file) as generic containers, whatever types it holds, extension types
     * included. The returned root keeps the file open until closed.
     *
     * @param path the file
     * @return the root container; close it when done
     */
    public static NwbContainer open(Path path) {
        return NwbContainer.openRoot(path, org.nwbj.hdf5.OpenOptions.defaults());
    }

    /**
     * As {@link #open(Path)}, with a driver, read limits and an external link policy.
     *
     * @param path the file
     * @param options driver, limits and link policy
     * @return the root container; close it when done
     */
    public static NwbContainer open(Path path, org.nwbj.hdf5.OpenOptions options) {
        return NwbContainer.openRoot(path, options);
    }

    /**
     * As {@link #open(Path, org.nwbj.hdf5.OpenOptions)} for a file named by URI: {@code file:}, or {@code http(s):}
     * and {@code s3:} with nwbj's hdf5-remote module on the class path (streamed with range requests).
     *
     * @param uri the file's URI
     * @param options driver, limits and link policy
     * @return the root container; close it when done
     */
    public static NwbContainer open(java.net.URI uri, org.nwbj.hdf5.OpenOptions options) {
        return NwbContainer.openRoot(org.nwbj.hdf5.Hdf5File.open(uri, options));
    }

    /**
     * As {@link #open(java.net.URI, org.nwbj.hdf5.OpenOptions)} with default options.
     *
     * @param uri the file's URI
     * @return the root container; close it when done
     */
    public static NwbContainer open(java.net.URI uri) {
        return open(uri, org.nwbj.hdf5.OpenOptions.defaults());
    }

    /**
     * Writes {@code file} to {@code path} (replacing it) with the cached core, hdmf-common and experimental specs.
     *
     * @param file the file's content
     * @param path the file to write
     */
    public static void write(NWBFile file, Path path) {
        NwbWriter.write(file, path);
    }

    /**
     * Reads an NWB file; the result keeps the file open for its data until closed.
     *
     * @param path the file
     * @return the file's content; close it when done
     */
    public static NWBFile read(Path path) {
        return NwbReader.read(path);
    }

    /**
     * Writes {@code file} to {@code path} as {@code options} say: linking or copying data of other files, a family.
     *
     * @param file the file's content
     * @param path the file (or family pattern) to write
     * @param options linking, copying and family settings
     */
    public static void write(NWBFile file, Path path, NwbWriteOptions options) {
        NwbWriter.write(file, path, options);
    }

    /**
     * Writes {@code file} and keeps it open, so that its datasets (such as an empty one from
     * {@link ArrayData#empty}) can be grown and filled before {@link NwbFileWriter#close()}.
     *
     * @param file the file's content
     * @param path the file to write
     * @param options linking, copying and family settings
     * @return the open writer; close it to finish the file
     */
    public static NwbFileWriter create(NWBFile file, Path path, NwbWriteOptions options) {
        return NwbWriter.create(file, path, options);
    }

    /**
     * Records {@code file} live: writes it as {@link #create(NWBFile, Path, NwbWriteOptions)} does, in the latest format (superblock 3, as SWMR
     * needs), and switches to SWMR writing ({@link org.nwbj.hdf5.Hdf5Writer#startSwmr()}), so that readers follow the file while
     * its series grow: h5py/pynwb with {@code swmr=True} and {@code refresh()}, nwbj with
     * {@link OpenOptions#swmr()} and {@code Dataset.refresh()}. Append to a series whose data was created growable
     * ({@link ArrayData#empty} with an unlimited first dimension) through {@link NwbFileWriter#dataset(String)},
     * then {@link NwbFileWriter#flush()}: readers see the rows after their next refresh. Closing the writer
     * finishes the file, which then opens everywhere without SWMR.
     *
     * <pre>{@code
     * try (NwbFileWriter w = NwbIO.record(nwb, Paths.get("live.nwb"))) {
     *     DatasetWriter d = w.dataset("/acquisition/ephys/data");
     *     while (acquiring()) {
     *         long at = d.dims()[0];
     *         d.resize(at + n, channels);
     *         d.write(Selection.rows(d.dims(), at, n), samples);
     *         w.flush();
     *     }
     * }
     * }</pre>
     *
     * @param file the file's content
     * @param path the single file to write
     * @return the open writer in SWMR mode; close it to finish the file
     */
    public static NwbFileWriter record(NWBFile file, Path path) {
        return NwbWriter.create(file, path, NwbWriteOptions.defaults(), true);
    }

    /**
     * Opens a file that a SWMR writer ({@link #record}, h5py/AqNWB with SWMR) is recording, to follow it: the file
     * is opened with {@link OpenOptions#swmr()} (no lock, nothing that changes cached); a series' data grows after
     * {@link NwbDataset#refresh()}, groups and datasets created since are found when looked up again.
     *
     * <pre>{@code
     * try (NwbContainer root = NwbIO.openSwmr(Paths.get("live.nwb"))) {
     *     NwbDataset data = root.group("acquisition").group("ephys").dataset("data");
     *     while (following()) {
     *         data.refresh();
     *         long rows = data.dims()[0];      // never fewer than before
     *         ...
     *     }
     * }
     * }</pre>
     *
     * @param path the single file being recorded
     * @return the root container; close it when done
     */
    public static NwbContainer openSwmr(Path path) {
        return NwbContainer.openRoot(path, OpenOptions.swmr());
    }

    /**
     * Reads an NWB file opened with {@code options} (for instance {@code OpenOptions.family(0)} for a family).
     *
     * @param path the file
     * @param options driver, limits and link policy
     * @return the file's content; close it when done
     */
    public static NWBFile read(Path path, OpenOptions options) {
        return NwbReader.read(path, options);
    }

    /**
     * Writes {@code source} to {@code target} as one self-contained file, as pynwb's
     * {@code export(..., write_args={'link_data': False})}: every external link, to a dataset or a group, is
     * replaced by a copy of its target, values streamed in blocks of {@link ExportOptions#blockBytes()}; soft links
     * within the file stay. Fails (and leaves no target) unless the result links to no other file.
     *
     * @param source the NWB file to export
     * @param target the file to write
     * @param options recompression, rechunking and memory settings
     */
    public static void export(Path source, Path target, ExportOptions options) {
        SelfContainedCopy.copy(source, target, options.blockBytes(), options.deflateLevel(), options::chunksFor);
    }

    /**
     * {@return the external links of a file, each as "path -> file:object" (empty for a self-contained file)}
     *
     * @param file the file
     */
    public static List<String> externalLinks(Path file) {
        return LinkScan.externalLinks(file);
    }

    /**
     * {@return the soft and external links of a file: "path -> target (soft)", "path -> file:object (external)"}
     *
     * @param file the file
     */
    public static List<String> links(Path file) {
        return LinkScan.links(file);
    }
}
