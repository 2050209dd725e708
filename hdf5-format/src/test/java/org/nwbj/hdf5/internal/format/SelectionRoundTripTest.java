package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Round trips of serialized dataspace selections: region reference selections and the generic codec. */
class SelectionRoundTripTest {
    @Test
    void regionAll() {
        byte[] b = RegionSelection.all();
        assertThat(SerializedSelection.decode(CodecTestSupport.reader(b, CodecTestSupport.O8)))
                .isInstanceOf(SerializedSelection.All.class);
    }

    /** A hyperslab comes back as its blocks in row-major order, first and last corners. */
    @Property(tries = 200)
    void regionHyperslab(@ForAll long seed) {
        Random r = new Random(seed);
        int rank = 1 + r.nextInt(3);
        long[] start = new long[rank];
        long[] stride = new long[rank];
        long[] count = new long[rank];
        long[] block = new long[rank];
        for (int d = 0; d < rank; d++) {
            start[d] = r.nextInt(1000);
            block[d] = 1 + r.nextInt(5);
            stride[d] = block[d] + r.nextInt(5);
            count[d] = 1 + r.nextInt(4);
        }
        byte[] b = RegionSelection.hyperslab(start, stride, count, block);
        SerializedSelection s = SerializedSelection.decode(CodecTestSupport.reader(b, CodecTestSupport.O8));
        assertThat(s).isInstanceOf(SerializedSelection.Blocks.class);
        SerializedSelection.Blocks blocks = (SerializedSelection.Blocks) s;
        long n = 1;
        for (long c : count) {
            n *= c;
        }
        assertThat(blocks.first().length).isEqualTo((int) n);
        long[] cell = new long[rank];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < rank; d++) {
                assertThat(blocks.first()[i][d]).isEqualTo(start[d] + cell[d] * stride[d]);
                assertThat(blocks.last()[i][d]).isEqualTo(start[d] + cell[d] * stride[d] + block[d] - 1);
            }
            for (int d = rank - 1; d >= 0; d--) {
                if (++cell[d] < count[d]) {
                    break;
                }
                cell[d] = 0;
            }
        }
    }

    @Property(tries = 200)
    void serializedSelection(@ForAll long seed) {
        Random r = new Random(seed);
        int rank = 1 + r.nextInt(4);
        SerializedSelection s;
        SerializedSelection expected = null;
        switch (r.nextInt(4)) {
            case 0 -> s = new SerializedSelection.All();
            case 1 -> s = new SerializedSelection.None();
            case 2 -> {
                long[][] coords = new long[1 + r.nextInt(10)][rank];
                for (long[] c : coords) {
                    for (int d = 0; d < rank; d++) {
                        c[d] = r.nextBoolean() ? r.nextInt(1000) : r.nextLong() & Long.MAX_VALUE;
                    }
                }
                s = new SerializedSelection.Points(rank, coords);
            }
            default -> {
                long[] start = new long[rank];
                long[] stride = new long[rank];
                long[] count = new long[rank];
                long[] block = new long[rank];
                for (int d = 0; d < rank; d++) {
                    start[d] = r.nextInt(1 << 20);
                    block[d] = 1 + r.nextInt(9);
                    stride[d] = block[d] + r.nextInt(9);
                    count[d] = 1 + r.nextInt(9);
                }
                boolean unlimited = r.nextBoolean();
                if (unlimited) {
                    count[0] = SerializedSelection.UNLIMITED;
                }
                SerializedSelection.Regular g = new SerializedSelection.Regular(start, stride, count, block);
                s = g;
                // a limited hyperslab is stored as its block list, as the C library stores it
                expected = unlimited ? g : SerializedSelection.toBlocks(g);
            }
        }
        FormatWriter w = new FormatWriter(CodecTestSupport.O8);
        SerializedSelection.encode(s, w);
        byte[] b = w.toByteArray();
        SerializedSelection back = SerializedSelection.decode(CodecTestSupport.reader(b, CodecTestSupport.O8));
        assertThat(back).usingRecursiveComparison().isEqualTo(expected == null ? s : expected);
    }
}
