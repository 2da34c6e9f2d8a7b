package org.quoteattribution.internal.models;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quoteattribution.internal.lexicon.LexiconFile;

/**
 * Features of the run of capitalized words a token stands in, so that the first word of a long name already knows
 * how the name ends: at "Securities" in "Securities and Exchange Commission" the name finder, deciding left to right
 * and seeing one word ahead, cannot otherwise tell that an organization starts. Two runs are looked at: the plain run
 * of capitalized words ({@code cr}), and the run that also takes small joining words between two capitalized words
 * ("of", "for", "and", "&amp;", "the", "on", "'s") ({@code cx}). For each, the token gets its place in the run
 * ({@code B}, {@code I}, {@code L}; nothing for a run of one) and the run's last word in lower case, which is most
 * often the word that says what kind of name it is ("commission", "post", "county", "university"). Two options,
 * off unless the descriptor asks: {@code context}, the lower-case words just before and just after the longer
 * run ({@code cx.before}, {@code cx.after}), so that every word of a long name sees what surrounds the whole name
 * ("the ... said", "at the ... in"); and {@code titleCase}, a feature on every token of a sentence most of whose
 * words are capitalized (a headline in title case), where capitals say little.
 */
final class CapitalizedRunFeatureGenerator extends SentenceFeatureGenerator {

    private static final ImmutableSet<String> JOINING_WORDS = LexiconFile.words("capitalized-run-joiners.txt");

    private final boolean context;
    private final boolean titleCase;

    CapitalizedRunFeatureGenerator(boolean context, boolean titleCase) {
        this.context = context;
        this.titleCase = titleCase;
    }

    @Override
    List<List<String>> featuresOf(String[] tokens) {
        List<List<String>> out = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            out.add(new ArrayList<>(4));
        }
        addRuns(tokens, false, "cr", false, out);
        addRuns(tokens, true, "cx", context, out);
        if (titleCase && isTitleCase(tokens)) {
            for (List<String> features : out) {
                features.add("titlecase");
            }
        }
        return out;
    }

    /** At least four words of letters, at least three quarters of them capitalized. */
    private static boolean isTitleCase(String[] tokens) {
        int words = 0;
        int capitalized = 0;
        for (String token : tokens) {
            if (!token.isEmpty() && Character.isLetter(token.charAt(0))) {
                words++;
                if (Character.isUpperCase(token.charAt(0))) {
                    capitalized++;
                }
            }
        }
        return words >= 4 && capitalized * 4 >= words * 3;
    }

    private static void addRuns(String[] tokens, boolean joining, String prefix, boolean context,
            List<List<String>> out) {
        int i = 0;
        while (i < tokens.length) {
            if (!isCapitalized(tokens[i])) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.length) {
                if (isCapitalized(tokens[end])) {
                    end++;
                } else if (joining && end + 1 < tokens.length && isJoining(tokens[end])
                        && isCapitalized(tokens[end + 1])) {
                    end += 2;
                } else {
                    break;
                }
            }
            if (end - i > 1) {
                String last = prefix + ".last=" + tokens[end - 1].toLowerCase(Locale.ROOT);
                String first = prefix + ".first=" + tokens[i].toLowerCase(Locale.ROOT);
                String length = prefix + ".len=" + Math.min(end - i, 5);
                String before = prefix + ".before=" + (i == 0 ? "^" : tokens[i - 1].toLowerCase(Locale.ROOT));
                String after = prefix + ".after="
                        + (end == tokens.length ? "$" : tokens[end].toLowerCase(Locale.ROOT));
                for (int k = i; k < end; k++) {
                    out.get(k).add(prefix + ".at=" + (k == i ? 'B' : k == end - 1 ? 'L' : 'I'));
                    out.get(k).add(last);
                    out.get(k).add(first);
                    out.get(k).add(length);
                    if (context) {
                        out.get(k).add(before);
                        out.get(k).add(after);
                    }
                }
            }
            i = end;
        }
    }

    private static boolean isJoining(String token) {
        return JOINING_WORDS.contains(token.toLowerCase(Locale.ROOT));
    }

    private static boolean isCapitalized(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }
}
