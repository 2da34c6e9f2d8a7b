package org.quoteattribution.internal.html;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.quoteattribution.internal.limits.Deadline;
import org.quoteattribution.internal.text.QuotationMarks;

/**
 * Renders HTML to the text a reader sees, with the HTML range of every character ({@link HtmlText}). jsoup parses
 * the HTML as a browser does (any string is a document: unclosed tags, a stray {@code <}, nothing at all) and keeps
 * every node's source position; this class decides what is article text and how it reads:
 *
 * <ul>
 *   <li>only the {@code <body>}: the head's title and metadata are not the article;
 *   <li>{@link #NOT_ARTICLE_TEXT} (scripts, styles, figures and their captions, asides, navigation, embedded media)
 *       is skipped with everything inside it;
 *   <li>each of {@link #PARAGRAPH_ELEMENTS} starts and ends a paragraph: paragraphs are separated by a blank line,
 *       the form the plain-text pipeline reads (one paragraph a line, blank lines skipped);
 *   <li>whitespace is collapsed as a browser does within a block: a run of ASCII whitespace is one space, none at the
 *       start or end of a paragraph; the no-break space and other Unicode spaces are kept;
 *   <li>entities are decoded by jsoup;
 *   <li>a {@code <q>} reads with curly quotation marks around it, and so does a {@code <blockquote>} whose text holds
 *       no double quotation mark (nor a {@code <q>}) of its own: the plain-text pipeline then sees a quotation. The
 *       marks, like paragraph breaks, are synthetic: they map to no HTML, so no span of a result begins or ends with
 *       one. An element with no visible text gets no marks.
 * </ul>
 *
 * <p>Linear in the HTML: one parse, one pass to find which block quotations hold marks, one pass to render. Stateless
 * and thread-safe; each call parses with a parser of its own.
 */
public final class HtmlRenderer {

    /** Elements whose content is not article text. */
    static final ImmutableSet<String> NOT_ARTICLE_TEXT = ImmutableSet.of("script", "style", "noscript", "template",
            "figure", "figcaption", "aside", "nav", "head", "iframe", "svg", "math", "canvas", "object", "embed",
            "video", "audio", "select", "textarea", "button");
    /** Elements that start and end a paragraph. */
    static final ImmutableSet<String> PARAGRAPH_ELEMENTS = ImmutableSet.of("p", "div", "li", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "tr", "section", "article", "header", "footer", "br", "ul", "ol", "dl", "dt",
            "dd", "table", "caption", "main", "pre", "hr", "address", "details", "summary", "body");
    /** Elements that a space separates from their neighbours, as a browser shows table cells. */
    static final ImmutableSet<String> SPACED_ELEMENTS = ImmutableSet.of("td", "th");

    /** How many nodes the renderer visits between two looks at the deadline. */
    private static final int NODES_PER_DEADLINE_CHECK = 4096;

    private HtmlRenderer() {
    }

    /** The text of {@code html} with its offset map, checking {@code deadline} as it goes. */
    public static HtmlText render(String html, Deadline deadline) {
        deadline.check();
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Element body = Jsoup.parse(html, "", parser).body();
        deadline.check();
        Set<Element> quotationsWithMarks = blockQuotationsWithMarks(body, deadline);
        Rendering rendering = new Rendering(html);
        NodeTraversor.filter(new Renderer(rendering, quotationsWithMarks, deadline), body);
        return rendering.done();
    }

    /** The {@code <blockquote>}s whose article text holds a quotation mark or a {@code <q>}, in one pass. */
    private static Set<Element> blockQuotationsWithMarks(Element body, Deadline deadline) {
        Set<Element> withMarks = Collections.newSetFromMap(new IdentityHashMap<>());
        // for each open element, whether its text so far holds a mark
        Deque<boolean[]> open = new ArrayDeque<>();
        int[] visited = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                checkNow(visited, deadline);
                if (node instanceof Element element) {
                    if (NOT_ARTICLE_TEXT.contains(element.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    open.push(new boolean[] {element.normalName().equals("q")});
                } else if (node instanceof TextNode text && !open.isEmpty()
                        && QuotationMarks.CHARACTERS.matchesAnyOf(text.getWholeText())) {
                    open.peek()[0] = true;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    boolean marks = open.pop()[0];
                    if (marks && element.normalName().equals("blockquote")) {
                        withMarks.add(element);
                    }
                    if (marks && !open.isEmpty()) {
                        open.peek()[0] = true;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return withMarks;
    }

    private static void checkNow(int[] visited, Deadline deadline) {
        if (++visited[0] % NODES_PER_DEADLINE_CHECK == 0) {
            deadline.check();
        }
    }

    /** The pass that writes the text: elements decide breaks and marks, text nodes give characters. */
    private static final class Renderer implements NodeFilter {
        private final Rendering out;
        private final Set<Element> quotationsWithMarks;
        private final Deadline deadline;
        private final int[] visited = {0};

        Renderer(Rendering out, Set<Element> quotationsWithMarks, Deadline deadline) {
            this.out = out;
            this.quotationsWithMarks = quotationsWithMarks;
            this.deadline = deadline;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            checkNow(visited, deadline);
            if (node instanceof TextNode text) {
                out.text(text);
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (NOT_ARTICLE_TEXT.contains(name)) {
                    return FilterResult.SKIP_ENTIRELY; // nor its tail: a skipped element ends no paragraph
                }
                if (PARAGRAPH_ELEMENTS.contains(name)) {
                    out.paragraphBreak();
                } else if (SPACED_ELEMENTS.contains(name)) {
                    out.space();
                }
                if (isQuotation(element)) {
                    out.openMark();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (isQuotation(element)) {
                    out.closeMark();
                }
                if (PARAGRAPH_ELEMENTS.contains(name)) {
                    out.paragraphBreak();
                } else if (SPACED_ELEMENTS.contains(name)) {
                    out.space();
                }
            }
            return FilterResult.CONTINUE;
        }

        private boolean isQuotation(Element element) {
            String name = element.normalName();
            return name.equals("q") || name.equals("blockquote") && !quotationsWithMarks.contains(element);
        }
    }
}
