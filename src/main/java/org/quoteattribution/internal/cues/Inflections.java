package org.quoteattribution.internal.cues;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The written forms an English verb lemma may take (base, -s, -ed, -ing, with the usual spelling changes), generated
 * generously: a form that is not a real word costs nothing, since every candidate is confirmed by the lemmatizer.
 */
final class Inflections {

    private Inflections() {
    }

    static Set<String> of(String lemma, List<String> irregular) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        forms.addAll(irregular);
        char last = lemma.charAt(lemma.length() - 1);
        String stem = lemma;
        if (last == 'e') {
            stem = lemma.substring(0, lemma.length() - 1);
            forms.add(lemma + "s");
            forms.add(lemma + "d");
            forms.add(stem + "ing");
        } else if (last == 'y' && lemma.length() > 1 && !isVowel(lemma.charAt(lemma.length() - 2))) {
            stem = lemma.substring(0, lemma.length() - 1);
            forms.add(stem + "ies");
            forms.add(stem + "ied");
            forms.add(lemma + "ing");
        } else {
            forms.add(lemma + (endsWithSibilant(lemma) ? "es" : "s"));
            forms.add(lemma + "ed");
            forms.add(lemma + "ing");
            forms.add(lemma + last + "ed");
            forms.add(lemma + last + "ing");
        }
        return forms;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static boolean endsWithSibilant(String word) {
        return word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch")
                || word.endsWith("sh");
    }
}
