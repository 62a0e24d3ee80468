package io.applydesk.automation.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.PracticeFailure;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.UploadedFile;
import io.applydesk.automation.sandbox.workday.WorkdayAccounts;
import io.applydesk.automation.sandbox.workday.WorkdayJob;
import io.applydesk.automation.sandbox.workday.WorkdayJobs;
import io.applydesk.automation.sandbox.workday.WorkdayReplica;
import io.applydesk.core.account.AtsAccount;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.ApplyRequest;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.json.Json;
import io.applydesk.core.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine against the Workday replica in real headless Chromium: posting, "Apply Manually", the account
 * wall (an account per tenant, created once with a generated password and then signed into), and the wizard
 * page by page with dropdown popups, work-history and education rows, the asynchronous resume upload and
 * Submit on Review. Accounts live in the fixture's encrypted store on H2, shared by the class's tests. The
 * failure states are rows of {@link FailureStatesEngineTest}; here only the e-mail verification and that a
 * refused application's kept trace holds no password.
 */
class WorkdayEngineTest extends PracticeEngineTest {
    private static final String EMAIL = "jordan.rivera@example.com";

    @Test
    void bothTenantsGetEveryPageTheRowsAndTheResumeWithAnAccountEach(@TempDir Path evidenceDir) throws IOException {
        WorkdayJob northwind = WorkdayJobs.NORTHWIND_DATA_ENGINEER;
        RecordedSubmission first = applyAndGetSubmission(northwind, evidenceDir.resolve("northwind"));
        Map<String, List<String>> expected = commonFields();
        expected.put("primaryQuestionnaire--workAuthorization", List.of("Yes"));
        expected.put("primaryQuestionnaire--sponsorship", List.of("No"));
        expected.put("primaryQuestionnaire--relocation", List.of("Yes"));
        expected.putAll(disclosures());
        assertEquals(expected, first.fields());
        assertResume(first);

        WorkdayJob acme = WorkdayJobs.ACME_PLATFORM_ENGINEER;
        RecordedSubmission second = applyAndGetSubmission(acme, evidenceDir.resolve("acme"));
        expected = commonFields();
        expected.put("primaryQuestionnaire--sponsorship", List.of("No"));
        expected.put("primaryQuestionnaire--javaYears", List.of("6"));
        expected.putAll(disclosures());
        assertEquals(expected, second.fields());
        assertResume(second);

        for (WorkdayJob job : List.of(northwind, acme)) {
            AtsAccount account = practice.accounts.find(AtsAccount.siteKey("workday", job.tenant()), EMAIL).orElseThrow();
            assertTrue(account.password().length() >= 12 && account.password().matches(
                    "(?=.*[A-Z])(?=.*[a-z])(?=.*\\d)(?=.*[^A-Za-z0-9]).*"), "a strong generated password");
            assertEquals(1, workdayAccounts().creations(job.tenant(), EMAIL), job.tenant());
            assertPasswordNotIn(evidenceDir, account.password());
        }
        assertEquals(0, workdayAccounts().botRequests(), "the beecatcher honeypot stays empty");
    }

    @Test
    void aSecondApplicationSignsInWithTheStoredAccount(@TempDir Path evidenceDir) throws IOException {
        WorkdayJob acme = WorkdayJobs.ACME_PLATFORM_ENGINEER;
        apply(acme.reqId(), ApplyMode.SUBMIT, evidenceDir.resolve("one"));
        AtsAccount stored = practice.accounts.find(AtsAccount.siteKey("workday", acme.tenant()), EMAIL).orElseThrow();
        String password = stored.password();

        ApplyOutcome again = apply(acme.reqId(), ApplyMode.SUBMIT, evidenceDir.resolve("two"));

        assertEquals(ApplicationStatus.SUCCESS, again.status(), again.errorMessage());
        assertEquals(2, practice.submissionsFor(acme.reqId()).size());
        assertEquals(1, workdayAccounts().creations(acme.tenant(), EMAIL), "the site saw one account creation");
        assertEquals(stored, practice.accounts.find(AtsAccount.siteKey("workday", acme.tenant()), EMAIL).orElseThrow(),
                "nothing new stored");
        assertPasswordNotIn(evidenceDir, password);
        assertEquals(0, workdayAccounts().botRequests());
    }

