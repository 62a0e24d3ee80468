package io.applydesk.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-title resume rules (V12) and profile duplication, on real H2. */
class ResumeRulesTest {
    @TempDir
    Path tempDir;
    @TempDir
    Path files;

    private Database db;
    private ProfileService service;
    private String profileId;
    private Resume general;
    private Resume data;

    @BeforeEach
    void open() {
        DataDirectory dirs = new DataDirectory(tempDir);
        db = Database.open(dirs);
        service = new ProfileService(db, dirs, Clock.systemUTC());
        profileId = service.create(TestProfiles.draft("dana@example.org")).profileId();
        general = service.addResume(profileId, TestProfiles.pdf(files, "general.pdf"), true);
        data = service.addResume(profileId, TestProfiles.pdf(files, "data-resume.pdf"), false);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFirstMatchingRuleChoosesTheResumeElseTheDefault() {
        service.setResumeRules(profileId, List.of(new ResumeRule("  data ", data.resumeId()),
                new ResumeRule("Engineer", general.resumeId())));
        Profile profile = service.get(profileId);

        assertEquals(data.resumeId(), service.resumeFor(profile, "Senior DATA Engineer").resumeId());
        assertEquals(general.resumeId(), service.resumeFor(profile, "Backend Engineer").resumeId());
        assertEquals(general.resumeId(), service.resumeFor(profile, "Designer").resumeId());
        assertEquals(general.resumeId(), service.resumeFor(profile, null).resumeId(), "unknown title: default");
        assertEquals(List.of(new ResumeRule("data", data.resumeId()), new ResumeRule("Engineer", general.resumeId())),
                service.resumeRules(profileId));
    }

    @Test
    void rulesAreReplacedWholeAndGoWithTheirResume() {
        service.setResumeRules(profileId, List.of(new ResumeRule("Data", data.resumeId())));
        service.setResumeRules(profileId, List.of(new ResumeRule("Analyst", data.resumeId()),
                new ResumeRule("Data", data.resumeId())));
        assertEquals(2, service.resumeRules(profileId).size());

        service.removeResume(profileId, data.resumeId());

        assertTrue(service.resumeRules(profileId).isEmpty());
        assertEquals(general.resumeId(), service.resumeFor(service.get(profileId), "Data Analyst").resumeId());
    }

    @Test
    void aRuleWithoutWordsOrWithAnotherProfilesResumeIsRefused() {
        ApplyDeskException blank = assertThrows(ApplyDeskException.class,
                () -> service.setResumeRules(profileId, List.of(new ResumeRule(" ", data.resumeId()))));
        assertEquals(ErrorCode.VALIDATION_ERROR, blank.code());
        assertEquals("Each resume rule needs the words a job title must contain.", blank.getMessage());

        ApplyDeskException foreign = assertThrows(ApplyDeskException.class,
                () -> service.setResumeRules(profileId, List.of(new ResumeRule("Data", "res_elsewhere"))));
        assertEquals(ErrorCode.VALIDATION_ERROR, foreign.code());
        assertTrue(service.resumeRules(profileId).isEmpty(), "nothing stored after a refusal");
    }

    @Test
    void aProfileIsCreatedWithItsResumeOrNotAtAll() {
        Profile created = service.createWithResume(TestProfiles.draft("ada@example.org"),
                TestProfiles.pdf(files, "ada.pdf"));
        assertEquals("ada.pdf", created.defaultResume().fileName());

        Path notes = TestProfiles.write(files.resolve("notes.txt"), "hello");
        ApplyDeskException refused = assertThrows(ApplyDeskException.class,
                () -> service.createWithResume(TestProfiles.draft("grace@example.org"), notes));
        assertEquals(ErrorCode.INVALID_RESUME_FORMAT, refused.code());
        assertEquals(2, service.list().size(), "only Dana and Ada");
    }

    @Test
    void duplicatingCopiesFieldsResumeFilesAndRules() throws Exception {
        service.saveAnswer(profileId, "Years of SQL?", "6");
        service.setDefaultResume(profileId, data.resumeId());
        service.setResumeRules(profileId, List.of(new ResumeRule("Data", data.resumeId())));

        Profile copy = service.duplicate(profileId, "Data roles (copy)");

        assertNotEquals(profileId, copy.profileId());
        assertEquals("Data roles (copy)", copy.name());
        assertEquals(service.get(profileId).workExperience(), copy.workExperience());
        assertEquals(List.of(new AnswerBankEntry("Years of SQL?", "6")), copy.answers());
        assertEquals(List.of("general.pdf", "data-resume.pdf"),
                copy.resumes().stream().map(Resume::fileName).toList());
        assertEquals("data-resume.pdf", copy.defaultResume().fileName());
        Resume copiedData = copy.defaultResume();
        assertNotEquals(data.storedPath(), copiedData.storedPath());
        assertEquals(Files.readString(data.storedPath()), Files.readString(copiedData.storedPath()));
        assertEquals(List.of(new ResumeRule("Data", copiedData.resumeId())), service.resumeRules(copy.profileId()));

        service.delete(profileId);
        assertTrue(Files.exists(copiedData.storedPath()), "the copy keeps its own files");
    }
}
