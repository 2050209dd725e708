package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files whose datatype, dataspace and attribute messages the C library stored once in the shared object header
 * message heap (H5Pset_shared_mesg_*, called through ctypes: h5py has no call for it): nwbj finds them through the
 * shared message table, and a damaged table fails its checksum instead of giving wrong data.
 */
@Tag("interop")
class SharedMessagesInteropTest {
    @TempDir
    Path dir;

    static final String WRITE = String.join("\n",
            "import ctypes, glob, sys, h5py, numpy as np",
            "lib = None",
            "for cand in sorted(glob.glob('/usr/lib/*/libhdf5_serial.so*')) + sorted(glob.glob('/usr/lib/*/libhdf5.so*')):",
            "    try:",
            "        lib = ctypes.CDLL(cand)",
            "        break",
            "    except OSError:",
            "        pass",
            "fcpl = h5py.h5p.create(h5py.h5p.FILE_CREATE)",
            "assert lib.H5Pset_shared_mesg_nindexes(ctypes.c_int64(fcpl.id), 2) >= 0",
            "# index 0: dataspace and datatype messages; index 1: attributes",
            "assert lib.H5Pset_shared_mesg_index(ctypes.c_int64(fcpl.id), 0, 0x0a, 1) >= 0",
            "assert lib.H5Pset_shared_mesg_index(ctypes.c_int64(fcpl.id), 1, 0x1000, 1) >= 0",
            "fid = h5py.h5f.create(sys.argv[1].encode(), h5py.h5f.ACC_TRUNC, fcpl=fcpl)",
            "with h5py.File(fid) as f:",
            "    for i in range(60):",
            "        d = f.create_dataset('d%d' % i, data=np.arange(4 * i, 4 * i + 4, dtype='<i4'))",
            "        d.attrs['unit'] = 'volts'",
            "        d.attrs['scale'] = np.float64(i)",
            "print('written')");

    @Test
    void sharedMessages_readThroughTheTable_andADamagedTableFailsItsChecksum() throws Exception {
        Path file = dir.resolve("sohm.h5");
        assertThat(WriterInteropTest.python(WRITE, file)).isEqualTo("written");
        byte[] bytes = Files.readAllBytes(file);
        int table = indexOf(bytes, "SMTB".getBytes(StandardCharsets.US_ASCII));
        assertThat(table).as("the C library wrote a shared message table").isPositive();

        try (Hdf5File f = Hdf5File.open(file)) {
            for (int i = 0; i < 60; i++) {
                Dataset d = f.dataset("/d" + i);
                assertThat(d.readInts()).containsExactly(4 * i, 4 * i + 1, 4 * i + 2, 4 * i + 3);
                assertThat(d.attribute("unit").readString()).isEqualTo("volts");
                assertThat(d.attribute("scale").readDouble()).isEqualTo(i);
            }
        }

        bytes[table + 6] ^= 0x5a;   // inside the first index record, covered by the table's checksum
        Path damaged = dir.resolve("damaged.h5");
        Files.write(damaged, bytes);
        assertThatThrownBy(() -> {
            try (Hdf5File f = Hdf5File.open(damaged)) {
                f.dataset("/d1").readInts();
                f.dataset("/d1").attribute("unit").readString();
            }
        }).isInstanceOf(Hdf5ChecksumException.class);
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
