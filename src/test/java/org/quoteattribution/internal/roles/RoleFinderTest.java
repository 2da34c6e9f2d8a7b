package org.quoteattribution.internal.roles;

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

/**
 * The speaker's title or position as the article words it. The role finder alone, on the speakers the real
 * assembler and speaker resolver found in the article.
 */
class RoleFinderTest {

    private final RoleFinder finder = new RoleFinder(TestDocuments.TITLES, new RolePhraseReader());

    /** The roles of an article's quotes' speakers, in text order. */
    private List<Optional<String>> rolesOf(String text) {
        Article article = TestDocuments.article(text);
        List<DraftQuote> drafts = EarlierStages.drafts(article);
        assertTrue(!drafts.isEmpty(), "no quote in: " + text);
        return finder.rolesOf(article, EarlierStages.speakers(article, drafts));
    }

    /** The role of the last quote's speaker. */
    private Optional<String> roleOfLast(String text) {
        List<Optional<String>> roles = rolesOf(text);
        return roles.get(roles.size() - 1);
    }

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

    @Test
    void aDescriptionThatStandsForATitledPersonGivesThatPersonsTitle() {
        assertEquals(Optional.of("Mayor"), roleOfLast("Mayor Bill de Blasio spoke at the scene.\n\n"
                + "\u201cWe do not see a link to terrorism,\u201d the mayor said."));
    }

    @Test
    void aFormerPositionThatStandsForThePersonJustSpokenOfIsTheRole() {
        assertEquals(Optional.of("former secretary of state"), roleOfLast("Hillary Clinton spoke out on Tuesday about "
                + "the shooting.\n\n\u201cThis is not who we are,\u201d the former secretary of state said."));
    }

    @Test
    void aLeadThatDescribesItsSpeakerBeforeNamingHimGivesTheRole() {
        List<Optional<String>> roles = rolesOf("Former party chairman calls for a plan.\n\n"
                + "A former Democratic National Committee chairman says the party should come up with a plan.\n\n"
                + "\u201cNow is the time,\u201d said Don Fowler, who led the party from 1995 to 1997.");
        assertEquals(Optional.of("former Democratic National Committee chairman"), roles.get(1));
    }

    @Test
    void aRoleNounOpeningTheSentenceIsTheRole() {
        assertEquals(Optional.of("Pollster"), roleOfLast("The vote was delayed.\n\n"
                + "Pollster Dana Okafor said the race was \u201cover.\u201d"));
    }

    @Test
    void anOccupationFromWordNetHeadsARole() {
        assertEquals(Optional.of("pediatrician at Riverside Hospital"), roleOfLast(
                "Omar Haddad, a pediatrician at Riverside Hospital, said sugar is a problem."));
    }

    @Test
    void aSportsPositionBeforeTheNameIsTheRole() {
        assertEquals(Optional.of("Maple Leafs defenceman"),
                roleOfLast("Maple Leafs defenceman Jan Novak said the team was ready."));
    }

    @Test
    void aSharedPositionWithCoIsARole() {
        assertEquals(Optional.of("co-owner of Blue Pine Brewing"), roleOfLast(
                "“We will build it,” said Ana Ruiz, co-owner of Blue Pine Brewing."));
    }

    @Test
    void modifiersJoinedByAndBeforeTheHeadBelongToTheRole() {
        assertEquals(Optional.of("health policy and outreach manager with the Lung Society"), roleOfLast(
                "Carla Diaz, health policy and outreach manager with the Lung Society, said the rules are welcome."));
    }

    @Test
    void aRelativeClauseClosesAnAppositiveRole() {
        assertEquals(Optional.of("four-time National Basketball Association All-Star"), roleOfLast(
                "“I'm worried,” said Kevin Brandt, a four-time National Basketball Association All-Star who turns 38."));
    }

    @Test
    void aDescriptionOpeningTheNextSentenceGivesTheRoleOfThePersonNamedAlone() {
        assertEquals(Optional.of("veteran winger"), roleOfLast("Erik Lund missed a month with an injury.\n\n"
                + "The veteran winger had two goals in the win.\n\n\u201cIt felt good to play again,\u201d Lund said."));
    }

    @Test
    void aDescriptionAfterASentenceNamingTwoPeopleGivesNoRole() {
        assertEquals(Optional.empty(), roleOfLast("Erik Lund met Tom Berg on Friday.\n\n"
                + "The veteran winger had two goals in the win.\n\n\u201cIt felt good to play again,\u201d Lund said."));
    }

    @Test
    void positionCommaDepartmentBeforeTheNameIsTheRole() {
        assertEquals(Optional.of("Vice-president, marketing"),
                roleOfLast("Vice-president, marketing, Sam Ortiz, said sales were “strong.”"));
    }

    @Test
    void positionCommaDepartmentAtAFirmIsTheRoleAtAnyLaterQuote() {
        assertEquals(Optional.of("Head, customer relations at Pinewood Bank"),
                roleOfLast("Head, customer relations at Pinewood Bank, Omar Diaz, agreed with the plan.\n\n"
                        + "“We will fix it,” Diaz said."));
    }
}
