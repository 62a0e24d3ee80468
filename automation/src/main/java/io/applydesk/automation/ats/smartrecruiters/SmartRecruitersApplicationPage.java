package io.applydesk.automation.ats.smartrecruiters;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.automation.ats.PostingHeader;
import io.applydesk.automation.ats.SubmitResult;
import io.applydesk.automation.form.PageReads;
import io.applydesk.core.answer.FormQuestion;
import io.applydesk.core.answer.QuestionType;
import io.applydesk.core.answer.ResolvedAnswer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Page object of SmartRecruiters' OneClick application (ATS-REFERENCE.md §5), which is resume-first and has
 * two steps. The engine reads every question before anything is uploaded, so this page object first takes
 * "I don't have a resume" to reach the personal fields ({@code #first-name-input} …). {@link #questions()}
 * answers the visible step's questions; once every required question of step one was answered it moves on
 * with "Next" and answers step two's (screening questions and consent). {@link #uploadResume} goes back to step
 * one, attaches the resume there, waits for the CV parse — which overwrites the personal fields with what it
 * read — and types the candidate's own answers back in. The verdict shows at the same URL: "Thank you for
 * applying", an error banner with field errors, or DataDome's challenge iframe ({@code geo.captcha-delivery.com}).
 *
 * <p>Bound to one page on one worker thread.
 */
public final class SmartRecruitersApplicationPage implements ApplicationForm {
    private static final String DATADOME = "iframe[src*='captcha-delivery.com/captcha/']";
    private static final String CONFIRMATION = ".oc-confirmation";
    private static final String BANNER = ".oc-banner";
    private static final String FIELD_ERROR = ".oc-step:not([hidden]) .oc-error:not([hidden])";

    /** The visible step's fields in one round trip (the resume attachment aside). */
    private static final String READ_QUESTIONS = """
            step => [...step.querySelectorAll('.oc-field:not(.oc-attachment)')].map(field => {
              const title = field.querySelector('legend, label[for]').cloneNode(true);
              title.querySelectorAll('.required').forEach(mark => mark.remove());
              const control = field.querySelector('input, select');
              const q = { label: title.textContent.replace(/\\s+/g, ' ').trim(), fieldName: control.name,
                required: !!field.querySelector('.required'), options: [], placeholder: null,
                section: field.classList.contains('oc-question') ? 'CUSTOM' : 'STANDARD' };
              const radios = [...field.querySelectorAll('input[type=radio]')];
              if (radios.length) {
                const options = radios.map(r => r.closest('label').textContent.trim());
                const yesNo = options.length === 2 && options.every(o => /^(yes|no)$/i.test(o));
                Object.assign(q, { type: yesNo ? 'YES_NO' : 'SELECT', options });
              } else if (control.tagName === 'SELECT') {
                Object.assign(q, { type: 'SELECT', options: [...control.options].filter(o => o.value !== '').map(o => o.text.trim()) });
              } else if (control.type === 'checkbox') {
                Object.assign(q, { type: 'CHECKBOX', section: 'CONSENT' });
              } else {
                Object.assign(q, { type: 'TEXT', placeholder: control.getAttribute('placeholder') });
              }
              return q;
            })
            """;

    private final Page page;
    private final Locator form;
    /** Text typed into step one, by field name: typed again after the CV parse has overwritten it. */
    private final Map<String, String> typed = new LinkedHashMap<>();

    public SmartRecruitersApplicationPage(Page page) {
        this.page = page;
        this.form = page.locator("form#oneclick-form");
    }

    @Override
    public Optional<PostingHeader> postingHeader() {
        return PageReads.header(PageReads.firstText(page.locator("h1")), PageReads.firstText(page.locator(".oc-company")));
    }

    /**
     * The visible step's questions. Side effects: leaves the resume-first screen by "I don't have a resume",
     * and goes on to step two with "Next" once every required question of step one has been answered.
     */
    @Override
    public List<FormQuestion> questions() {
        Locator manually = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I don't have a resume"));
        if (!form.isVisible() && manually.isVisible()) {
            manually.click();
        }
        form.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        List<FormQuestion> visible = PageReads.questions(visibleStep(), READ_QUESTIONS);
        boolean stepOneDone = step(1).isVisible() && visible.stream()
                .filter(FormQuestion::required).allMatch(q -> typed.containsKey(q.fieldName()));
        if (stepOneDone && !visible.isEmpty()) {
            goToStep(2);
            return PageReads.questions(visibleStep(), READ_QUESTIONS);
        }
        return visible;
    }

    /**
     * Attaches the resume on step one, waits for the parse to finish, then types back every answer the parse
     * overwrote, and returns to step two.
     */
    @Override
    public void uploadResume(Path resume) {
        boolean wasOnStepTwo = step(2).isVisible();
        if (wasOnStepTwo) {
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Back").setExact(true)).click();
            step(1).waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        }
        Locator attachment = form.locator(".oc-attachment");
        attachment.locator("input[type=file]").setInputFiles(resume);
        attachment.getByText(resume.getFileName().toString(), new Locator.GetByTextOptions().setExact(true))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        typed.forEach((name, value) -> {
            Locator control = control(name);
            if (!value.equals(control.inputValue())) {
                control.fill(value);
            }
        });
        if (wasOnStepTwo) {
            goToStep(2);
        }
    }

    @Override
    public String answer(FormQuestion question, ResolvedAnswer answer) {
        Locator field = visibleStep().locator(".oc-field:has(" + byName(question.fieldName()) + ")");
        if (question.type() == QuestionType.CHECKBOX) {
            control(question.fieldName()).check();
        } else if (question.type() == QuestionType.SELECT && field.locator("select").count() > 0) {
            field.locator("select").selectOption(new SelectOption().setLabel(answer.value()));
        } else if (question.type() == QuestionType.SELECT || question.type() == QuestionType.YES_NO) {
            field.getByLabel(answer.value(), new Locator.GetByLabelOptions().setExact(true)).check();
        } else if (question.type() == QuestionType.TEXT) {
            control(question.fieldName()).fill(answer.value());
            if (step(1).isVisible()) {
                typed.put(question.fieldName(), answer.value());
            }
        } else {
            throw new IllegalArgumentException("A " + question.type() + " question cannot be answered with text");
        }
        return answer.value();
    }

    /** A person can pass DataDome's challenge in the window; the page then sends the application again. */
    @Override
    public boolean letsCandidateFinish() {
        return true;
    }

    @Override
    public Optional<SubmitResult.Confirmed> awaitConfirmation(Duration timeout) {
        return PageReads.confirmationShown(page.locator(CONFIRMATION), timeout);
    }

    @Override
    public SubmitResult submit(Duration timeout) {
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit").setExact(true)).click();
        page.locator(String.join(", ", CONFIRMATION + ":visible", BANNER + ":visible", DATADOME, FIELD_ERROR)).first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(timeout.toMillis()));
        if (page.locator(CONFIRMATION).isVisible()) {
            return new SubmitResult.Confirmed(page.url());
        }
        if (page.locator(DATADOME).count() > 0) {
            return new SubmitResult.Blocked("SmartRecruiters showed a DataDome CAPTCHA challenge.");
        }
        String banner = page.locator(BANNER).isVisible()
                ? page.locator(BANNER).innerText().replaceAll("\\s+", " ").trim() : null;
        if (banner != null && banner.toLowerCase(Locale.ROOT).contains("already applied")) {
            return new SubmitResult.AlreadyApplied(banner);
        }
        List<String> messages = new ArrayList<>();
        if (banner != null) {
            messages.add(banner);
        }
        for (Locator error : page.locator(FIELD_ERROR).all()) {
            Locator title = error.locator("xpath=..").locator("legend, label[for], .oc-label").first();
            messages.add(title.innerText().replace("*", "").trim() + ": " + error.innerText().trim());
        }
        return new SubmitResult.Rejected(messages);
    }

    private void goToStep(int number) {
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Next").setExact(true)).click();
        step(number).waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    }

    private Locator step(int number) {
        return form.locator(".oc-step[data-step='" + number + "']");
    }

    private Locator visibleStep() {
        return form.locator(".oc-step:not([hidden])");
    }

    private Locator control(String name) {
        return form.locator(byName(name));
    }

    private static String byName(String name) {
        return "[name='" + name.replace("'", "\\'") + "']";
    }
}
