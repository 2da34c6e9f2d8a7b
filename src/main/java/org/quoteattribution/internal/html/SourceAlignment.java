package org.quoteattribution.internal.html;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jsoup.parser.Parser;

/**
 * Where each character of a text node comes from. jsoup gives a text node's decoded text and the HTML range it was
 * parsed from, not a map between the two; this walks both side by side. A character written as itself maps to itself;
 * the characters an entity decodes to map to the whole entity. Which characters an entity stands for is jsoup's answer
 * ({@link Parser#unescapeEntities}, the decoder of its tokeniser), never a table of our own; this class only finds
 * where an entity could end.
 *
 * <p>How the parser read the source depends on the element the text stands in ({@link TextKind}): in markup a NUL
 * is dropped and entities are decoded; in a {@code <title>} or {@code <textarea>} every NUL becomes U+FFFD and
 * entities are decoded; after {@code <plaintext>}, in {@code <xmp>} and the like every NUL becomes U+FFFD and an
 * entity is text as written.
 */
final class SourceAlignment {

    /** How the parser reads the source of a text node. */
    enum TextKind {
        /** Ordinary text: NUL dropped, entities decoded. */
        MARKUP,
        /** Escapable raw text ({@code <title>}, {@code <textarea>}): NUL replaced, entities decoded. */
        ESCAPABLE_RAW,
        /** Raw text ({@code <plaintext>}, {@code <xmp>}, {@code <iframe>} ...): NUL replaced, no entities. */
        RAW;

        private static final Set<String> RAW_ELEMENTS = Set.of("plaintext", "xmp", "iframe",
                "noembed", "noframes", "noscript", "script", "style");
        private static final Set<String> ESCAPABLE_RAW_ELEMENTS = Set.of("title", "textarea");

        /** The kind of text an element of this name holds as its own children. */
        static TextKind inElement(String normalName) {
            return RAW_ELEMENTS.contains(normalName) ? RAW
                    : ESCAPABLE_RAW_ELEMENTS.contains(normalName) ? ESCAPABLE_RAW : MARKUP;
        }
    }

    /** How far ahead to look for a character when the source holds characters the parser dropped (NUL). */
    private static final int LOOK_AHEAD = 8;

    private SourceAlignment() {
    }

    /**
     * The source range of every character of {@code decoded}, the text jsoup read from {@code html[from, to)}:
     * {@code starts[i]} to {@code ends[i]}, each range of at least one character, in order.
     */
    static void align(String html, int from, int to, String decoded, int[] starts, int[] ends, TextKind kind) {
        int j = from;
        int i = 0;
        while (i < decoded.length()) {
            char c = decoded.charAt(i);
            if (kind != TextKind.MARKUP && j < to && html.charAt(j) == '\0' && c == '\ufffd') {
                // raw text: this NUL is this replacement character, whatever follows the run
                starts[i] = j;
                ends[i] = j + 1;
                j++;
                i++;
                continue;
            }
            // jsoup drops NUL from text: a run of them, however long, stands for no character of the decoded text,
            // unless it made the run a replacement character (U+FFFD) that nothing after the run gives
            boolean replacedNul = false;
            if (j < to && html.charAt(j) == '\0' && c != '\0') {
                int k = j;
                while (k < to && html.charAt(k) == '\0') {
                    k++;
                }
                if (c != '\ufffd' || readsAt(html, k, to, decoded, i)) {
                    j = k;
                } else {
                    replacedNul = true; // this NUL is the U+FFFD: never one further ahead
                }
            }
            if (kind != TextKind.RAW && j < to && html.charAt(j) == '&') {
                int end = entityEnd(html, j, to);
                @Nullable Entity entity = end < 0 ? null : entity(html, j, end);
                // raw text (after <plaintext>, in <xmp>) keeps an entity as it is written: then it is no entity
                boolean literal = end >= 0 && decoded.startsWith(html.substring(j, end), i);
                if (entity != null && !literal && decoded.startsWith(entity.value(), i)) {
                    for (int k = 0; k < entity.value().length(); k++) {
                        starts[i + k] = j;
                        ends[i + k] = entity.end();
                    }
                    i += entity.value().length();
                    j = entity.end();
                    continue;
                }
            }
            int at = replacedNul || j < to && html.charAt(j) == c ? j : ahead(html, j, to, c);
            if (at < 0) {
                // jsoup changed the character (a replacement character for an invalid one): it stands for the next
                // source character, or the last one when the source has run out
                at = Math.min(Math.max(from, Math.min(j, to - 1)), html.length() - 1);
            }
            starts[i] = at;
            ends[i] = at + 1;
            j = Math.max(j, at + 1);
            i++;
        }
    }

    /** Whether {@code html[k]}, as itself or as the entity it starts, gives {@code decoded} at {@code i}. */
    private static boolean readsAt(String html, int k, int to, String decoded, int i) {
        if (k >= to) {
            return false;
        }
        if (html.charAt(k) == decoded.charAt(i)) {
            return true;
        }
        int end = html.charAt(k) == '&' ? entityEnd(html, k, to) : -1;
        @Nullable Entity entity = end < 0 ? null : entity(html, k, end);
        return entity != null && decoded.startsWith(entity.value(), i);
    }

    private static int ahead(String html, int j, int to, char c) {
        for (int k = j + 1; k < Math.min(to, j + LOOK_AHEAD); k++) {
            if (html.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where the entity that may start at {@code html[start]} (an ampersand) ends: {@code &name;}, {@code &#digits;},
     * {@code &#xhex;}, with or without the semicolon; -1 when nothing follows the ampersand that could be one.
     */
    private static int entityEnd(String html, int start, int to) {
        int k = start + 1;
        if (k < to && html.charAt(k) == '#') {
            k++;
            if (k < to && (html.charAt(k) == 'x' || html.charAt(k) == 'X')) {
                k++;
            }
        }
        while (k < to && isAsciiLetterOrDigit(html.charAt(k))) {
            k++;
        }
        if (k < to && html.charAt(k) == ';') {
            k++;
        }
        return k - start >= 2 ? k : -1;
    }

    /** An entity's end in the HTML and the characters it stands for. */
    private record Entity(int end, String value) {
    }

    /**
     * What jsoup decodes {@code html[start, end)} to, or null when it is no entity. An entity without its semicolon
     * may be shorter than the letters that follow it ({@code &notit;} is {@code ¬} then {@code it;}): the letters jsoup
     * leaves as they are are left out of the entity, so that they map to themselves.
     */
    private static @Nullable Entity entity(String html, int start, int end) {
        String piece = html.substring(start, end);
        String value = Parser.unescapeEntities(piece, false);
        if (value.equals(piece)) {
            return null;
        }
        int common = 0;
        while (common < value.length() - 1 && common < piece.length() - 2
                && value.charAt(value.length() - 1 - common) == piece.charAt(piece.length() - 1 - common)) {
            common++;
        }
        return new Entity(end - common, value.substring(0, value.length() - common));
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
