package io.applydesk.core.answer;

import io.applydesk.core.common.QuestionText;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a profile date ("2027-02-01", "2018-05" or "2018") the way a form asks for it: by the
 * format its label or placeholder states ("MM/DD/YYYY", "YYYY-MM-DD", "MM/YYYY"), or by the part a
 * split field wants ("Month", "Year", "(MM)", "(YYYY)"). A format that needs a day the profile does not
 * have gives nothing rather than an invented day.
 */
public final class FormDates {
    /** A stated format: two to three of dd, mm, yyyy, yy joined by one separator. */
    private static final Pattern STATED = Pattern.compile(
            "(?i)\\b(dd|mm|yyyy|yy)([/.\\- ])(dd|mm|yyyy|yy)(?:\\2(dd|mm|yyyy|yy))?\\b");
    /** Read only after {@link #STATED}: a lone "MM" or "YYYY" is a split field's part. */
    private static final Pattern ONLY_MONTH = Pattern.compile("(?i)\\bmm\\b|\\bmonth\\b");
    private static final Pattern ONLY_YEAR = Pattern.compile("(?i)\\byyyy\\b|\\byear\\b");

    private FormDates() {
    }

    /**
     * {@code profileDate} written as {@code formatHints} (label and placeholder text) asks, or as
     * given when they state no format; empty when the date cannot be read or lacks a needed part.
     * Text that is not a date ("Immediately") is returned as given only when no format is stated.
     */
    public static Optional<String> format(String profileDate, String formatHints) {
        if (profileDate == null || profileDate.isBlank()) {
            return Optional.empty();
        }
        String date = profileDate.strip();
        String hints = formatHints == null ? "" : formatHints;
        Matcher stated = STATED.matcher(hints);
        if (stated.find()) {
            String pattern = stated.group().toLowerCase(Locale.ROOT).replace("mm", "MM");
            boolean needsDay = pattern.contains("dd");
            if (needsDay) {
                return parseDay(date).map(d -> d.format(DateTimeFormatter.ofPattern(pattern)));
            }
            return parseMonth(date).map(m -> m.format(DateTimeFormatter.ofPattern(pattern)));
        }
        boolean month = ONLY_MONTH.matcher(hints).find();
        boolean year = ONLY_YEAR.matcher(hints).find();
        if (month && !year) {
            return parseMonth(date).map(m -> String.format(Locale.ROOT, "%02d", m.getMonthValue()));
        }
        if (year && !month) {
            return year(date);
        }
        return Optional.of(date);
    }

    /** The year of a profile date ("2018-05" → "2018"). */
    static Optional<String> year(String profileDate) {
        String date = profileDate == null ? "" : profileDate.strip();
        return date.matches("\\d{4}(-.*)?") ? Optional.of(date.substring(0, 4)) : Optional.empty();
    }

    private static Optional<LocalDate> parseDay(String date) {
        try {
            return Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<YearMonth> parseMonth(String date) {
        if (!QuestionText.normalise(date).matches("\\d{4} \\d{2}( \\d{2})?")) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(date.substring(0, 7)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
