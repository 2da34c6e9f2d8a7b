package org.quoteattribution.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the rest of the article says about a word, given to the name finder as OpenNLP's "additional context" (the
 * model sees each feature as {@code ne=NAME} on the token and, through OpenNLP's fixed window, on the eight tokens
 * either side). The name finder tags each sentence on its own; these features let it use the article anyway, the
 * way global features do in Chieu and Ng (2002). An experiment of the training command ({@code --document-features
 * on}, measured on held-out training documents, see {@code models/README.md}); it did not help, so the library's
 * {@code EntityTagger} does not compute them, and a model trained with them is for measuring only. To ship one,
 * {@code EntityTagger} would pass these features (computed once per document from the name finder's token forms) to
 * {@code NameFinderME.find(tokens, additionalContext)}.
 *
 * <ul>
 * <li>{@code lower}: a capitalized word whose lower-case form stands elsewhere in the article (a common word
 *     capitalized by a headline or by the sentence start, not a name);</li>
 * <li>{@code cap}: a capitalized word that stands capitalized elsewhere in the article, not first in its sentence
 *     (a sentence's first word or a headline word that is a name elsewhere);</li>
 * <li>{@code acronym}: an all-capital word ("NRA", "E.U.") that spells the initials of a run of capitalized words
 *     elsewhere in the article ("National Rifle Association"; "of", "for", "and", "&amp;", "the", "on" may join them);</li>
 * <li>{@code expanded}: a word inside such a run whose initials stand elsewhere as an all-capital word.</li>
 * </ul>
 * Linear in the article's length: every word is looked up in hash sets once, and initials are only taken of runs of
 * 2 to {@value #MAX_INITIALS} capitalized words.
 */
final class DocumentFeatures {

    static final int MAX_INITIALS = 6;
    private static final Set<String> JOINING_WORDS = Set.of("of", "for", "and", "&", "the", "on");

    private DocumentFeatures() {
    }

    /** Per sentence, per token, the token's features (an empty array when it has none). */
    static List<String[][]> of(List<String[]> sentences) {
        Set<String> words = new HashSet<>();
        Map<String, Integer> capitalizedInside = new HashMap<>();
        Set<String> acronyms = new HashSet<>();
        for (String[] sentence : sentences) {
            for (int i = 0; i < sentence.length; i++) {
                words.add(sentence[i]);
                if (i > 0 && isCapitalized(sentence[i])) {
                    capitalizedInside.merge(sentence[i], 1, Integer::sum);
                }
                String letters = acronymLetters(sentence[i]);
                if (letters != null) {
                    acronyms.add(letters);
                }
            }
        }
        Set<String> initials = new HashSet<>();
        List<List<List<String>>> features = new ArrayList<>(sentences.size());
        for (String[] sentence : sentences) {
            List<List<String>> perToken = new ArrayList<>(sentence.length);
            for (int i = 0; i < sentence.length; i++) {
                perToken.add(new ArrayList<>(2));
            }
            features.add(perToken);
            forEachInitials(sentence, (from, to, spelled) -> {
                initials.add(spelled);
                if (acronyms.contains(spelled)) {
                    for (int t = from; t <= to; t++) {
                        addOnce(perToken.get(t), "expanded");
                    }
                }
            });
        }
        List<String[][]> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            String[] sentence = sentences.get(s);
            String[][] context = new String[sentence.length][];
            for (int i = 0; i < sentence.length; i++) {
                List<String> f = features.get(s).get(i);
                String word = sentence[i];
                String letters = acronymLetters(word);
                if (letters != null && initials.contains(letters)) {
                    f.add("acronym");
                } else if (isCapitalized(word)) {
                    String lower = word.toLowerCase(Locale.ROOT);
                    if (!lower.equals(word) && words.contains(lower)) {
                        f.add("lower");
                    }
                    int elsewhere = capitalizedInside.getOrDefault(word, 0) - (i > 0 ? 1 : 0);
                    if (elsewhere > 0) {
                        f.add("cap");
                    }
                }
                context[i] = f.toArray(String[]::new);
            }
            out.add(context);
        }
        return out;
    }

    private interface InitialsConsumer {
        void accept(int firstToken, int lastToken, String initials);
    }

    /**
     * Every stretch of 2 to {@value #MAX_INITIALS} capitalized words (joining words allowed between two of them) with
     * the upper-case initials of its capitalized words.
     */
    private static void forEachInitials(String[] sentence, InitialsConsumer consumer) {
        int i = 0;
        while (i < sentence.length) {
            if (!isCapitalized(sentence[i]) || acronymLetters(sentence[i]) != null) {
                i++;
                continue;
            }
            // the capitalized words of one run, joining words skipped
            List<Integer> run = new ArrayList<>();
            run.add(i);
            int end = i + 1;
            while (end < sentence.length) {
                if (isRunWord(sentence[end])) {
                    run.add(end);
                    end++;
                } else if (end + 1 < sentence.length && JOINING_WORDS.contains(sentence[end])
                        && isRunWord(sentence[end + 1])) {
                    run.add(end + 1);
                    end += 2;
                } else {
                    break;
                }
            }
            for (int a = 0; a < run.size(); a++) {
                StringBuilder spelled = new StringBuilder().append(sentence[run.get(a)].charAt(0));
                for (int b = a + 1; b < run.size() && b - a < MAX_INITIALS; b++) {
                    spelled.append(sentence[run.get(b)].charAt(0));
                    consumer.accept(run.get(a), run.get(b), spelled.toString());
                }
            }
            i = end;
        }
    }

    private static boolean isRunWord(String token) {
        return isCapitalized(token) && acronymLetters(token) == null;
    }

    static boolean isCapitalized(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }

    /**
     * The letters of an all-capital word of 2 to {@value #MAX_INITIALS} letters, dots between them allowed ("NRA",
     * "E.U." gives "EU"); null for any other word.
     */
    static String acronymLetters(String token) {
        StringBuilder letters = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                letters.append(c);
            } else if (c != '.' || i == 0) {
                return null;
            }
        }
        return letters.length() >= 2 && letters.length() <= MAX_INITIALS ? letters.toString() : null;
    }

    private static void addOnce(List<String> features, String feature) {
        if (!features.contains(feature)) {
            features.add(feature);
        }
    }
}
