package io.applydesk.core.profile;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the answer bank recognises that two forms ask the same question: case, spacing, punctuation
 * and the trailing "?" or required-marker "*" do not matter.
 */
public final class QuestionText {
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private QuestionText() {
    }

    /** E.g. {@code "  How many years of Java?* "} → {@code "how many years of java"}. */
    public static String normalize(String question) {
        if (question == null) {
            return "";
        }
        String lower = question.toLowerCase(Locale.ROOT);
        // Apostrophes vanish ("what's" = "whats"); other punctuation separates words ("full-time" = "full time").
        String noApostrophes = APOSTROPHES.matcher(lower).replaceAll("");
        String noPunctuation = PUNCTUATION.matcher(noApostrophes).replaceAll(" ");
        return WHITESPACE.matcher(noPunctuation).replaceAll(" ").trim();
    }
}
