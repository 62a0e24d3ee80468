package io.applydesk.automation.ats.recruitee;

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
 * Page object of a Recruitee careers site's application form (ATS-REFERENCE.md §8): the form that posts to
 * {@code /api/offers/{slug}/candidates}, with {@code candidate[…]} fields (which ones depends on the offer's
 * options), the hidden {@code candidate[cv]} file input and open questions named
 * {@code candidate[open_question_answers_attributes][i][content]}. Fields are found by their {@code name} and
 * labels; the verdict shows at the same URL: the thank-you state, or the 422 errors (a banner and errors under
 * fields). A "try again" message after a server error is no verdict. Bound to one page on one worker thread.
 */
public final class RecruiteeApplicationPage implements ApplicationForm {
    private static final String SUCCESS = ".application-thank-you";
    private static final String FORM_ALERT = "form .form-alert:not([hidden])";
    private static final String FIELD_ERROR = "form .field-error";

    /**
     * Reads every field block in one round trip: the label or legend without the required mark, the control's
     * name, the kind (radios Yes/No are a yes/no question) and the required flag; the CV is left out.
     */
    private static final String READ_QUESTIONS = """
            form => [...form.querySelectorAll('[data-field]')].flatMap(field => {
              const clean = t => t.replace(/\\*/g, '').replace(/\\s+/g, ' ').trim();
              const custom = field.dataset.field.startsWith('open_question_');
              const base = { section: custom ? 'CUSTOM' : 'STANDARD', placeholder: null };
              if (field.tagName === 'FIELDSET') {
                const radios = [...field.querySelectorAll('input[type=radio]')];
                const options = radios.map(r => clean(r.closest('label').textContent));
                const yesNo = options.length === 2 && options.every(o => /^(yes|no)$/i.test(o));
                return [Object.assign(base, { label: clean(field.querySelector('legend').textContent),
                  fieldName: radios[0].name, type: yesNo ? 'YES_NO' : 'SELECT', options,
                  required: field.getAttribute('aria-required') === 'true' })];
              }
              const control = field.querySelector('input, textarea, select');
              if (!control || control.type === 'file') return [];
              const select = control.tagName === 'SELECT';
              return [Object.assign(base, { label: clean(field.querySelector('label').textContent),
                fieldName: control.name,
                type: select ? 'SELECT' : (control.tagName === 'TEXTAREA' ? 'TEXTAREA' : 'TEXT'),
                options: select ? [...control.options].filter(o => o.value !== '').map(o => o.text.trim()) : [],
                required: control.required })];
            })
            """;

    private final Page page;
    private final Locator form;

    public RecruiteeApplicationPage(Page page) {
        this.page = page;
        this.form = page.locator("form.application-form");
    }

    /** The offer's {@code h1} and the careers site's company name. */
    @Override
    public Optional<PostingHeader> postingHeader() {
        return PageReads.header(PageReads.firstText(page.locator("h1")),
                PageReads.firstText(page.locator(".careers-header .company-name")));
    }

    /** Every field but the CV, which {@link #uploadResume} attaches. */
    @Override
    public List<FormQuestion> questions() {
        return PageReads.questions(form, READ_QUESTIONS);
    }

    /** Sets the file on the hidden CV input and waits until the drop zone shows its name (it is sent with the form). */
    @Override
    public void uploadResume(Path resume) {
        form.locator("input[type=file][name='candidate[cv]']").setInputFiles(resume);
        form.locator("[data-cv-filename]").filter(new Locator.FilterOptions().setHasText(resume.getFileName().toString()))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    }

    @Override
    public String answer(FormQuestion question, ResolvedAnswer answer) {
        Locator control = form.locator("[name='" + question.fieldName() + "']");
        switch (question.type()) {
            case TEXT:
            case TEXTAREA:
                control.fill(answer.value());
                return control.inputValue();
            case SELECT:
            case YES_NO:
                if ("radio".equals(control.first().getAttribute("type"))) {
                    form.locator("fieldset:has([name='" + question.fieldName() + "'])")
                            .getByLabel(answer.value(), new Locator.GetByLabelOptions().setExact(true)).check();
                } else {
                    control.selectOption(new SelectOption().setLabel(answer.value()));
                }
                return answer.value();
            default:
                throw new IllegalArgumentException("A " + question.type() + " question cannot be answered with text");
        }
    }

    @Override
    public SubmitResult submit(Duration timeout) {
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit application")).click();
        page.locator(String.join(", ", SUCCESS, FORM_ALERT, FIELD_ERROR)).first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(timeout.toMillis()));
        if (page.locator(SUCCESS).count() > 0) {
            return new SubmitResult.Confirmed(page.url());
        }
        List<String> messages = new ArrayList<>();
        if (page.locator(FORM_ALERT).count() > 0) {
            String banner = page.locator(FORM_ALERT).first().innerText().trim();
            if (banner.toLowerCase(Locale.ROOT).contains("already applied")) {
                return new SubmitResult.AlreadyApplied(banner);
            }
            messages.add(banner);
        }
        for (Locator error : page.locator(FIELD_ERROR).all()) {
            Locator field = error.locator("xpath=ancestor::*[@data-field][1]");
            String label = field.locator("label, legend").first().innerText().replace("*", "").trim();
            messages.add(label + " " + error.innerText().trim());
        }
        return new SubmitResult.Rejected(messages);
    }
}
