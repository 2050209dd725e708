package org.nwbj.nwb.inspect;

import static org.nwbj.nwb.inspect.Edits.fill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.type.DataTypes;

/**
 * One NWB file per implemented check, built to violate it: a copy of the conformance kit's rich.nwb or
 * minimal.nwb (written by pynwb) changed in place with nwbj's writer. Both nwbj and nwbinspector read these files.
 */
final class Violations {
    /** How to break a file. */
    interface Edit {
        void apply(Edits e) throws IOException;
    }

    /**
     * A file violating {@code check}, reported at {@code location} (null: nwbinspector gives none).
     */
    record Violation(String check, String source, String location, Edit edit) {
        String fileName() {
            return check + ".nwb";
        }
    }

    static final String ES = "/acquisition/ElectricalSeries";
    static final String LICKS = "/processing/behavior/BehavioralEvents/licks";
    static final String POSITION = "/processing/behavior/Position/position";
    static final String RRS = "/processing/ophys/Fluorescence/RoiResponseSeries";
    static final String SUBJECT = "/general/subject";
    static final String TRIALS = "/intervals/trials";
    static final String PLANE = "/general/optophysiology/ImagingPlane";

    private Violations() {
    }

    static List<Violation> all() {
        List<Violation> v = new ArrayList<>();
        // whole-file metadata (minimal.nwb lacks it)
        v.add(new Violation("check_experimenter_exists", "minimal", "/", e -> { }));
        v.add(new Violation("check_experiment_description", "minimal", "/", e -> { }));
        v.add(new Violation("check_institution", "minimal", "/", e -> { }));
        v.add(new Violation("check_keywords", "minimal", "/", e -> { }));
        v.add(new Violation("check_subject_exists", "minimal", "/", e -> { }));
        v.add(new Violation("check_experimenter_form", "rich", "/",
                e -> e.replace("/general/experimenter", new String[] {"Ada Lovelace"})));
        v.add(new Violation("check_doi_publications", "rich", "/",
                e -> Edits.create(e.group("/general"), "related_publications", new String[] {"a paper, 2020"})));
        v.add(new Violation("check_session_start_time_old_date", "rich", "/",
                e -> e.replace("/session_start_time", "1970-01-01T00:00:00-05:00")));
        v.add(new Violation("check_session_start_time_future_date", "rich", "/",
                e -> e.replace("/session_start_time", "2999-01-01T00:00:00-05:00")));
        v.add(new Violation("check_processing_module_name", "rich", null,
                e -> e.rename("/processing/behavior", "Behavior")));
        v.add(new Violation("check_name_slashes", "rich", "/processing/behavior/BehavioralEvents/li\\cks",
                e -> e.rename(LICKS, "li\\cks")));
        v.add(new Violation("check_description", "rich", PLANE,
                e -> e.replace(PLANE + "/description", "placeholder")));
        // subject (DANDI's required metadata)
        v.add(new Violation("check_subject_age", "rich", SUBJECT, e -> e.replace(SUBJECT + "/age", "3 months")));
        v.add(new Violation("check_subject_proper_age_range", "rich", SUBJECT,
                e -> e.replace(SUBJECT + "/age", "P3D/P1D")));
        v.add(new Violation("check_subject_id_exists", "rich", SUBJECT, e -> e.delete(SUBJECT + "/subject_id")));
        v.add(new Violation("check_subject_sex", "rich", SUBJECT, e -> e.replace(SUBJECT + "/sex", "male")));
        v.add(new Violation("check_subject_species_exists", "rich", SUBJECT, e -> e.delete(SUBJECT + "/species")));
        v.add(new Violation("check_subject_species_form", "rich", SUBJECT,
                e -> e.replace(SUBJECT + "/species", "mouse")));
        v.add(new Violation("check_empty_string_for_optional_attribute", "rich", SUBJECT,
                e -> Edits.create(e.group(SUBJECT), "genotype", "")));
        // time series
        v.add(new Violation("check_regular_timestamps", "rich", LICKS,
                e -> e.replace(LICKS + "/timestamps", new double[] {1, 2, 3, 4, 5})));
        v.add(new Violation("check_data_orientation", "rich", POSITION,
                e -> e.replace(POSITION + "/data", fill(40, 1), 2, 20)));
        v.add(new Violation("check_timestamps_match_first_dimension", "rich", LICKS,
                e -> e.replace(LICKS + "/timestamps", new double[] {0.1, 0.5, 0.7, 1.5})));
        v.add(new Violation("check_timestamps_ascending", "rich", LICKS,
                e -> e.replace(LICKS + "/timestamps", new double[] {0.5, 0.4, 0.35, 0.1, 0.05})));
        v.add(new Violation("check_timestamps_without_nans", "rich", LICKS,
                e -> e.replace(LICKS + "/timestamps", new double[] {0.1, Double.NaN, 0.35, 0.5, 0.9})));
        v.add(new Violation("check_timestamp_of_the_first_sample_is_not_negative", "rich", LICKS,
                e -> e.replace(LICKS + "/timestamps", new double[] {-1, 0.2, 0.35, 0.5, 0.9})));
        v.add(new Violation("check_missing_unit", "rich", LICKS,
                e -> e.root().dataset(LICKS.substring(1) + "/data").setAttribute("unit", "")));
        v.add(new Violation("check_resolution", "rich", LICKS,
                e -> e.root().dataset(LICKS.substring(1) + "/data").setAttribute("resolution", 0.0)));
        v.add(new Violation("check_rate_is_not_zero", "rich", ES,
                e -> e.root().dataset(ES.substring(1) + "/starting_time").setAttribute("rate", 0.0)));
        // tables
        v.add(new Violation("check_dynamic_table_region_data_validity", "rich", null,
                e -> e.replace(ES + "/electrodes", new long[] {0, 1, 2, 7})));
        v.add(new Violation("check_empty_table", "rich", null, e -> {
            for (String c : new String[] {"id", "start_time", "stop_time", "correct"}) {
                e.replace(TRIALS + "/" + c, c.equals("id") || c.equals("correct") ? new long[0] : new double[0]);
            }
        }));
        v.add(new Violation("check_single_row", "rich", null, e -> {
            e.replace(TRIALS + "/id", new long[] {0});
            e.replace(TRIALS + "/start_time", new double[] {0});
            e.replace(TRIALS + "/stop_time", new double[] {1});
            e.replace(TRIALS + "/correct", new long[] {1});
        }));
        v.add(new Violation("check_ids_unique", "rich", null, e -> e.replace(TRIALS + "/id", new long[] {0, 0, 1})));
        v.add(new Violation("check_time_interval_time_columns", "rich", null, e -> {
            e.replace(TRIALS + "/start_time", new double[] {2, 1, 0});
            e.replace(TRIALS + "/stop_time", new double[] {3, 2, 1});
        }));
        v.add(new Violation("check_time_intervals_stop_after_start", "rich", null,
                e -> e.replace(TRIALS + "/stop_time", new double[] {-1, -1, -1})));
        v.add(new Violation("check_col_not_nan", "rich", null,
                e -> e.replace(TRIALS + "/stop_time", fill(3, Double.NaN))));
        v.add(new Violation("check_table_time_columns_are_not_negative", "rich", null,
                e -> e.replace(TRIALS + "/start_time", new double[] {-1, 0, 1})));
        v.add(new Violation("check_column_binary_capability", "rich", null, e -> {
            e.replace("/general/extracellular_ephys/electrodes/imp", new double[] {0, 1, 1, 0});
            e.replace("/general/extracellular_ephys/electrodes/filtering", new String[] {"yes", "no", "no", "no"});
        }));
        v.add(new Violation("check_table_values_for_dict", "rich", null,
                e -> e.replace("/general/extracellular_ephys/electrodes/location",
                        new String[] {"{'area': 'CA1'}", "CA1", "{\"area\": \"CA3\"}", "CA3"})));
        // extracellular electrophysiology
        v.add(new Violation("check_negative_spike_times", "rich", null,
                e -> e.overwrite("/units/spike_times", new double[] {-1, 0, 1, 2, 3, 4, 5, 6, 7})));
        v.add(new Violation("check_electrical_series_dims", "rich", ES,
                e -> e.replace(ES + "/data", fill(150, 0.5), 50, 3)));
        v.add(new Violation("check_electrical_series_reference_electrodes_table", "rich", ES,
                e -> e.root().dataset(ES.substring(1) + "/electrodes").setAttribute("table",
                        DataTypes.objectReference(), new org.nwbj.hdf5.ObjectReference(
                                e.source().get(TRIALS).address()))));
        // image series
        v.add(new Violation("check_image_series_external_file_valid", "rich", "/acquisition/movie", e -> { }));
        v.add(new Violation("check_image_series_external_file_relative", "rich", "/acquisition/movie",
                e -> e.replace("/acquisition/movie/external_file", new String[] {"/data/movie_0.avi", "C:\\m.avi"})));
        v.add(new Violation("check_image_series_data_size", "rich", "/acquisition/movie",
                e -> e.replaceUnwritten("/acquisition/movie/data", 3000, 1000, 1000)));
        v.add(new Violation("check_large_dataset_compression", "rich", "/acquisition/movie",
                e -> e.replaceUnwritten("/acquisition/movie/data", 3000, 1000, 1000)));
        v.add(new Violation("check_small_dataset_compression", "rich", LICKS,
                e -> e.replaceUnwritten(LICKS + "/data", 10_000_000L)));
        // behaviour
        v.add(new Violation("check_spatial_series_dims", "rich", POSITION,
                e -> e.replace(POSITION + "/data", fill(80, 1), 20, 4)));
        v.add(new Violation("check_spatial_series_degrees_magnitude", "rich", POSITION, e -> {
            e.replace(POSITION + "/data", fill(40, 400), 20, 2).setAttribute("unit", "degrees");
        }));
        v.add(new Violation("check_spatial_series_radians_magnitude", "rich", POSITION, e -> {
            e.replace(POSITION + "/data", fill(40, 7), 20, 2).setAttribute("unit", "radians");
        }));
        v.add(new Violation("check_compass_direction_unit", "rich", null,
                e -> e.group("/processing/behavior/Position").setAttribute("neurodata_type", "CompassDirection")));
        // optical physiology
        v.add(new Violation("check_roi_response_series_dims", "rich", RRS,
                e -> e.replace(RRS + "/data", fill(50, 0.5), 10, 5)));
        v.add(new Violation("check_roi_response_series_link_to_plane_segmentation", "rich", RRS,
                e -> e.root().dataset(RRS.substring(1) + "/rois").setAttribute("table", DataTypes.objectReference(),
                        new org.nwbj.hdf5.ObjectReference(e.source().get(TRIALS).address()))));
        v.add(new Violation("check_emission_lambda_in_nm", "rich", null,
                e -> e.replace(PLANE + "/OpticalChannel/emission_lambda", 0.5)));
        v.add(new Violation("check_excitation_lambda_in_nm", "rich", PLANE,
                e -> e.replace(PLANE + "/excitation_lambda", 0.6)));
        v.add(new Violation("check_plane_segmentation_image_mask_shape_against_ref_images", "rich", null,
                e -> e.replace("/processing/ophys/ImageSegmentation/PlaneSegmentation/image_mask", fill(96, 1),
                        3, 8, 4)));
        v.add(new Violation("check_spike_times_not_in_unobserved_interval", "rich", null, e -> {
            GroupWriter units = e.group("/units");
            // unit 0 observed 0-5 s but spiking at 7.8 s; units 1 and 2 observed throughout
            org.nwbj.hdf5.DatasetWriter obs = Edits.create(units, "obs_intervals",
                    new double[] {0, 5, 0, 10, 0, 10}, 3, 2);
            typed(e, obs, "/units/obs_intervals", "VectorData", "hdmf-common");
            obs.setAttribute("description", "the observation intervals for each unit");
            org.nwbj.hdf5.DatasetWriter index = Edits.create(units, "obs_intervals_index", new long[] {1, 2, 3});
            typed(e, index, "/units/obs_intervals_index", "VectorIndex", "hdmf-common");
            index.setAttribute("description", "Index for VectorData 'obs_intervals'");
            index.setAttribute("target", DataTypes.objectReference(), obs.reference());
            units.setAttribute("colnames", new String[] {"quality", "spike_times", "electrodes", "electrode_group",
                "obs_intervals"});
        }));
        // images, intracellular electrophysiology, optogenetics: objects added to rich.nwb
        v.add(new Violation("check_order_of_images_unique", "rich", null, e -> images(e, "img0", "img0")));
        v.add(new Violation("check_order_of_images_len", "rich", null, e -> images(e, "img0")));
        v.add(new Violation("check_index_series_points_to_image", "rich", "/acquisition/index", e -> {
            GroupWriter g = e.typedGroup("/acquisition", "index", "core", "IndexSeries");
            g.setAttribute("description", "frames shown");
            g.setAttribute("comments", "no comments");
            Edits.create(g, "data", new long[] {0, 1, 0, 1, 0}).setAttribute("unit", "N/A");
            Edits.create(g, "timestamps", new double[] {0.1, 0.5, 0.7, 1.5, 1.6}).setAttribute("unit", "seconds");
            g.createSoftLink("indexed_timeseries", "/acquisition/movie");
        }));
        v.add(new Violation("check_intracellular_electrode_cell_id_exists", "rich", null, e -> {
            GroupWriter icephys = e.root().group("general").createGroup("intracellular_ephys");
            GroupWriter el = icephys.createGroup("elec0");
            typed(e, el, "/general/intracellular_ephys/elec0", "IntracellularElectrode");
            Edits.create(el, "description", "a patch pipette");
            el.createSoftLink("device", "/general/devices/probe");
        }));
        v.add(new Violation("check_optogenetic_stimulus_site_has_optogenetic_series", "rich", null, e -> {
            GroupWriter ogen = e.root().group("general").createGroup("optogenetics");
            GroupWriter site = ogen.createGroup("site0");
            typed(e, site, "/general/optogenetics/site0", "OptogeneticStimulusSite");
            Edits.create(site, "description", "a fibre over CA1");
            Edits.create(site, "excitation_lambda", 470.0);
            Edits.create(site, "location", "CA1");
            site.createSoftLink("device", "/general/devices/probe");
        }));
        return v;
    }

