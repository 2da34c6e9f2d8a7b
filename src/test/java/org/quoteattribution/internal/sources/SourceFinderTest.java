package org.quoteattribution.internal.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteattribution.Phrase;
import org.quoteattribution.internal.EarlierStages;
import org.quoteattribution.internal.TestDocuments;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.clauses.CueClause;

/**
 * Where the words were said or published, as the cue's clause names it. The source finder alone, on the cue clause
 * of the one quote the real assembler found in the article.
 */
class SourceFinderTest {

    private final SourceFinder finder = new SourceFinder();

    /** The source of the article's one quote. */
    private Optional<Phrase> sourceOf(String text) {
        Article article = TestDocuments.article(text);
        CueClause clause = EarlierStages.clauseOf(article, EarlierStages.onlyDraft(article));
        return finder.sourceOf(article, clause);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // platforms
        "Afterward, Trump wrote on Truth Social: “Everyone is very happy.”                  | Truth Social",
        "Dragone said on X that the chiefs would hold “a video conference.”                 | X",
        "“We need guarantees,” Zelenskyy said in a Telegram post on Wednesday.              | a Telegram post",
        "The senator wrote on Facebook: “We will not back down.”                            | Facebook",
        // documents
        "In an Aug. 13 statement, the ministers said that “guarantees” are essential.       | an Aug. 13 statement",
        "“The plan is dead,” she wrote in an op-ed for The Washington Post.                 | an op-ed for The Washington Post",
        "“We will not comply,” the governor said in a letter to the agency.                 | a letter to the agency",
        // events
        "At the post-meeting press conference, Putin said that Russia would “seek peace.”   | the post-meeting press conference",
        "“We will win,” Trump told a rally in Ohio.                                         | a rally in Ohio",
        "“That is false,” Clinton said during the debate.                                   | the debate",
        "On Wednesday, he told a crowd in Dayton that he was “troubled” by it.               | a crowd in Dayton",
        // media
        "“We are ready,” he said in an interview with CNN.                                  | an interview with CNN",
        "“We are ready,” he told Reuters.                                                   | Reuters",
        "“It is a rigged game,” she told Anna Ruiz of Fox News this week.                  | Anna Ruiz of Fox News",
        "“We are ready,” Rubio said on NBC's Meet the Press.                                | NBC's Meet the Press",
        "On Tuesday’s episode of “The Steve Harvey Morning Show,” the former secretary of state and current "
                + "Democratic presidential nominee said she wanted to speak “directly to white people.” "
                + "| Tuesday’s episode of “The Steve Harvey Morning Show,”",
        "“We are ready,” he said in an interview for a weekly video series.                 | an interview for a "
                + "weekly video series",
        "In a panel discussion, Morial told a young woman that “voting matters.”            | a panel discussion",
        // published-by chains
        "Lavrov said in a statement published by the Russian Embassy in London on X, “The goal is peace.” "
                + "| a statement published by the Russian Embassy in London on X",
    })
    void namesTheSourceInTheCueClause(String text, String source) {
        assertEquals(Optional.of(source), sourceOf(text).map(Phrase::text));
    }

    @Test
    void sourceDoesNotRunIntoTheSpeaker() {
        assertEquals(Optional.of("a meeting with the editorial board"), sourceOf(
                "In a meeting with the editorial board of the Washington Post Trump said NATO was “obsolete.”")
                .map(Phrase::text));
    }

    @Test
    void placeThatIsNoChannelIsNoSource() {
        assertEquals(Optional.empty(), sourceOf("“We are ready,” Trump said at the White House."));
    }

    @Test
    void occasionTheSpeakerBelongsToIsNoSource() {
        assertEquals(Optional.empty(), sourceOf("“They are in a frenzy,” said one Democratic source on the panel."));
    }

    @Test
    void channelInsideTheQuotedWordsIsNoSource() {
        assertEquals(Optional.empty(), sourceOf("Trump said: “I read it in a statement on Twitter.”"));
    }

    @Test
    void sourceOffsetsPointAtItsWords() {
        String text = "“We are ready,” he told Reuters.";
        Phrase source = sourceOf(text).orElseThrow();
        assertEquals(source.text(), text.substring(source.start(), source.end()));
    }

    @Test
    void anAddresseeTheNameFinderTakesForAnOrganizationIsTheOutlet() {
        assertEquals(Optional.of("the Des Moines Register"),
                sourceOf("\u201cWe are ready,\u201d he told the Des Moines Register.").map(Phrase::text));
    }

    @Test
    void anAddresseeThatIsAPersonIsNoSource() {
        assertEquals(Optional.empty(), sourceOf("\u201cWe are ready,\u201d he told Dana Okafor."));
    }
}
