package org.quoteattribution.internal.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.SharedAttributor;
import org.quoteattribution.Speaker;

/** The name a speaker mention stands for: a fuller name, a pronoun's antecedent, a described person. */
class SpeakerResolverTest {

    private final QuoteAttributor attributor = SharedAttributor.get();

    @Test
    void descriptionStandsForThePersonWithThatTitle() {
        Speaker speaker = lastSpeaker("Mayor Bill de Blasio spoke at the scene.\n\n"
                + "“We do not see a link to terrorism,” the mayor said.");
        assertEquals(Optional.of("Bill de Blasio"), speaker.name());
        assertEquals(Optional.of("Mayor"), speaker.role());
    }

    @Test
    void titleOfAnotherOfficeIsNoMatch() {
        assertEquals(Optional.of("the president"), lastSpeaker("Vice President Joe Biden spoke first.\n\n"
                + "“We are ready,” the president said.").name());
    }

    @Test
    void formerPositionStandsForThePersonJustSpokenOfAndIsTheRole() {
        Speaker speaker = lastSpeaker("Hillary Clinton spoke out on Tuesday about the shooting.\n\n"
                + "“This is not who we are,” the former secretary of state said.");
        assertEquals(Optional.of("Hillary Clinton"), speaker.name());
        assertEquals(Optional.of("former secretary of state"), speaker.role());
    }

    @Test
    void plainDescriptionIsSomeoneNew() {
        assertEquals(Optional.of("the band leader"), lastSpeaker("Bobby Scott held a cookout in Newport News.\n\n"
                + "“It is our time,” the band leader said.").name());
    }

    @Test
    void possessorDoesNotTieADescriptionToWhoeverWasJustSpokenOf() {
        assertEquals(Optional.of("Pagliano's lawyer"), lastSpeaker("Chaffetz has new questions for Pagliano.\n\n"
                + "“He will not answer them,” Pagliano's lawyer said.").name());
    }

    @Test
    void leadThatDescribesItsSpeakerBeforeNamingHimStandsForTheManNamedNext() {
        List<Quote> quotes = attributor.attribute("Former party chairman calls for a plan.\n\n"
                + "A former Democratic National Committee chairman says the party should come up with a plan.\n\n"
                + "“Now is the time,” said Don Fowler, who led the party from 1995 to 1997.");
        Speaker first = quotes.get(0).speaker().orElseThrow();
        assertEquals(Optional.of("Don Fowler"), first.name());
        assertEquals(Optional.of("former Democratic National Committee chairman"),
                quotes.get(1).speaker().flatMap(Speaker::role));
    }

    @Test
    void pronounTakesTheSubjectOfTheSentenceBeforeNotANameAfterAPreposition() {
        assertEquals(Optional.of("Norman Ham"), lastSpeaker("Retired Gen. Norman Ham is speaking out.\n\n"
                + "In an interview with Rusty Humphries, Ham made it clear he had misgivings about President Barack "
                + "Obama.\n\n“It was demoralizing to work for him,” he told the host.").name());
    }

    @Test
    void sheIsNotAManTheArticleCallsMister() {
        assertEquals(Optional.of("Clinton"), lastSpeaker("Mrs. Clinton spoke in Ohio.\n\n"
                + "Mr. Sharpton took calls from listeners.\n\n“We will win,” she said.").name());
    }

    @Test
    void pronounTakesTheSubjectEarlierInItsSentence() {
        assertEquals(Optional.of("Donald Trump"), lastSpeaker("Donald Trump met Bernie Sanders.\n\n"
                + "Sanders said: “It went well.”\n\nAlthough Trump has admitted using the tax code, he said: "
                + "“I will change it.”").name());
    }

    @Test
    void aPronounOpeningASentenceTakesThePersonTheSentenceBeforeIsAbout() {
        assertEquals(Optional.of("Daniel Okafor"), lastSpeaker("“We will win,” said Rep. Paul Ostrander.\n\n"
                + "Daniel Okafor has record low support from rural voters. He recently told them that their towns "
                + "were struggling.").name());
    }

