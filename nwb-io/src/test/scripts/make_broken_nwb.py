#!/usr/bin/env python3
"""Writes deliberately broken copies of pynwb-written NWB files, one fault each, for the validator agreement check.

Usage: make_broken_nwb.py SOURCE_DIR OUT_DIR
SOURCE_DIR holds minimal.nwb and rich.nwb (the conformance kit's nwb folder). OUT_DIR is emptied of *.nwb first.
Each file is named after its fault; the list below says what each one breaks. Needs only h5py and numpy.
"""
import os
import shutil
import sys

import h5py
import numpy as np

TEXT = h5py.string_dtype("utf-8")


def replace(f, path, data, dtype=None):
    """Replaces a dataset by one holding `data`, keeping its attributes (so only the data is wrong)."""
    attrs = dict(f[path].attrs.items())
    del f[path]
    d = f.create_dataset(path, data=data, dtype=dtype)
    for k, v in attrs.items():
        d.attrs[k] = v


def set_attr(obj, name, value, dtype=None):
    if name in obj.attrs:
        del obj.attrs[name]
    if dtype is None:
        obj.attrs[name] = value
    else:
        obj.attrs.create(name, value, dtype=dtype)


ES = "/acquisition/ElectricalSeries"
IP = "/general/optophysiology/ImagingPlane"

