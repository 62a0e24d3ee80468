package io.applydesk.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "How many years of Java?       | how many years of java",
        "  HOW   many years\tof Java ?* | how many years of java",
        "What's your notice period?    | whats your notice period",
        "Are you eligible (US/Canada)?  | are you eligible us canada",
        "Full-time or part-time?*      | full time or part time",
    })
    void normalizeIgnoresCaseSpacingPunctuationAndMarkers(String question, String expected) {
        assertEquals(expected, QuestionText.normalise(question));
    }
}