    @Test
    void aPronounAfterAnOpeningConjunctionTakesThePersonTheSentenceBeforeIsAbout() {
        assertEquals(Optional.of("Maria Lindqvist"), lastSpeaker("\u201cWe will act,\u201d Sen. Robin Ostrander said."
                + "\n\nIn a statement, Maria Lindqvist was more careful. Though she called the bank\u2019s behavior "
                + "\u201coutrageous,\u201d Lindqvist spoke of the future.").name());
    }

    @Test
    void sheIsNotAManByHisGivenName() {
        assertEquals(Optional.of("Lee-Ann Okafor"), lastSpeaker("\u201cIt is a game,\u201d said Aaron Brandt, a "
                + "debate coach.\n\nLee-Ann Okafor, a professor, described the approach.\n\n"
                + "\u201cThey will deflect,\u201d she said.").name());
    }

    @Test
    void companyOfAPersonIsAGroupNotThePerson() {
        assertEquals(Optional.of("The Clinton campaign"), lastSpeaker("Hillary Clinton spoke in Ohio.\n\n"
                + "The Clinton campaign said: “We are ready.”").name());
    }

    private Speaker lastSpeaker(String text) {
        List<Quote> quotes = attributor.attribute(text);
        assertEquals(false, quotes.isEmpty(), text);
        return quotes.get(quotes.size() - 1).speaker().orElseThrow();
    }

    @Test
    void anIndefiniteDescriptionKeepsItsWordsThoughItHoldsAName() {
        assertEquals(Optional.of("a spokeswoman for council Republicans"), lastSpeaker("The vote was delayed again.\n\n"
                + "\u201cThe facts have not changed,\u201d a spokeswoman for council Republicans said.").name());
    }

    @Test
    void theNameAfterADescriptionInCommasIsTheSpeaker() {
        assertEquals(Optional.of("Mark Ruiz"), lastSpeaker("The vote was delayed.\n\n"
                + "\u201cIt is over,\u201d Okafor\u2019s lawyer, Mark Ruiz, said on Friday.").name());
    }

    @Test
    void aRoleNounOpeningTheSentenceIsNotPartOfTheName() {
        Speaker speaker = lastSpeaker("The vote was delayed.\n\nPollster Dana Okafor said the race was \u201cover.\u201d");
        assertEquals(Optional.of("Dana Okafor"), speaker.name());
        assertEquals(Optional.of("Pollster"), speaker.role());
    }

    @Test
    void aPossessiveDescriptionStandsForThePersonIntroducedWithThatRole() {
        assertEquals(Optional.of("Mark Ruiz"), lastSpeaker("An attorney for Okafor, Mark Ruiz, said his client was "
                + "ready.\n\nThe panel met again on Monday.\n\nOkafor's lawyer said he will refuse to answer questions.")
                .name());
    }

    @Test
    void theBankStandsForTheOrganizationNamedJustBefore() {
        assertEquals(Optional.of("Wells Fargo"), lastSpeaker("In the Wells Fargo scandal, customers were charged fees "
                + "they never agreed to.\n\nThe bank said in a statement that it \u201cregrets\u201d the errors.").name());
    }

    @Test
    void theBankStaysAsWrittenWhenNoOrganizationWasNamed() {
        assertEquals(Optional.of("The bank"), lastSpeaker("Customers were charged fees they never agreed to.\n\n"
                + "The bank said in a statement that it \u201cregrets\u201d the errors.").name());
    }

    @Test
    void capitalizedHeadlineWordsAreNoAntecedentForAPronoun() {
        List<Quote> quotes = attributor.attribute("Officials Meet In Capital\n\nThe meeting began on Monday.\n\n"
                + "My mother laughed. To which she said, \"Thank God at least you still believe.\"");
        assertEquals(Optional.empty(), quotes.get(quotes.size() - 1).speaker().flatMap(Speaker::name));
    }

    @Test
    void aNounThatSaysTheSexBeforeANameGuidesThePronoun() {
        assertEquals(Optional.of("Terry Okafor"), lastSpeaker("\u201cThey are wrong,\u201d said widow Terry Okafor.\n\n"
                + "Okafor accused the agency of delay.\n\n\u201cNobody should make us wait,\u201d she said.").name());
    }
}
