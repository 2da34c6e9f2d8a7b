package org.quoteattribution.internal.text;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * OpenNLP's tokenizer, with the splits of each whitespace-delimited word remembered. The tokenizer model decides
 * every split from the word alone (its features never look past the word's ends, and the model evaluates every
 * character of every word, letters too), so a word it has split once splits the same way again: news repeats its
 * words, and most of them are looked up instead of evaluated. The tokens are those of {@link TokenizerME#tokenizePos}
 * exactly. Thread-safe: the remembered splits are shared, bounded, and evicted least recently used first; the
 * tokenizer is each caller's own.
 */
final class WordSplits {

    /** About 3 MB at most; a day of news has fewer distinct words that need splitting. */
    private static final int REMEMBERED_WORDS = 20_000;
    private final Cache<String, int[]> splits = CacheBuilder.newBuilder().maximumSize(REMEMBERED_WORDS).build();

    /** The token spans of {@code sentence}, as {@code tokenizer.tokenizePos(sentence)} gives them. */
    List<int[]> tokenize(String sentence, TokenizerME tokenizer) {
        List<int[]> out = new ArrayList<>();
        int length = sentence.length();
        int i = 0;
        while (i < length) {
            while (i < length && isWhitespace(sentence.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !isWhitespace(sentence.charAt(i))) {
                i++;
            }
            if (start < i) {
                addWord(sentence, start, i, tokenizer, out);
            }
        }
        return out;
    }

    private void addWord(String sentence, int start, int end, TokenizerME tokenizer, List<int[]> out) {
        if (end - start < 2) {
            out.add(new int[] {start, end});
            return;
        }
        String word = sentence.substring(start, end);
        int[] spans = splits.getIfPresent(word);
        if (spans == null) {
            spans = flat(tokenizer.tokenizePos(word));
            splits.put(word, spans);
        }
        for (int k = 0; k < spans.length; k += 2) {
            out.add(new int[] {start + spans[k], start + spans[k + 1]});
        }
    }

    /** The tokens of a word as start, end, start, end, ... relative to the word. */
    private static int[] flat(Span[] tokens) {
        int[] spans = new int[tokens.length * 2];
        for (int t = 0; t < tokens.length; t++) {
            spans[2 * t] = tokens[t].getStart();
            spans[2 * t + 1] = tokens[t].getEnd();
        }
        return spans;
    }

    /** OpenNLP's whitespace: Java's, and the Unicode space separators (no-break spaces too). */
    private static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}
