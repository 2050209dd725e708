package org.nwbj.hdf5;

/** An external link leads to a file the {@link LinkPolicy} in effect does not allow to open. */
public class Hdf5LinkPolicyException extends Hdf5Exception {
    public Hdf5LinkPolicyException(String link, String target, LinkPolicy policy) {
        super("external link " + link + " to file " + target + " refused by " + policy
                + " (set OpenOptions.withLinkPolicy to allow it)");
    }
}
