package io.applydesk.core.run.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The submit-click journal on a real file, including what a kill in the middle of a write leaves. */
class SubmitJournalTest {
    private static final Instant AT = Instant.parse("2026-03-02T09:15:30.123Z");

    @TempDir
    Path dir;

    @Test
    void recordedClicksAreReadBackInOrderByAnotherInstance() {
        SubmitJournal journal = SubmitJournal.beside(dir);
        journal.record(new SubmitJournal.Click("app_a", 1, AT));
        journal.record(new SubmitJournal.Click("app_b", 2, AT.plusSeconds(5)));

        assertEquals(List.of(new SubmitJournal.Click("app_a", 1, AT), new SubmitJournal.Click("app_b", 2,
                AT.plusSeconds(5))), SubmitJournal.beside(dir).clicks());
    }

    @Test
    void noFileMeansNoClicks() {
        assertEquals(List.of(), SubmitJournal.beside(dir).clicks());
    }

    @Test
    void aRecordCutShortByAKillIsIgnoredAndDoesNotSpoilTheNextOne() throws Exception {
        SubmitJournal journal = SubmitJournal.beside(dir);
        journal.record(new SubmitJournal.Click("app_a", 1, AT));
        Path file = dir.resolve(SubmitJournal.FILE_NAME);
        Files.writeString(file, "clicked\tapp_torn\t1\t1772442930\ten", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals(List.of(new SubmitJournal.Click("app_a", 1, AT)), journal.clicks(), "the torn line is no click");

        journal.record(new SubmitJournal.Click("app_c", 1, AT));

        assertEquals(List.of(new SubmitJournal.Click("app_a", 1, AT), new SubmitJournal.Click("app_c", 1, AT)),
                journal.clicks());
    }

    @Test
    void garbledLinesAreSkipped() throws Exception {
        Files.writeString(dir.resolve(SubmitJournal.FILE_NAME),
                "clicked\tapp_a\tx\t1\tend\nnoise\nclicked\t\t1\t1\tend\nclicked\tapp_b\t3\t" + AT.toEpochMilli()
                        + "\tend\n");

        assertEquals(List.of(new SubmitJournal.Click("app_b", 3, AT)), SubmitJournal.beside(dir).clicks());
    }

    @Test
    void aJournalThatCannotBeWrittenRefusesTheClick() {
        SubmitJournal journal = SubmitJournal.beside(dir.resolve("missing-directory"));

        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> journal.record(new SubmitJournal.Click("app_a", 1, AT)));
        assertEquals(ErrorCode.FORM_FILL_FAILED, e.code());
    }
}
