package org.quoteattribution.internal.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * What a date phrase says about the day, before it is resolved against the publication date. Resolving never
 * guesses: a phrase that needs the publication date gives no day without one, and a phrase that names no single day
 * ("last week") gives none at all.
 */
public sealed interface DateMeaning {

    /** The day meant, given the day the article was published. */
    Optional<LocalDate> resolve(Optional<LocalDate> published);

    /**
     * A day of the week: the latest such day on or before publication ("on Wednesday", "said Tuesday"), or strictly
     * before it ("last Wednesday").
     */
    record Weekday(DayOfWeek day, boolean strictlyBefore) implements DateMeaning {
        @Override
        public Optional<LocalDate> resolve(Optional<LocalDate> published) {
            return published.flatMap(p -> onTheCalendar(() -> p.with(strictlyBefore
                    ? TemporalAdjusters.previous(day) : TemporalAdjusters.previousOrSame(day))));
        }
    }

    /** A day counted back from publication: 0 for "today", 1 for "yesterday". */
    record DaysBefore(int days) implements DateMeaning {
        @Override
        public Optional<LocalDate> resolve(Optional<LocalDate> published) {
            return published.flatMap(p -> onTheCalendar(() -> p.minusDays(days)));
        }
    }

    /**
     * A day of the calendar ("March 7, 2022", "Aug. 13", "13 August"). Without a year it is the day in the year of
     * publication, or the year before when that would put it after publication; never more than a year back.
     */
    record CalendarDay(int month, int day, OptionalInt year) implements DateMeaning {
        @Override
        public Optional<LocalDate> resolve(Optional<LocalDate> published) {
            if (year.isPresent()) {
                return dayIn(year.getAsInt());
            }
            if (published.isEmpty()) {
                return Optional.empty();
            }
            LocalDate p = published.get();
            Optional<LocalDate> sameYear = dayIn(p.getYear());
            if (sameYear.isPresent() && !sameYear.get().isAfter(p)) {
                return sameYear;
            }
            // the year before, but never further back than a year: "Feb. 29" in a paper of March 1973 is no day
            return dayIn(p.getYear() - 1).filter(d -> !d.isBefore(p.minusYears(1)));
        }

        private Optional<LocalDate> dayIn(int y) {
            try {
                return Optional.of(LocalDate.of(y, month, day));
            } catch (DateTimeException e) {
                return Optional.empty(); // "Feb. 30", or Feb. 29 outside a leap year
            }
        }
    }

    /**
     * The day {@code resolution} computes, or none when it would fall outside the days a {@link LocalDate} holds:
     * "on Wednesday" in a paper dated within a week of {@link LocalDate#MIN} names no day there is.
     */
    private static Optional<LocalDate> onTheCalendar(Supplier<LocalDate> resolution) {
        try {
            return Optional.of(resolution.get());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A stretch of time rather than one day ("last week", "earlier this month", "February 2022"). */
    record NoSingleDay() implements DateMeaning {
        @Override
        public Optional<LocalDate> resolve(Optional<LocalDate> published) {
            return Optional.empty();
        }
    }
}
