package io.applydesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplyArgumentsTest {

    @Test
    void readsEveryOptionInBothSpellings() {
        ApplyArguments parsed = ApplyArguments.parse(List.of("--profile", "me.json", "--job", "https://a.example/1",
                "--job=https://a.example/2", "--jobs=list.csv", "--headless", "--review", "--report", "out.json"));

        assertEquals(Path.of("me.json"), parsed.profile());
        assertEquals(List.of("https://a.example/1", "https://a.example/2"), parsed.jobLinks());
        assertEquals(Path.of("list.csv"), parsed.jobsFile());
        assertEquals(Path.of("out.json"), parsed.report());
        assertTrue(parsed.headless());
        assertTrue(parsed.review());
        assertFalse(parsed.practice());
        assertFalse(parsed.help());
    }

    @Test
    void practiceNeedsNoProfile() {
        ApplyArguments parsed = ApplyArguments.parse(List.of("--practice"));

        assertTrue(parsed.practice());
        assertNull(parsed.profile());
        assertEquals(List.of(), parsed.jobLinks());
    }

    @Test
    void helpIsRecognisedInBothSpellings() {
        assertTrue(ApplyArguments.parse(List.of("--help")).help());
        assertTrue(ApplyArguments.parse(List.of("--headless", "-h")).help());
    }

    @Test
    void withoutProfileOutsidePracticeItAsksForOne() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> ApplyArguments.parse(List.of("--job", "https://a.example/1")));

        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertTrue(e.getMessage().contains("--profile FILE"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--profile", "--job", "--jobs", "--report"})
    void anOptionWithoutItsValueIsRefused(String option) {
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> ApplyArguments.parse(List.of("--practice", option)));

        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertTrue(e.getMessage().contains(option + " needs a value"), e.getMessage());
    }

    @Test
    void anUnknownOptionIsNamed() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> ApplyArguments.parse(List.of("--practice", "--fast")));

        assertTrue(e.getMessage().startsWith("'--fast' is not an option of apply"), e.getMessage());
    }
}
