package org.nwbj.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code nwbj demo}: for now, reads a bundled NWB file (written by pynwb) with the pure-Java reader and prints its
 * tree with each object's neurodata_type and each dataset's shape. The NWB tutorial workflow comes later.
 */
@Command(name = "demo", description = "Read a bundled NWB sample (or FILE) and print its tree.")
final class DemoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "an HDF5/NWB file (default: the bundled sample)")
    Path file;

    @Override
    public Integer call() throws Exception {
        Path p = file;
        if (p == null) {
            p = Files.createTempFile("nwbj-sample", ".nwb");
            p.toFile().deleteOnExit();
            try (InputStream in = DemoCommand.class.getResourceAsStream("sample.nwb")) {
                Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            }
            System.out.println("nwbj demo: reading the bundled sample NWB file (written by pynwb) in pure Java");
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            System.out.println("superblock v" + f.info().superblockVersion() + ", " + Walker.count(f));
            print(f.root(), "");
        }
        return 0;
    }

    private void print(Group g, String indent) {
        for (Link l : g.links()) {
            if (l instanceof Link.Soft s) {
                System.out.println(indent + l.name() + " -> " + s.target() + " (soft link)");
                continue;
            }
            if (l instanceof Link.External e) {
                System.out.println(indent + l.name() + " -> " + e.file() + ":" + e.target() + " (external link)");
                continue;
            }
            Node n = g.get(l.name());
            String type = n.hasAttribute("neurodata_type") ? " <" + first(n.attribute("neurodata_type")) + ">" : "";
            if (n instanceof Dataset d) {
                String value = d.space().elementCount() == 1 ? " = " + shorten(String.valueOf(d.readValues()[0])) : "";
                System.out.println(indent + l.name() + type + " " + d.space() + value);
            } else if (n instanceof Group child) {
                System.out.println(indent + l.name() + "/" + type);
                print(child, indent + "  ");
            }
        }
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private static Object first(Attribute a) {
        Object[] v = a.readValues();
        return v.length == 0 ? "" : v[0];
    }
}
