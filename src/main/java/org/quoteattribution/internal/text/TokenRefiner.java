package org.quoteattribution.internal.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quoteattribution.internal.lexicon.LexiconFile;

/**
 * Mends the OpenNLP tokenizer's output where the taggers expect other tokens: the English UD model leaves a
 * sentence's final period on its last word ("Lavrov.") and clitics on their host ("Trump's", "isn't"); the tagger
 * and lemmatizer were trained with both split off.
 */
final class TokenRefiner {

    static final ImmutableList<String> CLITICS = LexiconFile.lowerCaseLines("clitics.txt");

    private final Set<String> abbreviations;

    TokenRefiner(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** Token spans of {@code text} (which has straight apostrophes), refined. */
    List<int[]> refine(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size() + 8);
        for (int[] span : rejoin(text, spans)) {
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

    /**
     * Joins what the tokenizer wrongly cut: a doubled apostrophe used as a quotation mark ("' '" back to "''"), a
     * hyphenated name ("Holtz- Eakin" and "Mark -Viverito" back to "Holtz-Eakin" and "Mark-Viverito") and a dotted
     * initialism ("E.U ." and "N.Y .U ." back to "E.U." and "N.Y.U.", as the tokenizer already leaves "U.S." and
     * "C.I.A.").
     */
    private static List<int[]> rejoin(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            if (!out.isEmpty()) {
                int[] last = out.get(out.size() - 1);
                boolean touching = last[1] == span[0];
                boolean doubledApostrophe = last[1] - last[0] == 1 && text.charAt(last[0]) == '\''
                        && span[1] - span[0] == 1 && text.charAt(span[0]) == '\'';
                boolean hyphenated = last[1] - last[0] > 1 && text.charAt(last[1] - 1) == '-'
                        && Character.isLetter(text.charAt(span[0]))
                        || span[1] - span[0] > 1 && text.charAt(span[0]) == '-'
                        && Character.isLetter(text.charAt(span[0] + 1)) && Character.isLetter(text.charAt(last[1] - 1));
                if (touching && (doubledApostrophe || hyphenated
                        || isDottedInitialism(text.substring(last[0], span[1])))) {
                    last[1] = span[1];
                    continue;
                }
            }
            out.add(new int[] {span[0], span[1]});
        }
        return out;
    }

    /** Two letters or more, each but perhaps the last followed by a period: "E.U.", "N.Y.U", "e.g.", not "A." nor "E.U.-led". */
    static boolean isDottedInitialism(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            boolean letterPlace = i % 2 == 0;
            char c = word.charAt(i);
            if (letterPlace ? !Character.isLetter(c) : c != '.') {
                return false;
            }
            if (letterPlace) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * "2020,” Weaver said": the tokenizer keeps a comma on a number before a closing quotation mark, where the
     * inverted attribution looks for it on its own.
     */
    private static boolean isGluedComma(String text, int start, int end) {
        return text.charAt(end - 1) == ',' && Character.isLetterOrDigit(text.charAt(end - 2));
    }

    /** "?”" and "“We" glue a quotation mark to a word or mark; later stages look for the mark on its own. */
    private void splitClitic(String text, int start, int end, List<int[]> out) {
        if (end - start > 1 && QuotationMarks.CHARACTERS.matches(text.charAt(start))) {
            out.add(new int[] {start, start + 1});
            start++;
        }
        if (end - start > 1 && (QuotationMarks.CHARACTERS.matches(text.charAt(end - 1)) || isGluedComma(text, start, end))) {
            splitClitic(text, start, end - 1, out);
            out.add(new int[] {end - 1, end});
            return;
        }
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
