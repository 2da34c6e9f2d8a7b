package org.quoteattribution.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases of a lexicon looked up at a token, longest first. A phrase matches the tokens whose texts, joined without
 * spaces, spell it without spaces: the tokenizer splits "op-ed" into three tokens and "Truth Social" into two, and
 * both match their lexicon line. Phrases are compared in lower case, or exactly as written for names whose case
 * matters ("X" the platform is not "x"). Immutable.
 *
 * @param <V> what a phrase stands for (a kind, a number of days)
 */
public final class PhraseTable<V> {

    /** A phrase found in the text: tokens [{@code firstToken}, {@code endToken}) and its value. */
    public record Match<V>(int firstToken, int endToken, V value) {
    }

    private record Entry<V>(String squashed, V value) {
    }

    private final boolean caseSensitive;
    private final Map<String, List<Entry<V>>> byFirstWord;

    private PhraseTable(boolean caseSensitive, Map<String, List<Entry<V>>> byFirstWord) {
        this.caseSensitive = caseSensitive;
        this.byFirstWord = byFirstWord;
    }

    /** A table compared in lower case. */
    public static <V> PhraseTable<V> ignoringCase(Map<String, V> phrases) {
        return of(phrases, false);
    }

    /** A table compared exactly as the phrases are written (apostrophes straightened). */
    public static <V> PhraseTable<V> matchingCase(Map<String, V> phrases) {
        return of(phrases, true);
    }

    private static <V> PhraseTable<V> of(Map<String, V> phrases, boolean caseSensitive) {
        Map<String, List<Entry<V>>> index = new HashMap<>();
        phrases.forEach((phrase, value) -> {
            String form = form(phrase, caseSensitive);
            index.computeIfAbsent(firstWord(form), k -> new ArrayList<>())
                    .add(new Entry<>(form.replace(" ", ""), value));
        });
        // longest first, so that "press conference" wins over "press"; the index is complete before it is shared
        Map<String, List<Entry<V>>> sorted = new HashMap<>();
        index.forEach((word, list) -> {
            List<Entry<V>> byLength = new ArrayList<>(list);
            byLength.sort((a, b) -> b.squashed.length() - a.squashed.length());
            sorted.put(word, List.copyOf(byLength));
        });
        return new PhraseTable<>(caseSensitive, Map.copyOf(sorted));
    }

    /** The longest phrase starting at {@code first} and ending before {@code limit}. */
    public Optional<Match<V>> at(Document doc, int first, int limit) {
        if (first >= limit) {
            return Optional.empty();
        }
        List<Entry<V>> candidates = byFirstWord.get(firstWord(form(doc.token(first).text())));
        if (candidates == null) {
            return Optional.empty();
        }
        for (Entry<V> entry : candidates) {
            int end = spell(doc, first, limit, entry.squashed);
            if (end > 0) {
                return Optional.of(new Match<>(first, end, entry.value));
            }
        }
        return Optional.empty();
    }

    /** Whether the phrase at {@code first} covers exactly tokens [first, end). */
    public boolean covers(Document doc, int first, int end) {
        return at(doc, first, end).filter(m -> m.endToken() == end).isPresent();
    }

    /** The end token when tokens from {@code first} spell {@code squashed} exactly; 0 when they do not. */
    private int spell(Document doc, int first, int limit, String squashed) {
        StringBuilder spelled = new StringBuilder();
        for (int k = first; k < limit && spelled.length() < squashed.length(); k++) {
            spelled.append(form(doc.token(k).text()));
            if (spelled.length() == squashed.length()) {
                return spelled.toString().equals(squashed) ? k + 1 : 0;
            }
        }
        return 0;
    }

    private String form(String text) {
        return form(text, caseSensitive);
    }

    private static String form(String text, boolean caseSensitive) {
        String straight = text.replace('\u2019', '\'').replace('\u2018', '\'');
        return caseSensitive ? straight : straight.toLowerCase(Locale.ROOT);
    }

    /** The first run of letters and digits: the key a phrase and the token starting it share. */
    private static String firstWord(String text) {
        int s = 0;
        while (s < text.length() && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }
}
