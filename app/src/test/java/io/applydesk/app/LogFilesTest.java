package io.applydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {
    @TempDir
    Path logs;

    @Test
    void eachStartGetsItsOwnLogAndOnlyTheNewestAreKept() throws Exception {
        LocalDateTime first = LocalDateTime.of(2026, 11, 30, 9, 0);
        for (int start = 0; start < LogFiles.KEPT + 3; start++) {
            Path log = LogFiles.next(logs, first.plusMinutes(start), 4242);
            assertFalse(Files.exists(log), "a new file for every start");
            Files.writeString(log, "start " + start);
        }
        Files.writeString(logs.resolve("notes.txt"), "not a log");

        Path newest = LogFiles.next(logs, first.plusHours(1), 77);
        Files.writeString(newest, "the newest");

        List<String> kept = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                kept.add(Files.readString(log));
            }
        }
        assertEquals(LogFiles.KEPT, kept.size());
        assertTrue(kept.contains("the newest"));
        assertTrue(kept.contains("start " + (LogFiles.KEPT + 2)), "the previous start's log is kept");
        assertFalse(kept.contains("start 3"), "the oldest went");
        assertTrue(Files.exists(logs.resolve("notes.txt")), "other files are left alone");
    }
}
