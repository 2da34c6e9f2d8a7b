package org.quoteattribution.internal.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The role nouns: the hand-made list, WordNet's occupations and positions, and their shared forms. */
class RoleNounsTest {

    @Test
    void wordNetOccupationsAreRoleNouns() {
        assertTrue(RoleNouns.NOUNS.containsAll(List.of("coach", "pediatrician", "coordinator", "economist",
                "goaltender")));
    }

    @Test
    void aWordWhoseRoleIsARareSenseIsNoRoleNoun() {
        assertFalse(RoleNouns.NOUNS.contains("second"));
        assertFalse(RoleNouns.NOUNS.contains("page"));
    }

    @Test
    void aPositionSharedWithCoIsARoleNoun() {
        assertTrue(RoleNouns.NOUNS.contains("co-owner"));
        assertTrue(RoleNouns.NOUNS.contains("co-chair"));
    }

    @Test
    void onlyTheHandMadeListsNounsStandAsTitlesBeforeAName() {
        assertTrue(RoleNouns.HAND_NOUNS.contains("senator"));
        assertFalse(RoleNouns.HAND_NOUNS.contains("coach"));
    }
}
