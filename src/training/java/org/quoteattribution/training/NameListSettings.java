package org.quoteattribution.training;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code --names} option: which types the name list holds, how often (and how consistently) the training data
 * must label a name for it to be listed, and how many tokens either side see a token's name-list features. Written
 * {@code TYPES:MIN_COUNT:MIN_SHARE:WINDOW}, e.g. {@code organization,person:2:0.5:1}; {@code none} for no list.
 */
record NameListSettings(Set<String> types, int minCount, double minShare, int window) {

    static final NameListSettings NONE = new NameListSettings(Set.of(), 0, 0, 0);

    static NameListSettings parse(String spec) {
        if (spec.equals("none")) {
            return NONE;
        }
        String[] parts = spec.split(":");
        if (parts.length != 4) {
            throw new IllegalArgumentException("--names is none or TYPES:MIN_COUNT:MIN_SHARE:WINDOW, not " + spec);
        }
        Set<String> types = new LinkedHashSet<>(Set.of(parts[0].split(",")));
        return new NameListSettings(types, Integer.parseInt(parts[1]), Double.parseDouble(parts[2]),
                Integer.parseInt(parts[3]));
    }

    boolean enabled() {
        return !types.isEmpty();
    }
}
