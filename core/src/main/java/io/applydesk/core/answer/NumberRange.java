package io.applydesk.core.answer;

import io.applydesk.core.common.QuestionText;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bucket of numbers as an option writes it: "0-2", "3 - 5 years", "10+", "5+ years", "Less than 1
 * year", "More than 10 years", "10 or more years", "Under 2". Bounds are inclusive.
 */
record NumberRange(double low, double high) {
    private static final String N = "(\\d+(?:\\.\\d+)?)";
    private static final String UNIT = "(?: (?:years?|yrs?|months?))?";
    private static final Pattern BETWEEN = Pattern.compile("^(?:between )?" + N + "(?: to | and | )" + N + UNIT + "$");
    private static final Pattern AT_LEAST = Pattern.compile("^(?:at least |more than |over |greater than )?" + N
            + "(?: (?:or|and) (?:more|above|over|greater))?" + UNIT + "(?: (?:or|and) (?:more|above|over))?$");
    private static final Pattern BELOW = Pattern.compile("^(?:less than|under|fewer than|below) " + N + UNIT + "$");
    private static final Pattern EXACT = Pattern.compile("^" + N + UNIT + "$");
    private static final Pattern PLUS = Pattern.compile("^\\s*\\d+(?:\\.\\d+)?\\s*\\+");

    /** True when {@code value} lies in the range. */
    boolean contains(double value) {
        return value >= low && value <= high;
    }

    /** The range an option names, or empty when it is not a plain numeric bucket. */
    static Optional<NumberRange> parse(String option) {
        // "10+" loses its plus when normalised, so it is read from the raw text first
        boolean plus = PLUS.matcher(option).find();
        String text = QuestionText.normalise(option.replace("–", "-").replace("—", "-"));
        Matcher m = BETWEEN.matcher(text);
        if (m.matches()) {
            return Optional.of(new NumberRange(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
        }
        m = BELOW.matcher(text);
        if (m.matches()) {
            // "less than 1" holds 0 and fractions, never the bound itself
            return Optional.of(new NumberRange(0, Math.nextDown(Double.parseDouble(m.group(1)))));
        }
        m = EXACT.matcher(text);
        if (m.matches() && !plus) {
            double exact = Double.parseDouble(m.group(1));
            return Optional.of(new NumberRange(exact, exact));
        }
        m = AT_LEAST.matcher(text); // after EXACT: a bare number reaches here only with its plus
        if (m.matches()) {
            double bound = Double.parseDouble(m.group(1));
            boolean strictly = text.startsWith("more than") || text.startsWith("over") || text.startsWith("greater than");
            return Optional.of(new NumberRange(strictly ? Math.nextUp(bound) : bound, Double.MAX_VALUE));
        }
        return Optional.empty();
    }
}
