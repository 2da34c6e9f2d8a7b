package org.quoteattribution.internal.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.internal.EarlierStages;
import org.quoteattribution.internal.TestDocuments;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.assembly.DraftQuote;
import org.quoteattribution.internal.mentions.RolePhraseReader;
import org.quoteattribution.internal.speakers.SpeakerResolver.ResolvedSpeaker;

/**
 * The name a speaker mention stands for: a fuller name, a pronoun's antecedent, a described person. The resolver
 * alone, on the drafts the real assembler made of the article; the role it leads to is {@code RoleFinderTest}'s.
 */
class SpeakerResolverTest {

    private final SpeakerResolver resolver = new SpeakerResolver(TestDocuments.TITLES, new RolePhraseReader());

    /** The resolved speakers of an article's quotes, in text order. */
    private List<ResolvedSpeaker> speakersOf(String text) {
        Article article = TestDocuments.article(text);
        List<DraftQuote> drafts = EarlierStages.drafts(article);
        assertTrue(!drafts.isEmpty(), "no quote in: " + text);
        return resolver.resolve(article, drafts);
    }

    /** The name the last quote's speaker resolves to. */
    private Optional<String> lastName(String text) {
        List<ResolvedSpeaker> speakers = speakersOf(text);
        return speakers.get(speakers.size() - 1).name();
    }

    @Test
    void descriptionStandsForThePersonWithThatTitle() {
        assertEquals(Optional.of("Bill de Blasio"), lastName("Mayor Bill de Blasio spoke at the scene.\n\n"
                + "“We do not see a link to terrorism,” the mayor said."));
    }

    @Test
    void titleOfAnotherOfficeIsNoMatch() {
        assertEquals(Optional.of("the president"), lastName("Vice President Joe Biden spoke first.\n\n"
                + "“We are ready,” the president said."));
    }

    @Test
    void formerPositionStandsForThePersonJustSpokenOf() {
        assertEquals(Optional.of("Hillary Clinton"), lastName("Hillary Clinton spoke out on Tuesday about the "
                + "shooting.\n\n“This is not who we are,” the former secretary of state said."));
    }

    @Test
    void plainDescriptionIsSomeoneNew() {
        assertEquals(Optional.of("the band leader"), lastName("Bobby Scott held a cookout in Newport News.\n\n"
                + "“It is our time,” the band leader said."));
    }

    @Test
    void possessorDoesNotTieADescriptionToWhoeverWasJustSpokenOf() {
        assertEquals(Optional.of("Pagliano's lawyer"), lastName("Chaffetz has new questions for Pagliano.\n\n"
                + "“He will not answer them,” Pagliano's lawyer said."));
    }

    @Test
    void leadThatDescribesItsSpeakerBeforeNamingHimStandsForTheManNamedNext() {
        List<ResolvedSpeaker> speakers = speakersOf("Former party chairman calls for a plan.\n\n"
                + "A former Democratic National Committee chairman says the party should come up with a plan.\n\n"
                + "“Now is the time,” said Don Fowler, who led the party from 1995 to 1997.");
        assertEquals(Optional.of("Don Fowler"), speakers.get(0).name());
    }

    @Test
    void pronounTakesTheSubjectOfTheSentenceBeforeNotANameAfterAPreposition() {
        assertEquals(Optional.of("Norman Ham"), lastName("Retired Gen. Norman Ham is speaking out.\n\n"
                + "In an interview with Rusty Humphries, Ham made it clear he had misgivings about President Barack "
                + "Obama.\n\n“It was demoralizing to work for him,” he told the host."));
    }

    @Test
    void sheIsNotAManTheArticleCallsMister() {
        assertEquals(Optional.of("Clinton"), lastName("Mrs. Clinton spoke in Ohio.\n\n"
                + "Mr. Sharpton took calls from listeners.\n\n“We will win,” she said."));
    }

    @Test
    void pronounTakesTheSubjectEarlierInItsSentence() {
        assertEquals(Optional.of("Donald Trump"), lastName("Donald Trump met Bernie Sanders.\n\n"
                + "Sanders said: “It went well.”\n\nAlthough Trump has admitted using the tax code, he said: "
                + "“I will change it.”"));
    }

