package org.quoteattribution.internal.text;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.quoteattribution.internal.limits.Deadline;

/**
 * The article split into paragraphs, sentences and tokens. Offsets are indices into {@link #text()}, the exact input.
 * Immutable.
 */
public final class Document {

    private final String text;
    private final ImmutableList<Paragraph> paragraphs;
    private final ImmutableList<Sentence> sentences;
    private final ImmutableList<Token> tokens;
    private final Deadline deadline;

    public Document(String text, List<Paragraph> paragraphs, List<Sentence> sentences, List<Token> tokens) {
        this(text, paragraphs, sentences, tokens, Deadline.NONE);
    }

    /** {@code deadline}: when the analysis of this document must stop; every stage checks it as it works. */
    public Document(String text, List<Paragraph> paragraphs, List<Sentence> sentences, List<Token> tokens,
            Deadline deadline) {
        this.deadline = deadline;
        this.text = text;
        this.paragraphs = ImmutableList.copyOf(paragraphs);
        this.sentences = ImmutableList.copyOf(sentences);
        this.tokens = ImmutableList.copyOf(tokens);
    }

    public String text() {
        return text;
    }

    /** When the analysis of this document must stop. */
    public Deadline deadline() {
        return deadline;
    }

    public ImmutableList<Paragraph> paragraphs() {
        return paragraphs;
    }

    public ImmutableList<Sentence> sentences() {
        return sentences;
    }

    public ImmutableList<Token> tokens() {
        return tokens;
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    public Paragraph paragraph(int index) {
        return paragraphs.get(index);
    }

    public ImmutableList<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    public Sentence sentenceOf(Token token) {
        return sentences.get(token.sentence());
    }

    public Paragraph paragraphOf(Sentence sentence) {
        return paragraphs.get(sentence.paragraph());
    }

    /**
     * Whether token {@code k} is part of a hyphenated word the tokenizer cut into pieces ("Texas - based",
     * "well - connected", "warm - and-fuzzy"): a hyphen with no space on either side and a word on both, or one of
     * those words.
     */
    public boolean isInsideHyphenatedWord(int k) {
        return isGluedHyphen(k) || isGluedHyphen(k - 1) || isGluedHyphen(k + 1);
    }

    private boolean isGluedHyphen(int hyphen) {
        if (hyphen < 1 || hyphen + 1 >= tokens.size() || !tokens.get(hyphen).is("-")) {
            return false;
        }
        Token before = tokens.get(hyphen - 1);
        Token after = tokens.get(hyphen + 1);
        return before.isWord() && after.isWord() && before.end() == tokens.get(hyphen).start()
                && tokens.get(hyphen).end() == after.start() && before.sentence() == after.sentence();
    }

    /** The first token that ends after {@code offset}; {@code tokens().size()} when none does. */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The paragraph holding {@code offset}, or the last one starting before it; -1 when there is none. */
    public int paragraphAt(int offset) {
        return lastStartingAtOrBefore(paragraphs.size(), k -> paragraphs.get(k).start(), offset);
    }

    private static int lastStartingAtOrBefore(int count, IntUnaryOperator startOf, int offset) {
        int lo = 0;
        int hi = count - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (startOf.applyAsInt(mid) <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
