package io.applydesk.automation.ats.workable;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.automation.ats.PostingHeader;
import io.applydesk.automation.ats.SubmitResult;
import io.applydesk.automation.form.PageReads;
import io.applydesk.core.answer.FormQuestion;
import io.applydesk.core.answer.ResolvedAnswer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Page object of Workable's application form (ATS-REFERENCE.md §4), rendered by its single-page app into
 * {@code form[data-ui=application-form]}: fields whose {@code id}, {@code name} and {@code data-ui} are the field
 * name ({@code firstname}, {@code phone}, employer questions {@code QA_…}, custom attributes {@code CA_…}) with a
 * {@code label[for]}; choice questions as {@code fieldset[data-ui=QA_…]} of {@code [data-ui=option]} labels; the
 * hidden {@code input[data-ui=resume]} in its drop zone. The cookie banner covers the form until accepted; the CV
 * parser overwrites fields after the upload, so what was filled is put back. The verdict shows at the same URL:
 * {@code [data-ui=application-success]} (the success marker is not known from a capture, §4), field errors and
 * the error banner, or Cloudflare's Turnstile challenge. A "try again" toast is no verdict.
 *
 * <p>Education and experience ({@code button[data-ui=add-section]}) are optional and left empty. Bound to one page
 * on one worker thread.
 */
public final class WorkableApplicationPage implements ApplicationForm {
    private static final String SUCCESS = "[data-ui=application-success]";
    private static final String FORM_ERROR = "[data-ui=form-error]:not([hidden])";
    private static final String FIELD_ERROR = "form[data-ui=application-form] [data-ui=error]";
    private static final String CHALLENGE = ".cf-turnstile";
    private static final String STANDARD_FIELDS = "firstname lastname email headline phone address summary cover_letter";

    /**
     * Reads every labelled field and choice fieldset in one round trip: label text without the required mark,
     * the field name, the kind (a fieldset of exactly YES/NO options is a yes/no question) and required flag.
     */
    private static final String READ_QUESTIONS = """
            form => {
              const clean = t => t.replace(/\\*/g, '').replace(/\\s+/g, ' ').trim();
              const standard = '%s'.split(' ');
              const out = [];
              for (const node of form.querySelectorAll('label[for], fieldset[data-ui]')) {
                if (node.tagName === 'FIELDSET') {
                  const name = node.getAttribute('data-ui');
                  const options = [...node.querySelectorAll('[data-ui=option]')].map(o => clean(o.textContent));
                  const checkbox = !!node.querySelector('[data-ui=option] input[type=checkbox]');
                  const yesNo = !checkbox && options.length === 2 && options.every(o => /^(yes|no)$/i.test(o));
                  out.push({ label: clean(node.querySelector('legend').textContent), fieldName: name,
                    type: checkbox ? 'MULTI_SELECT' : (yesNo ? 'YES_NO' : 'SELECT'), options,
                    required: node.getAttribute('aria-required') === 'true',
                    section: standard.includes(name) ? 'STANDARD' : 'CUSTOM', placeholder: null });
                  continue;
                }
                const control = form.querySelector('[id="' + node.htmlFor + '"]');
                if (!control || control.type === 'file') continue;
                out.push({ label: clean(node.textContent), fieldName: control.id,
                  type: control.tagName === 'TEXTAREA' ? 'TEXTAREA' : 'TEXT', options: [],
                  required: control.required || control.getAttribute('aria-required') === 'true',
                  section: standard.includes(control.id) ? 'STANDARD' : 'CUSTOM',
                  placeholder: control.getAttribute('placeholder') });
              }
              return out;
            }
            """.formatted(STANDARD_FIELDS);
    /** The text fields' values by id, to see what the CV parser changed. */
    private static final String TEXT_VALUES = """
            form => Object.fromEntries([...form.querySelectorAll(
              'input[id]:not([type=file]):not([type=radio]):not([type=checkbox]), textarea[id]')].map(c => [c.id, c.value]))
            """;

    private final Page page;
    private final Locator form;

    public WorkableApplicationPage(Page page) {
        this.page = page;
        this.form = page.locator("form[data-ui=application-form]");
    }

