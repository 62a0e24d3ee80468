package io.applydesk.automation.ats.bamboohr;

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

/**
 * Page object of a BambooHR opening ({@code {company}.bamboohr.com/careers/{id}}, ATS-REFERENCE.md §7): the
 * application form opens below the posting on "Apply for This Job"; each field is a {@code fab-FormField} with
 * its label and a named control ({@code firstName}, {@code dateAvailable}, {@code customQuestions[id]}…), yes/no
 * questions are radio groups, the {@code resume} file input is hidden behind a "Choose File" button. The verdict
 * shows on the same page: "Application Submitted!", or an error banner with field errors.
 *
 * <p>Bound to one page on one worker thread.
 */
public final class BambooHrApplicationPage implements ApplicationForm {
    private static final String RESUME = "resume";
    private static final String CONFIRMATION = ".CareersApplication__confirmation";
    private static final String ERROR_BANNER = ".fab-Toast--error";

    /** Every form field in one round trip; the name comes from the control, the label without its asterisk. */
    private static final String READ_QUESTIONS = """
            form => [...form.querySelectorAll('.fab-FormField')].map(field => {
              const control = field.querySelector('[name]');
              const labelElement = field.querySelector('.fab-Label').cloneNode(true);
              labelElement.querySelectorAll('.fab-Label__required').forEach(mark => mark.remove());
              const name = control.getAttribute('name');
              const q = { label: labelElement.textContent.replace(/\\s+/g, ' ').trim(), fieldName: name,
                required: !!field.querySelector('.fab-Label__required') || control.getAttribute('aria-required') === 'true',
                section: name.startsWith('customQuestions[') ? 'CUSTOM' : 'STANDARD', options: [], placeholder: null };
              const radios = [...field.querySelectorAll('input[type=radio]')];
              if (radios.length) {
                const options = radios.map(r => field.querySelector(`label[for="${CSS.escape(r.id)}"]`).textContent.trim());
                const yesNo = options.length === 2 && options.every(o => /^(yes|no)$/i.test(o));
                Object.assign(q, { type: yesNo ? 'YES_NO' : 'SELECT', options });
              } else if (control.tagName === 'SELECT') {
                Object.assign(q, { type: 'SELECT', options: [...control.options].filter(o => o.value !== '').map(o => o.text.trim()) });
              } else if (control.type === 'file') {
                q.type = 'FILE';
              } else {
                Object.assign(q, { type: control.tagName === 'TEXTAREA' ? 'TEXTAREA' : 'TEXT',
                  placeholder: control.getAttribute('placeholder') });
              }
              return q;
            })
            """;

    private final Page page;
    private final Locator form;

    public BambooHrApplicationPage(Page page) {
        this.page = page;
        this.form = page.locator("form[data-bhr-form=careers-application]");
    }

    /** The opening's {@code h1}; the company from the careers site's {@code og:site_name}. */
    @Override
    public Optional<PostingHeader> postingHeader() {
        Locator siteName = page.locator("meta[property='og:site_name']");
        String company = siteName.count() == 0 ? null : siteName.first().getAttribute("content");
        return PageReads.header(PageReads.firstText(page.locator("h1")),
                company == null || company.isBlank() ? null : company.strip());
    }

    /** Every field but the resume, which {@link #uploadResume} attaches; opens the form first. */
    @Override
    public List<FormQuestion> questions() {
        openForm();
        return PageReads.questions(form, READ_QUESTIONS).stream()
                .filter(q -> !RESUME.equals(q.fieldName()))
                .toList();
    }

    /** Sets the file on the hidden {@code resume} input and waits until the form shows its name. */
    @Override
    public void uploadResume(Path resume) {
        openForm();
        Locator field = field(RESUME);
        field.locator("input[type=file]").setInputFiles(resume);
        field.getByText(resume.getFileName().toString(), new Locator.GetByTextOptions().setExact(true))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    }

    @Override
    public String answer(FormQuestion question, ResolvedAnswer answer) {
        Locator field = field(question.fieldName());
        switch (question.type()) {
            case TEXT:
            case TEXTAREA:
                control(question.fieldName()).fill(answer.value());
                return answer.value();
            case SELECT:
            case YES_NO:
                Locator select = field.locator("select");
                if (select.count() > 0) {
                    select.selectOption(new SelectOption().setLabel(answer.value()));
                } else {
                    field.getByLabel(answer.value(), new Locator.GetByLabelOptions().setExact(true)).check();
                }
                return answer.value();
            default:
                throw new IllegalArgumentException("A " + question.type() + " question cannot be answered with text");
        }
    }

    @Override
    public SubmitResult submit(Duration timeout) {
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit Application")).click();
        page.locator(CONFIRMATION + ":visible, " + ERROR_BANNER + ":visible").first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(timeout.toMillis()));
        if (page.locator(CONFIRMATION).isVisible()) {
            return new SubmitResult.Confirmed(page.url());
        }
        String banner = page.locator(ERROR_BANNER).innerText().replaceAll("\\s+", " ").trim();
        String lower = banner.toLowerCase(Locale.ROOT);
        if (lower.contains("already applied")) {
            return new SubmitResult.AlreadyApplied(banner);
        }
        if (lower.contains("captcha") || lower.contains("robot")) {
            return new SubmitResult.Blocked(banner);
        }
        List<String> messages = new ArrayList<>();
        messages.add(banner);
        for (Locator error : form.locator(".fab-FormField__error:visible").all()) {
            Locator label = error.locator("xpath=..").locator(".fab-Label").first();
            messages.add(label.innerText().replace("*", "").trim() + ": " + error.innerText().trim());
        }
        return new SubmitResult.Rejected(messages);
    }

    /** A person can tick the reCAPTCHA challenge the page shows with its banner, then submit again. */
    @Override
    public boolean letsCandidateFinish() {
        return true;
    }

    @Override
    public Optional<SubmitResult.Confirmed> awaitConfirmation(Duration timeout) {
        return PageReads.confirmationShown(page.locator(CONFIRMATION), timeout);
    }

    /** Clicks "Apply for This Job" when the form is still folded away below the posting. */
    private void openForm() {
        if (!form.isVisible()) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply for This Job")).click();
            form.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        }
    }

    /** The {@code fab-FormField} holding the control named {@code name}. */
    private Locator field(String name) {
        return form.locator(".fab-FormField:has(" + byName(name) + ")");
    }

    private Locator control(String name) {
        return form.locator(byName(name));
    }

    private static String byName(String name) {
        return "[name='" + name.replace("'", "\\'") + "']";
    }
}
