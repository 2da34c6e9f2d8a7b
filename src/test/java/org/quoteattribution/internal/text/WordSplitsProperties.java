package org.quoteattribution.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.quoteattribution.HostileText;
import org.quoteattribution.internal.models.NlpModels;

/** The remembered splits are a cache, not a second tokenizer: any text, seen once or again, splits as OpenNLP's. */
class WordSplitsProperties {

    private static final TokenizerModel MODEL =
            NlpModels.ModelLocation.classpath().load(NlpModels.TOKENS, TokenizerModel::new);
    /** Shared across tries, so that words met in an earlier try come from the cache. */
    private static final WordSplits SPLITS = new WordSplits();

    @Property
    void anyTextSplitsAsOpenNlpSplitsIt(@ForAll("anyText") String text) {
        assertSameAsOpenNlp(text);
    }

    @Property
    void articlesSplitAsOpenNlpSplitsThem(@ForAll("articles") String text) {
        assertSameAsOpenNlp(text);
    }

    private static void assertSameAsOpenNlp(String text) {
        TokenizerME tokenizer = new TokenizerME(MODEL);
        Span[] expected = tokenizer.tokenizePos(text);
        List<int[]> actual = SPLITS.tokenize(text, tokenizer);
        assertEquals(expected.length, actual.size());
        for (int t = 0; t < expected.length; t++) {
            assertArrayEquals(new int[] {expected[t].getStart(), expected[t].getEnd()}, actual.get(t));
        }
    }

    @Provide
    Arbitrary<String> articles() {
        return HostileText.articles();
    }

    @Provide
    Arbitrary<String> anyText() {
        return HostileText.anyText();
    }
}
