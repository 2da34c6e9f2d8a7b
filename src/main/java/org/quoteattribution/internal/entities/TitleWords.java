package org.quoteattribution.internal.entities;

import java.util.HashSet;
import java.util.Set;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.lexicon.RoleNouns;
import org.quoteattribution.internal.text.Token;

/** Title and nationality words that stand before a name and are not part of it ("Russian Foreign Minister"). */
public final class TitleWords {

    private final Set<String> titles;
    private final Set<String> modifiers;
    private final Set<String> personTitles;
    private final Set<String> honorifics;
    private final Set<String> roleNouns;

    public TitleWords() {
        this.titles = CommonWords.TITLES;
        this.modifiers = LexiconFile.words("nationalities.txt");
        // "Democratic", "House" or "State" stand before organizations too; an office or a form of address stands
        // only before a person
        this.honorifics = LexiconFile.words("honorifics.txt");
        Set<String> person = new HashSet<>(honorifics);
        Set<String> roles = new HashSet<>();
        for (String noun : RoleNouns.HAND_NOUNS) {
            if (titles.contains(noun)) {
                person.add(noun);
            }
            roles.add(noun);
        }
        this.personTitles = Set.copyOf(person);
        this.roleNouns = Set.copyOf(roles);
    }

    public boolean isTitle(Token t) {
        return titles.contains(bare(t.lower()));
    }

    public boolean isTitleOrModifier(Token t) {
        String word = bare(t.lower());
        return titles.contains(word) || modifiers.contains(word);
    }

    /** A title that marks the name after it as a person's: an office ("Gov.", "Senator") or a form of address. */
    public boolean isPersonTitle(Token t) {
        return personTitles.contains(bare(t.lower()));
    }

    /** A noun that heads a role ("Pollster", "Spokesman"), capitalized at the start of a sentence before a name. */
    public boolean isRoleNoun(Token t) {
        return roleNouns.contains(bare(t.lower()));
    }

    /** A form of address ("Mr.", "Dr."): the word after it is a name even when it is a title too ("Mr. King"). */
    public boolean isHonorific(Token t) {
        return honorifics.contains(bare(t.lower()));
    }

    private static String bare(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    }
}
