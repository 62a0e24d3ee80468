package io.applydesk.core.profile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.store.AppSettingDao;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The V1 tables through their DAOs, on a real H2 file with the real migrations. */
class ProfileStoreDaoTest {
    private static final Instant T0 = Instant.parse("2026-01-31T23:59:59.999999Z");

    @TempDir
    Path tempDir;
    private Database db;
    private Jdbi jdbi;

    @BeforeEach
    void open() {
        db = Database.open(new DataDirectory(tempDir));
        jdbi = db.jdbi();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void profileRowRoundTripsWithExactInstants() {
        ProfileDao dao = jdbi.onDemand(ProfileDao.class);
        ProfileRow row = new ProfileRow("prof_a", "Data roles", "dana@example.org", "{\"name\":\"Data roles\"}", T0,
                T0.plusMillis(1));
        dao.insert(row);

        assertEquals(Optional.of(row), dao.find("prof_a"));
        assertEquals(List.of(row), dao.findByEmail("dana@example.org"));
        ProfileRow changed = new ProfileRow("prof_a", "Renamed", "x@example.org", "{}", T0, T0.plusSeconds(5));
        assertEquals(1, dao.update(changed));
        assertEquals(Optional.of(changed), dao.find("prof_a"));
        assertEquals(0, dao.update(new ProfileRow("prof_none", "n", "e", "{}", T0, T0)));
    }

    @Test
    void deletingAProfileCascadesToResumesAndAnswers() {
        jdbi.onDemand(ProfileDao.class).insert(new ProfileRow("prof_a", "A", "a@example.org", "{}", T0, T0));
        ResumeDao resumes = jdbi.onDemand(ResumeDao.class);
        resumes.insertKeepingOneDefault(resume("res_1", true, T0));
        resumes.insertKeepingOneDefault(resume("res_2", true, T0.plusSeconds(1)));
        AnswerBankDao answers = jdbi.onDemand(AnswerBankDao.class);
        answers.upsertAnswer("prof_a", "Why us?", "why us", "Because", T0);

        assertEquals(List.of(false, true),
                resumes.forProfile("prof_a").stream().map(ResumeRow::isDefault).collect(java.util.stream.Collectors.toList()));

        assertEquals(1, jdbi.onDemand(ProfileDao.class).delete("prof_a"));
        assertTrue(resumes.forProfile("prof_a").isEmpty());
        assertTrue(answers.forProfile("prof_a").isEmpty());
    }

    @Test
    void answerBankKeepsOneRowPerNormalisedQuestion() {
        jdbi.onDemand(ProfileDao.class).insert(new ProfileRow("prof_a", "A", "a@example.org", "{}", T0, T0));
        AnswerBankDao answers = jdbi.onDemand(AnswerBankDao.class);
        answers.upsertAsked("prof_a", "Why us?", "why us", "text", "[]", T0);
        answers.upsertAsked("prof_a", "why us", "why us", "select", "[\"Pay\",\"People\"]", T0);
        assertEquals(1, answers.forProfile("prof_a").size());
        assertEquals(null, answers.forProfile("prof_a").get(0).answer());

        answers.upsertAnswer("prof_a", "Why US?", "why us", "Because", T0.plusSeconds(1));
        AnswerRow row = answers.forProfile("prof_a").get(0);
        assertEquals("Because", row.answer());
        assertEquals("Why US?", row.question());
        assertEquals(T0, row.createdAt());
        assertEquals(T0.plusSeconds(1), row.updatedAt());
        assertEquals(List.of("select", List.of("Pay", "People")), List.of(row.questionType(), row.options()),
                "an answer keeps how the last form asked the question");

        answers.upsertAsked("prof_a", "Why us?", "why us", "multi_select", "[\"Pay\"]", T0.plusSeconds(2));
        assertEquals("Because", answers.forProfile("prof_a").get(0).answer(), "a form's choices keep the answer");

        assertThrows(UnableToExecuteStatementException.class,
                () -> answers.insert("prof_a", "Why us", "why us", "dup", null, null, T0));
    }

    @Test
    void resumeNeedsAnExistingProfile() {
        assertThrows(UnableToExecuteStatementException.class,
                () -> jdbi.onDemand(ResumeDao.class).insert(resume("res_1", true, T0)));
    }

    @Test
    void settingsAreUpserted() {
        AppSettingDao settings = jdbi.onDemand(AppSettingDao.class);
        assertEquals(Optional.empty(), settings.get("k"));
        settings.put("k", "one");
        settings.put("k", "two");
        assertEquals(Optional.of("two"), settings.get("k"));
    }

    private static ResumeRow resume(String id, boolean isDefault, Instant createdAt) {
        return new ResumeRow(id, "prof_a", id + ".pdf", "/tmp/" + id + ".pdf", "PDF", 10, "ab", isDefault, createdAt);
    }
}
