package org.nwbj.nwb.schema;

import java.util.List;
import java.util.Objects;
import org.nwbj.nwb.schema.internal.Lists;

/**
 * A group: a container of attributes, datasets, subgroups and links.
 *
 * @param typeDef the type this spec defines, or null
 * @param typeInc the type it includes (extends), or null
 * @param name a fixed name, or null
 * @param defaultName the name to use when none is given, or null
 * @param doc the spec's description
 * @param quantity how many instances a parent may hold
 * @param linkable whether a link may stand for the group
 * @param attributes the attribute specs
 * @param datasets the dataset specs
 * @param groups the subgroup specs
 * @param links the link specs
 */
public record GroupSpec(String typeDef, String typeInc, String name, String defaultName, String doc,
        Quantity quantity, boolean linkable, List<AttributeSpec> attributes, List<DatasetSpec> datasets,
        List<GroupSpec> groups, List<LinkSpec> links) implements StorageSpec {
    /**
     * Checks that there is a quantity and copies the member lists into unmodifiable lists.
     *
     * @param typeDef the type this spec defines, or null
     * @param typeInc the type it includes (extends), or null
     * @param name a fixed name, or null
     * @param defaultName the name to use when none is given, or null
     * @param doc the spec's description
     * @param quantity how many instances a parent may hold
     * @param linkable whether a link may stand for the group
     * @param attributes the attribute specs
     * @param datasets the dataset specs
     * @param groups the subgroup specs
     * @param links the link specs
     */
    public GroupSpec {
        Objects.requireNonNull(quantity, "quantity");
        attributes = Lists.copy(attributes);
        datasets = Lists.copy(datasets);
        groups = Lists.copy(groups);
        links = Lists.copy(links);
    }

    /**
     * {@return the dataset with this fixed name, or {@code null}}
     *
     * @param name the fixed name
     */
    public DatasetSpec dataset(String name) {
        for (DatasetSpec d : datasets) {
            if (name.equals(d.name())) {
                return d;
            }
        }
        return null;
    }

    /**
     * {@return the subgroup with this fixed name, or {@code null}}
     *
     * @param name the fixed name
     */
    public GroupSpec group(String name) {
        for (GroupSpec g : groups) {
            if (name.equals(g.name())) {
                return g;
            }
        }
        return null;
    }

    /**
     * {@return the link with this fixed name, or {@code null}}
     *
     * @param name the fixed name
     */
    public LinkSpec link(String name) {
        for (LinkSpec l : links) {
            if (name.equals(l.name())) {
                return l;
            }
        }
        return null;
    }
}
