package io.applydesk.automation.engine;

import io.applydesk.automation.sandbox.PracticeFailure;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.bamboohr.BambooHrJobs;
import io.applydesk.automation.sandbox.employer.EmployerJobs;
import io.applydesk.automation.sandbox.employer.EmployerSiteReplica;
import io.applydesk.automation.sandbox.recruitee.RecruiteeOffers;
import io.applydesk.automation.sandbox.recruitee.RecruiteeReplica;
import io.applydesk.automation.sandbox.smartrecruiters.SmartRecruitersJobs;
import io.applydesk.automation.sandbox.workable.WorkableJobs;
import io.applydesk.automation.sandbox.workable.WorkableReplica;
import io.applydesk.automation.sandbox.workday.WorkdayJobs;
import io.applydesk.automation.sandbox.workday.WorkdayReplica;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.error.ErrorCode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static io.applydesk.automation.sandbox.PracticeFailure.ALREADY_APPLIED;
import static io.applydesk.automation.sandbox.PracticeFailure.CAPTCHA;
import static io.applydesk.automation.sandbox.PracticeFailure.CLOSED;
import static io.applydesk.automation.sandbox.PracticeFailure.NO_CONFIRMATION;
import static io.applydesk.automation.sandbox.PracticeFailure.REJECTED;
import static io.applydesk.automation.sandbox.PracticeFailure.SERVER_ERROR;
import static io.applydesk.core.application.ApplicationStatus.FAILED;
import static io.applydesk.core.application.ApplicationStatus.SKIPPED;
import static io.applydesk.core.application.ApplicationStatus.UNCONFIRMED;
import static io.applydesk.core.error.ErrorCode.ATS_BLOCKED;
import static io.applydesk.core.error.ErrorCode.DUPLICATE_APPLICATION;
import static io.applydesk.core.error.ErrorCode.FORM_FILL_FAILED;
import static io.applydesk.core.error.ErrorCode.WORKER_TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every failure state of the replicas that have no failure tests of their own (BambooHR, SmartRecruiters,
 * Workable, Recruitee, Workday and the employers' own forms), one job per replica, in real headless Chromium
 * with one engine for the whole table: what the engine reports (status, error code, the site's own words),
 * whether it clicked submit, and what the replica recorded or refused.
 */
class FailureStatesEngineTest extends PracticeEngineTest {
    private static final String BAMBOOHR = BambooHrJobs.DATA_ENGINEER.jobId();
    private static final String SMARTRECRUITERS = SmartRecruitersJobs.QA_ENGINEER.publication();
    private static final String WORKABLE = WorkableJobs.BACKEND_ENGINEER.shortcode();
    private static final String RECRUITEE = RecruiteeOffers.PLATFORM_ENGINEER.slug();
    private static final String WORKDAY = WorkdayJobs.ACME_PLATFORM_ENGINEER.reqId();
    private static final String EMPLOYER = EmployerJobs.FERNLEAF_BACKEND.jobSlug();
    /** The engine's own words for an HTTP 500 after submit: the same on every site, which may have kept it. */
    private static final String SERVER_500 = "server error (HTTP 500) after submit";
    /** The engine's own words for a posting whose pages answer 404. */
    private static final String CLOSED_PAGE =
            "no longer open: the job site no longer has its page (HTTP 404). Nothing was submitted";
    /** The engine's own words when a site never answers the submit. */
    private static final String NO_ANSWER = "did not answer within 6 seconds";

    /** Short: the no-confirmation rows wait this long for a verdict that never comes. */
    @Override
    protected Duration confirmationTimeout() {
        return Duration.ofSeconds(6);
    }

    /**
     * One row of the table.
     *
     * @param submitClicked whether the engine got as far as the submit click (and so had answered questions)
     * @param recorded      how many applications the replica recorded (only NO_CONFIRMATION records one)
     * @param rejected      how many the replica counted as refused
     * @param fragments     words of the site's or engine's message the candidate must see
     */
    record Row(String jobId, PracticeFailure failure, ApplicationStatus status, ErrorCode code,
               boolean submitClicked, int recorded, int rejected, List<String> fragments) {
        @Override
        public String toString() {
            return jobId + " " + failure;
        }
    }

    private static Row row(String jobId, PracticeFailure failure, ApplicationStatus status, ErrorCode code,
                           boolean submitClicked, int recorded, int rejected, String... fragments) {
        return new Row(jobId, failure, status, code, submitClicked, recorded, rejected, List.of(fragments));
    }

    /**
     * Site-specific outcomes (refusals, bot walls, "already applied", no confirmation) for every replica; the
     * engine-generic ones (a 404 posting, a 500 after submit, the same words everywhere) for one replica of each
     * way of submitting: Workable's XHR, Workday's wizard, an employer's plain form post.
     */
    static Stream<Row> rows() {
        return Stream.of(
                row(BAMBOOHR, REJECTED, FAILED, FORM_FILL_FAILED, true, 0, 1,
                        "Email: This email address could not be verified."),
                row(BAMBOOHR, NO_CONFIRMATION, UNCONFIRMED, WORKER_TIMEOUT, true, 1, 0, NO_ANSWER),
                row(BAMBOOHR, CAPTCHA, FAILED, ATS_BLOCKED, true, 0, 1, "reCAPTCHA"),
                row(BAMBOOHR, ALREADY_APPLIED, SKIPPED, DUPLICATE_APPLICATION, true, 0, 1, "already applied"),

                row(SMARTRECRUITERS, REJECTED, FAILED, FORM_FILL_FAILED, true, 0, 1,
                        "Email: This email address cannot be used for applications"),
                row(SMARTRECRUITERS, NO_CONFIRMATION, UNCONFIRMED, WORKER_TIMEOUT, true, 1, 0, NO_ANSWER),
                row(SMARTRECRUITERS, CAPTCHA, FAILED, ATS_BLOCKED, true, 0, 1, "DataDome"),
                row(SMARTRECRUITERS, ALREADY_APPLIED, SKIPPED, DUPLICATE_APPLICATION, true, 0, 1, "already applied"),

                row(WORKABLE, REJECTED, FAILED, FORM_FILL_FAILED, true, 0, 1,
                        WorkableReplica.REJECTED_MESSAGE, "Email: " + WorkableReplica.REJECTED_EMAIL_MESSAGE),
                row(WORKABLE, SERVER_ERROR, UNCONFIRMED, FORM_FILL_FAILED, true, 0, 0, SERVER_500),
                row(WORKABLE, NO_CONFIRMATION, UNCONFIRMED, WORKER_TIMEOUT, true, 1, 0, NO_ANSWER),
                row(WORKABLE, CAPTCHA, FAILED, ATS_BLOCKED, true, 0, 1, "Cloudflare"),
                row(WORKABLE, ALREADY_APPLIED, SKIPPED, DUPLICATE_APPLICATION, true, 0, 1,
                        WorkableReplica.ALREADY_APPLIED_MESSAGE),

                row(RECRUITEE, REJECTED, FAILED, FORM_FILL_FAILED, true, 0, 1,
                        "Email address " + RecruiteeReplica.INVALID_EMAIL),
                row(RECRUITEE, NO_CONFIRMATION, UNCONFIRMED, WORKER_TIMEOUT, true, 1, 0, NO_ANSWER),
                row(RECRUITEE, ALREADY_APPLIED, SKIPPED, DUPLICATE_APPLICATION, true, 0, 1,
                        RecruiteeReplica.ALREADY_APPLIED_MESSAGE),

                row(WORKDAY, REJECTED, FAILED, FORM_FILL_FAILED, true, 0, 1, "unable to process your application"),
                row(WORKDAY, SERVER_ERROR, UNCONFIRMED, FORM_FILL_FAILED, true, 0, 0, SERVER_500),
                row(WORKDAY, NO_CONFIRMATION, UNCONFIRMED, WORKER_TIMEOUT, true, 1, 0, NO_ANSWER),
                row(WORKDAY, CLOSED, FAILED, FORM_FILL_FAILED, false, 0, 0, CLOSED_PAGE),
                // WHY no submit click: Workday's bot check is at the account wall, before any question.
                row(WORKDAY, CAPTCHA, FAILED, ATS_BLOCKED, false, 0, 1, "not a robot"),
                row(WORKDAY, ALREADY_APPLIED, SKIPPED, DUPLICATE_APPLICATION, true, 0, 1,
                        WorkdayReplica.ALREADY_APPLIED_MESSAGE),

                row(EMPLOYER, REJECTED, FAILED, FORM_FILL_FAILED, true, 0, 1, EmployerSiteReplica.REJECTED_MESSAGE,
                        "Email address *: " + EmployerSiteReplica.REJECTED_MESSAGE),
                row(EMPLOYER, SERVER_ERROR, UNCONFIRMED, FORM_FILL_FAILED, true, 0, 0, SERVER_500),
                // A bare "OK" page after submit is never taken for a confirmation.
                row(EMPLOYER, NO_CONFIRMATION, UNCONFIRMED, FORM_FILL_FAILED, true, 1, 0,
                        "no recognisable confirmation", "\"OK\"", "Check with the employer"),
                row(EMPLOYER, CLOSED, FAILED, FORM_FILL_FAILED, false, 0, 0, CLOSED_PAGE),
                row(EMPLOYER, CAPTCHA, FAILED, ATS_BLOCKED, true, 0, 1, "captcha"),
                row(EMPLOYER, ALREADY_APPLIED, SKIPPED, DUPLICATE_APPLICATION, true, 0, 1,
                        EmployerSiteReplica.ALREADY_APPLIED_MESSAGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachFailureStateIsReportedInTheSitesWordsAndNothingIsRecordedButWhatTheSiteKept(Row row,
                                                                                          @TempDir Path evidenceDir) {
        PracticeJob job = practice.job(row.jobId());
        practice.ats.setFailure(row.jobId(), row.failure());
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(job.url(), ApplyMode.SUBMIT, evidenceDir), listener);

        assertEquals(row.status(), outcome.status(), () -> outcome.errorMessage() + " " + listener.lines);
        assertEquals(row.code(), outcome.errorCode(), outcome::errorMessage);
        assertEquals(job.atsType(), outcome.atsType());
        for (String fragment : row.fragments()) {
            assertTrue(outcome.errorMessage().contains(fragment), outcome.errorMessage());
        }
        assertEquals(row.submitClicked() ? 1 : 0, listener.beforeSubmitCalls);
        // WHY: an engine that stopped before submit had answered nothing (closed page, bot wall before the form).
        assertEquals(!row.submitClicked(), outcome.answers().isEmpty(), () -> outcome.answers().toString());
        assertEquals(row.recorded(), practice.submissionsFor(row.jobId()).size());
        assertEquals(row.rejected(), practice.ats.rejectedSubmissionCount());
    }
}
