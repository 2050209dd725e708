package org.nwbj.hdf5.internal.engine.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nwbj.hdf5.internal.format.BTreeV1Node;

/** Writes a version 1 B-tree chunk index bottom up, nodes of room for 2K children (K = 32, the default). */
public final class ChunkBTreeWriter {
    public static final int K = 32;

    private ChunkBTreeWriter() {
    }

    /**
     * Writes the tree over chunks sorted by their offsets; {@code keys} has one more entry than {@code children}
     * (the last bounds the last chunk). Returns the root's address.
     */
    public static long write(FileWriterSupport out, List<long[]> keys, long[] children, int rank) {
        return write(out, keys, children, rank, K);
    }

    /** Like {@link #write(FileWriterSupport, List, long[], int)} with nodes for the file's own K. */
    public static long write(FileWriterSupport out, List<long[]> keys, long[] children, int rank, int k) {
        int level = 0;
        List<long[]> levelKeys = keys;
        long[] levelChildren = children;
        while (true) {
            int n = levelChildren.length;
            int per = 2 * k;
            int nodes = (n + per - 1) / per;
            List<long[]> upKeys = new ArrayList<>();
            long[] upChildren = new long[nodes];
            for (int i = 0; i < nodes; i++) {
                int from = i * per;
                int to = Math.min(n, from + per);
                long[] kids = Arrays.copyOfRange(levelChildren, from, to);
                List<long[]> nodeKeys = new ArrayList<>(levelKeys.subList(from, to + 1));
                byte[] node = BTreeV1Node.encodeChunkNode(level, -1, -1, nodeKeys, kids, k, rank, out.ctx());
                upChildren[i] = out.allocate(node.length);
                out.write(upChildren[i], node);
                upKeys.add(levelKeys.get(from));
            }
            upKeys.add(levelKeys.get(levelKeys.size() - 1));
            if (nodes == 1) {
                return upChildren[0];
            }
            levelKeys = upKeys;
            levelChildren = upChildren;
            level++;
        }
    }
}