    /** Adds /acquisition/images: two grayscale images and an order_of_images naming {@code order}. */
    private static void images(Edits e, String... order) {
        GroupWriter g = e.typedGroup("/acquisition", "images", "core", "Images");
        g.setAttribute("description", "stimulus frames");
        java.util.Map<String, Long> address = new java.util.HashMap<>();
        for (String name : new String[] {"img0", "img1"}) {
            org.nwbj.hdf5.DatasetWriter img = Edits.create(g, name, fill(16, 0.5), 4, 4);
            typed(e, img, "/acquisition/images/" + name, "GrayscaleImage");
            address.put(name, img.reference().address()); // placed in the file now, so it can be referenced
        }
        org.nwbj.hdf5.DatasetWriter refs = g.createDataset("order_of_images",
                org.nwbj.hdf5.DatasetOptions.of(DataTypes.objectReference(), order.length));
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 * order.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (String name : order) {
            b.putLong(address.get(name));
        }
        refs.writeBytes(org.nwbj.hdf5.Selection.all(new long[] {order.length}), b.array());
        typed(e, refs, "/acquisition/images/order_of_images", "ImageReferences");
    }

    private static void typed(Edits e, org.nwbj.hdf5.NodeWriter n, String path, String type) {
        typed(e, n, path, type, "core");
    }

    private static void typed(Edits e, org.nwbj.hdf5.NodeWriter n, String path, String type, String namespace) {
        n.setAttribute("neurodata_type", type);
        n.setAttribute("namespace", namespace);
        n.setAttribute("object_id", java.util.UUID.nameUUIDFromBytes(path.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString());
    }

    /** Writes the violation's file into {@code dir} from the kit folder {@code kit}; returns its path. */
    static Path write(Violation v, Path kit, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path out = dir.resolve(v.fileName());
        Files.copy(kit.resolve(v.source() + ".nwb"), out, StandardCopyOption.REPLACE_EXISTING);
        try (Hdf5File source = Hdf5File.open(kit.resolve(v.source() + ".nwb"));
                Hdf5Writer w = Hdf5Writer.open(out)) {
            GroupWriter root = w.root();
            v.edit().apply(new Edits(source, root));
        }
        return out;
    }
}
