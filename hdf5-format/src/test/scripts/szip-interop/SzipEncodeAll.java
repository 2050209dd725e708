// Encodes every <name>.raw in the current directory with nwbj szip using <name>.cd; see README.md.
import java.nio.file.*;
import org.nwbj.hdf5.filter.*;
public class SzipEncodeAll {
    public static void main(String[] a) throws Exception {
        for (Path raw : Files.newDirectoryStream(Paths.get("."), "*.raw")) {
            String name = raw.getFileName().toString().replace(".raw", "");
            int[] cd = java.util.Arrays.stream(Files.readString(Paths.get(name + ".cd")).trim().split(",")).mapToInt(Integer::parseInt).toArray();
            byte[] r = Files.readAllBytes(raw);
            FilterParameters p = new FilterParameters(cd, 1, r.length);
            byte[] enc = Filters.require(4).encode(r, p);
            byte[] dec = Filters.require(4).decode(enc, p);
            System.out.println(name + " selfcheck " + java.util.Arrays.equals(dec, r));
            Files.write(Paths.get(name + ".java.enc"), enc);
        }
    }
}