    @Test
    void aRequiredQuestionOnALaterPageWithoutAnAnswerNeedsInputAndSubmitsNothing(@TempDir Path evidenceDir) {
        Profile noSponsorshipAnswer = withoutSponsorshipAnswer(practice.profile);
        WorkdayJob job = WorkdayJobs.ACME_PLATFORM_ENGINEER;
        ApplyOutcome outcome = engine.apply(request(job, noSponsorshipAnswer, evidenceDir), new PracticeFixture.RecordingListener());

        assertEquals(ApplicationStatus.NEEDS_INPUT, outcome.status(), outcome.errorMessage());
        assertEquals(ErrorCode.MISSING_REQUIRED_FIELD, outcome.errorCode());
        assertEquals(List.of("Will you now or in the future require sponsorship for employment visa status?"),
                outcome.pendingQuestions().stream().map(PendingQuestion::label).toList());
        assertTrue(outcome.answers().stream().anyMatch(a -> a.fieldName().equals("workExperience-1--jobTitle")),
                "the earlier pages were filled");
        assertEquals(List.of(), practice.submissionsFor(job.reqId()));
        assertEquals(0, practice.ats.rejectedSubmissionCount());
    }

    @Test
    void emailVerificationOfANewAccountNeedsTheCandidate(@TempDir Path evidenceDir) {
        WorkdayJob job = WorkdayJobs.NORTHWIND_DATA_ENGINEER;
        practice.ats.setFailure(job.reqId(), PracticeFailure.SECURITY_CODE);
        String email = "casey.verify@example.com";
        ApplyOutcome outcome = engine.apply(request(job, practice.profile.withEmailOverride(email), evidenceDir),
                new PracticeFixture.RecordingListener());

        assertEquals(ApplicationStatus.NEEDS_INPUT, outcome.status(), outcome.errorMessage());
        assertEquals(1, outcome.pendingQuestions().size());
        assertTrue(outcome.pendingQuestions().get(0).label().contains("open the e-mail Workday sent to " + email),
                outcome.pendingQuestions().get(0).label());
        assertTrue(practice.accounts.find(AtsAccount.siteKey("workday", job.tenant()), email).isPresent(),
                "the account the site accepted is kept, to sign in once verified");
        assertEquals(List.of(), practice.submissionsFor(job.reqId()));
    }

    @Test
    void rejectedApplicationFailsWithWorkdaysMessageAndItsKeptTraceHoldsNoPassword(@TempDir Path evidenceDir)
            throws IOException {
        WorkdayJob acme = WorkdayJobs.ACME_PLATFORM_ENGINEER;
        practice.ats.setFailure(acme.reqId(), PracticeFailure.REJECTED);
        ApplyOutcome outcome = apply(acme.reqId(), ApplyMode.SUBMIT, evidenceDir);
        assertEquals(ApplicationStatus.FAILED, outcome.status());
        assertTrue(outcome.errorMessage().contains("unable to process your application"), outcome.errorMessage());
        assertEquals(1, practice.ats.rejectedSubmissionCount());
        assertEquals(List.of(), practice.submissionsFor(acme.reqId()));

        String password = practice.accounts.find(AtsAccount.siteKey("workday", acme.tenant()), EMAIL).orElseThrow()
                .password();
        Path trace = evidenceDir.resolve("trace.zip");
        assertTrue(Files.isRegularFile(trace), "a failed application keeps its trace");
        try (ZipFile zip = new ZipFile(trace.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String content = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
                assertFalse(content.contains(password), "the password is in the trace's " + entry.getName());
            }
        }
        assertPasswordNotIn(evidenceDir, password);
    }

