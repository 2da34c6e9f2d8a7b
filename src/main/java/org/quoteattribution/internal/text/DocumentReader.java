package org.quoteattribution.internal.text;

import com.google.common.base.CharMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.limits.Deadline;

/**
 * First stage: splits the article into paragraphs (lines), sentences and tokens. Linear in the input: the OpenNLP
 * detectors are only given pieces they handle in linear time; anything else goes to a simple rule-based splitter.
 * Thread-safe: each call makes its own OpenNLP detectors from the shared immutable models.
 */
public final class DocumentReader {

    /** Longer runs without whitespace make OpenNLP's context generators quadratic; they are split by rule. */
    static final int LONGEST_RUN_FOR_MODELS = 200;
    /** Sentences are cut after this many tokens so that later per-sentence work stays bounded. */
    static final int MAX_SENTENCE_TOKENS = 300;

    private static final CharMatcher CURLY_APOSTROPHES = CharMatcher.anyOf("\u2018\u2019");
    /** The no-break space, the figure space, the narrow no-break space and the fixed-width spaces. */
    private static final CharMatcher ODD_SPACES = CharMatcher.anyOf("\u00a0\u2007\u202f")
            .or(CharMatcher.inRange('\u2000', '\u200a'));

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final Set<String> abbreviations;
    private final Set<String> initialisms;
    private final Set<String> sentenceOpeners;
    private final TokenRefiner refiner;
    private final WordSplits wordSplits = new WordSplits();

    public DocumentReader(SentenceModel sentenceModel, TokenizerModel tokenizerModel) {
        this.sentenceModel = sentenceModel;
        this.tokenizerModel = tokenizerModel;
        this.abbreviations = LexiconFile.words("abbreviations.txt");
        this.initialisms = LexiconFile.words("initialisms.txt");
        this.sentenceOpeners = CommonWords.SENTENCE_OPENERS;
        this.refiner = new TokenRefiner(abbreviations);
    }

    public Document read(String text) {
        return read(text, Deadline.NONE);
    }

