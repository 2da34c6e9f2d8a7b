package org.quoteattribution.internal.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.SharedAttributor;
import org.quoteattribution.Speaker;

/** The speaker's title or position as the article words it. */
class RoleFinderTest {

    private final QuoteAttributor attributor = SharedAttributor.get();

    @Test
    void titleBeforeTheNameIsTheRoleWithoutTheName() {
        assertEquals(Optional.of("Russian Foreign Minister"),
                roleOfLast("Russian Foreign Minister Sergei Lavrov said: “This will not work.”"));
    }

    @Test
    void abbreviatedTitleKeepsItsPeriod() {
        assertEquals(Optional.of("Sen."), roleOfLast("Sen. Marco Rubio said: “We are ready.”"));
    }

    @Test
    void titleOfTheFirstMentionIsCarriedToLaterQuotes() {
        assertEquals(Optional.of("British Prime Minister"), roleOfLast(
                "British Prime Minister Keir Starmer met the leaders.\n\nStarmer said: “We are ready.”"));
    }

    @Test
    void titleIsCarriedToAPronounSpeaker() {
        assertEquals(Optional.of("French President"), roleOfLast(
                "French President Emmanuel Macron arrived in Kyiv.\n\n“We are ready,” he said."));
    }

    @Test
    void appositiveAfterTheNameIsTheRole() {
        assertEquals(Optional.of("spokesman for the Pentagon"), roleOfLast(
                "John Smith, a spokesman for the Pentagon, said: “We are ready.”"));
    }

    @Test
    void anAppositiveRoleTakesAnOrganizationWithForInItsName() {
        assertEquals(Optional.of("vice president for policy at the Institute for Rural Studies"), roleOfLast(
                "\u201cIt is bad,\u201d said Ann Lee, vice president for policy at the Institute for Rural Studies, "
                        + "a think tank."));
    }

    @Test
    void aPluralTitleIsTheRoleOfBothNamesAfterIt() {
        assertEquals(Optional.of("Sens."), roleOfLast("The remarks led Sens. Paul Ostrander (D-Ore.) and Daniel Okafor "
                + "(R-Ky.) to ask for a vote.\n\n\u201cIt is good,\u201d Okafor said."));
    }

    @Test
    void roleIsGivenWithoutItsArticle() {
        assertEquals(Optional.of("Russian foreign minister"), roleOfLast(
                "Lavrov, the Russian foreign minister, said: “This will not work.”"));
    }

    @Test
    void coordinatedRolesInAnAppositiveAreOneRole() {
        assertEquals(Optional.of("former party chairman and presidential candidate"), roleOfLast(
                "Dean, a former party chairman and presidential candidate, said: “This will not work.”"));
    }

    @Test
    void positionInAnAppositiveWinsOverARankBeforeTheName() {
        assertEquals(Optional.of("chair of NATO's military committee"), roleOfLast(
                "Italian Adm. Giuseppe Cavo Dragone, chair of NATO's military committee, said: “We are ready.”"));
    }

    @Test
    void rankAloneIsTheRoleWhenNothingElseIsSaid() {
        assertEquals(Optional.of("U.S. Gen."), roleOfLast("U.S. Gen. Alexus Grynkewich said: “We are ready.”"));
    }

    @Test
    void predicateElsewhereInTheArticleGivesTheRole() {
        assertEquals(Optional.of("Russia's foreign minister"), roleOfLast(
                "Lavrov, who is 75 and has been Russia's foreign minister since 2004, met Rubio.\n\n"
                        + "Lavrov said: “This will not work.”"));
    }

    @Test
    void nameWithoutTitleHasNoRole() {
        assertEquals(Optional.empty(), roleOfLast("Lavrov said: “This will not work.”"));
    }

    @Test
    void adjectiveThatIsNoPositionIsNoRole() {
        assertEquals(Optional.empty(), roleOfLast(
                "Lavrov, a loyal ally of Putin, said: “This will not work.”"));
    }

    @Test
    void nounBeforeATitleThatIsNotPartOfItIsLeftOut() {
        assertEquals(Optional.of("Sen."), roleOfLast(
                "She could inspire voters the way Sen. Bernie Sanders did.\n\nSanders said: “We are ready.”"));
    }

    @Test
    void givenNamesAreNotPartOfTheTitle() {
        assertEquals(Optional.of("House Speaker"), roleOfLast("House Speaker Paul D. Ryan said: “We are ready.”"));
    }

    @Test
    void titleInsideSomeonesWordsIsNoRole() {
        assertEquals(Optional.empty(), roleOfLast(
                "Hillary Clinton spoke.\n\nHe said: “President Clinton, thank you.”\n\nClinton said: “We are ready.”"));
    }

    @Test
    void formOfAddressEndsATitle() {
        assertEquals(Optional.empty(), roleOfLast("John Podesta, chairman of Mrs. Clinton's campaign, spoke.\n\n"
                + "Mrs. Clinton said: “We are ready.”"));
    }

    @Test
    void titleOfAnotherPersonWithTheSameSurnameIsNotGiven() {
        // her own description ("His wife") is hers; the senator's title is not
        assertEquals(Optional.of("His wife"), roleOfLast("Sen. Ted Cruz spoke.\n\nHis wife, Heidi Cruz, was there.\n\n"
                + "Heidi Cruz said: “We are ready.”"));
    }

    @Test
    void roleOfOnePersonIsNotGivenToAnother() {
        assertEquals(Optional.empty(), roleOfLast(
                "U.S. President Donald Trump hosted leaders.\n\nZelenskyy said: “We are ready.”"));
    }

    private Optional<String> roleOfLast(String text) {
        List<Quote> quotes = attributor.attribute(text);
        assertEquals(false, quotes.isEmpty(), text);
        return quotes.get(quotes.size() - 1).speaker().flatMap(Speaker::role);
    }

    @Test
    void aFamilyTieInAnAppositiveIsTheRole() {
        assertEquals(Optional.of("eldest daughter of the late senator"), roleOfLast("The vote was delayed.\n\n"
                + "\u201cWe will not back down,\u201d said Jane Okafor, the eldest daughter of the late senator."));
    }

    @Test
    void aDescriptionBeforeTheNameInCommasIsTheRole() {
        assertEquals(Optional.of("Okafor\u2019s lawyer"), roleOfLast("The vote was delayed.\n\n"
                + "Okafor\u2019s lawyer, Mark Ruiz, said the ruling was \u201cwrong.\u201d"));
    }
}
