package org.quoteattribution.internal.roles;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.entities.Name;
import org.quoteattribution.internal.entities.TitleWords;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.mentions.RolePhraseReader;
import org.quoteattribution.internal.speakers.SpeakerResolver.ResolvedSpeaker;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.PosTags;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * Finds the title or position a speaker holds, as the article words it, at the first mention of the person that
 * gives one, and carries it to every quote of that person. A mention gives a role in three ways: a title before the
 * name ("Russian Foreign Minister Sergei Lavrov", "Sen. Marco Rubio"), an appositive after it ("Giuseppe Cavo
 * Dragone, chair of NATO's military committee, said") or a predicate ("Lavrov, who ... has been Russia's foreign
 * minister"). A bare rank before a name ("Adm.") gives way to a position said in the same breath. Immutable and
 * thread-safe: what it learns of one article lives in that call.
 */
public final class RoleFinder {

    /** How many words a title before a name may have ("Senate Majority Leader", "Trump campaign manager"). */
    private static final int MAX_TITLE = 8;
    /** How many words a department after a position may have ("customer relations at Pinewood Bank"). */
    private static final int MAX_DEPARTMENT_WORDS = 7;
    /** Abbreviated titles of several people at once ("Sens. Tester and Vitter"). */
    private static final ImmutableSet<String> PLURAL_TITLES = LexiconFile.words("plural-titles.txt");
    /** How far after a name a predicate's copula may stand ("Lavrov, who is 75 and has been ..."). */
    private static final int PREDICATE_REACH = 20;
    /** What may close an appositive role: punctuation, or a relative clause ("a four-time All-Star who"). */
    private static final ImmutableSet<String> APPOSITIVE_ENDS = ImmutableSet.of(",", ")", "\u2014", "--", ".", ";", ":",
            "who", "whose");
    /** Forms of the verbs that link a subject to a role: "has been", "became", "serves as". */
    private static final ImmutableSet<String> LINKING_FORMS = LexiconFile.words("linking-verbs.txt");

    private final TitleWords titles;
    private final RolePhraseReader phrases;

    public RoleFinder(TitleWords titles, RolePhraseReader phrases) {
        this.titles = titles;
        this.phrases = phrases;
    }

    /**
     * The role of each speaker, in the order given: the role the article first gives the person, else the
     * description that stood for the person at one of the quotes ("the former secretary of state" for Hillary
     * Clinton). Names inside quotation marks give no role.
     */
    public List<Optional<String>> rolesOf(Article article, List<ResolvedSpeaker> speakers) {
        Roles roles = new Roles(article);
        for (ResolvedSpeaker s : speakers) {
            s.description().ifPresent(d -> roles.describe(s.fullName().orElseThrow(), d.firstToken(), d.endToken()));
        }
        List<Optional<String>> out = new ArrayList<>(speakers.size());
        for (ResolvedSpeaker s : speakers) {
            out.add(roles.roleOf(s.fullName()));
        }
        return List.copyOf(out);
    }

    /** One article's roles, found once per person. */
    private final class Roles {
        private final Article article;
        private final Document doc;
        private final Map<String, List<Name>> byLastWord = new HashMap<>();
        private final Map<List<String>, Optional<String>> found = new HashMap<>();
        private final Map<List<String>, List<int[]>> descriptions = new HashMap<>();

        Roles(Article article) {
            this.article = article;
            this.doc = article.document();
            for (Name n : article.names().names()) {
                byLastWord.computeIfAbsent(n.lastWord(), k -> new ArrayList<>()).add(n);
            }
        }

        /** Tells that tokens [first, end) describe the person with this fullest name. */
        void describe(Name person, int first, int end) {
            descriptions.computeIfAbsent(person.words(), w -> new ArrayList<>()).add(new int[] {first, end});
        }

        /** The role of the person with this fullest name, as the article first gives it. */
        Optional<String> roleOf(Optional<Name> fullName) {
            return fullName.flatMap(full -> found.computeIfAbsent(full.words(), w -> firstRoleOf(full)));
        }

        private Optional<String> firstRoleOf(Name full) {
            Optional<String> rank = Optional.empty();
            for (Name mention : byLastWord.getOrDefault(full.lastWord(), List.of())) {
                if (!full.endsWith(mention.words()) || !standsFor(mention, full)
                        || article.quoted().contains(doc.token(mention.firstToken()).start())) {
                    continue; // "Cruz" for Ted, not Heidi Cruz; "President Clinton" in someone's words is no title
                }
                Optional<RolePhraseReader.RolePhrase> title = titleBefore(mention).or(() -> sharedTitle(mention));
                if (title.isPresent() && !title.get().isRank()) {
                    return Optional.of(text(title.get()));
                }
                Optional<RolePhraseReader.RolePhrase> said = appositive(mention)
                        .or(() -> descriptionBefore(mention)).or(() -> predicate(mention));
                if (said.isPresent()) {
                    return Optional.of(text(said.get()));
                }
                if (rank.isEmpty()) {
                    rank = title.map(this::text);
                }
            }
            for (int[] d : descriptions.getOrDefault(full.words(), List.of())) {
                Optional<RolePhraseReader.RolePhrase> described = phrases.at(article, d[0], d[1]);
                if (described.isPresent() && !described.get().isRank()) {
                    return Optional.of(text(described.get()));
                }
            }
            if (rank.isPresent()) {
                return rank;
            }
            for (Name mention : byLastWord.getOrDefault(full.lastWord(), List.of())) {
                if (full.endsWith(mention.words()) && standsFor(mention, full)) {
                    Optional<RolePhraseReader.RolePhrase> next = NextSentenceDescription.of(article, phrases, mention);
                    if (next.isPresent()) {
                        return Optional.of(text(next.get()));
                    }
                }
            }
            return Optional.empty();
        }

        private boolean standsFor(Name mention, Name full) {
            return article.names().fullestFor(mention.firstToken(), mention.endToken())
                    .filter(f -> f.words().equals(full.words())).isPresent();
        }

        /**
         * "Russian Foreign Minister Sergei Lavrov", "U.S. Gen. Alexus Grynkewich", "White House Press Secretary Josh
         * Earnest": the title words before the name proper, whether or not the name index kept them in the name.
         */
        private Optional<RolePhraseReader.RolePhrase> titleBefore(Name mention) {
            Sentence sentence = doc.sentenceOf(doc.token(mention.firstToken()));
            int end = titleEndWithinName(mention);
            int start = mention.firstToken();
            while (start - 1 >= sentence.firstToken() && mention.firstToken() - start < MAX_TITLE
                    && belongsToTitle(start - 1, sentence)) {
                start--;
            }
            while (start < end && !doc.token(start).isWord()) {
                start++;
            }
            while (end > start && !endsTitle(end - 1, start)) {
                end--; // "Secretary of State John F. Kerry": given names the index split off are not the title
            }
            if (start >= end) {
                return Optional.empty();
            }
            Boolean rank = phrases.headWithin(doc, start, end);
            return rank == null ? Optional.empty() : Optional.of(new RolePhraseReader.RolePhrase(start, end, rank));
        }

        /**
         * "Sens. Jon Tester (D-Mont.) and David Vitter": a plural title before the first of two names joined by "and"
         * is the second one's too.
         */
        private Optional<RolePhraseReader.RolePhrase> sharedTitle(Name mention) {
            Sentence sentence = doc.sentenceOf(doc.token(mention.firstToken()));
            int k = mention.firstToken() - 1;
            if (k <= sentence.firstToken() || !doc.token(k).is("and")) {
                return Optional.empty();
            }
            k--;
            if (doc.token(k).is(")")) {
                while (k > sentence.firstToken() && !doc.token(k).is("(") && mention.firstToken() - k < MAX_TITLE * 2) {
                    k--;
                }
                k--;
            }
            if (k < sentence.firstToken()) {
                return Optional.empty();
            }
            int i = article.names().lastStartingBefore(doc.token(k).start() + 1); // the name that ends at k, if any
            if (i < 0 || article.names().names().get(i).endToken() != k + 1) {
                return Optional.empty();
            }
            return titleBefore(article.names().names().get(i)).filter(this::isPlural);
        }

        private boolean isPlural(RolePhraseReader.RolePhrase title) {
            int last = title.endToken() - 1;
            if (doc.token(last).is(".") && last > title.firstToken()) {
                last--;
            }
            String word = doc.token(last).lower().replace(".", "");
            return PLURAL_TITLES.contains(word);
        }

        /**
         * The end of title words the name index left inside a name ("White House Press Secretary" in "White House
         * Press Secretary Josh Earnest"); the name's first token when there are none. Two name words must remain.
         */
        private int titleEndWithinName(Name mention) {
            int end = mention.firstToken();
            for (int k = mention.firstToken(); k < mention.endToken() - 2; k++) {
                Token t = doc.token(k);
                if (titles.isTitleOrModifier(t) || phrases.headAt(doc, k, k + 1).isPresent()) {
                    end = k + 1;
                }
            }
            return end;
        }

        private boolean endsTitle(int k, int start) {
            Token t = doc.token(k);
            if (t.is(".") && k - 1 >= start) {
                return endsTitle(k - 1, start);
            }
            return titles.isTitleOrModifier(t) || phrases.headAt(doc, k, k + 1).isPresent();
        }

        private boolean belongsToTitle(int k, Sentence sentence) {
            Token t = doc.token(k);
            boolean address = titles.isHonorific(t)
                    || t.is(".") && k > sentence.firstToken() && titles.isHonorific(doc.token(k - 1));
            if (address) {
                return false; // "chairman of Mrs. Clinton's campaign": a form of address starts the name, not a title
            }
            if (titles.isTitleOrModifier(t) || t.is("-")) {
                return true;
            }
            if (t.is(".")) {
                return RolePhraseReader.isAbbreviationPeriod(doc, k, sentence.firstToken());
            }
            if (t.is("'s")) {
                return k > sentence.firstToken() && doc.token(k - 1).isCapitalized();
            }
            if (t.is("of")) {
                return k > sentence.firstToken() && titles.isTitle(doc.token(k - 1));
            }
            if (!t.isWord()) {
                return false;
            }
            String pos = article.pos(k);
            if (t.isCapitalized()) {
                return !CommonWords.SENTENCE_OPENERS.contains(t.lower()) && !PosTags.FUNCTION_WORDS.contains(pos);
            }
            if (pos.equals("ADJ") || phrases.headAt(doc, k, k + 1).isPresent()) {
                return true; // "senior adviser", "radio host"
            }
            // a noun inside a title: "campaign manager", "Tulsa police Chief"; not "the way Sen. Bernie Sanders"
            boolean beforeLowerCase = k + 1 < sentence.endToken() && !doc.token(k + 1).isCapitalized();
            boolean afterCapitalized = k > sentence.firstToken() && doc.token(k - 1).isCapitalized();
            return pos.equals("NOUN") && (beforeLowerCase || afterCapitalized);
        }

        /** "Giuseppe Cavo Dragone, chair of NATO's military committee, said". */
        private Optional<RolePhraseReader.RolePhrase> appositive(Name mention) {
            int comma = mention.endToken();
            Sentence sentence = doc.sentenceOf(doc.token(mention.firstToken()));
            if (comma + 1 >= sentence.endToken() || !(doc.token(comma).is(",") || doc.token(comma).is("("))) {
                return Optional.empty();
            }
            return phrases.at(article, comma + 1, sentence.endToken())
                    .map(r -> coordinated(r, sentence))
                    .filter(r -> r.endToken() >= sentence.endToken() || closesAppositive(r.endToken()));
        }

        /** "Okafor's lawyer, Mark Ruiz, said", "The company's chief executive, Dana Lee, said". */
        private Optional<RolePhraseReader.RolePhrase> descriptionBefore(Name mention) {
            int comma = mention.firstToken() - 1;
            Sentence sentence = doc.sentenceOf(doc.token(mention.firstToken()));
            if (comma - 1 < sentence.firstToken() || !doc.token(comma).is(",") || mention.endToken() >= sentence.endToken()
                    || !doc.token(mention.endToken()).is(",")) {
                return Optional.empty();
            }
            Optional<RolePhraseReader.RolePhrase> widest = Optional.empty();
            for (int k = comma - 1; k >= sentence.firstToken() && comma - k <= MAX_TITLE; k--) {
                Optional<RolePhraseReader.RolePhrase> r = phrases.at(article, k, comma);
                if (r.isPresent() && r.get().endToken() == comma) {
                    widest = r;
                }
            }
            return widest.or(() -> positionAndDepartment(comma, sentence)).map(this::withPossessor);
        }

        /**
         * "Vice-president, marketing," and "Head, customer relations at Pinewood Bank," before a name: a position,
         * a comma and the department it heads, as job titles are written; the role is all of it.
         */
        private Optional<RolePhraseReader.RolePhrase> positionAndDepartment(int comma, Sentence sentence) {
            for (int k = comma - 1; k > sentence.firstToken() && comma - k <= MAX_DEPARTMENT_WORDS + 1; k--) {
                Token t = doc.token(k);
                if (t.is(",")) {
                    if (k == comma - 1) {
                        return Optional.empty();
                    }
                    Optional<RolePhraseReader.RolePhrase> position = Optional.empty();
                    for (int s = k - 1; s >= sentence.firstToken() && k - s <= MAX_TITLE; s--) {
                        Optional<RolePhraseReader.RolePhrase> r = phrases.at(article, s, k);
                        if (r.isPresent() && r.get().endToken() == k) {
                            position = r;
                        }
                    }
                    return position.map(p -> new RolePhraseReader.RolePhrase(p.firstToken(), comma, p.isRank()));
                }
                if (!t.isWord() && !doc.isInsideHyphenatedWord(k) && !t.is("&")) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        /** "Okafor's lawyer" rather than "lawyer": the possessor in front belongs to the role. */
        private RolePhraseReader.RolePhrase withPossessor(RolePhraseReader.RolePhrase role) {
            int k = role.firstToken() - 1;
            Sentence sentence = doc.sentenceOf(doc.token(role.firstToken()));
            if (k - 1 < sentence.firstToken() || !doc.token(k).is("'s")) {
                return role;
            }
            int start = k;
            while (start - 1 >= sentence.firstToken() && doc.token(start - 1).isCapitalized() && k - start < 4) {
                start--;
            }
            return start == k ? role : new RolePhraseReader.RolePhrase(start, role.endToken(), role.isRank());
        }

        /** "a former Democratic National Committee chairman and presidential candidate": both roles, as one. */
        private RolePhraseReader.RolePhrase coordinated(RolePhraseReader.RolePhrase first, Sentence sentence) {
            int and = first.endToken();
            if (and + 1 >= sentence.endToken() || !(doc.token(and).is("and") || doc.token(and).is("or"))) {
                return first;
            }
            return phrases.at(article, and + 1, sentence.endToken())
                    .filter(second -> second.endToken() >= sentence.endToken() || closesAppositive(second.endToken()))
                    .map(second -> new RolePhraseReader.RolePhrase(first.firstToken(), second.endToken(),
                            first.isRank() && second.isRank()))
                    .orElse(first);
        }

        private boolean closesAppositive(int k) {
            return APPOSITIVE_ENDS.contains(doc.token(k).text()) && !(k + 1 < doc.tokens().size()
                    && doc.token(k).is(",") && (doc.token(k + 1).is("and") || doc.token(k + 1).is("or")));
        }

        /** "Lavrov, who is 75 and has been Russia's foreign minister since 2004", "Smith is the mayor of Dover". */
        private Optional<RolePhraseReader.RolePhrase> predicate(Name mention) {
            Sentence sentence = doc.sentenceOf(doc.token(mention.firstToken()));
            int k = mention.endToken();
            if (k + 1 < sentence.endToken() && doc.token(k).is(",") && doc.token(k + 1).is("who")) {
                k += 2;
            } else if (k < sentence.endToken() && doc.token(k).is("who")) {
                k++;
            }
            if (!linkingFormAhead(k, sentence, mention)) {
                return Optional.empty(); // spares tagging the sentence
            }
            boolean linked = false;
            for (; k < sentence.endToken() && k - mention.endToken() < PREDICATE_REACH; k++) {
                Token t = doc.token(k);
                String pos = article.pos(k);
                if (linked) {
                    Optional<RolePhraseReader.RolePhrase> role = phrases.at(article, k, sentence.endToken());
                    if (role.isPresent()) {
                        return role;
                    }
                }
                if (LINKING_FORMS.contains(t.lower()) && (pos.equals("AUX") || pos.equals("VERB"))) {
                    linked = true;
                    if (k + 1 < sentence.endToken() && doc.token(k + 1).is("as")) {
                        k++; // "serves as"
                    }
                } else if (pos.equals("AUX") || pos.equals("ADV") || pos.equals("NUM") || t.is("and")) {
                    linked = linked && !t.is("and");
                } else {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        private boolean linkingFormAhead(int from, Sentence sentence, Name mention) {
            for (int k = from; k < sentence.endToken() && k - mention.endToken() < PREDICATE_REACH; k++) {
                if (LINKING_FORMS.contains(doc.token(k).lower())) {
                    return true;
                }
            }
            return false;
        }

        private String text(RolePhraseReader.RolePhrase role) {
            return doc.text().substring(doc.token(role.firstToken()).start(), doc.token(role.endToken() - 1).end());
        }
    }
}
