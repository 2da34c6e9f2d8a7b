package org.quoteattribution.internal.dates;

import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.PhraseTable;
import org.quoteattribution.internal.text.Token;

/**
 * Reads a date phrase starting at a token: a day's name ("on Wednesday", "late Monday", "last Friday"), a calendar
 * day ("March 7, 2022", "Aug. 13", "13 August 2022", "2022-03-07"), a month of a year ("February 2022"), or a day
 * counted from publication ("yesterday", "last week"). Word lists come from the lexicon folder. Immutable and
 * thread-safe.
 */
public final class DatePhraseReader {

    private static final Pattern DAY_NUMBER = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|2[01]\\d\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private static final ImmutableSet<String> TIME_PREPOSITIONS = LexiconFile.words("time-prepositions.txt");

    private final Map<String, DayOfWeek> weekdays;
    private final Map<String, Integer> months;
    private final Map<String, Boolean> weekdayQualifiers;
    private final Set<String> partsOfDay;
    private final PhraseTable<Optional<Integer>> dayWords;

    public DatePhraseReader() {
        Map<String, DayOfWeek> dayNames = new HashMap<>();
        for (String day : CommonWords.WEEKDAYS) {
            dayNames.put(day, DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
        }
        weekdays = Map.copyOf(dayNames);
        months = CommonWords.MONTHS;
        weekdayQualifiers = CommonWords.WEEKDAY_QUALIFIERS;
        partsOfDay = LexiconFile.words("parts-of-day.txt");
        Map<String, Optional<Integer>> words = new HashMap<>();
        for (List<String> row : LexiconFile.rows("day-words.tsv")) {
            String days = row.get(1).strip();
            words.put(row.get(0), days.equals("-") ? Optional.empty() : Optional.of(Integer.valueOf(days)));
        }
        dayWords = PhraseTable.ignoringCase(words);
    }

    /** The date phrase starting at {@code first} and ending before {@code limit}, if one does. */
    public Optional<DatePhrase> at(Document doc, int first, int limit) {
        if (first >= limit) {
            return Optional.empty();
        }
        if (doc.token(first).is("on") && first + 1 < limit) {
            Optional<DatePhrase> after = dayOrCalendar(doc, first + 1, limit, first);
            if (after.isPresent()) {
                return after;
            }
        }
        if (partOfAName(doc, first)) {
            return Optional.empty(); // "Super Tuesday", "USA Today", "Fox News Sunday"
        }
        Optional<DatePhrase> phrase = dayOrCalendar(doc, first, limit, first)
                .filter(p -> !namesAnEvent(doc, p) && !isDateline(doc, p));
        return phrase.isPresent() ? phrase : relativeDay(doc, first, limit);
    }

    /**
     * "called Friday's decision a win", "Monday's encounter": a day in the possessive dates the thing it owns, not
     * the words, unless a preposition makes it the time of the report ("on Tuesday's show", "at Monday's rally").
     */
    private static boolean namesAnEvent(Document doc, DatePhrase p) {
        int before = p.firstToken() - 1;
        boolean adjunct = before >= 0 && TIME_PREPOSITIONS.contains(doc.token(before).lower());
        return !adjunct && p.endToken() < doc.tokens().size() && doc.token(p.endToken()).is("'s")
                && doc.token(p.endToken()).sentence() == doc.token(p.firstToken()).sentence();
    }

    /** "LOS ANGELES, Sept. 28 (UPI) — ...": the date of the dispatch, after a place and before the agency or dash. */
    private static boolean isDateline(Document doc, DatePhrase p) {
        int end = p.endToken();
        if (end >= doc.tokens().size()) {
            return false;
        }
        Token after = doc.token(end);
        if (!(after.is("(") || after.text().equals("\u2014") || after.is("--") || after.text().equals("\u2013"))) {
            return false;
        }
        int first = doc.sentenceOf(doc.token(p.firstToken())).firstToken();
        for (int k = first; k < p.firstToken(); k++) {
            Token t = doc.token(k);
            if (!(t.isCapitalized() || t.is(",") || t.is("."))) {
                return false;
            }
        }
        return true; // the place may stand in a sentence of its own: "FLINT, Mich." "Oct. 4 (UPI) — ..."
    }

    private Optional<DatePhrase> dayOrCalendar(Document doc, int k, int limit, int phraseStart) {
        Optional<DatePhrase> calendar = calendarDay(doc, k, limit, phraseStart);
        return calendar.isPresent() ? calendar : weekday(doc, k, limit, phraseStart);
    }

    /** "Wednesday", "late Monday night", "last Friday", "Wednesday, Aug. 20". */
    private Optional<DatePhrase> weekday(Document doc, int k, int limit, int phraseStart) {
        boolean strictlyBefore = false;
        Boolean qualifier = weekdayQualifiers.get(doc.token(k).lower());
        if (qualifier != null && k + 1 < limit) {
            strictlyBefore = qualifier;
            k++;
        }
        Token t = doc.token(k);
        DayOfWeek day = t.isCapitalized() ? weekdays.get(t.lower()) : null;
        if (day == null) {
            return Optional.empty();
        }
        int end = k + 1;
        if (end + 1 < limit && doc.token(end).is(",")) {
            Optional<DatePhrase> calendar = calendarDay(doc, end + 1, limit, phraseStart);
            if (calendar.isPresent()) {
                return calendar; // the calendar day says more than the weekday
            }
        }
        if (end < limit && partsOfDay.contains(doc.token(end).lower())) {
            end++;
        }
        return Optional.of(new DatePhrase(phraseStart, end, new DateMeaning.Weekday(day, strictlyBefore)));
    }

    /** "March 7, 2022", "Aug. 13", "13 August 2022", "2022-03-07", and "February 2022" (no single day). */
    private Optional<DatePhrase> calendarDay(Document doc, int k, int limit, int phraseStart) {
        Optional<DatePhrase> iso = isoDate(doc, k, limit, phraseStart);
        if (iso.isPresent()) {
            return iso;
        }
        int month = month(doc.token(k));
        if (month > 0) {
            int next = skipPeriod(doc, k + 1, limit);
            int day = next < limit ? dayNumber(doc.token(next)) : 0;
            if (day > 0) {
                return Optional.of(withYear(doc, phraseStart, next + 1, limit, month, day));
            }
            if (next < limit && YEAR.matcher(doc.token(next).text()).matches()) {
                return Optional.of(new DatePhrase(phraseStart, next + 1, new DateMeaning.NoSingleDay()));
            }
            return Optional.empty();
        }
        int day = dayNumber(doc.token(k));
        if (day > 0 && k + 1 < limit) {
            int m = month(doc.token(k + 1));
            if (m > 0) {
                return Optional.of(withYear(doc, phraseStart, skipPeriod(doc, k + 2, limit), limit, m, day));
            }
        }
        return Optional.empty();
    }

    /** "2022-03-07", which the tokenizer may split anywhere ("2022-03-", "07"). */
    private static Optional<DatePhrase> isoDate(Document doc, int k, int limit, int phraseStart) {
        if (!Character.isDigit(doc.token(k).text().charAt(0))) {
            return Optional.empty();
        }
        int start = doc.token(k).start();
        for (int e = k; e < limit && e < k + 5; e++) {
            if (e > k && doc.token(e).start() != doc.token(e - 1).end()) {
                break;
            }
            Matcher iso = ISO_DATE.matcher(doc.text().substring(start, doc.token(e).end()));
            if (iso.matches()) {
                return Optional.of(new DatePhrase(phraseStart, e + 1, new DateMeaning.CalendarDay(
                        Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)),
                        OptionalInt.of(Integer.parseInt(iso.group(1))))));
            }
        }
        return Optional.empty();
    }

    /** A calendar day ending before {@code end}, extended over a year that follows (", 2022" or " 2022"). */
    private static DatePhrase withYear(Document doc, int phraseStart, int end, int limit, int month, int day) {
        int y = end < limit && doc.token(end).is(",") ? end + 1 : end;
        if (y < limit && YEAR.matcher(doc.token(y).text()).matches()) {
            return new DatePhrase(phraseStart, y + 1,
                    new DateMeaning.CalendarDay(month, day, OptionalInt.of(Integer.parseInt(doc.token(y).text()))));
        }
        return new DatePhrase(phraseStart, end, new DateMeaning.CalendarDay(month, day, OptionalInt.empty()));
    }

    /** "yesterday", "today", "last week": days before publication from the lexicon. */
    private Optional<DatePhrase> relativeDay(Document doc, int first, int limit) {
        Optional<PhraseTable.Match<Optional<Integer>>> match = dayWords.at(doc, first, limit);
        if (match.isEmpty()) {
            return Optional.empty();
        }
        int end = match.get().endToken();
        if (end < doc.tokens().size() && doc.token(end).is("'s")) {
            return Optional.empty(); // "yesterday's vote" names an event, not when it was said
        }
        DateMeaning meaning = match.get().value().<DateMeaning>map(DateMeaning.DaysBefore::new)
                .orElseGet(DateMeaning.NoSingleDay::new);
        return Optional.of(new DatePhrase(first, end, meaning));
    }

    /** The month a capitalized month name or abbreviation stands for ("Aug", "Sept."); 0 for other words. */
    private int month(Token t) {
        if (!t.isCapitalized()) {
            return 0;
        }
        String w = t.lower().endsWith(".") ? t.lower().substring(0, t.lower().length() - 1) : t.lower();
        return months.getOrDefault(w, 0);
    }

    private static int dayNumber(Token t) {
        Matcher m = DAY_NUMBER.matcher(t.lower());
        if (!m.matches()) {
            return 0;
        }
        int day = Integer.parseInt(m.group(1));
        return day >= 1 && day <= 31 ? day : 0;
    }

    private static int skipPeriod(Document doc, int k, int limit) {
        return k < limit && doc.token(k).is(".") ? k + 1 : k;
    }

    /** Whether the token continues a capitalized name mid-sentence rather than starting a date. */
    private static boolean partOfAName(Document doc, int k) {
        if (k == 0 || doc.token(k - 1).sentence() != doc.token(k).sentence()) {
            return false;
        }
        Token before = doc.token(k - 1);
        return before.isCapitalized() && before.isWord() && doc.token(k).isCapitalized()
                && doc.sentenceOf(before).firstToken() != k - 1;
    }
}
