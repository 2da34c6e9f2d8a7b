package org.quoteattribution.internal.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.lexicon.NounSenses;
import org.quoteattribution.internal.marks.QuotedRegions;
import org.quoteattribution.internal.mentions.Mention;
import org.quoteattribution.internal.mentions.MentionKind;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Paragraph;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * The features the quote classifier weighs for a candidate quote: its cue word and the words around it, how the
 * quote was recognised, its speaker mention, and where it stands. Shared by training and analysis, so both see the
 * same features.
 */
public final class QuoteFeatures {


    private QuoteFeatures() {
    }

    public static String[] of(Article article, DraftQuote draft) {
        Document doc = article.document();
        QuotedRegions quoted = article.quoted();
        List<String> f = new ArrayList<>(32);
        f.add("bias");
        f.add("pattern=" + draft.how());
        f.add("type=" + draft.type());
        words(f, draft);
        if (draft.cue().isPresent()) {
            cue(f, article, draft.cue().get(), draft);
        } else {
            f.add("nocue");
        }
        if (draft.mention().isPresent()) {
            Mention m = draft.mention().get();
            f.add("subj=" + m.kind());
            if (m.kind() == MentionKind.PRONOUN) {
                f.add("pron=" + doc.token(m.firstToken()).lower());
            }
            int before = m.firstToken() - 1;
            Sentence s = doc.sentenceOf(doc.token(m.firstToken()));
            f.add("beforesubj=" + (before >= s.firstToken() ? wordOrName(doc.token(before)) : "<s>"));
            f.add("subjlen=" + Math.min(4, m.endToken() - m.firstToken()));
            embedding(f, article, s, m.firstToken());
            f.add("subjinq=" + quoted.contains(doc.token(m.firstToken()).start()));
            if (m.kind() != MentionKind.PRONOUN) {
                headSense(f, doc, m);
                String type = article.entities().typeAt(m.endToken() - 1).map(Enum::name).orElse("NONE");
                f.add("subjtype=" + type);
                f.add("subjtype+kind=" + type + "|" + m.kind());
            }
        } else {
            f.add("subj=none");
        }
        Paragraph p = doc.paragraph(doc.paragraphAt(draft.start()));
        char last = doc.text().charAt(p.end() - 1);
        f.add("headline=" + (".!?\"\u201d:'".indexOf(last) < 0));
        f.add("firstpara=" + (p.index() < 2));
        return f.toArray(new String[0]);
    }

    /**
     * What the speaker phrase's head noun most often names, when it is a common noun ("the effect", "a landlord",
     * "the chart"): WordNet's class of its first sense and how soon a person or group sense comes, so that what the
     * training articles teach of some nouns carries to all nouns of their kind.
     */
    private static void headSense(List<String> f, Document doc, Mention m) {
        Token head = doc.token(m.headToken(doc));
        if (!head.isWord() || head.isCapitalized()) {
            return;
        }
        Optional<NounSenses.Sense> sense = NounSenses.of(head.text());
        f.add("subjclass=" + sense.map(NounSenses.Sense::firstClass).orElse("unknown"));
        f.add("subjagent=" + sense.map(NounSenses.Sense::agentRank).map(String::valueOf).orElse("unknown"));
    }

    /**
     * Whether the speaker stands inside another clause of its sentence ("Brazile said that she's glad Clinton
     * appeared to ..."): a report nested in a report is rarely the one a reader lists. Words in quotation marks
     * are not looked at.
     */
    private static void embedding(List<String> f, Article article, Sentence s, int subjectStart) {
        Document doc = article.document();
        boolean verb = false;
        boolean that = false;
        for (int k = s.firstToken(); k < subjectStart; k++) {
            if (article.quoted().contains(doc.token(k).start())) {
                continue; // "“That is false,” Clinton said": the quoted words are no clause around the speaker
            }
            verb |= article.isVerb(k);
            that |= doc.token(k).is("that");
        }
        f.add("verbbeforesubj=" + verb);
        f.add("thatbeforesubj=" + (verb && that));
    }

    private static void words(List<String> f, DraftQuote draft) {
        int chars = 0;
        for (var s : draft.spans()) {
            chars += s.length();
        }
        String bucket = chars < 15 ? "xs" : chars < 40 ? "s" : chars < 100 ? "m" : chars < 250 ? "l" : "xl";
        f.add("len=" + bucket);
        f.add("spans=" + Math.min(3, draft.spans().size()));
    }

    private static void cue(List<String> f, Article article, Cue cue, DraftQuote draft) {
        Document doc = article.document();
        Token t = doc.token(cue.firstToken());
        String lemma = cue.entry().lemma();
        f.add("lemma=" + lemma);
        f.add("kind=" + cue.kind());
        f.add("lemma+pattern=" + lemma + "|" + draft.how());
        f.add("inq=" + article.quoted().contains(t.start()));
        f.add("suffix=" + suffix(t.lower()));
        Sentence s = doc.sentenceOf(t);
        int prev = cue.firstToken() - 1;
        int next = cue.endToken();
        String prevWord = prev >= s.firstToken() ? wordOrName(doc.token(prev)) : "<s>";
        String nextWord = next < s.endToken() ? wordOrName(doc.token(next)) : "</s>";
        f.add("prev=" + prevWord);
        f.add("next=" + nextWord);
        f.add("lemma+next=" + lemma + "|" + nextWord);
        f.add("lemma+prev=" + lemma + "|" + prevWord);
        if (prev >= s.firstToken()) {
            f.add("prevpos=" + article.pos(prev));
        }
        if (next < s.endToken()) {
            f.add("nextpos=" + article.pos(next));
            f.add("lemma+nextpos=" + lemma + "|" + article.pos(next));
        }
        f.add("sentpos=" + Math.min(3, cue.firstToken() - s.firstToken()));
        f.add("lemma+subj=" + lemma + "|" + draft.mention().map(m -> m.kind().name()).orElse("none"));
        String aux = "none";
        for (int k = prev; k >= s.firstToken() && k >= prev - 2; k--) {
            String w = doc.token(k).lower();
            if (w.equals("not") || w.equals("n't") || w.equals("never")) {
                f.add("negated");
            }
            if (w.equals("to") || w.equals("will") || w.equals("would") || w.equals("could") || w.equals("might")
                    || w.equals("may") || w.equals("should") || w.equals("can")) {
                aux = w;
            }
        }
        f.add("aux=" + aux);
    }

    /**
     * A word as itself, a name as {@code "<name>"}: weights learned for particular names ("Espinoza said") say
     * nothing about the names of other articles, and only fit the training articles' mistakes.
     */
    private static String wordOrName(Token t) {
        boolean name = t.isCapitalized() && t.isWord()
                && !CommonWords.CAPITALIZED_FUNCTION_WORDS.contains(t.lower())
                && !CommonWords.SENTENCE_OPENERS.contains(t.lower());
        return name ? "<name>" : t.lower();
    }

    private static String suffix(String word) {
        if (word.endsWith("ing")) {
            return "ing";
        }
        if (word.endsWith("ed")) {
            return "ed";
        }
        if (word.endsWith("s")) {
            return "s";
        }
        return word.length() > 2 ? word.substring(word.length() - 2).toLowerCase(Locale.ROOT) : word;
    }
}
