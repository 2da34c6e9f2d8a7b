package org.quoteattribution.cli;

import java.util.List;
import java.util.Optional;
import org.quoteattribution.Phrase;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteDate;
import org.quoteattribution.Span;
import org.quoteattribution.Speaker;

/** Writes quotes as the JSON of {@code FORMAT.md}: every field present, {@code null} where unknown. */
final class QuoteJson {

    private QuoteJson() {
    }

    static String document(List<Quote> quotes) {
        StringBuilder b = new StringBuilder(256 + quotes.size() * 512);
        b.append("{\n  \"quotes\": [");
        for (int i = 0; i < quotes.size(); i++) {
            b.append(i == 0 ? "\n    " : ",\n    ");
            quote(b, quotes.get(i));
        }
        b.append(quotes.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return b.toString();
    }

    private static void quote(StringBuilder b, Quote q) {
        b.append("{\"type\": ").append(string(q.type().name()));
        b.append(", \"text\": ").append(string(q.text()));
        b.append(", \"spans\": [");
        for (int i = 0; i < q.spans().size(); i++) {
            Span s = q.spans().get(i);
            b.append(i == 0 ? "" : ", ").append("{\"start\": ").append(s.start()).append(", \"end\": ").append(s.end())
                    .append('}');
        }
        b.append("]");
        b.append(",\n     \"cue\": ");
        phrase(b, q.cue());
        b.append(",\n     \"speaker\": ");
        speaker(b, q.speaker());
        b.append(",\n     \"date\": ");
        date(b, q.date());
        b.append(",\n     \"source\": ");
        phrase(b, q.source());
        b.append(",\n     \"confidence\": ").append(String.format(java.util.Locale.ROOT, "%.3f", q.confidence()));
        b.append('}');
    }

    private static void speaker(StringBuilder b, Optional<Speaker> speaker) {
        if (speaker.isEmpty()) {
            b.append("null");
            return;
        }
        Speaker s = speaker.get();
        b.append("{\"name\": ").append(s.name().map(QuoteJson::string).orElse("null"));
        b.append(", \"mention\": ");
        phrase(b, s.mention());
        b.append(", \"role\": ").append(s.role().map(QuoteJson::string).orElse("null")).append('}');
    }

    private static void date(StringBuilder b, Optional<QuoteDate> date) {
        if (date.isEmpty()) {
            b.append("null");
            return;
        }
        QuoteDate d = date.get();
        b.append("{\"value\": ").append(d.value().map(v -> string(v.toString())).orElse("null"));
        b.append(", \"text\": ").append(string(d.phrase().text()));
        b.append(", \"start\": ").append(d.phrase().start()).append(", \"end\": ").append(d.phrase().end()).append('}');
    }

    private static void phrase(StringBuilder b, Optional<Phrase> phrase) {
        if (phrase.isEmpty()) {
            b.append("null");
            return;
        }
        Phrase p = phrase.get();
        b.append("{\"text\": ").append(string(p.text())).append(", \"start\": ").append(p.start())
                .append(", \"end\": ").append(p.end()).append('}');
    }

    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    // control characters and lone surrogates are escaped so the output is always valid UTF-8 JSON
                    boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || lone || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
