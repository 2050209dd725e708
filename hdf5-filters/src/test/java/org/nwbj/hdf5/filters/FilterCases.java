package org.nwbj.hdf5.filters;

import java.util.List;

import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;

/** Filter configurations that every codec test and property runs over. */
final class FilterCases {
    private FilterCases() {
    }

    /** One filter with client data as the writer stores it, for elements of {@code elementSize} bytes. */
    record Case(String name, int id, int elementSize, int[] clientData) {
        Filter filter() {
            return Filters.require(id);
        }

        FilterParameters parameters(int chunkBytes) {
            return new FilterParameters(clientData, elementSize, chunkBytes);
        }

        byte[] encode(byte[] raw) {
            return filter().encode(raw, parameters(raw.length));
        }

        byte[] decode(byte[] encoded, int chunkBytes) {
            return filter().decode(encoded, parameters(chunkBytes));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> all() {
        return List.of(
                new Case("lz4", 32004, 1, new int[0]),
                new Case("lz4 blocks of 1000", 32004, 1, new int[] {1000}),
                new Case("bitshuffle none, 2-byte", 32008, 2, new int[] {0, 3, 2, 0, 0}),
                new Case("bitshuffle lz4, 2-byte", 32008, 2, new int[] {0, 3, 2, 0, 2}),
                new Case("bitshuffle lz4, 4-byte, block 64", 32008, 4, new int[] {0, 3, 4, 64, 2}),
                new Case("bitshuffle lz4, 3-byte", 32008, 3, new int[] {0, 3, 3, 0, 2}),
                new Case("bzip2 level 9", 307, 1, new int[] {9}),
                new Case("bzip2 level 1", 307, 4, new int[] {1}),
                new Case("blosc blosclz byte shuffle 4", 32001, 4, new int[] {2, 2, 4, 0, 5, 1, 0}),
                new Case("blosc lz4 byte shuffle 2", 32001, 2, new int[] {2, 2, 2, 0, 5, 1, 1}),
                new Case("blosc lz4 bit shuffle 8", 32001, 8, new int[] {2, 2, 8, 0, 9, 2, 1}),
                new Case("blosc zlib no shuffle 3", 32001, 3, new int[] {2, 2, 3, 0, 4, 0, 4}),
                new Case("blosc blosclz level 1, 1-byte", 32001, 1, new int[] {2, 2, 1, 0, 1, 1, 0}),
                new Case("blosc zstd bit shuffle 2", 32001, 2, new int[] {2, 2, 2, 0, 5, 2, 5}),
                new Case("zstd", 32015, 1, new int[] {3}),
                new Case("bitshuffle zstd, 4-byte", 32008, 4, new int[] {0, 3, 4, 0, 3, 3}));
    }
}
