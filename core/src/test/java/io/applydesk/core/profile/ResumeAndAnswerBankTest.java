package io.applydesk.core.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResumeAndAnswerBankTest {
    @TempDir
    Path tempDir;
    @TempDir
    Path files;

    private Database db;
    private DataDirectory dirs;
    private ProfileService service;
    private String profileId;

    @BeforeEach
    void open() {
        dirs = new DataDirectory(tempDir);
        db = Database.open(dirs);
        service = new ProfileService(db, dirs, Clock.systemUTC());
        profileId = service.create(TestProfiles.draft("dana@example.org")).profileId();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void resumeIsCopiedIntoTheDataDirectoryWithItsHash() throws Exception {
        Path source = TestProfiles.pdf(files, "Dana CV.pdf");

        Resume r = service.addResume(profileId, source, false);

        assertTrue(r.resumeId().startsWith("res_"));
        assertEquals("Dana CV.pdf", r.fileName());
        assertEquals(ResumeFormat.PDF, r.format());
        assertEquals(dirs.resumes().resolve(profileId).resolve(r.resumeId() + "-Dana_CV.pdf").toAbsolutePath(),
                r.storedPath());
        assertEquals("Dana_CV.pdf", Resume.originalNameOf(r.storedPath().getFileName().toString()),
                "a removed resume's name is read back from its stored copy");
        byte[] original = Files.readAllBytes(source);
        assertArrayEquals(original, Files.readAllBytes(r.storedPath()));
        assertEquals(original.length, r.sizeBytes());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original)), r.sha256());
        assertTrue(r.isDefault(), "the first resume is the default");
        assertEquals(List.of(r), service.get(profileId).resumes());
    }

    @Test
    void theFileToSendHasTheCandidatesNameAndGoesWithTheResume() throws Exception {
        Path file = TestProfiles.pdf(files, "Dana CV.pdf");
        Resume r = service.addResume(profileId, file, true);

        Path toSend = service.fileToSend(r);

        assertEquals("Dana CV.pdf", toSend.getFileName().toString(), "the candidate's name, no id before it");
        assertArrayEquals(Files.readAllBytes(r.storedPath()), Files.readAllBytes(toSend));
        assertEquals(toSend, service.fileToSend(r), "made once");
        Resume other = service.addResume(profileId, file, false);
        assertNotEquals(toSend, service.fileToSend(other), "two resumes of one name are sent from two places");

        service.removeResume(profileId, r.resumeId());
        assertFalse(Files.exists(toSend.getParent()), "removed with the resume");
        Resume lost = service.addResume(profileId, file, false);
        Files.delete(lost.storedPath());
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.fileToSend(lost));
        assertEquals(ErrorCode.RESUME_DOWNLOAD_FAILED, e.code(), "its stored copy gone before it was first sent");
        assertTrue(e.getMessage().startsWith("The resume Dana CV.pdf could not be made ready to send"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Renée Müller CV (2024).pdf | Renée Müller CV (2024).pdf",
        "cv: final?.pdf             | cv_ final_.pdf",
        "a/b\\c.docx               | a_b_c.docx",
        "CV.pdf. .                  | CV.pdf",
        "con.pdf                    | _con.pdf",
        "...                        | resume"})
    void aResumeIsSentUnderItsOwnNameWithOnlyWhatNoDiskTakesReplaced(String given, String sent) {
        assertEquals(sent, ResumeFiles.sendableFileName(given));
    }

    @Test
    void docAndDocxAreRecognisedByContent() {
        Path doc = TestProfiles.writeBytes(files.resolve("cv.doc"),
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        Path docx = TestProfiles.writeBytes(files.resolve("cv.DOCX"), new byte[] {'P', 'K', 3, 4, 20, 0});

        assertEquals(ResumeFormat.DOC, service.addResume(profileId, doc, false).format());
        assertEquals(ResumeFormat.DOCX, service.addResume(profileId, docx, false).format());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "notes.txt | %PDF-1.4 | The resume 'notes.txt' is not a PDF, DOC or DOCX file.",
        "cv | %PDF-1.4 | The resume 'cv' is not a PDF, DOC or DOCX file.",
        "cv.pdf | <html>hi</html> | The resume 'cv.pdf' is named like a PDF file but its content is not a PDF document.",
        "cv.docx | %PDF-1.4 | The resume 'cv.docx' is named like a DOCX file but its content is not a DOCX document.",
        "cv.doc | PK.. | The resume 'cv.doc' is named like a DOC file but its content is not a DOC document."
    })
    void wrongFormatIsRefusedInPlainWords(String name, String content, String message) {
        Path file = TestProfiles.write(files.resolve(name), content);
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.addResume(profileId, file, false));
        assertEquals(ErrorCode.INVALID_RESUME_FORMAT, e.code());
        assertEquals(message, e.getMessage());
        assertTrue(service.get(profileId).resumes().isEmpty());
    }

    @Test
    void resumeOverTenMegabytesIsTooLarge() {
        byte[] big = new byte[(int) ProfileService.MAX_RESUME_BYTES + 1];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        Path file = TestProfiles.writeBytes(files.resolve("huge.pdf"), big);

        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.addResume(profileId, file, false));

        assertEquals(ErrorCode.RESUME_TOO_LARGE, e.code());
        assertEquals("The resume 'huge.pdf' is 10.0 MB; the limit is 10 MB.", e.getMessage());
    }

    @Test
    void resumeOfExactlyTenMegabytesIsAccepted() {
        byte[] limit = new byte[(int) ProfileService.MAX_RESUME_BYTES];
        System.arraycopy("%PDF".getBytes(), 0, limit, 0, 4);
        Path file = TestProfiles.writeBytes(files.resolve("limit.pdf"), limit);
        assertEquals(ProfileService.MAX_RESUME_BYTES, service.addResume(profileId, file, false).sizeBytes());
    }

    @Test
    void missingResumeFileIsADownloadFailure() {
        Path missing = files.resolve("gone.pdf");
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> service.addResume(profileId, missing, false));
        assertEquals(ErrorCode.RESUME_DOWNLOAD_FAILED, e.code());
        assertEquals("The resume file " + missing + " does not exist.", e.getMessage());
    }

    @Test
    void onlyOneResumeIsDefault() {
        Resume first = service.addResume(profileId, TestProfiles.pdf(files, "a.pdf"), false);
        Resume second = service.addResume(profileId, TestProfiles.pdf(files, "b.pdf"), false);
        assertEquals(first.resumeId(), service.get(profileId).defaultResume().resumeId());

        Resume third = service.addResume(profileId, TestProfiles.pdf(files, "c.pdf"), true);
        assertEquals(List.of(third.resumeId()), defaultIds());

        service.setDefaultResume(profileId, second.resumeId());
        assertEquals(List.of(second.resumeId()), defaultIds());
    }

    @Test
    void removingTheDefaultPromotesTheOldestRemaining() {
        Resume first = service.addResume(profileId, TestProfiles.pdf(files, "a.pdf"), false);
        Resume second = service.addResume(profileId, TestProfiles.pdf(files, "b.pdf"), true);

        service.removeResume(profileId, second.resumeId());

        assertFalse(Files.exists(second.storedPath()));
        assertEquals(List.of(first.resumeId()), defaultIds());
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(ApplyDeskException.class,
                () -> service.removeResume(profileId, second.resumeId())).code());
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(ApplyDeskException.class,
                () -> service.setDefaultResume(profileId, "res_nope")).code());
    }

    @Test
    void resumeForUnknownProfileIsNotFound() {
        Path file = TestProfiles.pdf(files, "a.pdf");
        assertEquals(ErrorCode.NOT_FOUND,
                assertThrows(ApplyDeskException.class, () -> service.addResume("prof_x", file, true)).code());
    }

    @Test
    void savedAnswerIsReplacedWhenTheSameQuestionIsAskedDifferently() {
        service.saveAnswer(profileId, "How many years of Java experience do you have?", "7");
        service.saveAnswer(profileId, "  how many YEARS of java experience do you have *", "8");

        assertEquals(List.of(new AnswerBankEntry("how many YEARS of java experience do you have *", "8")),
                service.answers(profileId));
        assertEquals(service.answers(profileId), service.get(profileId).answers());
    }

    @Test
    void unansweredQuestionsAreKeptApartUntilAnswered() {
        service.saveAnswer(profileId, "Are you willing to travel?", "Yes");
        service.recordAsked(profileId, text("Which of our projects have you used?"));
        service.recordAsked(profileId, text("which of our projects have you used"));
        service.recordAsked(profileId, text("Are you willing to travel"));

        assertEquals(List.of("Which of our projects have you used?"), service.unansweredQuestions(profileId));
        assertEquals(List.of(new AnswerBankEntry("Are you willing to travel?", "Yes")), service.answers(profileId));

        service.saveAnswer(profileId, "Which of our projects have you used?", "None yet");

        assertTrue(service.unansweredQuestions(profileId).isEmpty());
        assertEquals(2, service.answers(profileId).size());
    }

    @Test
    void theBankKeepsHowTheLastFormAskedAQuestionNextToItsAnswer() {
        PendingQuestion offices = new PendingQuestion("Which of our offices?", "multi_select",
                List.of("Berlin", "Lisbon"), true);
        service.saveAnswer(profileId, "Notice period?", "1 month");
        service.recordAsked(profileId, offices);
        assertEquals(List.of(new BankQuestion(new PendingQuestion("Notice period?", null, List.of(), true), "1 month"),
                new BankQuestion(offices, null)), service.answerBank(profileId), "typed first: free text");

        service.saveAnswer(profileId, "which of our offices", "Seattle");
        PendingQuestion moreOffices = new PendingQuestion("Which of our offices?", "multi_select",
                List.of("Berlin", "Lisbon", "Remote"), true);
        service.recordAsked(profileId, moreOffices);

        assertEquals(new BankQuestion(new PendingQuestion("which of our offices", "multi_select",
                List.of("Berlin", "Lisbon", "Remote"), true), "Seattle"), service.answerBank(profileId).get(1),
                "the answer stays; the form's choices are the latest");
    }

    private static PendingQuestion text(String label) {
        return new PendingQuestion(label, "text", List.of(), true);
    }

    @Test
    void aDeletedAnswerIsForgottenForThatProfileOnly() {
        String other = service.create(TestProfiles.draft("other@example.org")).profileId();
        service.saveAnswer(profileId, "Are you willing to travel?", "Yes");
        service.saveAnswer(profileId, "Notice period?", "1 month");
        service.saveAnswer(other, "Are you willing to travel?", "No");

        service.deleteAnswer(profileId, "are you willing to travel");
        service.deleteAnswer(profileId, "A question never asked");

        assertEquals(List.of(new AnswerBankEntry("Notice period?", "1 month")), service.answers(profileId));
        assertEquals(List.of(new AnswerBankEntry("Are you willing to travel?", "No")), service.answers(other));
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(ApplyDeskException.class,
                () -> service.deleteAnswer("prof_x", "Notice period?")).code());
    }

    @Test
    void answersAreKeptPerProfile() {
        String other = service.create(TestProfiles.draft("other@example.org")).profileId();
        service.saveAnswer(profileId, "Notice period?", "1 month");
        assertTrue(service.answers(other).isEmpty());
    }

    @Test
    void emptyQuestionIsAValidationError() {
        assertEquals(ErrorCode.VALIDATION_ERROR,
                assertThrows(ApplyDeskException.class, () -> service.saveAnswer(profileId, " ?* ", "x")).code());
    }

    @Test
    void draftAnswersAreSavedOnCreate() {
        Profile draft = TestProfiles.draft("with.answers@example.org");
        Profile withAnswers = new Profile(null, null, draft.personalInformation(), null, null, null, null, null, null,
                null, null, List.of(new AnswerBankEntry("Salary expectations?", "60k")), null, null);
        assertEquals(List.of(new AnswerBankEntry("Salary expectations?", "60k")),
                service.create(withAnswers).answers());
    }

    private List<String> defaultIds() {
        return service.get(profileId).resumes().stream().filter(Resume::isDefault).map(Resume::resumeId)
                .collect(Collectors.toList());
    }
}
