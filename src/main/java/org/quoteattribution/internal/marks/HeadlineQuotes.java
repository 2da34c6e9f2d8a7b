package org.quoteattribution.internal.marks;

import java.util.ArrayList;
import java.util.List;
import org.quoteattribution.Span;
import org.quoteattribution.internal.text.Paragraph;

/**
 * Headlines quote with single marks ("Flynn says Trump 'absolutely right' in saying ...", "Obama Sees ‘Personal
 * Insult’ if ..."): in an article's first paragraph, when it holds no double marks, a single mark before a word
 * and its partner after one enclose quoted words. An apostrophe inside a word ("Trump’s") is neither.
 */
final class HeadlineQuotes {

    /** A headline is one short line; longer first paragraphs are body text, where single marks are nested quotes. */
    private static final int MAX_HEADLINE = 300;

    private HeadlineQuotes() {
    }

    static List<Quotation> in(String text, Paragraph headline) {
        List<Quotation> out = new ArrayList<>();
        if (headline.end() - headline.start() > MAX_HEADLINE) {
            return out;
        }
        int open = -1;
        for (int i = headline.start(); i < headline.end(); i++) {
            char c = text.charAt(i);
            if (c != '\'' && c != '\u2018' && c != '\u2019') {
                continue;
            }
            boolean wordBefore = i > headline.start() && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean wordAfter = i + 1 < headline.end() && Character.isLetterOrDigit(text.charAt(i + 1));
            boolean year = wordAfter && Character.isDigit(text.charAt(i + 1)); // "the '90s", "'16 race"
            if (open < 0 && !wordBefore && wordAfter && !year && c != '\u2019') {
                open = i;
            } else if (open >= 0 && !wordAfter && i > open + 1 && closesQuote(text, i, headline)) {
                out.add(new Quotation(List.of(new Span(open + 1, i)), open, i + 1));
                open = -1;
            }
        }
        return out;
    }

    /** A closing mark follows a word or a final stop and stands before a space, a stop or the line's end. */
    private static boolean closesQuote(String text, int i, Paragraph headline) {
        char before = text.charAt(i - 1);
        boolean afterWord = Character.isLetterOrDigit(before) || ".!?,".indexOf(before) >= 0;
        return afterWord && text.charAt(i) != '\u2018';
    }
}
