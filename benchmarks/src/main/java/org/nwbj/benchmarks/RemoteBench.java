package org.nwbj.benchmarks;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.Selection;

/**
 * nwbj's side of benchmarks/remote.sh: open a remote NWB file, list every object with its neurodata_type (as
 * h5py's visititems does), then read rows 5000..5999 of one series; one JSON line of times.
 */
public final class RemoteBench {
    private RemoteBench() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        int objects = 0;
        double check;
        long t1;
        long t2;
        try (Hdf5File f = Hdf5File.open(URI.create(args[0]))) {
            Deque<Group> todo = new ArrayDeque<>();
            todo.add(f.root());
            while (!todo.isEmpty()) {
                Group g = todo.poll();
                for (Link l : g.links()) {
                    if (!(l instanceof Link.Hard)) {
                        continue;
                    }
                    Node n = g.get(l.name());
                    objects++;
                    n.attributes(); // reads the attributes as listing neurodata types does
                    if (n instanceof Group child) {
                        todo.add(child);
                    }
                }
            }
            t1 = System.nanoTime();
            Dataset d = (Dataset) f.get(args[1]);
            double[] rows = d.readDoubles(Selection.rows(d.space().dims(), 5000, 1000));
            t2 = System.nanoTime();
            check = 0;
            for (double v : rows) {
                check += v;
            }
        }
        System.out.println(String.format(Locale.ROOT,
                "{\"peer\": \"nwbj\", \"objects\": %d, \"list_s\": %.6f, \"slice_s\": %.6f, \"check\": %.1f}", objects,
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, check));
    }
}
