package org.quoteattribution.internal.html;

import org.quoteattribution.Span;

/**
 * The text a reader sees in an HTML document, and where each of its characters comes from. A character of the
 * document's own text maps to the HTML range it was read from: one character, or a whole entity ({@code &amp;},
 * {@code &#8220;}) for the characters it decodes to. A <em>synthetic</em> character, one the renderer added (the
 * blank line between two paragraphs, a space between table cells, the quotation marks around a {@code <q>} or a
 * {@code <blockquote>}), maps to no HTML at all: its range is empty, at the place it stands in. Immutable.
 */
public final class HtmlText {

    private final String html;
    private final String text;
    // the HTML range of text.charAt(i) is [starts[i], ends[i]); empty for a synthetic character
    private final int[] starts;
    private final int[] ends;

    HtmlText(String html, String text, int[] starts, int[] ends) {
        this.html = html;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The HTML the text was rendered from. */
    public String html() {
        return html;
    }

    /** The rendered text: what the plain-text analysis reads. */
    public String text() {
        return text;
    }

    /** Whether the renderer added the character at {@code index}, so that no HTML stands behind it. */
    public boolean isSynthetic(int index) {
        return starts[index] == ends[index];
    }

    /** Where in the HTML the character at {@code index} was read; empty for a synthetic character. */
    public Span source(int index) {
        return new Span(starts[index], ends[index]);
    }

    /**
     * The HTML range of a span of the rendered text: from the start of the source of its first character that is not
     * synthetic to the end of the source of its last such character, so that a synthetic character never begins or
     * ends the range (first and last in the HTML: where the parser moved text, they need not be the span's first
     * and last characters). A span of synthetic characters only, or an empty one, becomes an empty range where it stands.
     */
    public Span toHtml(Span rendered) {
        int first = rendered.start();
        while (first < rendered.end() && isSynthetic(first)) {
            first++;
        }
        if (first == rendered.end()) {
            int at = placeOf(rendered.start());
            return new Span(at, at);
        }
        // the parser may have moved some of the characters from elsewhere (text foster-parented out of a table): the
        // range runs from the first of their sources to the last, wherever in the span each stands
        int start = starts[first];
        int end = ends[first];
        for (int k = first + 1; k < rendered.end(); k++) {
            if (!isSynthetic(k)) {
                start = Math.min(start, starts[k]);
                end = Math.max(end, ends[k]);
            }
        }
        return new Span(start, end);
    }

    /** The HTML offset where rendered index {@code index} stands (the text's end stands at the last source's end). */
    private int placeOf(int index) {
        if (index < text.length()) {
            return starts[index];
        }
        return text.isEmpty() ? 0 : ends[text.length() - 1];
    }
}
