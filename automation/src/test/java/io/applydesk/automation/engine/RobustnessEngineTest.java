package io.applydesk.automation.engine;

import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.PracticeVariant;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.UploadedFile;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 3's robustness check: the richest practice job of each replica with form variants, as another tenant
 * shows it ({@link PracticeVariant#ANOTHER_TENANT}: fields reordered, labels reworded, an extra optional
 * question and other ids, all at once), reaches the same outcome as its standard form, and the replica
 * receives the same values by meaning and the same resume bytes. The demo candidate's one job that needs input
 * still stops before sending.
 *
 * <p>One job per replica keeps the run affordable as replicas join (a browser run per job). The
 * richest job is the one with the most tenant-specific ids: the words of its page that change under
 * {@link PracticeVariant#OTHER_ID_PREFIX} (question, option and card ids, which every replica re-ids), counted
 * over plain HTTP, without a browser; ties go to the replica's first job. A replica whose first page carries no
 * question ids (all counts 0) is represented by its first job.
 */
class RobustnessEngineTest extends PracticeEngineTest {
    /**
     * Fields whose value differs between any two runs, even of the standard form: upload keys and
     * storage ids (Workable's {@code resume} token), the anti-bot token and page timings.
     */
    private static final Set<String> PER_RUN_FIELDS = Set.of("job_application[resume_url]", "resumeStorageId", "resume",
            "h-captcha-response", "fingerprint", "render_date", "page_load_time");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** What each job's standard form received, by job id: the baseline every variant is compared with. */
    private final Map<String, RecordedSubmission> standardRuns = new HashMap<>();

    @AfterEach
    void standardFormsAgain() {
        practice.ats.clearVariants();
    }

    /**
     * The richest job of each replica with variants and the job that needs the candidate's input, as
     * {@link PracticeVariant#ANOTHER_TENANT} shows them: every variation at once, one browser run per job
     * ({@code PracticeVariantTest} checks each variation on its own page over plain HTTP).
     */
    Stream<Arguments> jobsAndVariants() {
        List<PracticeVariant> variants = List.of(PracticeVariant.ANOTHER_TENANT);
        List<PracticeJob> jobs = new ArrayList<>();
        for (List<PracticeJob> replicaJobs : practice.ats.jobsWithVariantsByReplica()) {
            jobs.add(replicaJobs.stream().max(Comparator.comparingInt(this::tenantIds)
                    .thenComparing(job -> -replicaJobs.indexOf(job))).orElseThrow());
        }
        practice.ats.jobsWithVariants().stream().filter(PracticeJob::needsCandidateInput)
                .filter(job -> !jobs.contains(job)).forEach(jobs::add);
        return jobs.stream()
                .flatMap(job -> variants.stream().map(variant -> Arguments.of(job.jobId(), job.title(), variant)));
    }

    /** How many words of the job's page change under {@link PracticeVariant#OTHER_ID_PREFIX}: its ids. */
    private int tenantIds(PracticeJob job) {
        Set<String> standard = words(job, PracticeVariant.STANDARD);
        Set<String> otherTenant = words(job, PracticeVariant.OTHER_ID_PREFIX);
        otherTenant.removeAll(standard);
        return otherTenant.size();
    }

    private Set<String> words(PracticeJob job, PracticeVariant variant) {
        practice.ats.setVariant(job.jobId(), variant);
        try {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(job.url())).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new HashSet<>(Arrays.asList(page.body().split("[^\\w-]+")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            practice.ats.clearVariants();
        }
    }

    @ParameterizedTest(name = "{1} ({0}), {2}")
    @MethodSource("jobsAndVariants")
    void aVariedFormGetsTheSameApplicationAsTheStandardOne(String jobId, String title, PracticeVariant variant,
                                                           @TempDir Path evidenceDir)
            throws Exception {
        PracticeJob job = practice.job(jobId);
        RecordedSubmission standard = standardRun(job, evidenceDir.resolve("standard"));

        practice.ats.setVariant(jobId, variant);
        ApplyOutcome outcome = apply(job, evidenceDir.resolve("varied"));

        if (job.needsCandidateInput()) {
            assertEquals(ApplicationStatus.NEEDS_INPUT, outcome.status(), outcome.errorMessage());
            assertEquals(List.of(), practice.submissionsFor(jobId), "nothing is sent without the candidate's answer");
            return;
        }
        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        List<RecordedSubmission> received = practice.submissionsFor(jobId);
        assertEquals(1, received.size());
        RecordedSubmission varied = received.get(0);
        assertEquals(comparable(standard), comparable(varied));
        assertEquals(standard.files().size(), varied.files().size());
        for (UploadedFile file : standard.files()) {
            assertArrayEquals(file.bytes(), varied.file(file.fieldName()).bytes(), file.fieldName());
        }
    }

    /** The job's standard run, applied once per job and then reused; null for the job that needs input. */
    private RecordedSubmission standardRun(PracticeJob job, Path evidenceDir) throws Exception {
        if (job.needsCandidateInput() || standardRuns.containsKey(job.jobId())) {
            return standardRuns.get(job.jobId());
        }
        ApplyOutcome outcome = apply(job, evidenceDir);
        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        RecordedSubmission standard = practice.submissionsFor(job.jobId()).get(0);
        assertTrue(standard.files().stream().anyMatch(file -> Arrays.equals(readResume(), file.bytes())),
                "the standard run sent the demo candidate's resume");
        practice.ats.clearRecords();
        standardRuns.put(job.jobId(), standard);
        return standard;
    }

    private ApplyOutcome apply(PracticeJob job, Path evidenceDir) {
        return engine.apply(practice.request(job.url(), ApplyMode.SUBMIT, evidenceDir),
                new PracticeFixture.RecordingListener());
    }

    private byte[] readResume() {
        try {
            return Files.readAllBytes(practice.resume);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> comparable(RecordedSubmission submission) {
        Map<String, List<String>> fields = new LinkedHashMap<>(submission.fields());
        fields.keySet().removeAll(PER_RUN_FIELDS);
        return fields;
    }
}
