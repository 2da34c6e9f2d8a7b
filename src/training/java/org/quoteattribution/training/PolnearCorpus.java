package org.quoteattribution.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quoteattribution.Span;

/**
 * Reads a PolNeAR split ({@code text/<doc>.txt} and brat {@code attributions/<doc>_<annotator>.ann}), taking the
 * first annotator by file name, as the shared scorer does.
 */
final class PolnearCorpus {

    private static final Pattern ENTRY = Pattern.compile("^[TEARN#]\\d+\t.*");

    record Article(String name, String text, List<GoldAttribution> attributions) {
    }

    private PolnearCorpus() {
    }

    static List<Article> read(Path split) throws IOException {
        Map<String, Path> annotations = new TreeMap<>();
        try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
            files.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(p -> {
                String file = p.getFileName().toString();
                annotations.putIfAbsent(file.substring(0, file.lastIndexOf('_')), p);
            });
        }
        List<Article> articles = new ArrayList<>();
        for (Map.Entry<String, Path> e : annotations.entrySet()) {
            String text = Files.readString(split.resolve("text").resolve(e.getKey() + ".txt"), StandardCharsets.UTF_8);
            articles.add(new Article(e.getKey(), text, parse(e.getValue())));
        }
        return articles;
    }

    private static List<GoldAttribution> parse(Path ann) throws IOException {
        List<String[]> entries = new ArrayList<>();
        for (String line : Files.readString(ann, StandardCharsets.UTF_8).split("\n", -1)) {
            if (ENTRY.matcher(line).matches()) {
                entries.add(line.split("\t"));
            }
        }
        Map<String, List<Span>> spans = new HashMap<>();
        for (String[] e : entries) {
            if (e[0].startsWith("T") && e.length > 1) {
                String[] kindAndSpans = e[1].split(" ", 2);
                List<Span> list = new ArrayList<>();
                for (String piece : kindAndSpans[1].split(";")) {
                    String[] se = piece.trim().split(" ");
                    list.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
                }
                spans.put(e[0], list);
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (String[] e : entries) {
            if (!e[0].startsWith("E") || e.length < 2) {
                continue;
            }
            Map<String, List<Span>> roles = new HashMap<>();
            for (String arg : e[1].trim().split(" ")) {
                String[] rr = arg.split(":", 2);
                roles.put(rr[0], spans.getOrDefault(rr[1], List.of()));
            }
            if (roles.containsKey("Content")) {
                out.add(new GoldAttribution(roles.get("Content"), roles.getOrDefault("Cue", List.of()),
                        roles.getOrDefault("Source", List.of())));
            }
        }
        return out;
    }
}
