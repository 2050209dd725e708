package org.nwbj.hdf5.links;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The rewriting process of {@link RebaseKillTest}: rebases the links of the files given from {@code srcA} to
 * {@code srcB} and back, round after round, saying "round N" before each, until killed; each file is planned and
 * written in turn, as {@code nwbj links rebase FILE} would.
 */
public final class RebaseChild {
    private RebaseChild() {
    }

    public static void main(String[] args) {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            files.add(Paths.get(a));
        }
        LinkRewriter rw = new LinkRewriter(new LinkInspector());
        for (int round = 0; ; round++) {
            System.out.println("round " + round);
            System.out.flush();
            String from = round % 2 == 0 ? "srcA" : "srcB";
            String to = round % 2 == 0 ? "srcB" : "srcA";
            // file by file, so that kills land among the writes rather than mostly in the planning
            for (Path f : files) {
                List<LinkChange> plan = rw.planRebase(List.of(f), from, to);
                for (LinkChange c : plan) {
                    if (!c.resolves()) {
                        throw new IllegalStateException("does not resolve: " + c);
                    }
                }
                rw.apply(plan, false);
            }
        }
    }
}
