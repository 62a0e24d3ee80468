package io.applydesk.automation.engine;

import io.applydesk.core.account.AtsAccounts;
import io.applydesk.core.job.PracticeSite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the Playwright engine runs.
 *
 * @param browserExecutable  the Chromium-family browser (see {@code BrowserLocator})
 * @param headless           no visible window (CLI {@code --headless}, tests); the desktop app shows it
 * @param navigationTimeout  longest wait for a page to load
 * @param actionTimeout      longest wait for one field, click or upload to become possible
 * @param confirmationTimeout longest wait, after the submit click, for the confirmation or an error
 * @param captureEvidence    write screenshots, page HTML and answers.json (off only for benchmarks)
 * @param practiceSite       in practice mode, the practice ATS: the only site the browser reaches (its host
 *                           aliases tell the ATS of its links); null otherwise
 * @param handOffTimeout     in a visible window, how long the candidate has to finish a step only they can
 *                           do (captcha, e-mailed code); zero for no hand-off. Never used when headless.
 * @param candidateStandIn   what acts in the window during a hand-off: {@link CandidateStandIn#PERSON} in the
 *                           product, a scripted person in tests
 * @param atsAccounts        where accounts created on job sites (Workday tenants) are kept and found again
 */
public record EngineSettings(
        Path browserExecutable,
        boolean headless,
        Duration navigationTimeout,
        Duration actionTimeout,
        Duration confirmationTimeout,
        boolean captureEvidence,
        PracticeSite practiceSite,
        Duration handOffTimeout,
        CandidateStandIn candidateStandIn,
        AtsAccounts atsAccounts) {

    public EngineSettings {
        handOffTimeout = handOffTimeout == null ? Duration.ZERO : handOffTimeout;
        candidateStandIn = candidateStandIn == null ? CandidateStandIn.PERSON : candidateStandIn;
        Objects.requireNonNull(atsAccounts, "atsAccounts");
    }

    /**
     * Headed, evidence on, 30 s to load a page, 10 s per action, 30 s for the confirmation, 10 minutes for
     * the candidate to finish a captcha or code step in the window, and {@link AtsAccounts#none()}: sites
     * that need an account fail until a real store is set with {@link #withAtsAccounts}.
     */
    public static EngineSettings defaults(Path browserExecutable, PracticeSite practiceSite) {
        return new EngineSettings(browserExecutable, false, Duration.ofSeconds(30), Duration.ofSeconds(10),
                Duration.ofSeconds(30), true, practiceSite, Duration.ofMinutes(10), CandidateStandIn.PERSON,
                AtsAccounts.none());
    }

    /** Whether a step only the candidate can do is handed to them: only in a visible window. */
    public boolean handsOff() {
        return !headless && !handOffTimeout.isZero() && !handOffTimeout.isNegative();
    }

    public EngineSettings withHeadless(boolean newHeadless) {
        return new EngineSettings(browserExecutable, newHeadless, navigationTimeout, actionTimeout,
                confirmationTimeout, captureEvidence, practiceSite, handOffTimeout, candidateStandIn, atsAccounts);
    }

    public EngineSettings withCaptureEvidence(boolean capture) {
        return new EngineSettings(browserExecutable, headless, navigationTimeout, actionTimeout,
                confirmationTimeout, capture, practiceSite, handOffTimeout, candidateStandIn, atsAccounts);
    }

    public EngineSettings withTimeouts(Duration navigation, Duration action, Duration confirmation) {
        return new EngineSettings(browserExecutable, headless, navigation, action, confirmation, captureEvidence,
                practiceSite, handOffTimeout, candidateStandIn, atsAccounts);
    }

    public EngineSettings withHandOff(Duration timeout, CandidateStandIn standIn) {
        return new EngineSettings(browserExecutable, headless, navigationTimeout, actionTimeout,
                confirmationTimeout, captureEvidence, practiceSite, timeout, standIn, atsAccounts);
    }

    public EngineSettings withAtsAccounts(AtsAccounts accounts) {
        return new EngineSettings(browserExecutable, headless, navigationTimeout, actionTimeout, confirmationTimeout,
                captureEvidence, practiceSite, handOffTimeout, candidateStandIn, accounts);
    }
}
