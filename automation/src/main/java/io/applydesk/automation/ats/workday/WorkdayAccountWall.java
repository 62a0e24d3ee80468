package io.applydesk.automation.ats.workday;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.applydesk.automation.evidence.EvidenceRecorder;

/**
 * Workday's account wall (ATS-REFERENCE.md §6.2 item 3): {@code signInContent} with {@code h2#authViewTitle}
 * "Create Account" or "Sign In" and {@code form[data-automation-id=signInFormo]}. The hidden
 * {@code beecatcher} honeypot is never touched: a filled one marks the browser as a bot. Passwords are
 * typed, never logged or returned, and the trace of typing them is dropped.
 */
final class WorkdayAccountWall {
    static final String CONTENT = "[data-automation-id=signInContent]";
    private static final String FORM = "form[data-automation-id=signInFormo]";
    private static final String TITLE = "h2#authViewTitle";
    private static final String ERROR = CONTENT + " [data-automation-id=errorMessage]:visible";
    private static final String VERIFY = "[data-automation-id=verifyEmailMessage]";
    private static final String CHALLENGE = "[data-automation-id=captchaChallenge]";

    /** What the wall answered. */
    enum Outcome { SIGNED_IN, ERROR, VERIFY_EMAIL, CHALLENGE }

    /** The wall's answer and its text (the error, the verification notice or the challenge). */
    record Answer(Outcome outcome, String message) {
    }

    private final Page page;
    /** Appears once the wall has let the candidate into the wizard. */
    private final String wizard;

    WorkdayAccountWall(Page page, String wizard) {
        this.page = page;
        this.wizard = wizard;
    }

    boolean isShown() {
        return page.locator(CONTENT).count() > 0;
    }

    Answer createAccount(String email, String password) {
        show("Create Account");
        Locator form = page.locator(FORM);
        try {
            form.locator("input[data-automation-id=email]").fill(email);
            form.locator("input[data-automation-id=password]").fill(password);
            form.locator("input[data-automation-id=verifyPassword]").fill(password);
            form.locator("input[data-automation-id=createAccountCheckbox]").check();
            form.locator("[data-automation-id=createAccountSubmitButton]").click();
            return answer();
        } finally {
            EvidenceRecorder.forgetTraceSoFar(page.context());
        }
    }

    Answer signIn(String email, String password) {
        show("Sign In");
        Locator form = page.locator(FORM);
        try {
            form.locator("input[data-automation-id=email]").fill(email);
            form.locator("input[data-automation-id=password]").fill(password);
            form.locator("[data-automation-id=signInSubmitButton]").click();
            return answer();
        } finally {
            EvidenceRecorder.forgetTraceSoFar(page.context());
        }
    }

    /** Switches the wall to the wanted view unless it already shows it. */
    private void show(String title) {
        if (!title.equals(page.locator(TITLE).textContent().strip())) {
            page.locator(FORM + " [data-automation-id=signInLink], " + FORM + " [data-automation-id=createAccountLink]")
                    .first().click();
            page.locator(TITLE + ":text-is('" + title + "')").waitFor();
        }
    }

    /** Waits for the wizard, an error, the e-mail verification notice or a bot challenge. */
    private Answer answer() {
        page.locator(String.join(", ", wizard, ERROR, VERIFY, CHALLENGE)).first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        if (page.locator(wizard).count() > 0) {
            return new Answer(Outcome.SIGNED_IN, null);
        }
        if (page.locator(VERIFY).count() > 0) {
            return new Answer(Outcome.VERIFY_EMAIL, text(VERIFY));
        }
        if (page.locator(CHALLENGE).count() > 0) {
            return new Answer(Outcome.CHALLENGE, text(CHALLENGE));
        }
        return new Answer(Outcome.ERROR, text(ERROR).replaceFirst("^Error:\\s*", ""));
    }

    private String text(String css) {
        return page.locator(css).first().innerText().replaceAll("\\s+", " ").strip();
    }
}
