package org.quoteattribution.internal.entities;

import java.util.Locale;
import java.util.Optional;

/** The kinds of names the name-finder model tells apart; the model's own type names are their lower-case forms. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC;

    /** The type name the model was trained with ({@code "person"}, ...). */
    public String modelName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type for a model type name; empty for a name this library does not know (a model trained elsewhere). */
    public static Optional<EntityType> ofModelName(String name) {
        for (EntityType type : values()) {
            if (type.modelName().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
