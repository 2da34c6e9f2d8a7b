package org.quoteattribution.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.quoteattribution.internal.models.NlpModels;

class WordSplitsTest {

    private static final TokenizerModel MODEL =
            NlpModels.ModelLocation.classpath().load(NlpModels.TOKENS, TokenizerModel::new);

    /** Shared with {@link WordSplitsProperties}: the splits are right when they are OpenNLP's, token for token. */
    static void assertSameTokensAsOpenNlp(WordSplits splits, String sentence) {
        TokenizerME tokenizer = new TokenizerME(MODEL);
        Span[] expected = tokenizer.tokenizePos(sentence);
        List<int[]> actual = splits.tokenize(sentence, tokenizer);
        assertEquals(expected.length, actual.size(), sentence);
        for (int t = 0; t < expected.length; t++) {
            assertArrayEquals(new int[] {expected[t].getStart(), expected[t].getEnd()}, actual.get(t), sentence);
        }
    }

    @Test
    void splitsAsOpenNlpDoesTheFirstTimeAndWhenTheWordsComeBack() {
        WordSplits splits = new WordSplits();
        String sentence = "\"We won't,\" said Dr. O'Neil (D-N.Y.), who's led the U.S. team since the '90s.";
        assertSameTokensAsOpenNlp(splits, sentence);
        assertSameTokensAsOpenNlp(splits, sentence);
        assertSameTokensAsOpenNlp(splits, "Who's \"won't\" (D-N.Y.), said O'Neil.");
    }

    @Test
    void treatsEveryKindOfSpaceAsOpenNlpDoes() {
        assertSameTokensAsOpenNlp(new WordSplits(),
                "\u00a0 tabs\tand\u2009thin\u202fnarrow\u3000ideographic\r\nline  breaks\u2028here ");
    }

    @Test
    void keepsOneCharacterWordsAndEmptyText() {
        WordSplits splits = new WordSplits();
        assertSameTokensAsOpenNlp(splits, "a , b . \" '");
        assertSameTokensAsOpenNlp(splits, "");
        assertSameTokensAsOpenNlp(splits, "   ");
    }
}