# name -> (source file, what is wrong, mutation)
FAULTS = [
    # required objects missing
    ("missing_identifier", "minimal", "required dataset /identifier removed",
     lambda f: f.__delitem__("/identifier")),
    ("missing_session_start_time", "minimal", "required dataset /session_start_time removed",
     lambda f: f.__delitem__("/session_start_time")),
    ("missing_acquisition", "minimal", "required group /acquisition removed",
     lambda f: f.__delitem__("/acquisition")),
    ("missing_excitation_lambda", "rich", "required dataset of ImagingPlane removed",
     lambda f: f.__delitem__(IP + "/excitation_lambda")),
    ("missing_table_id", "rich", "required id column of the trials table removed",
     lambda f: f.__delitem__("/intervals/trials/id")),
    ("missing_nwb_version", "minimal", "required root attribute nwb_version removed",
     lambda f: f.attrs.__delitem__("nwb_version")),
    ("missing_unit", "rich", "required attribute unit of ElectricalSeries/data removed",
     lambda f: f[ES + "/data"].attrs.__delitem__("unit")),
    ("missing_colnames", "rich", "required attribute colnames of the trials table removed",
     lambda f: f["/intervals/trials"].attrs.__delitem__("colnames")),
    ("missing_column_description", "rich", "required attribute description of a VectorData removed",
     lambda f: f["/units/spike_times"].attrs.__delitem__("description")),
    # wrong dtypes
    ("identifier_float", "minimal", "float where text is required",
     lambda f: replace(f, "/identifier", 3.5)),
    ("session_description_int", "minimal", "int where text is required",
     lambda f: replace(f, "/session_description", 42)),
    ("session_start_time_not_iso", "minimal", "text that is not an ISO 8601 date where isodatetime is required",
     lambda f: replace(f, "/session_start_time", "yesterday afternoon", dtype=TEXT)),
    ("starting_time_int", "rich", "int where float64 is required",
     lambda f: replace(f, ES + "/starting_time", np.int64(0))),
    ("rate_text", "rich", "text attribute where float32 is required",
     lambda f: set_attr(f[ES + "/starting_time"], "rate", "fast", dtype=TEXT)),
    ("conversion_int", "rich", "int attribute where float32 is required",
     lambda f: set_attr(f[ES + "/data"], "conversion", np.int32(1))),
    ("trials_start_time_int", "rich", "int column where float32 is required",
     lambda f: replace(f, "/intervals/trials/start_time", np.arange(3, dtype=np.int64))),
    ("emission_lambda_text", "rich", "text where float32 is required",
     lambda f: replace(f, IP + "/OpticalChannel/emission_lambda", "green", dtype=TEXT)),
    ("electrodes_region_float", "rich", "float DynamicTableRegion where int is required",
     lambda f: replace(f, ES + "/electrodes", np.arange(4, dtype=np.float64))),
    ("electrical_series_data_text", "rich", "text where numeric is required",
     lambda f: replace(f, ES + "/data", np.array([["a"] * 4] * 50, dtype=object), dtype=TEXT)),
    # wrong shapes
    ("two_photon_data_1d", "rich", "1-D data where 3-D or 4-D is required",
     lambda f: replace(f, "/acquisition/TwoPhotonSeries/data", np.zeros(5, dtype=np.float64))),
    ("electrical_series_data_4d", "rich", "4-D data where 1-D to 3-D is required",
     lambda f: replace(f, ES + "/data", np.zeros((50, 4, 1, 1), dtype=np.float64))),
    ("electrodes_region_2d", "rich", "2-D DynamicTableRegion where 1-D is required",
     lambda f: replace(f, ES + "/electrodes", np.arange(4, dtype=np.int64).reshape(2, 2))),
    ("position_data_5_columns", "rich", "SpatialSeries data with 5 columns (1 to 3 allowed)",
     lambda f: replace(f, "/processing/behavior/Position/position/data", np.zeros((20, 5)))),
    ("grid_spacing_4", "rich", "grid_spacing of 4 values (2 or 3 allowed)",
     lambda f: replace(f, IP + "/grid_spacing", np.zeros(4, dtype=np.float32))),
    ("file_create_date_2d", "minimal", "2-D file_create_date where 1-D is required",
     lambda f: replace(f, "/file_create_date", np.array([["2020-01-01T00:00:00"]], dtype=object), dtype=TEXT)),
    # more of each kind, across the file
    ("session_start_time_int", "minimal", "int where isodatetime is required",
     lambda f: replace(f, "/session_start_time", 20200101)),
    ("keywords_int", "rich", "int array where text is required",
     lambda f: replace(f, "/general/keywords", np.arange(3, dtype=np.int32))),
    ("spike_times_int", "rich", "int column where float64 is required",
     lambda f: replace(f, "/units/spike_times", np.arange(9, dtype=np.int64))),
    ("tags_index_float", "rich", "float VectorIndex where uint8 or wider unsigned is required",
     lambda f: replace(f, "/intervals/epochs/tags_index", np.array([1.0, 3.0]))),
    ("epochs_timeseries_float_field", "rich", "compound column with a float field where int32 is required",
     lambda f: replace(f, "/intervals/epochs/timeseries",
                       np.array([(0.5, 1, f[ES].ref)] * 2, dtype=[("idx_start", "f8"), ("count", "i4"),
                                                                 ("timeseries", h5py.ref_dtype)]))),
    ("index_target_ref_to_device", "rich", "VectorIndex.target references a Device, not a VectorData",
     lambda f: set_attr(f["/units/spike_times_index"], "target", f["/general/devices/probe"].ref,
                        dtype=h5py.ref_dtype)),
    ("electrode_group_column_refs_device", "rich", "electrodes.group references Devices, not ElectrodeGroups",
     lambda f: replace(f, "/general/extracellular_ephys/electrodes/group",
                       np.array([f["/general/devices/probe"].ref] * 4, dtype=h5py.ref_dtype))),
    ("missing_electrodes_location", "rich", "required location column of the electrodes table removed",
     lambda f: f.__delitem__("/general/extracellular_ephys/electrodes/location")),
    ("missing_rate", "rich", "required attribute rate of starting_time removed",
     lambda f: f[ES + "/starting_time"].attrs.__delitem__("rate")),
    ("subject_age_int", "rich", "int where text is required (Subject.age)",
     lambda f: replace(f, "/general/subject/age", 30)),
    ("identifier_group", "minimal", "a group where the dataset /identifier is required",
     lambda f: (f.__delitem__("/identifier"), f.create_group("/identifier"))),
    ("subject_dataset", "rich", "a dataset where the group /general/subject is required",
     lambda f: (f.__delitem__("/general/subject"), f.create_dataset("/general/subject", data="me", dtype=TEXT))),
    ("electrical_series_data_bool", "rich", "bool data where numeric is required",
     lambda f: replace(f, ES + "/data", np.zeros((50, 4), dtype=bool))),
    # references and links
    ("region_table_ref_to_device", "rich", "DynamicTableRegion.table references a Device, not a DynamicTable",
     lambda f: set_attr(f[ES + "/electrodes"], "table", f["/general/devices/probe"].ref, dtype=h5py.ref_dtype)),
    ("device_link_to_imaging_plane", "rich", "ElectrodeGroup.device links to an ImagingPlane, not a Device",
     lambda f: (f["/general/extracellular_ephys/shank0"].__delitem__("device"),
                f["/general/extracellular_ephys/shank0"].__setitem__("device", h5py.SoftLink(IP)))),
    # quantities (core has no unnamed child allowing at most one, so these are 'none where one or more required')
    ("no_optical_channel", "rich", "ImagingPlane without its required OpticalChannel(s)",
     lambda f: f.__delitem__(IP + "/OpticalChannel")),
    ("no_spatial_series", "rich", "Position without its required SpatialSeries",
     lambda f: f.__delitem__("/processing/behavior/Position/position")),
    ("no_roi_response_series", "rich", "Fluorescence without its required RoiResponseSeries",
     lambda f: f.__delitem__("/processing/ophys/Fluorescence/RoiResponseSeries")),
    # fixed values (pynwb does not check these)
    ("wrong_unit_value", "rich", "ElectricalSeries data unit is fixed to 'volts'",
     lambda f: set_attr(f[ES + "/data"], "unit", "millivolts", dtype=TEXT)),
    ("wrong_nwb_version_value", "minimal", "nwb_version differs from the cached spec's fixed value",
     lambda f: set_attr(f, "nwb_version", "2.1.0", dtype=TEXT)),
    # data type attributes
    ("subject_declared_device", "rich", "/general/subject declared a Device where a Subject is required",
     lambda f: set_attr(f["/general/subject"], "neurodata_type", "Device", dtype=TEXT)),
    ("subject_untyped", "rich", "/general/subject without its neurodata_type attribute",
     lambda f: f["/general/subject"].attrs.__delitem__("neurodata_type")),
    ("unknown_neurodata_type", "rich", "an ElectricalSeries declared as a type no namespace defines",
     lambda f: set_attr(f[ES], "neurodata_type", "NoSuchSeries", dtype=TEXT)),
]


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    src, out = argv[1], argv[2]
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name.endswith(".nwb"):
            os.remove(os.path.join(out, name))
    with open(os.path.join(out, "faults.tsv"), "w") as index:
        for name, base, what, mutate in FAULTS:
            path = os.path.join(out, name + ".nwb")
            shutil.copyfile(os.path.join(src, base + ".nwb"), path)
            with h5py.File(path, "r+") as f:
                mutate(f)
            index.write("%s\t%s\t%s\n" % (name, base, what))
    print("wrote %d broken files to %s" % (len(FAULTS), out))


if __name__ == "__main__":
    main(sys.argv)
