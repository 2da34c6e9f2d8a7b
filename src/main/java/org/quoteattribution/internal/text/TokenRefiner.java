package org.quoteattribution.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends the OpenNLP tokenizer's output where the taggers expect other tokens: the English UD model leaves a
 * sentence's final period on its last word ("Lavrov.") and clitics on their host ("Trump's", "isn't"); the tagger
 * and lemmatizer were trained with both split off.
 */
final class TokenRefiner {

    private static final List<String> CLITICS = List.of("n't", "'s", "'re", "'ll", "'ve", "'m", "'d");

    private final Set<String> abbreviations;

    TokenRefiner(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** Token spans of {@code text} (which has straight apostrophes), refined. */
    List<int[]> refine(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size() + 8);
        for (int[] span : spans) {
            int start = span[0];
            int end = span[1];
            if (end - start > 1 && text.charAt(end - 1) == '.' && isWordBeforePeriod(text, start, end - 1)) {
                splitClitic(text, start, end - 1, out);
                out.add(new int[] {end - 1, end});
            } else {
                splitClitic(text, start, end, out);
            }
        }
        return out;
    }

    private void splitClitic(String text, int start, int end, List<int[]> out) {
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        for (String clitic : CLITICS) {
            if (lower.length() > clitic.length() && lower.endsWith(clitic)
                    && Character.isLetter(lower.charAt(lower.length() - clitic.length() - 1))) {
                int cut = end - clitic.length();
                out.add(new int[] {start, cut});
                out.add(new int[] {cut, end});
                return;
            }
        }
        out.add(new int[] {start, end});
    }

    /** True for "Lavrov" in "Lavrov.", false for abbreviations and initials ("Gen", "U.S", "J"). */
    private boolean isWordBeforePeriod(String text, int start, int end) {
        String word = text.substring(start, end);
        if (word.isEmpty() || word.indexOf('.') >= 0 || !Character.isLetterOrDigit(word.charAt(word.length() - 1))) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return !abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }
}