    /** The job title and company from the page's header. */
    @Override
    public Optional<PostingHeader> postingHeader() {
        return PageReads.header(PageReads.firstText(page.locator("[data-ui=job-title]")),
                PageReads.firstText(page.locator("[data-ui=company-name]")));
    }

    /** Every field but the resume, which {@link #uploadResume} attaches. Accepts the cookie banner first. */
    @Override
    public List<FormQuestion> questions() {
        acceptCookies();
        return PageReads.questions(form, READ_QUESTIONS);
    }

    /**
     * Sets the file on the drop zone's hidden input and waits until the parser is done (the file name shows),
     * then puts back every text field the parser changed: the candidate approved what was filled, not the
     * parser's guesses.
     */
    @Override
    public void uploadResume(Path resume) {
        acceptCookies();
        Map<String, String> filled = textValues();
        form.locator("input[data-ui=resume][type=file]").setInputFiles(resume);
        form.locator("[data-ui=resume-filename]")
                .filter(new Locator.FilterOptions().setHasText(resume.getFileName().toString()))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        Map<String, String> parsed = textValues();
        filled.forEach((id, value) -> {
            if (!value.equals(parsed.get(id))) {
                control(id).fill(value);
            }
        });
    }

    @Override
    public String answer(FormQuestion question, ResolvedAnswer answer) {
        switch (question.type()) {
            case TEXT:
            case TEXTAREA:
                Locator control = control(question.fieldName());
                control.fill(answer.value());
                return control.inputValue();
            case YES_NO:
            case SELECT:
                option(question, answer.value()).check();
                return answer.value();
            case MULTI_SELECT:
                for (String choice : answer.choices()) {
                    option(question, choice).check();
                }
                return answer.value();
            default:
                throw new IllegalArgumentException("A " + question.type() + " question cannot be answered with text");
        }
    }

    @Override
    public SubmitResult submit(Duration timeout) {
        acceptCookies();
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit application")).click();
        page.locator(String.join(", ", SUCCESS, FORM_ERROR, FIELD_ERROR, CHALLENGE)).first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(timeout.toMillis()));
        if (page.locator(SUCCESS).count() > 0) {
            return new SubmitResult.Confirmed(page.url());
        }
        if (page.locator(CHALLENGE).count() > 0) {
            return new SubmitResult.Blocked("Cloudflare asked to verify that a person, not a program, is applying.");
        }
        List<String> messages = new ArrayList<>();
        if (page.locator(FORM_ERROR).count() > 0) {
            String banner = page.locator(FORM_ERROR).first().innerText().trim();
            if (banner.toLowerCase(Locale.ROOT).contains("already applied")) {
                return new SubmitResult.AlreadyApplied(banner);
            }
            messages.add(banner);
        }
        for (Locator error : page.locator(FIELD_ERROR).all()) {
            Locator field = error.locator("xpath=ancestor::*[@data-field][1]");
            Locator label = field.locator("label[for], legend").first();
            messages.add(label.innerText().replace("*", "").trim() + ": " + error.innerText().trim());
        }
        return new SubmitResult.Rejected(messages);
    }

    /** A person can pass Cloudflare's Turnstile challenge in the window; the page then sends the application again. */
    @Override
    public boolean letsCandidateFinish() {
        return true;
    }

    @Override
    public Optional<SubmitResult.Confirmed> awaitConfirmation(Duration timeout) {
        return PageReads.confirmationShown(page.locator(SUCCESS), timeout);
    }

    /** Accepts the cookie banner when it shows: it lies over the form and takes its clicks. */
    private void acceptCookies() {
        Locator accept = page.locator("button[data-ui=cookie-consent-accept]");
        if (accept.count() > 0 && accept.isVisible()) {
            accept.click();
            accept.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        }
    }

    private Map<String, String> textValues() {
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) form.evaluate(TEXT_VALUES);
        return values;
    }

    /** The input or textarea whose id is the field name. */
    private Locator control(String fieldName) {
        return form.locator("[id='" + fieldName + "']");
    }

    /** The option of a choice question, by its label inside the question's fieldset. */
    private Locator option(FormQuestion question, String text) {
        return form.locator("fieldset[data-ui='" + question.fieldName() + "']")
                .getByLabel(text, new Locator.GetByLabelOptions().setExact(true));
    }
}
