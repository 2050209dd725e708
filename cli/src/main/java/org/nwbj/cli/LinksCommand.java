package org.nwbj.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.hdf5.links.LinkChange;
import org.nwbj.hdf5.links.LinkInspector;
import org.nwbj.hdf5.links.LinkReport;
import org.nwbj.hdf5.links.LinkStatus;
import org.nwbj.hdf5.links.StoredLink;
import org.nwbj.nwb.NwbLinkRules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code nwbj links check|rebase|repair|graph}: the health of external links across a tree of HDF5/NWB files
 * (see docs/links.md).
 */
@Command(name = "links", mixinStandardHelpOptions = true,
        description = "Check, rebase, repair and graph the external links of HDF5/NWB files (docs/links.md).",
        subcommands = {LinksCheckCommand.class, LinksRebaseCommand.class, LinksRepairCommand.class,
                LinksGraphCommand.class})
final class LinksCommand implements Runnable {
    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "links: name a subcommand: check, rebase, "
                + "repair or graph");
    }

    /** The inspector every links subcommand uses: the link policy of the options, NWB's rules. */
    static LinkInspector inspector(LinkOptions options) {
        return new LinkInspector(OpenOptions.defaults().withLinkPolicy(options.linkPolicy()), new NwbLinkRules());
    }

    static List<Path> paths(List<String> names) {
        return names.stream().map(Path::of).toList();
    }

    /** {@code   /link/path -> file:/object  VERDICT (detail)}; a virtual dataset's source marked {@code [vds]}. */
    static String line(LinkStatus s) {
        String head = "  " + s.link().linkPath() + (s.link().virtual() ? " [vds]" : "") + " -> "
                + s.link().targetFile() + ":" + s.link().targetPath() + "  ";
        if (!s.broken()) {
            return head + "ok (" + s.kind().name().toLowerCase(java.util.Locale.ROOT) + " in " + s.resolvedFile() + ")";
        }
        return head + "BROKEN " + s.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (s.detail() == null ? "" : ": " + s.detail().replace('\n', ' '));
    }

    /** The report as text: each file, its links, then the unreadable files and the summary line. */
    static void printReport(LinkReport r, boolean brokenOnly, PrintStream out) {
        for (Path f : r.files()) {
            List<LinkStatus> of = r.links().stream().filter(s -> s.link().file().equals(f))
                    .filter(s -> !brokenOnly || s.broken()).toList();
            if (!of.isEmpty()) {
                out.println(f);
                of.forEach(s -> out.println(line(s)));
            }
        }
        r.unreadable().forEach((f, why) -> out.println(f + ": UNREADABLE: " + why.replace('\n', ' ')));
        out.println(r.summary());
    }

    /** The report as one JSON object: files, links (with verdicts), unreadable files, counts. */
    static String json(LinkReport r) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("files");
            for (Path f : r.files()) {
                g.writeString(f.toString());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("links");
            for (LinkStatus s : r.links()) {
                g.writeStartObject();
                writeLink(g, s.link());
                g.writeStringField("status", s.verdict().name());
                g.writeBooleanField("broken", s.broken());
                if (s.resolvedFile() != null) {
                    g.writeStringField("resolvedFile", s.resolvedFile().toString());
                }
                if (s.kind() != null) {
                    g.writeStringField("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
                }
                if (s.detail() != null) {
                    g.writeStringField("detail", s.detail());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("unreadable");
            for (var e : r.unreadable().entrySet()) {
                g.writeStringField(e.getKey().toString(), e.getValue());
            }
            g.writeEndObject();
            g.writeNumberField("linkCount", r.links().size());
            g.writeNumberField("fileCount", r.files().size());
            g.writeNumberField("brokenCount", r.broken().size());
            g.writeStringField("summary", r.summary());
            g.writeEndObject();
        }
        return w.toString();
    }

    /** The fields naming a link: file, link, kind ("external" or "virtual"), targetFile, targetPath. */
    static void writeLink(JsonGenerator g, StoredLink l) throws IOException {
        g.writeStringField("file", l.file().toString());
        g.writeStringField("link", l.linkPath());
        g.writeStringField("kind", l.virtual() ? "virtual" : "external");
        g.writeStringField("targetFile", l.targetFile());
        g.writeStringField("targetPath", l.targetPath());
    }

    /** A JSON object written by {@code body}, pretty-printed. */
    static String jsonObject(JsonBody body) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        }
        return w.toString();
    }

    /** Writes the fields of a JSON object. */
    interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    /** {@code FILE:/link/path: OLD -> NEW}, with why a change is refused. */
    static String change(LinkChange c, boolean refused) {
        return c.link().file() + ":" + c.link().linkPath() + ": " + c.link().targetFile() + " -> " + c.newFile()
                + (c.writable() ? "" : "  NOT WRITABLE: nwbj cannot rewrite a virtual dataset's mappings in place yet")
                + (c.resolves() ? "" : (refused ? "  REFUSED: " : "  (forced) ") + c.after().verdict().name()
                        .toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + (c.after().detail() == null ? "" : ": " + c.after().detail().replace('\n', ' ')));
    }
}
