package org.quoteattribution.internal.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** WordNet's classes of common nouns, as the quote classifier reads a speaker phrase's head. */
class NounSensesTest {

    @Test
    void aNounGivesTheClassOfItsMostFrequentSense() {
        assertEquals("phenomenon", NounSenses.of("effect").orElseThrow().firstClass());
        assertEquals("communication", NounSenses.of("statement").orElseThrow().firstClass());
    }

    @Test
    void aPersonOrGroupSenseGivesItsRank() {
        assertEquals(1, NounSenses.of("team").orElseThrow().agentRank());
        assertEquals(0, NounSenses.of("effect").orElseThrow().agentRank());
    }

    @Test
    void aRegularPluralIsReadAsItsSingular() {
        assertEquals(NounSenses.of("threat"), NounSenses.of("threats"));
        assertEquals(NounSenses.of("agency"), NounSenses.of("agencies"));
        assertEquals(NounSenses.of("tax"), NounSenses.of("taxes"));
        assertEquals(NounSenses.of("woman"), NounSenses.of("women"));
    }

    @Test
    void anIrregularPluralComesFromWordNet() {
        assertEquals(NounSenses.of("criterion"), NounSenses.of("criteria"));
    }

    @Test
    void capitalsDoNotMatter() {
        assertEquals(NounSenses.of("report"), NounSenses.of("Report"));
    }

    @Test
    void aWordThatIsNoCommonNounHasNoSenses() {
        assertEquals(Optional.empty(), NounSenses.of("qwertyuiop"));
        assertTrue(NounSenses.size() > 5000);
    }

    @Test
    void peopleGroupsPlacesAndWordsCanSpeak() {
        assertTrue(NounSenses.canSpeak("person"));
        assertTrue(NounSenses.canSpeak("attendees"));
        assertTrue(NounSenses.canSpeak("group"));
        assertTrue(NounSenses.canSpeak("province"));
        assertTrue(NounSenses.canSpeak("letter"));
    }

    @Test
    void thingsEventsAndStatesCannotSpeak() {
        assertFalse(NounSenses.canSpeak("effect"));
        assertFalse(NounSenses.canSpeak("needs"));
        assertFalse(NounSenses.canSpeak("tax"));
        assertFalse(NounSenses.canSpeak("pressure"));
    }

    @Test
    void aCampaignSpeaksThoughWordNetSaysItIsAnEvent() {
        assertTrue(NounSenses.canSpeak("campaign"));
        assertTrue(NounSenses.canSpeak("campaigns"));
    }

    @Test
    void anUnknownWordMaySpeak() {
        assertTrue(NounSenses.canSpeak("qwertyuiop"));
    }
}
