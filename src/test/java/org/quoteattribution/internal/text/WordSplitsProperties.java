package org.quoteattribution.internal.text;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quoteattribution.HostileText;

/** The remembered splits are a cache, not a second tokenizer: any text, seen once or again, splits as OpenNLP's. */
class WordSplitsProperties {

    /** Shared across tries, so that words met in an earlier try come from the cache. */
    private static final WordSplits SPLITS = new WordSplits();

    @Property
    void anyTextSplitsAsOpenNlpSplitsIt(@ForAll("anyText") String text) {
        WordSplitsTest.assertSameTokensAsOpenNlp(SPLITS, text);
    }

    @Property
    void articlesSplitAsOpenNlpSplitsThem(@ForAll("articles") String text) {
        WordSplitsTest.assertSameTokensAsOpenNlp(SPLITS, text);
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
