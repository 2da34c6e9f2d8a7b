package org.quoteattribution.internal.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How each kind of date phrase resolves against a publication date: one row per case. */
class DateMeaningTest {

    @ParameterizedTest(name = "{0} in a paper of {1} is {2}")
    @CsvSource({
        // a bare day's name: the latest such day on or before publication
        "WEDNESDAY, 2025-08-20, 2025-08-20",
        "TUESDAY,   2025-08-20, 2025-08-19",
        "MONDAY,    2025-08-20, 2025-08-18",
        "THURSDAY,  2025-08-20, 2025-08-14",
        "FRIDAY,    2016-09-30, 2016-09-30",
        "SUNDAY,    2016-01-01, 2015-12-27",
    })
    void weekdayIsTheLatestSuchDayOnOrBeforePublication(DayOfWeek day, LocalDate published, LocalDate expected) {
        assertEquals(Optional.of(expected), new DateMeaning.Weekday(day, false).resolve(Optional.of(published)));
    }

    @ParameterizedTest(name = "last {0} in a paper of {1} is {2}")
    @CsvSource({
        "WEDNESDAY, 2025-08-20, 2025-08-13",
        "TUESDAY,   2025-08-20, 2025-08-19",
    })
    void lastWeekdayIsStrictlyBeforePublication(DayOfWeek day, LocalDate published, LocalDate expected) {
        assertEquals(Optional.of(expected), new DateMeaning.Weekday(day, true).resolve(Optional.of(published)));
    }

    @ParameterizedTest(name = "{0} days before {1} is {2}")
    @CsvSource({
        "0, 2025-08-20, 2025-08-20",
        "1, 2025-08-20, 2025-08-19",
        "1, 2025-03-01, 2025-02-28",
        "1, 2024-03-01, 2024-02-29",
    })
    void dayWordsCountBackFromPublication(int days, LocalDate published, LocalDate expected) {
        assertEquals(Optional.of(expected), new DateMeaning.DaysBefore(days).resolve(Optional.of(published)));
    }

    @ParameterizedTest(name = "{0}/{1} (year {2}) in a paper of {3} is {4}")
    @CsvSource({
        // with a year: the day itself, whenever the article was published
        "3,  7, 2022, 2025-08-20, 2022-03-07",
        "12, 31, 2030, 2025-08-20, 2030-12-31",
        // without a year: the year of publication...
        "8, 13,     , 2025-08-20, 2025-08-13",
        "8, 20,     , 2025-08-20, 2025-08-20",
        // ...unless that would put the day after publication
        "8, 21,     , 2025-08-20, 2024-08-21",
        "12, 30,    , 2016-01-02, 2015-12-30",
        "2, 29,     , 2024-03-10, 2024-02-29",
        "2, 29,     , 2025-01-10, 2024-02-29",
        // a day that does not exist in the publication year, and a year back would be too far: no day
        "2, 29,     , 2025-03-10,           ",
    })
    void calendarDayTakesThePublicationYearUnlessThatIsLater(int month, int day, Integer year, LocalDate published,
            LocalDate expected) {
        OptionalInt y = year == null ? OptionalInt.empty() : OptionalInt.of(year);
        assertEquals(Optional.ofNullable(expected),
                new DateMeaning.CalendarDay(month, day, y).resolve(Optional.of(published)));
    }

    @ParameterizedTest(name = "{0}/{1} (year {2}) is no day")
    @CsvSource({
        "2, 30, 2022",
        "2, 29, 2023",
        "13, 1, 2022",
    })
    void impossibleCalendarDayIsNoDay(int month, int day, int year) {
        assertEquals(Optional.empty(),
                new DateMeaning.CalendarDay(month, day, OptionalInt.of(year)).resolve(Optional.empty()));
    }

    @ParameterizedTest(name = "{0} without a publication date")
    @CsvSource({"weekday", "days", "calendar"})
    void relativePhraseWithoutPublicationDateIsNoDay(String kind) {
        DateMeaning meaning = switch (kind) {
            case "weekday" -> new DateMeaning.Weekday(DayOfWeek.MONDAY, false);
            case "days" -> new DateMeaning.DaysBefore(1);
            default -> new DateMeaning.CalendarDay(8, 13, OptionalInt.empty());
        };
        assertEquals(Optional.empty(), meaning.resolve(Optional.empty()));
    }

    @ParameterizedTest(name = "a stretch of time is no day, published {0}")
    @CsvSource({"2025-08-20"})
    void stretchOfTimeIsNoDay(LocalDate published) {
        assertEquals(Optional.empty(), new DateMeaning.NoSingleDay().resolve(Optional.of(published)));
    }

    /** Found by fuzzing (TextFuzzTest): "on Wednesday" in a paper of LocalDate.MIN threw a DateTimeException. */
    @ParameterizedTest(name = "{0} in a paper of the first day a LocalDate holds is no day")
    @CsvSource({"weekday", "last-weekday", "days"})
    void relativePhraseBeforeTheFirstDayThereIsIsNoDay(String kind) {
        DateMeaning meaning = switch (kind) {
            case "weekday" -> new DateMeaning.Weekday(DayOfWeek.WEDNESDAY, false);
            case "last-weekday" -> new DateMeaning.Weekday(DayOfWeek.WEDNESDAY, true);
            default -> new DateMeaning.DaysBefore(1);
        };
        assertEquals(Optional.empty(), meaning.resolve(Optional.of(LocalDate.MIN)));
    }

    @ParameterizedTest(name = "a calendar day without a year in a paper of {0}")
    @CsvSource({"-999999999-01-01", "+999999999-12-31"})
    void calendarDayAtTheEndsOfTheCalendarResolvesOrIsNoDay(LocalDate published) {
        new DateMeaning.CalendarDay(12, 31, OptionalInt.empty()).resolve(Optional.of(published));
        new DateMeaning.CalendarDay(1, 1, OptionalInt.empty()).resolve(Optional.of(published));
    }
}
