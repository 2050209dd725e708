/*
 * Writes resources/clib/cache_image_latest.h5: a file closed with a metadata cache image, as HDF5 1.10's
 * H5Pset_mdc_image_config makes it (the h5clear tests' image files are made the same way).
 * Build: gcc gen_cache_image.c -I/usr/include/hdf5/serial -L/usr/lib/x86_64-linux-gnu/hdf5/serial -lhdf5
 * (Debian: apt-get install libhdf5-dev); run: ./a.out cache_image_latest.h5
 */
#include "hdf5.h"

int main(int argc, char **argv) {
    hid_t fapl = H5Pcreate(H5P_FILE_ACCESS);
    H5Pset_libver_bounds(fapl, H5F_LIBVER_LATEST, H5F_LIBVER_LATEST);
    H5AC_cache_image_config_t image;
    image.version = H5AC__CURR_CACHE_IMAGE_CONFIG_VERSION;
    image.generate_image = 1;
    image.save_resize_status = 0;
    image.entry_ageout = H5AC__CACHE_IMAGE__ENTRY_AGEOUT__NONE;
    H5Pset_mdc_image_config(fapl, &image);
    hid_t file = H5Fcreate(argv[1], H5F_ACC_TRUNC, H5P_DEFAULT, fapl);
    hsize_t dims[2] = {3, 4};
    hid_t space = H5Screate_simple(2, dims, NULL);
    hid_t group = H5Gcreate2(file, "group", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    hid_t dset = H5Dcreate2(group, "data", H5T_STD_I32LE, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    int values[12];
    for (int i = 0; i < 12; i++) {
        values[i] = i * 3;
    }
    H5Dwrite(dset, H5T_NATIVE_INT, H5S_ALL, H5S_ALL, H5P_DEFAULT, values);
    H5Dclose(dset);
    H5Gclose(group);
    H5Sclose(space);
    H5Fclose(file);
    H5Pclose(fapl);
    return 0;
}
