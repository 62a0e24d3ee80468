package io.applydesk.automation.ats.ashby;

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
import io.applydesk.core.answer.ResolvedAnswer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Page object of Ashby's application form (ATS-REFERENCE.md §3.2), rendered by React into
 * {@code .ashby-application-form-container}: field entries whose {@code label[for]} names the field path
 * ({@code _systemfield_…} or an employer question's UUID), the location autocomplete whose value only counts
 * when a suggestion is picked, the 1px-clipped {@code input#_systemfield_resume} (not the "Autofill from resume"
 * pane's input), Yes/No buttons, radio and checkbox groups, dropdowns. The verdict replaces the form at the
 * same URL: success, failure (a reCAPTCHA score failure means the browser was blocked) or "already applied".
 *
 * <p>Only the stable {@code ashby-*} classes, labels and roles are used, never the hashed CSS-module
 * classes (except the documented {@code _required}/{@code _error} prefixes). Bound to one page on one worker thread.
 */
public final class AshbyApplicationPage implements ApplicationForm {
    private static final String RESUME_PATH = "_systemfield_resume";
    private static final String LOCATION_PATH = "_systemfield_location";
    private static final String SUCCESS = ".ashby-application-form-success-container";
    private static final String FAILURE = ".ashby-application-form-failure-container";
    private static final String BLOCKED = ".ashby-application-form-blocked-application-container";
    private static final String FIELD_ERROR = ".ashby-application-form-field-entry [class*=_error]:not([hidden])";

    /**
     * Reads every field entry in one round trip: the title's own text (without the required asterisk),
     * the path from {@code label[for]}, the kind from the control, options and the required flag.
     */
    private static final String READ_QUESTIONS = """
            container => [...container.querySelectorAll('.ashby-application-form-field-entry')].map(entry => {
              const title = entry.querySelector('.ashby-application-form-question-title');
              const path = title.getAttribute('for');
              const texts = nodes => [...nodes].map(n => n.textContent.replace(/\\s+/g, ' ').trim());
              const q = { label: title.textContent.replace(/\\*/g, '').replace(/\\s+/g, ' ').trim(), fieldName: path,
                required: /(^|\\s)_required/.test(title.className),
                section: path.startsWith('_systemfield_') ? 'STANDARD' : 'CUSTOM', options: [], placeholder: null };
              const select = entry.querySelector('.ashby-application-form-input-dropdown-select select');
              const input = entry.querySelector('textarea, input:not([type=file])');
              if (entry.querySelector('input[type=file]')) {
                q.type = 'FILE';
              } else if (entry.querySelector('.ashby-application-form-input-yesno')) {
                Object.assign(q, { type: 'YES_NO', options: texts(entry.querySelectorAll('.ashby-application-form-input-yesno button')) });
              } else if (entry.querySelector('.ashby-application-form-input-radio-group-option')) {
                Object.assign(q, { type: 'SELECT', options: texts(entry.querySelectorAll('.ashby-application-form-input-radio-group-option label')) });
              } else if (entry.querySelector('.ashby-application-form-input-checkbox-group-option')) {
                Object.assign(q, { type: 'MULTI_SELECT', options: texts(entry.querySelectorAll('.ashby-application-form-input-checkbox-group-option label')) });
              } else if (select) {
                Object.assign(q, { type: 'SELECT', options: [...select.options].filter(o => o.value !== '').map(o => o.text.trim()) });
              } else {
                Object.assign(q, { type: input && input.tagName === 'TEXTAREA' ? 'TEXTAREA' : 'TEXT',
                  placeholder: input ? input.getAttribute('placeholder') : null });
              }
              return q;
            })
            """;

    private final Page page;
    private final Locator container;

    public AshbyApplicationPage(Page page) {
        this.page = page;
        this.container = page.locator(".ashby-application-form-container");
    }

    /** The posting's {@code h1}; the company from the document title "Title @ Company". */
    @Override
    public Optional<PostingHeader> postingHeader() {
        Locator heading = page.locator("h1");
        String title = heading.count() == 0 ? null : blankToNull(heading.first().textContent());
        String documentTitle = page.title();
        int at = documentTitle.lastIndexOf(" @ ");
        String company = at < 0 ? null : blankToNull(documentTitle.substring(at + 3));
        return title == null && company == null ? Optional.empty() : Optional.of(new PostingHeader(title, company));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Every field but the resume, which {@link #uploadResume} attaches. */
    @Override
    public List<FormQuestion> questions() {
        return PageReads.questions(container, READ_QUESTIONS).stream()
                .filter(q -> !RESUME_PATH.equals(q.fieldName()))
                .collect(Collectors.toList());
    }

    /**
     * Sets the file on the resume field's hidden input (not the autofill pane's), then waits until the
     * dropzone shows the file name: the upload goes through an upload handle first.
     */
    @Override
    public void uploadResume(Path resume) {
        Locator entry = entry(RESUME_PATH);
        entry.locator("input#" + RESUME_PATH + "[type=file]").setInputFiles(resume);
        entry.getByText(resume.getFileName().toString(), new Locator.GetByTextOptions().setExact(true))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    }

    @Override
    public String answer(FormQuestion question, ResolvedAnswer answer) {
        Locator entry = entry(question.fieldName());
        switch (question.type()) {
            case TEXT:
            case TEXTAREA:
                if (LOCATION_PATH.equals(question.fieldName())) {
                    return pickLocation(entry, answer.value());
                }
                control(question.fieldName()).fill(answer.value());
                return answer.value();
            case YES_NO:
                // WHY no check of aria-pressed afterwards: the live site is not known to set it (ATS-REFERENCE §3.2).
                entry.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(answer.value()).setExact(true))
                        .click();
                return answer.value();
            case SELECT:
                Locator dropdown = entry.locator(".ashby-application-form-input-dropdown-select select");
                if (dropdown.count() > 0) {
                    dropdown.selectOption(new SelectOption().setLabel(answer.value()));
                } else {
                    entry.getByLabel(answer.value(), new Locator.GetByLabelOptions().setExact(true)).check();
                }
                return answer.value();
            case MULTI_SELECT:
                for (String choice : answer.choices()) {
                    entry.getByLabel(choice, new Locator.GetByLabelOptions().setExact(true)).check();
                }
                return answer.value();
            default:
                throw new IllegalArgumentException("A " + question.type() + " question cannot be answered with text");
        }
    }

    @Override
    public SubmitResult submit(Duration timeout) {
        container.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit Application")).click();
        page.locator(String.join(", ", SUCCESS, FAILURE, BLOCKED, FIELD_ERROR)).first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(timeout.toMillis()));
        if (page.locator(SUCCESS).count() > 0) {
            return new SubmitResult.Confirmed(page.url());
        }
        if (page.locator(BLOCKED).count() > 0) {
            return new SubmitResult.AlreadyApplied(text(page.locator(BLOCKED)));
        }
        if (page.locator(FAILURE).count() > 0) {
            String failure = text(page.locator(FAILURE));
            String lower = failure.toLowerCase(Locale.ROOT);
            // WHY: Ashby's score-based reCAPTCHA judged the browser, not the answers.
            return lower.contains("recaptcha") || lower.contains("spam")
                    ? new SubmitResult.Blocked(failure) : new SubmitResult.Rejected(List.of(failure));
        }
        List<String> messages = new ArrayList<>();
        for (Locator error : page.locator(FIELD_ERROR).all()) {
            Locator entry = error.locator("xpath=ancestor::div[contains(@class,'ashby-application-form-field-entry')]");
            String label = entry.locator(".ashby-application-form-question-title").first().innerText().replace("*", "").trim();
            messages.add(label + ": " + error.innerText().trim());
        }
        return new SubmitResult.Rejected(messages);
    }

    /**
     * Types the city and picks the suggestion naming the whole location (else the first for that city):
     * Ashby ignores typed text that is not a picked suggestion. Returns the location the form now holds.
     */
    private String pickLocation(Locator entry, String location) {
        Locator input = control(LOCATION_PATH);
        Locator suggestions = entry.locator(".ashby-application-form-input-autocomplete-popup-result");
        input.fill(location.split(",")[0].trim());
        suggestions.first().waitFor();
        Locator pick = suggestions.first();
        for (Locator suggestion : suggestions.all()) {
            if (suggestion.innerText().trim().equalsIgnoreCase(location.trim())) {
                pick = suggestion;
                break;
            }
        }
        pick.click();
        return input.inputValue();
    }

    /** The field entry whose title labels {@code path}. */
    private Locator entry(String path) {
        return container.locator(".ashby-application-form-field-entry:has(> label.ashby-application-form-question-title[for='"
                + path + "'])");
    }

    /** The input or textarea whose id is the path (UUID ids start with a digit, so no {@code #id} selector). */
    private Locator control(String path) {
        return container.locator("[id='" + path + "']");
    }

    private static String text(Locator locator) {
        return locator.first().innerText().replaceAll("\\s+", " ").trim();
    }
}
