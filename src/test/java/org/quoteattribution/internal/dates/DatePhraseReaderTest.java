package org.quoteattribution.internal.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteattribution.internal.TestDocuments;
import org.quoteattribution.internal.text.Document;

/** The date phrases read in a sentence, and the day each gives in a paper published on Wednesday 2025-08-20. */
class DatePhraseReaderTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 8, 20);
    private final DatePhraseReader reader = new DatePhraseReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Lavrov said on Wednesday that it would fail.          | on Wednesday         | 2025-08-20",
        "Trump said Tuesday that it would fail.                | Tuesday              | 2025-08-19",
        "She said late Monday night that it would fail.        | late Monday night    | 2025-08-18",
        "She said last Wednesday that it would fail.           | last Wednesday       | 2025-08-13",
        "On March 7, 2022, Lavrov said it.                     | On March 7, 2022     | 2022-03-07",
        "In an Aug. 13 statement, they said it.                | Aug. 13              | 2025-08-13",
        "On 13 August he said it.                              | On 13 August         | 2025-08-13",
        "He said on Sept. 13th that it was over.               | on Sept. 13th        | 2024-09-13",
        "He said on 13 August 2022 that it was over.           | on 13 August 2022    | 2022-08-13",
        "On Wednesday, Aug. 6, he said it.                     | On Wednesday, Aug. 6 | 2025-08-06",
        "The filing dated 2022-03-07 says so.                  | 2022-03-07           | 2022-03-07",
        "He said yesterday that it was over.                   | yesterday            | 2025-08-19",
        "He said today that it was over.                       | today                | 2025-08-20",
        "He said last night that it was over.                  | last night           | 2025-08-19",
        "He said last week that it was over.                   | last week            | ",
        "He said in February 2022 that it was over.            | February 2022        | ",
        "He said at Monday's rally that it was over.           | Monday               | 2025-08-18",
    })
    void readsTheDatePhraseAndItsDay(String sentence, String phrase, LocalDate day) {
        Document doc = TestDocuments.read(sentence);
        DatePhrase found = first(doc).orElseThrow();
        String text = doc.text().substring(doc.token(found.firstToken()).start(),
                doc.token(found.endToken() - 1).end());
        assertEquals(phrase, text);
        assertEquals(Optional.ofNullable(day), found.meaning().resolve(Optional.of(WEDNESDAY)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "He won on Super Tuesday.",
        "She told USA Today about it.",
        "He appeared on Fox News Sunday.",
        "They may say it.",
        "He will march with them.",
        "Yesterday's vote was close.",
        "He called Friday's decision a win.",
        "LOS ANGELES, Sept. 28 (UPI) — In a clip, she sings.",
    })
    void wordsOfNamesAndOtherWordsAreNoDates(String sentence) {
        assertEquals(Optional.empty(), first(TestDocuments.read(sentence)));
    }

    private Optional<DatePhrase> first(Document doc) {
        for (int k = 0; k < doc.tokens().size(); k++) {
            Optional<DatePhrase> found = reader.at(doc, k, doc.sentenceOf(doc.token(k)).endToken());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
