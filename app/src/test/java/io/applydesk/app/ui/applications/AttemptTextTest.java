package io.applydesk.app.ui.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attempt codes in words, in the detail of an application. */
class AttemptTextTest {

    @ParameterizedTest
    @CsvSource({
            "success, Sent", "awaiting_review, Awaiting review", "needs_input, 'Stopped: needs your input'",
            "discarded, Discarded by you", "marked_sent, Marked as sent by you",
            "marked_not_sent, Marked as not sent by you", "interrupted, 'Interrupted: ApplyDesk stopped'",
            "some_new_code, Some new code"})
    void codesReadAsWords(String code, String words) {
        assertEquals(words, AttemptText.of(code));
    }
}
