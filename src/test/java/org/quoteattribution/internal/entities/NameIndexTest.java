package org.quoteattribution.internal.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteattribution.internal.TestDocuments;
import org.quoteattribution.internal.text.Document;

/** The names of an article, and the fullest form the article gives a short mention. */
class NameIndexTest {

    private static final TitleWords TITLES = new TitleWords();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Representative Charles B. Rangel of New York spoke.              | Charles B. Rangel, New York
            Mr. King and Mr. Morial are also participating.                  | King, Morial
            New Jersey Gov. Chris Christie called her a disgrace.            | Chris Christie
            Secretary of State John Kerry negotiates with Russia.            | John Kerry, Russia
            Interim DNC Chairwoman Donna Brazile said so.                    | Donna Brazile
            Vice President Joseph R. Biden Jr. and Colin Powell spoke.       | Joseph R. Biden Jr., Colin Powell
            Donald Trump and Hillary Clinton vied for the title.             | Donald Trump, Hillary Clinton
            The Department of Health and Human Services said so.            | Department of Health and Human Services
            Procter and Gamble said so.                                      | Procter and Gamble
            Trump spoke in Florida Friday.                                   | Trump, Florida
            The Justice Department and the Democratic National Committee met. | Justice Department, Democratic National Committee
            Virginia AFL-CIO President Doris Crouse-Mays spoke.              | Doris Crouse-Mays
            Hillary Clinton and Donald Trump met.                            | Hillary Clinton, Donald Trump
            Although Trump has admitted it, he does not defend it.           | Trump
            South Africa signed the deal with the American Legion.          | South Africa, American Legion
            South Korean President Park Min-ho spoke.                       | Park Min-ho
            """)
    void readsTheNamesOfASentence(String text, String names) {
        Document doc = TestDocuments.read(text);
        List<String> found = NameIndex.of(doc, TITLES).names().stream().map(Name::text).toList();
        assertEquals(List.of(names.split(", ")), found);
    }

    @Test
    void headlineInTitleCaseGivesNoNames() {
        Document doc = TestDocuments.read("Retired General Reveals Experience Of Serving Under Obama.\n\n"
                + "He served under President Barack Obama.");
        assertEquals(List.of("Barack Obama"), NameIndex.of(doc, TITLES).names().stream().map(Name::text).toList());
    }

    @Test
    void shortMentionGetsTheFullestName() {
        assertEquals(Optional.of("Sergei Lavrov"),
                fullestForLast("Russian Foreign Minister Sergei Lavrov arrived.\n\nLavrov", "Lavrov"));
    }

    @Test
    void generationSuffixIsNoSurname() {
        assertEquals(Optional.of("John G. Roberts Jr."), fullestForLast(
                "Chief Justice John G. Roberts Jr. spoke.\n\nChief Justice Roberts", "Chief Justice Roberts"));
    }

    @Test
    void titleAfterAFormOfAddressIsASurname() {
        assertEquals(Optional.of("Charlie King"),
                fullestForLast("Charlie King, a New York Democrat, spoke.\n\nMr. King", "Mr. King"));
    }

    @Test
    void coordinationIsNoFullerName() {
        assertEquals(Optional.of("Clinton"),
                fullestForLast("Obama and Clinton met.\n\nClinton", "Clinton"));
    }

    @Test
    void fullerNameRightAfterTheShortOneIsSomeoneElse() {
        assertEquals(Optional.of("Obama"), fullestForLast(
                "The campaign will employ Mr. Obama and the first lady, Michelle Obama.\n\nMr. Obama", "Mr. Obama"));
    }

    @Test
    void fullNameRepeatedShortIsTheSamePerson() {
        assertEquals(Optional.of("Donald Trump"), fullestForLast(
                "But for Donald Trump, the show offered Trump a platform.\n\nTrump", "Trump"));
    }

    /** The fullest name for the mention made of the last {@code words} tokens of the text. */
    @Test
    void acronymOfTheLastWordsOfANameIsThatName() {
        assertEquals(Optional.of("U.S. Maritime Safety Commission"), fullestForLast(
                "Kestrel settled with the U.S. Maritime Safety Commission in May.\n\nThe MSC", "MSC"));
    }

    private static Optional<String> fullestForLast(String text, String words) {
        Document doc = TestDocuments.read(text);
        NameIndex index = NameIndex.of(doc, TITLES);
        int length = TestDocuments.read(words).tokens().size();
        int end = doc.tokens().size();
        return index.fullestFor(end - length, end).map(Name::text);
    }

    @Test
    void anAcronymGetsTheNameItAbbreviates() {
        assertEquals(Optional.of("Northern Rail Authority"), fullestForLast(
                "The Northern Rail Authority raised fares.\n\nThe NRA", "NRA"));
    }
}
