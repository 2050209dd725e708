package org.nwbj.hdf5.internal.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;

/**
 * Runs whole filter pipelines backwards on the first chunk of every filtered dataset of the shared conformance
 * corpus (extracted by src/test/scripts/gen_corpus_chunks.py), including files written on big-endian machines.
 */
class CorpusChunksTest {
    record Stage(int id, int[] clientData) {
    }

    record Chunk(String name, int mask, int elementSize, int chunkBytes, List<Stage> pipeline) {
    }

    static Stream<Arguments> chunks() {
        String text = new String(CLibraryFixturesTest.resource("corpus/pipeline.txt"), StandardCharsets.US_ASCII);
        List<Arguments> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split(" ");
            List<Stage> stages = new ArrayList<>();
            for (String s : f[4].split(";")) {
                String[] idCd = s.split(":", -1);
                int[] cd = idCd[1].isEmpty() ? new int[0]
                        : Stream.of(idCd[1].split(",")).mapToInt(v -> (int) Long.parseLong(v)).toArray();
                stages.add(new Stage(Integer.parseInt(idCd[0]), cd));
            }
            Chunk c = new Chunk(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), stages);
            out.add(Arguments.of(Named.of(c.name(), c)));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("chunks")
    void decodesCorpusChunk(Chunk c) {
        byte[] data = CLibraryFixturesTest.resource("corpus/" + c.name() + ".enc");
        for (int i = c.pipeline().size() - 1; i >= 0; i--) {
            if ((c.mask() & (1 << i)) != 0) {
                continue; // the writer skipped this optional filter for this chunk
            }
            Stage s = c.pipeline().get(i);
            data = Filters.require(s.id()).decode(data, new FilterParameters(s.clientData(), c.elementSize(),
                    c.chunkBytes()));
        }
        assertThat(data).isEqualTo(CLibraryFixturesTest.resource("corpus/" + c.name() + ".raw"));
    }
}
