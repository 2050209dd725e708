/**
 * HDF5 datatypes as values: integers, floats, strings, compounds, enums, arrays, variable-length sequences,
 * opaque, bitfield, time and reference types; {@link org.nwbj.hdf5.type.DataTypes} holds the common ones.
 */
package org.nwbj.hdf5.type;
