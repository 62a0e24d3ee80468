package io.applydesk.automation.evidence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Tracing;
import io.applydesk.core.application.AnsweredQuestion;
import io.applydesk.core.application.Evidence;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes the proof of one application into its evidence directory (DESIGN.md): {@code filled.png}
 * (full page, before submit), {@code confirmation.png}, {@code answers.json} (every field sent, with
 * its provenance, and the resume's SHA-256), {@code page.html}, and on failure {@code failure.png}
 * and {@code trace.zip}. When disabled (benchmarks) or without a directory it writes nothing.
 *
 * <p>Used by the one worker thread that runs the application; not thread-safe.
 */
public final class EvidenceRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceRecorder.class);
    public static final String FILLED = "filled.png";
    public static final String CONFIRMATION = "confirmation.png";
    public static final String FAILURE = "failure.png";
    public static final String ANSWERS = "answers.json";
    public static final String PAGE_HTML = "page.html";
    public static final String TRACE = "trace.zip";

    private final Path directory;
    private final boolean enabled;
    private Path filledScreenshot;
    private Path confirmationScreenshot;
    private Path answersJson;
    private Path pageHtml;
    private String resumeSha256;

    /**
     * @param directory where to write, or null to record nothing
     * @param enabled   false to record nothing (benchmarks)
     */
    public EvidenceRecorder(Path directory, boolean enabled) {
        this.directory = directory;
        this.enabled = enabled && directory != null;
    }

    /** True when files are written; callers may skip costly work (tracing) otherwise. */
    public boolean isEnabled() {
        return enabled;
    }

    /** Screenshot of the whole filled form, taken before any submit click. */
    public void filledForm(Page page) {
        if (enabled) {
            filledScreenshot = screenshot(page, FILLED);
            pageHtml = html(page);
        }
    }

    /** Screenshot of the confirmation page. */
    public void confirmation(Page page) {
        if (enabled) {
            confirmationScreenshot = screenshot(page, CONFIRMATION);
        }
    }

    /** What the page showed when something went wrong; never throws (the failure is reported already). */
    public void failure(Page page) {
        if (!enabled || page == null || page.isClosed()) {
            return;
        }
        try {
            screenshot(page, FAILURE);
            if (pageHtml == null) {
                pageHtml = html(page);
            }
        } catch (RuntimeException ignored) {
            // The page may be gone (crash, timeout); the outcome already says what happened.
        }
    }

    /**
     * Starts a Playwright trace for the context when evidence is on; kept only on failure. DOM
     * snapshots only: a screencast would double the time of every application for a trace that is
     * almost always thrown away, and {@code failure.png} shows the last screen.
     */
    public void startTrace(BrowserContext context) {
        if (enabled) {
            context.tracing().start(traceOptions());
        }
    }

    /**
     * Drops everything the context's trace recorded so far and goes on recording: called right after a
     * secret (a job-site password) was typed, because a kept trace holds every typed value and DOM
     * snapshots of the inputs. A context without a trace is left alone.
     */
    public static void forgetTraceSoFar(BrowserContext context) {
        try {
            // WHY stop and start, not a new chunk: a trace keeps network bodies (the sign-in POST) as
            // resources shared by all its chunks; only stopping without a path discards them.
            context.tracing().stop();
        } catch (PlaywrightException e) {
            // No trace is being recorded (evidence off): there is nothing to forget.
            LOG.trace("No trace to forget", e);
            return;
        }
        context.tracing().start(traceOptions());
    }

    /** DOM snapshots only: the last screen is in {@code failure.png}, and a screencast would double the cost. */
    private static Tracing.StartOptions traceOptions() {
        return new Tracing.StartOptions().setScreenshots(false).setSnapshots(true);
    }

    /** Ends the trace, saving it as {@code trace.zip} when {@code keep}; never throws. */
    public void stopTrace(BrowserContext context, boolean keep) {
        if (!enabled) {
            return;
        }
        try {
            context.tracing().stop(keep ? new Tracing.StopOptions().setPath(directory.resolve(TRACE)) : null);
        } catch (RuntimeException ignored) {
            // The browser may have died; a missing trace must not hide the real failure.
        }
    }

    /**
     * Writes {@code answers.json}: the job, each answer with its provenance, the pending questions and
     * the uploaded resume's name and SHA-256.
     */
    public void answers(String applicationId, String jobUrl, String atsType, Path resume,
                        List<AnsweredQuestion> answers, List<PendingQuestion> pending) {
        resumeSha256 = resume == null ? null : sha256(resume);
        if (!enabled) {
            return;
        }
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("applicationId", applicationId);
        root.put("jobUrl", jobUrl);
        root.put("atsType", atsType);
        ObjectNode resumeNode = root.putObject("resume");
        resumeNode.put("fileName", resume == null ? null : resume.getFileName().toString());
        resumeNode.put("sha256", resumeSha256);
        ArrayNode sent = root.putArray("answers");
        for (AnsweredQuestion a : answers) {
            ObjectNode node = sent.addObject();
            node.put("question", a.question());
            node.put("fieldName", a.fieldName());
            node.put("answer", a.answer());
            node.putObject("provenance")
                    .put("kind", a.provenance().kind().name())
                    .put("source", a.provenance().source());
        }
        root.set("pendingQuestions", Json.mapper().valueToTree(pending));
        answersJson = write(ANSWERS, root.toPrettyString().getBytes(StandardCharsets.UTF_8));
    }

    /** What was captured so far, as core's record (paths null when not captured). */
    public Evidence evidence() {
        return new Evidence(enabled ? directory : null, filledScreenshot, confirmationScreenshot, answersJson,
                pageHtml, resumeSha256);
    }

    /** Lower-case hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.RESUME_DOWNLOAD_FAILED,
                    "The resume file " + file + " could not be read.", file.toString(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private Path screenshot(Page page, String name) {
        Path target = directory.resolve(name);
        ensureDirectory();
        page.screenshot(new Page.ScreenshotOptions().setPath(target).setFullPage(true));
        return target;
    }

    private Path html(Page page) {
        return write(PAGE_HTML, page.content().getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) {
        ensureDirectory();
        Path target = directory.resolve(name);
        try {
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.FORM_FILL_FAILED,
                    "ApplyDesk could not save the proof of this application in " + directory + ".", name, e);
        }
        return target;
    }

    private void ensureDirectory() {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.FORM_FILL_FAILED,
                    "ApplyDesk could not create the folder " + directory + " for the proof of this application.",
                    directory.toString(), e);
        }
    }
}