    private RecordedSubmission applyAndGetSubmission(WorkdayJob job, Path evidenceDir) {
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(practice.job(job.reqId()).url(), ApplyMode.SUBMIT,
                evidenceDir), listener);
        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), () -> outcome.errorMessage() + " " + listener.lines);
        assertEquals(AtsType.WORKDAY, outcome.atsType());
        assertEquals(job.title(), listener.seenTitle);
        List<RecordedSubmission> submissions = practice.submissionsFor(job.reqId());
        assertEquals(1, submissions.size());
        return submissions.get(0);
    }

    private ApplyOutcome apply(String reqId, ApplyMode mode, Path evidenceDir) {
        return engine.apply(practice.request(practice.job(reqId).url(), mode, evidenceDir),
                new PracticeFixture.RecordingListener());
    }

    private ApplyRequest request(WorkdayJob job, Profile profile, Path evidenceDir) {
        JobLinkParser parser = new JobLinkParser(practice.ats.hostAliases());
        return new ApplyRequest("app_test", parser.parse(practice.job(job.reqId()).url()), profile, practice.resume,
                profile.answers(), ApplyMode.SUBMIT, evidenceDir);
    }

    private WorkdayAccounts workdayAccounts() {
        return practice.ats.replica(WorkdayReplica.class).accounts();
    }

    private void assertResume(RecordedSubmission submission) throws IOException {
        UploadedFile resume = submission.file(WorkdayReplica.RESUME);
        assertEquals("demo-candidate-resume.pdf", resume.fileName());
        assertArrayEquals(Files.readAllBytes(practice.resume), resume.bytes());
    }

    private static void assertPasswordNotIn(Path evidenceDir, String password) throws IOException {
        try (Stream<Path> files = Files.walk(evidenceDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .contains(password), "the password is in " + file);
            }
        }
    }

    private static Profile withoutSponsorshipAnswer(Profile profile) {
        ObjectNode tree = Json.mapper().valueToTree(profile);
        ((ObjectNode) tree.get("miscellaneous")).putNull("requiresSponsorship");
        try {
            return Json.mapper().treeToValue(tree, Profile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** My Information and My Experience, the same on both tenants (the demo candidate's profile). */
    private static Map<String, List<String>> commonFields() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("country--country", List.of("United States of America"));
        f.put("source--source", List.of("LinkedIn"));
        f.put("candidateIsPreviousWorker", List.of("false"));
        f.put("name--legalName--firstName", List.of("Jordan"));
        f.put("name--legalName--lastName", List.of("Rivera"));
        f.put("address--addressLine1", List.of("2100 Lakeshore Blvd, Apt 4"));
        f.put("address--city", List.of("Austin"));
        f.put("address--regionSubdivision1", List.of("Texas"));
        f.put("address--postalCode", List.of("78741"));
        f.put("emailAddress--emailAddress", List.of(EMAIL));
        f.put("phoneNumber--phoneType", List.of("Mobile"));
        f.put("phoneNumber--countryPhoneCode", List.of("United States of America (+1)"));
        f.put("phoneNumber--phoneNumber", List.of("+1 5125550147"));
        f.put("workExperience-1--jobTitle", List.of("Software Engineer"));
        f.put("workExperience-1--companyName", List.of("Bluebonnet Analytics"));
        f.put("workExperience-1--location", List.of("Austin, TX"));
        f.put("workExperience-1--currentlyWorkHere", List.of("true"));
        f.put("workExperience-1--startDate", List.of("03/2020"));
        f.put("workExperience-1--roleDescription", List.of("Builds the Java services that ingest 40 million sensor "
                + "readings a day (Spring Boot, PostgreSQL, Kafka)."));
        f.put("workExperience-2--jobTitle", List.of("Junior Java Developer"));
        f.put("workExperience-2--companyName", List.of("Cinder Lane Software"));
        f.put("workExperience-2--location", List.of("San Antonio, TX"));
        f.put("workExperience-2--endDate", List.of("02/2020"));
        f.put("workExperience-2--startDate", List.of("06/2018"));
        f.put("workExperience-2--roleDescription", List.of("Maintained REST services and the customer billing console."));
        f.put("education-1--schoolName", List.of("Central Texas Institute of Technology"));
        f.put("education-1--degree", List.of("Bachelor of Science"));
        f.put("education-1--fieldOfStudy", List.of("Computer Science"));
        f.put("education-1--firstYearAttended", List.of("2014"));
        f.put("education-1--lastYearAttended", List.of("2018"));
        return f;
    }

    private static Map<String, List<String>> disclosures() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("personalInfoUS--gender", List.of("I do not wish to self-identify"));
        f.put("personalInfoUS--ethnicity", List.of("I do not wish to answer"));
        f.put("personalInfoUS--veteranStatus", List.of("I am not a protected veteran"));
        f.put("termsAndConditions--acceptTermsAndAgreements", List.of("true"));
        return f;
    }
}