    /** The document of {@code text}, checking {@code deadline} after each paragraph and sentence it reads. */
    public Document read(String text, Deadline deadline) {
        // Same length as the text, so offsets carry over; the models know straight apostrophes far better.
        String plain = plain(text);
        SentenceDetectorME sentenceDetector = new SentenceDetectorME(sentenceModel);
        TokenizerME tokenizer = new TokenizerME(tokenizerModel);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int lineStart = 0;
        int length = plain.length();
        while (lineStart <= length) {
            int lineEnd = lineStart;
            while (lineEnd < length && plain.charAt(lineEnd) != '\n' && plain.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            deadline.check();
            readParagraph(text, plain, lineStart, lineEnd, sentenceDetector, tokenizer, paragraphs, sentences, tokens,
                    deadline);
            if (lineEnd >= length) {
                break;
            }
            lineStart = lineEnd + (plain.charAt(lineEnd) == '\r' && lineEnd + 1 < length
                    && plain.charAt(lineEnd + 1) == '\n' ? 2 : 1);
        }
        return new Document(text, paragraphs, sentences, tokens, deadline);
    }

    /**
     * The text as the models should see it, same length so that offsets carry over: curly apostrophes straightened
     * (the models know straight ones far better) and no-break and other odd spaces made plain spaces.
     */
    private static String plain(String text) {
        return ODD_SPACES.replaceFrom(CURLY_APOSTROPHES.replaceFrom(text, '\''), ' ');
    }

    private void readParagraph(String text, String plain, int start, int end, SentenceDetectorME detector,
            TokenizerME tokenizer, List<Paragraph> paragraphs, List<Sentence> sentences, List<Token> tokens,
            Deadline deadline) {
        while (start < end && Character.isWhitespace(plain.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(plain.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        int paragraphIndex = paragraphs.size();
        int firstSentence = sentences.size();
        String line = plain.substring(start, end);
        boolean modelsSafe = longestRun(line) <= LONGEST_RUN_FOR_MODELS;
        List<int[]> sentenceSpans = modelsSafe ? detectSentences(detector, line) : RuleTokenizer.sentences(line);
        for (int[] span : mergeAfterAbbreviations(line, sentenceSpans)) {
            deadline.check();
            String sentenceText = line.substring(span[0], span[1]);
            List<int[]> tokenSpans = withoutFormatCharacters(sentenceText, modelsSafe
                    ? refiner.refine(sentenceText, keepSurrogatePairs(sentenceText,
                            wordSplits.tokenize(sentenceText, tokenizer)))
                    : RuleTokenizer.tokens(sentenceText));
            addSentences(text, plain, start + span[0], tokenSpans, paragraphIndex, sentences, tokens);
        }
        paragraphs.add(new Paragraph(paragraphIndex, start, end, firstSentence, sentences.size()));
    }

    /**
     * The tokens without the invisible format characters at their ends (a zero-width space or joiner, a byte-order
     * mark: pasted web text is full of them), so that "Okafor\u200b" is the name "Okafor"; a token of nothing else
     * goes, unless it is all the sentence has.
     */
    static List<int[]> withoutFormatCharacters(String sentence, List<int[]> spans) {
        List<int[]> kept = null;
        for (int t = 0; t < spans.size(); t++) {
            int[] span = spans.get(t);
            int s = span[0];
            int e = span[1];
            while (s < e && Character.getType(sentence.charAt(s)) == Character.FORMAT) {
                s++;
            }
            while (e > s && Character.getType(sentence.charAt(e - 1)) == Character.FORMAT) {
                e--;
            }
            if (kept == null && (s != span[0] || e != span[1])) {
                kept = new ArrayList<>(spans.subList(0, t));
            }
            if (kept != null && s < e) {
                kept.add(new int[] {s, e});
            }
        }
        return kept == null || kept.isEmpty() ? spans : kept;
    }

    private static void addSentences(String text, String plain, int offset, List<int[]> tokenSpans,
            int paragraphIndex, List<Sentence> sentences, List<Token> tokens) {
        int i = 0;
        while (i < tokenSpans.size()) {
            int stop = Math.min(tokenSpans.size(), i + MAX_SENTENCE_TOKENS);
            int firstToken = tokens.size();
            int sentenceIndex = sentences.size();
            for (int t = i; t < stop; t++) {
                int s = offset + tokenSpans.get(t)[0];
                int e = offset + tokenSpans.get(t)[1];
                tokens.add(new Token(tokens.size(), s, e, text.substring(s, e),
                        plain.substring(s, e).toLowerCase(Locale.ROOT), sentenceIndex));
            }
            sentences.add(new Sentence(sentenceIndex, tokens.get(firstToken).start(), tokens.get(tokens.size() - 1).end(),
                    firstToken, tokens.size(), paragraphIndex));
            i = stop;
        }
    }

    private static List<int[]> detectSentences(SentenceDetectorME detector, String line) {
        List<int[]> spans = toSpans(detector.sentPosDetect(line));
        if (spans.isEmpty()) {
            spans = List.of(new int[] {0, line.length()});
        }
        return spans;
    }

    private static List<int[]> toSpans(opennlp.tools.util.Span[] spans) {
        List<int[]> out = new ArrayList<>(spans.length);
        for (opennlp.tools.util.Span s : spans) {
            if (s.getEnd() > s.getStart()) {
                out.add(new int[] {s.getStart(), s.getEnd()});
            }
        }
        return out;
    }

    /**
     * The tokenizer model splits words character by character and may cut between the two halves of an emoji or
     * another character outside the Basic Multilingual Plane; such a cut moves to after the pair, so that every
     * offset the library reports falls on a code point boundary.
     */
    static List<int[]> keepSurrogatePairs(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size());
        int previousEnd = 0;
        for (int[] span : spans) {
            int start = Math.max(previousEnd, splitsPair(text, span[0]) ? span[0] + 1 : span[0]);
            int end = splitsPair(text, span[1]) ? span[1] + 1 : span[1];
            if (start < end) {
                out.add(new int[] {start, end});
                previousEnd = end;
            }
        }
        return out;
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    /** Undoes the detector's splits after "Gen.", "Aug.", "U.S." and the like, which rarely end a sentence. */
    private List<int[]> mergeAfterAbbreviations(String line, List<int[]> spans) {
        List<int[]> merged = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            if (!merged.isEmpty() && continuesAfterAbbreviation(line, merged.get(merged.size() - 1), span)) {
                merged.get(merged.size() - 1)[1] = span[1];
            } else {
                merged.add(new int[] {span[0], span[1]});
            }
        }
        return merged;
    }

    private boolean continuesAfterAbbreviation(String line, int[] previous, int[] next) {
        if (isDash(line.charAt(next[0])) || isDash(line.charAt(previous[1] - 1))) {
            return true; // "“...” ― Jane Doe": a dash never starts or ends a sentence
        }
        String nextWord = firstWord(line, next[0], next[1]);
        if (!nextWord.isEmpty() && Character.isLowerCase(nextWord.codePointAt(0))
                && Character.isLetter(line.charAt(next[0]))) {
            return true; // news sentences do not start in lower case: "(D-Wis.) | said Friday."
        }
        int end = previous[1];
        if (end < 2 || line.charAt(end - 1) != '.') {
            return false;
        }
        int wordStart = end - 1;
        while (wordStart > previous[0] && !Character.isWhitespace(line.charAt(wordStart - 1))
                && line.charAt(wordStart - 1) != '(' && line.charAt(wordStart - 1) != '"'
                && line.charAt(wordStart - 1) != '\u201c') {
            wordStart--;
        }
        String word = line.substring(wordStart, end - 1).toLowerCase(Locale.ROOT);
        if (nextWord.isEmpty()) {
            return false;
        }
        if (abbreviations.contains(word)) {
            return Character.isUpperCase(nextWord.codePointAt(0)) || Character.isDigit(nextWord.codePointAt(0));
        }
        if (initialisms.contains(word) || isInitials(line, wordStart, end - 1)) {
            return Character.isUpperCase(nextWord.codePointAt(0))
                    && !sentenceOpeners.contains(nextWord.toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /** "J", "G.K", "J.R.R" (the final period aside): a person's initials. */
    private static boolean isInitials(String line, int start, int end) {
        if (end - start > 5 || (end - start) % 2 == 0) {
            return false;
        }
        for (int i = start; i < end; i++) {
            boolean letterPlace = (i - start) % 2 == 0;
            if (letterPlace ? !Character.isUpperCase(line.charAt(i)) : line.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDash(char c) {
        return c == '\u2015' || c == '\u2014' || c == '\u2013';
    }

    private static String firstWord(String line, int start, int end) {
        int s = start;
        while (s < end && !Character.isLetterOrDigit(line.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < end && Character.isLetterOrDigit(line.charAt(e))) {
            e++;
        }
        return line.substring(s, e);
    }

    private static int longestRun(String line) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                run = 0;
            } else if (++run > longest) {
                longest = run;
            }
        }
        return longest;
    }
}
