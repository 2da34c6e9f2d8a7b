package org.quoteattribution;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of the text a CMS or a scraper may hand the library. */
public final class HostileText {

    private HostileText() {
    }

    /** Article-like text: sentences, names and cues, with the characters and mark patterns that break parsers. */
    public static Arbitrary<String> articles() {
        Arbitrary<String> names = Arbitraries.of("Sergei Lavrov", "Lavrov", "he", "she", "they", "The Pentagon",
                "officials", "Donald Trump", "a spokesman", "U.S. President Donald Trump",
                "Dr. \u00dcmit \u00d6zda\u011f", "Mr. O'Neil", "Zelenskyy", "\u674e\u660e", "Lavrov\uD83D\uDE00",
                "Kim Jong\u2011un");
        Arbitrary<String> cues = Arbitraries.of("said", "told reporters", "wrote", "added", "says", "argued",
                "said in a statement", "tweeted", "believes", "continued:", "according to");
        Arbitrary<String> words = Arbitraries.of("we", "will", "not", "agree", "peace", "don't", "Trump's", "'90s",
                "the students'", "security", "said", "that", "Gen.", "U.S.", "\u201cnested 'single' marks\u201d",
                "\u201ca \u2018b \u201cc\u201d d\u2019 e\u201d", "\"", "\"\"", "''", "``", "\u201c", "\u201d", "\u2018",
                "\u2019", "\u00ab", "\u00bb", "\u201e", "\u201f", "\r\n", "\r", "\n\n", "\uFEFF", "\uD83D\uDE00",
                "\uD83D\uDC4D\uD83C\uDFFD", "\uD83C\uDDFA\uD83C\uDDE6", "\uD835\uDC00\uD835\uDC01",
                "\uD83D\uDE00ok\uD83D\uDE00", "ok\uD83D\uDE00.", "a\uD83D\uDE00b,",
                "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "e\u0301", "\u0645\u0631\u062d\u0628\u0627",
                "\u0000",
                "\u0007", "\u001f", "\u0085", "\u2028", "\u2029", "\t", "\u000b", "\f", "\u00a0", "\uD800", "\uDC00",
                ",", ".", ":", ";", "!", "?", "\u2014", "-", "(", ")", "...", "https://x.com/a?b=\"c\"")
                .list().ofMinSize(1).ofMaxSize(12).map(l -> String.join(" ", l));
        Arbitrary<Integer> shapes = Arbitraries.integers().between(0, 8);
        Arbitrary<String> sentence = Combinators.combine(names, cues, words, words, shapes)
                .as((n, c, w, v, shape) -> switch (shape) {
                    case 0 -> "\u201c" + w + ",\u201d " + n + " " + c + ".";
                    case 1 -> n + " " + c + ": \"" + w + "\"";
                    case 2 -> n + " " + c + " that " + w + " \u201c" + v + "\u201d.";
                    case 3 -> "\u201c" + w + ",\u201d " + n + " " + c + ", \u201c" + v + ".\u201d";
                    case 4 -> n + " " + c + ":\n\u201c" + w + "\n\u201c" + v + "\u201d";
                    case 5 -> n + " " + c + " \u201c" + w + " \u201c" + v + "\u201d " + w + "\u201d";
                    case 6 -> "\u201c" + w + " " + n + " " + c + ".";
                    case 7 -> w + "\u201d " + n + " " + c + " \"" + v;
                    default -> w;
                });
        Arbitrary<String> separators = Arbitraries.of(" ", " ", "\n", "\r\n", "\n\n", "\r", "\u2029");
        Arbitrary<String> body = Combinators.combine(sentence.list().ofMinSize(0).ofMaxSize(8),
                separators.list().ofSize(8)).as((ss, seps) -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < ss.size(); i++) {
                        b.append(i == 0 ? "" : seps.get(i)).append(ss.get(i));
                    }
                    return b.toString();
                });
        return Combinators.combine(Arbitraries.of("", "", "", "\uFEFF"), body).as(String::concat);
    }

    /** Arbitrary strings: any chars (lone surrogates included), and soups of marks, cues, emoji and controls. */
    public static Arbitrary<String> anyText() {
        Arbitrary<String> fragments = Arbitraries.of("\"", "\u201c", "\u201d", "\u2018", "\u2019", " ", "\n", "\r",
                " he said.", " said Lavrov", "Lavrov", "he", ",", ".", ":", "ok", "\uD83D\uDE00", "\uD83D", "\uDE00",
                "\uFEFF", "\u0000", "x")
                .list().ofMaxSize(60).map(l -> String.join("", l));
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(200)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(200)),
                Tuple.of(2, fragments));
    }
}
