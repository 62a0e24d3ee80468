package io.applydesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationError;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    @Test
    void printsAlignedColumnsWithTheDetailThatFitsEachStatus() {
        Application success = application("app_1", "Northwind", "Backend Engineer", ApplicationStatus.SUCCESS,
                "http://127.0.0.1:9/confirmation", List.of(), null);
        Application needsInput = application("app_2", "Acme", "SRE", ApplicationStatus.NEEDS_INPUT, null,
                List.of(new PendingQuestion("Which projects?", "text", List.of(), true)),
                new ApplicationError(ErrorCode.MISSING_REQUIRED_FIELD, "A question has no answer."));
        Application failed = application("app_3", null, null, ApplicationStatus.FAILED, null, List.of(),
                new ApplicationError(ErrorCode.ATS_BLOCKED, "A captcha appeared."));
        ProgressPrinter printer = new ProgressPrinter(out, List.of(success, needsInput, failed));

        printer.ended(success);
        printer.ended(needsInput);
        printer.ended(failed);

        assertEquals(List.of(
                "SUCCESS          Northwind — Backend Engineer  http://127.0.0.1:9/confirmation",
                "NEEDS_INPUT      Acme — SRE                    needs an answer to: \"Which projects?\"",
                "FAILED           https://jobs.example/app_3    ATS_BLOCKED: A captcha appeared."), lines());
    }

    @Test
    void printsEachApplicationOnceAndOnlyWhenItHasEnded() {
        Application queued = application("app_1", "Acme", "SRE", ApplicationStatus.QUEUED, null, List.of(), null);
        Application processing = application("app_1", "Acme", "SRE", ApplicationStatus.PROCESSING, null, List.of(),
                null);
        Application done = application("app_1", "Acme", "SRE", ApplicationStatus.SUCCESS, "http://x/confirmation",
                List.of(), null);
        ProgressPrinter printer = new ProgressPrinter(out, List.of(queued));

        printer.ended(queued);
        printer.ended(processing);
        printer.ended(done);
        printer.ended(done);

        assertEquals(List.of("SUCCESS          Acme — SRE  http://x/confirmation"), lines());
    }

    @Test
    void summaryCountsStatusesInTheirNaturalOrder() {
        Application ok = application("a", "A", "T", ApplicationStatus.SUCCESS, null, List.of(), null);
        Application ok2 = application("b", "A", "T", ApplicationStatus.SUCCESS, null, List.of(), null);
        Application skipped = application("c", "A", "T", ApplicationStatus.SKIPPED, null, List.of(), null);
        Application needs = application("d", "A", "T", ApplicationStatus.NEEDS_INPUT, null, List.of(), null);
        ProgressPrinter printer = new ProgressPrinter(out, List.of());

        printer.summary(List.of(needs, ok, skipped, ok2));
        printer.summary(List.of(ok));

        assertEquals(List.of("4 applications: 2 SUCCESS, 1 SKIPPED, 1 NEEDS_INPUT", "1 application: 1 SUCCESS"),
                lines());
    }

    private List<String> lines() {
        return buffer.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static Application application(String id, String company, String title, ApplicationStatus status,
                                           String confirmationUrl, List<PendingQuestion> pending,
                                           ApplicationError error) {
        return new Application(id, "sess_1", "run_1", "prof_1", "https://jobs.example/" + id, "key:" + id, title,
                company, null, AtsType.GREENHOUSE, status, "jo@example.com", null, confirmationUrl, List.of(),
                pending, error, List.of(), null, null, null, null);
    }
}
