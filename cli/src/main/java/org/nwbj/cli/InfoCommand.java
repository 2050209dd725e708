package org.nwbj.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.FileInfo;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code nwbj info FILE}: superblock, sizes, driver and object counts. */
@Command(name = "info", description = "Show the superblock, driver and object counts of a file.")
final class InfoCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    FileOptions fileOptions;

    @Parameters(paramLabel = "FILE")
    String file;

    @Override
    public Integer call() {
        try (Hdf5File f = fileOptions.open(file)) {
            FileInfo i = f.info();
            System.out.println("file:               " + file);
            System.out.println("driver:             " + i.driver());
            System.out.println("superblock version: " + i.superblockVersion());
            System.out.println("offsets/lengths:    " + i.offsetSize() + "/" + i.lengthSize() + " bytes");
            System.out.println("user block:         " + i.userBlockSize() + " bytes");
            System.out.println("end of file:        " + i.endOfFileAddress());
            Walker.Counts c = Walker.count(f);
            System.out.println("groups:             " + c.groups());
            System.out.println("datasets:           " + c.datasets());
            System.out.println("named datatypes:    " + c.datatypes());
            System.out.println("soft links:         " + c.softLinks());
            System.out.println("external links:     " + c.externalLinks());
            if (NwbTypes.isNwb(f)) {
                nwbInfo(f);
            }
        }
        return 0;
    }

    /** NWB files: version, identity, how many objects of each neurodata type, and every soft/external link. */
    private static void nwbInfo(Hdf5File f) {
        System.out.println("nwb_version:        " + NwbTypes.text(f.root(), "nwb_version"));
        for (String name : new String[] {"identifier", "session_description", "session_start_time"}) {
            if (f.root().get(name) instanceof Dataset d && d.space().elementCount() == 1) {
                System.out.println(String.format("%-20s", name + ":") + d.readValues()[0]);
            }
        }
        Map<String, Integer> types = new TreeMap<>();
        List<String> links = new ArrayList<>();
        for (Walker.Entry e : Walker.walk(f).entries()) {
            if (e.node() != null && !e.path().startsWith("/specifications")) {
                String t = NwbTypes.text(e.node(), "neurodata_type");
                if (t != null) {
                    types.merge(t, 1, Integer::sum);
                }
            } else if (e.link() instanceof Link.Soft s) {
                links.add(e.path() + "  Soft Link {" + s.target() + "}");
            } else if (e.link() instanceof Link.External x) {
                links.add(e.path() + "  External Link {" + x.file() + "/" + x.target() + "}");
            }
        }
        System.out.println("neurodata types:    " + types.size());
        for (Map.Entry<String, Integer> t : types.entrySet()) {
            System.out.println(String.format("  %-28s %d", t.getKey(), t.getValue()));
        }
        System.out.println("links:              " + links.size());
        for (String l : links) {
            System.out.println("  " + l);
        }
    }
}