    @Test
    void aPronounOpeningASentenceTakesThePersonTheSentenceBeforeIsAbout() {
        assertEquals(Optional.of("Daniel Okafor"), lastName("“We will win,” said Rep. Paul Ostrander.\n\n"
                + "Daniel Okafor has record low support from rural voters. He recently told them that their towns "
                + "were struggling."));
    }

    @Test
    void aPronounAfterAnOpeningConjunctionTakesThePersonTheSentenceBeforeIsAbout() {
        assertEquals(Optional.of("Maria Lindqvist"), lastName("\u201cWe will act,\u201d Sen. Robin Ostrander said."
                + "\n\nIn a statement, Maria Lindqvist was more careful. Though she called the bank\u2019s behavior "
                + "\u201coutrageous,\u201d Lindqvist spoke of the future."));
    }

    @Test
    void sheIsNotAManByHisGivenName() {
        assertEquals(Optional.of("Lee-Ann Okafor"), lastName("\u201cIt is a game,\u201d said Aaron Brandt, a "
                + "debate coach.\n\nLee-Ann Okafor, a professor, described the approach.\n\n"
                + "\u201cThey will deflect,\u201d she said."));
    }

    @Test
    void companyOfAPersonIsAGroupNotThePerson() {
        assertEquals(Optional.of("The Clinton campaign"), lastName("Hillary Clinton spoke in Ohio.\n\n"
                + "The Clinton campaign said: “We are ready.”"));
    }

    @Test
    void anIndefiniteDescriptionKeepsItsWordsThoughItHoldsAName() {
        assertEquals(Optional.of("a spokeswoman for council Republicans"), lastName("The vote was delayed again.\n\n"
                + "\u201cThe facts have not changed,\u201d a spokeswoman for council Republicans said."));
    }

    @Test
    void theNameAfterADescriptionInCommasIsTheSpeaker() {
        assertEquals(Optional.of("Mark Ruiz"), lastName("The vote was delayed.\n\n"
                + "\u201cIt is over,\u201d Okafor\u2019s lawyer, Mark Ruiz, said on Friday."));
    }

    @Test
    void aRoleNounOpeningTheSentenceIsNotPartOfTheName() {
        assertEquals(Optional.of("Dana Okafor"), lastName("The vote was delayed.\n\n"
                + "Pollster Dana Okafor said the race was \u201cover.\u201d"));
    }

    @Test
    void aTitleBeforeTheNameIsNotPartOfTheName() {
        assertEquals(Optional.of("Paul Ostrander"), lastName("\u201cThe rules are not optional,\u201d Chairman Paul "
                + "Ostrander said after the aide failed to show up at the meeting he was called to. \u201cHe is a "
                + "crucial witness.\u201d"));
    }

    @Test
    void aHyphenatedModifierBeforeTheNameIsNotPartOfTheName() {
        assertEquals(Optional.of("Dana Okafor"), lastName("The vote was delayed again.\n\n"
                + "\u201cThe race is over,\u201d Ohio-based Dana Okafor said."));
    }

    @Test
    void aPossessiveDescriptionStandsForThePersonIntroducedWithThatRole() {
        assertEquals(Optional.of("Mark Ruiz"), lastName("An attorney for Okafor, Mark Ruiz, said his client was "
                + "ready.\n\nThe panel met again on Monday.\n\nOkafor's lawyer said he will refuse to answer "
                + "questions."));
    }

    @Test
    void theBankStandsForTheOrganizationNamedJustBefore() {
        assertEquals(Optional.of("Wells Fargo"), lastName("In the Wells Fargo scandal, customers were charged fees "
                + "they never agreed to.\n\nThe bank said in a statement that it \u201cregrets\u201d the errors."));
    }

    @Test
    void theBankStaysAsWrittenWhenNoOrganizationWasNamed() {
        assertEquals(Optional.of("The bank"), lastName("Customers were charged fees they never agreed to.\n\n"
                + "The bank said in a statement that it \u201cregrets\u201d the errors."));
    }

