/**
 * The NWB/HDMF specification language: namespaces and specs loaded from YAML or from the JSON cached in NWB
 * files, inheritance resolved by {@link org.nwbj.nwb.schema.SpecCatalog}, and a
 * {@link org.nwbj.nwb.schema.Validator} that checks any {@link org.nwbj.nwb.schema.SpecNode} tree. Knows nothing
 * of HDF5.
 */
package org.nwbj.nwb.schema;
