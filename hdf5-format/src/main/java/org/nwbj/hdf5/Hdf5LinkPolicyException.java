package org.nwbj.hdf5;

/** An external link leads to a file the {@link LinkPolicy} in effect does not allow to open. */
public class Hdf5LinkPolicyException extends Hdf5Exception {
    /**
     * A refused external link.
     *
     * @param link the link's path
     * @param target the file it leads to
     * @param policy the policy that refused it
     */
    public Hdf5LinkPolicyException(String link, String target, LinkPolicy policy) {
        super("external link " + link + " to file " + target + " refused by " + policy
                + " (set OpenOptions.withLinkPolicy to allow it)");
    }
}