    @Test
    void capitalizedHeadlineWordsAreNoAntecedentForAPronoun() {
        assertEquals(Optional.empty(), lastName("Officials Meet In Capital\n\nThe meeting began on Monday.\n\n"
                + "My mother laughed. To which she said, \"Thank God at least you still believe.\""));
    }

    @Test
    void aNounThatSaysTheSexBeforeANameGuidesThePronoun() {
        assertEquals(Optional.of("Terry Okafor"), lastName("\u201cThey are wrong,\u201d said widow Terry Okafor.\n\n"
                + "Okafor accused the agency of delay.\n\n\u201cNobody should make us wait,\u201d she said."));
    }

    @Test
    void twoNamesJoinedByAndSpeakTogetherUnderTheirFullestNames() {
        assertEquals(Optional.of("Tom Reyes and Ida Lund"), lastName("Tom Reyes and Ida Lund opened the shop in 2010.\n\n"
                + "Reyes and Lund said they respected the vote."));
    }

    @Test
    void theFounderOfACompanyIsAPersonDescribedNotTheCompany() {
        assertEquals(Optional.of("the 41-year-old founder of Blue Pine Press"), lastName(
                "\u201cWe print local comics,\u201d says the 41-year-old founder of Blue Pine Press."));
    }

    @Test
    void relativePronounBeforeTheCueIsTheMentionAndItsAntecedentTheName() {
        ResolvedSpeaker s = speakersOf("Voters in Elmford heard from Priya Natarajan, who said the bridge was "
                + "“falling apart.”").get(0);
        assertEquals(Optional.of("Priya Natarajan"), s.name());
        assertEquals("who", s.mention().orElseThrow().text());
    }

    @Test
    void relativeClauseClosedBeforeTheCueLeavesTheNameAsTheMention() {
        ResolvedSpeaker s = speakersOf("Priya Natarajan, who chairs the council, said the bridge was "
                + "“falling apart.”").get(0);
        assertEquals("Priya Natarajan", s.mention().orElseThrow().text());
    }

    @Test
    void bareOfficeStandsForThePersonJustSpokenOf() {
        assertEquals(Optional.of("Ann Lavoie"), lastName("Ann Lavoie spoke to the crowd in Elmford on Friday.\n\n"
                + "The premier said the mill closing was “a disaster for the town.”"));
    }

    @Test
    void bareOfficeIsNotThePersonGivenAnotherPosition() {
        assertEquals(Optional.of("The premier"), lastName("Sen. Ann Lavoie spoke to the crowd in Elmford on Friday."
                + "\n\nThe premier said the mill closing was “a disaster for the town.”"));
    }

    @Test
    void organizationNounStandsForTheNameEndingInIt() {
        assertEquals(Optional.of("U.S. Maritime Safety Commission"), lastName("The U.S. Maritime Safety Commission "
                + "opened an inquiry in May. Kestrel Freight and two other shippers were named.\n\n"
                + "Later, the commission said the ships were “unsafe.”"));
    }

    @Test
    void theStatementSpeaksForWhoeverIssuedIt() {
        assertEquals(Optional.of("Priya Natarajan"), lastName("Priya Natarajan announced her resignation on Monday."
                + "\n\nThe statement said the council had been “a joy to serve.”"));
    }

    @Test
    void aPossessedVehicleSpeaksForItsPossessor() {
        assertEquals(Optional.of("Priya Natarajan"), lastName("Priya Natarajan spoke first.\n\n"
                + "Natarajan's statement said the council had been “a joy to serve.”"));
    }

    @Test
    void aVehicleWithoutAnIssuerStaysAsWritten() {
        assertEquals(Optional.of("a statement"), lastName("Priya Natarajan spoke first.\n\n"
                + "A statement said the council had been “a joy to serve.”").map(String::toLowerCase));
    }

    @Test
    void heOrSheIsNeverAShop() {
        assertEquals(Optional.of("Tom Fenwick"), lastName("Tom Fenwick owns Fenwick Hardware on Main Street. "
                + "Fenwick Hardware has been open since 1990. “It has been a good year,” he said."));
    }
}
