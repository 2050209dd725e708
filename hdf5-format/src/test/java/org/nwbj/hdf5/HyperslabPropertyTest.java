package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.nwbj.hdf5.testing.TestFiles;

/** A hyperslab read equals the same elements picked out of a whole read, for every layout. */
class HyperslabPropertyTest {
    private static final String[] DATASETS = {"/chunked_2d_partial", "/contiguous", "/chunked_unlimited",
        "/chunked_single", "/compact_i4", "/chunked_many"};

    @Property(tries = 300)
    void hyperslabEqualsSliceOfWholeRead(@ForAll @IntRange(min = 0, max = 5) int which,
            @ForAll @IntRange(min = 0, max = 1000) int s0, @ForAll @IntRange(min = 0, max = 1000) int s1,
            @ForAll @IntRange(min = 1, max = 4) int stride0, @ForAll @IntRange(min = 1, max = 4) int stride1,
            @ForAll @IntRange(min = 1, max = 3) int block0, @ForAll @IntRange(min = 1, max = 3) int block1) {
        try (Hdf5File f = Hdf5File.open(TestFiles.corpus("layout_earliest.h5"))) {
            Dataset d = (Dataset) f.get(DATASETS[which]);
            long[] dims = d.space().dims();
            long[] all = d.readLongs();
            int rank = dims.length;
            long[] start = new long[rank];
            long[] stride = new long[rank];
            long[] count = new long[rank];
            long[] block = new long[rank];
            int[] s = {s0, s1};
            int[] st = {Math.max(stride0, block0), Math.max(stride1, block1)};
            int[] bl = {block0, block1};
            for (int i = 0; i < rank; i++) {
                start[i] = s[i] % dims[i];
                block[i] = Math.min(bl[i], dims[i] - start[i]);
                stride[i] = Math.max(st[i], block[i]);
                count[i] = 1 + (dims[i] - start[i] - block[i]) / stride[i];
            }
            Selection sel = new Selection(start, stride, count, block);
            long[] got = d.readLongs(sel);
            long[] shape = sel.shape();
            long n = sel.elementCount();
            assertThat(got).hasSize((int) n);
            for (int k = 0; k < n; k++) {
                // output index k -> coordinates in the selection -> dataset coordinates
                long rem = k;
                long flat = 0;
                long mul = 1;
                long[] coord = new long[rank];
                for (int i = rank - 1; i >= 0; i--) {
                    long c = rem % shape[i];
                    rem /= shape[i];
                    coord[i] = start[i] + (c / block[i]) * stride[i] + c % block[i];
                }
                for (int i = rank - 1; i >= 0; i--) {
                    flat += coord[i] * mul;
                    mul *= dims[i];
                }
                assertThat(got[k]).as("element %d of %s", k, sel).isEqualTo(all[(int) flat]);
            }
        }
    }
}
