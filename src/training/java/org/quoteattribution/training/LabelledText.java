package org.quoteattribution.training;

import java.util.List;

/**
 * One training document as running text with its names as character ranges. Keeping names as characters, not as
 * the corpus's tokens, lets {@link Retokenizer} cut the text the way the library does.
 */
record LabelledText(String name, String text, List<Name> names) {

    LabelledText {
        names = List.copyOf(names);
    }

    /** A name: characters [{@code start}, {@code end}) of the text, of a model type ({@code "person"}, ...). */
    record Name(int start, int end, String type) {
    }
}
