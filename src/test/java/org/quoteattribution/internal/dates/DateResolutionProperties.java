package org.quoteattribution.internal.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quoteattribution.internal.TestDocuments;
import org.quoteattribution.internal.text.Document;

/** What date resolution guarantees for every publication date and phrase. */
class DateResolutionProperties {

    private final DatePhraseReader reader = new DatePhraseReader();

    @Property
    void weekdayNeverResolvesAfterPublicationNorMoreThanSixDaysBefore(@ForAll DayOfWeek day,
            @ForAll("days") LocalDate published) {
        LocalDate resolved = new DateMeaning.Weekday(day, false).resolve(Optional.of(published)).orElseThrow();
        assertEquals(day, resolved.getDayOfWeek());
        assertTrue(!resolved.isAfter(published) && !resolved.isBefore(published.minusDays(6)), resolved::toString);
    }

    @Property
    void lastWeekdayIsOneToSevenDaysBeforePublication(@ForAll DayOfWeek day, @ForAll("days") LocalDate published) {
        LocalDate resolved = new DateMeaning.Weekday(day, true).resolve(Optional.of(published)).orElseThrow();
        assertEquals(day, resolved.getDayOfWeek());
        assertTrue(resolved.isBefore(published) && !resolved.isBefore(published.minusDays(7)), resolved::toString);
    }

    @Property
    void calendarDayWithAYearResolvesToItself(@ForAll("days") LocalDate day,
            @ForAll("optionalDays") Optional<LocalDate> published) {
        DateMeaning meaning = new DateMeaning.CalendarDay(day.getMonthValue(), day.getDayOfMonth(),
                OptionalInt.of(day.getYear()));
        assertEquals(Optional.of(day), meaning.resolve(published));
    }

    @Property
    void writtenDateWithAYearResolvesToItself(@ForAll("days") LocalDate day,
            @ForAll("optionalDays") Optional<LocalDate> published, @ForAll("styles") String style) {
        String written = DateTimeFormatter.ofPattern(style, Locale.ENGLISH).format(day);
        Document doc = TestDocuments.read("He said on " + written + " that it was over.");
        DatePhrase phrase = reader.at(doc, 2, doc.tokens().size()).orElseThrow(() -> new AssertionError(written));
        assertEquals(Optional.of(day), phrase.meaning().resolve(published), written);
    }

    @Property
    void calendarDayWithoutAYearIsNeverAfterPublicationNorAYearBefore(@ForAll("days") LocalDate day,
            @ForAll("days") LocalDate published) {
        DateMeaning meaning = new DateMeaning.CalendarDay(day.getMonthValue(), day.getDayOfMonth(),
                OptionalInt.empty());
        meaning.resolve(Optional.of(published)).ifPresent(resolved -> assertTrue(!resolved.isAfter(published)
                && resolved.isAfter(published.minusYears(1).minusDays(1)), resolved::toString));
    }

    @Property
    void dayWordsWithoutPublicationDateHaveNoDay(@ForAll("dayWords") String words) {
        Document doc = TestDocuments.read("He said " + words + " that it was over.");
        DatePhrase phrase = reader.at(doc, 2, doc.tokens().size()).orElseThrow(() -> new AssertionError(words));
        assertEquals(Optional.empty(), phrase.meaning().resolve(Optional.empty()));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2080, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<Optional<LocalDate>> optionalDays() {
        return days().optional();
    }

    @Provide
    Arbitrary<String> styles() {
        return Arbitraries.of("MMMM d, yyyy", "d MMMM yyyy", "MMM. d, yyyy", "MMMM d yyyy", "yyyy-MM-dd");
    }

    @Provide
    Arbitrary<String> dayWords() {
        return Arbitraries.of("Monday", "on Tuesday", "yesterday", "today", "last night", "last Friday",
                "Aug. 13", "13 August", "last week");
    }
}
