package io.applydesk.automation.ats.greenhouse;

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
 * Page object of the classic Greenhouse application form (boards.greenhouse.io, ATS-REFERENCE.md
 * §1.2): contact fields, the resume uploaded through the separate hidden {@code #s3_upload_for_resume}
 * form, custom questions ({@code job_application[answers_attributes][N][…]}), the EEOC section, GDPR
 * consent, the {@code #submit_app} button and the {@code #application_confirmation} page.
 *
 * <p>Buttons are found by role and name. Questions are filled by their Rails field {@code name}: the
 * labels are read for answering, but they wrap their controls and repeat across sections ("Gender"
 * as a custom question and in the EEO block), while the names are what Greenhouse posts.
 *
 * <p>Bound to one page on one worker thread.
 */
public final class GreenhouseClassicApplicationPage implements ApplicationForm {
    static final String FORM = "form#application_form";
    private static final String LOCATION_NAME = "job_application[location]";
    private static final String COVER_LETTER_TEXT = "job_application[cover_letter_text]";

    /**
     * Reads every visible question of the form in one round trip: label (own text, without the
     * asterisk and nested controls), field name, kind, options (without the empty placeholder),
     * required flag and section. Multi-selects are named by their {@code answers_attributes[N]} prefix.
     * Fields inside {@code [hidden]} containers (the race question until "No" is chosen) are left out.
     */
    private static final String READ_QUESTIONS = """
            form => {
              const shown = el => !el.closest('[hidden]') && el.getClientRects().length > 0;
              const ownText = el => {
                const copy = el.cloneNode(true);
                copy.querySelectorAll('select, input, textarea, ul, .asterisk').forEach(n => n.remove());
                return copy.textContent.replace(/\\s+/g, ' ').trim();
              };
              const questions = [];
              for (const field of form.querySelectorAll('div.field')) {
                if (!shown(field) || field.id === 'resume_fieldset') continue;
                const label = field.querySelector('label');
                const required = !!field.querySelector('.asterisk, [aria-required=true]')
                    || field.querySelector('.attach-or-paste')?.dataset.required === 'true';
                const section = field.closest('#eeoc_fields') ? 'VOLUNTARY_SELF_ID'
                    : field.closest('#data_compliance') || field.querySelector('#data_compliance') ? 'CONSENT'
                    : field.closest('#main_fields') ? 'STANDARD' : 'CUSTOM';
                const q = { label: label ? ownText(label) : '', required, section, options: [] };
                const boxes = field.querySelectorAll('input[type=checkbox]');
                const select = field.querySelector('select');
                if (field.id === 'cover_letter_fieldset') {
                  Object.assign(q, { type: 'TEXTAREA', fieldName: field.querySelector('textarea').name });
                } else if (boxes.length > 1) {
                  Object.assign(q, { type: 'MULTI_SELECT',
                    fieldName: boxes[0].name.replace(/\\[answer_selected_options_attributes\\].*$/, ''),
                    options: [...boxes].map(b => ownText(b.closest('label'))) });
                } else if (boxes.length === 1) {
                  Object.assign(q, { type: 'CHECKBOX', fieldName: boxes[0].name });
                } else if (select) {
                  Object.assign(q, { type: /\\[boolean_value\\]$/.test(select.name) ? 'YES_NO' : 'SELECT',
                    fieldName: select.name,
                    options: [...select.options].filter(o => o.value !== '').map(o => o.text.trim()) });
                } else {
                  const input = field.querySelector('textarea, input:not([type=hidden])');
                  if (!input) continue;
                  Object.assign(q, { type: input.tagName === 'TEXTAREA' ? 'TEXTAREA' : 'TEXT', fieldName: input.name });
                }
                questions.push(q);
              }
              return questions;
            }
            """;

    private final Page page;
    private final Locator form;
    private final Locator resumeFileInput;
    private final Locator resumeFilename;
    private final Locator coverLetterFieldset;
    private final Locator submitButton;
    private final Locator confirmation;
    private final Locator errorBanner;
    private final Locator fieldErrors;
    private final Locator locationSuggestions;

    public GreenhouseClassicApplicationPage(Page page) {
        this.page = page;
        this.form = page.locator(FORM);
        // WHY: the visible "Attach" button opens a file chooser; the real input sits in a separate hidden form.
        this.resumeFileInput = page.locator("form#s3_upload_for_resume input[type=file]");
        this.resumeFilename = page.locator("#resume_chosen:not([hidden]) #resume_filename");
        this.coverLetterFieldset = page.locator("#cover_letter_fieldset");
        this.submitButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit Application"));
        this.confirmation = page.locator("#application_confirmation");
        this.errorBanner = page.locator("#error_flash");
        this.fieldErrors = page.locator(".field_with_errors");
        this.locationSuggestions = page.locator("#location_autocomplete-items-popup [role=option], "
                + "#location_autocomplete-items-popup li");
    }

    /** Classic boards head the page with {@code h1.app-title} and {@code span.company-name} ("at Acme"). */
    @Override
    public Optional<PostingHeader> postingHeader() {
        String title = PageReads.firstText(page.locator("h1.app-title"));
        String company = PageReads.firstText(page.locator(".company-name"));
        if (company != null && company.toLowerCase(Locale.ROOT).startsWith("at ")) {
            company = company.substring(3).strip();
        }
        return PageReads.header(title, company);
    }

    @Override
    public List<FormQuestion> questions() {
        return PageReads.questions(form, READ_QUESTIONS);
    }

    /** Sets the file on the hidden upload form, then waits for the filename chip the page shows after the upload. */
    @Override
    public void uploadResume(Path resume) {
        resumeFileInput.setInputFiles(resume);
        resumeFilename.filter(new Locator.FilterOptions().setHasText(resume.getFileName().toString()))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    }

    @Override
    public String answer(FormQuestion question, ResolvedAnswer answer) {
        String name = question.fieldName();
        switch (question.type()) {
            case TEXT:
            case TEXTAREA:
                if (LOCATION_NAME.equals(name)) {
                    return fillLocation(answer.value());
                }
                if (COVER_LETTER_TEXT.equals(name)) {
                    enterCoverLetter(answer.value());
                } else {
                    field(name).fill(answer.value());
                }
                return answer.value();
            case SELECT:
            case YES_NO:
                field(name).selectOption(new SelectOption().setLabel(answer.value()));
                return answer.value();
            case MULTI_SELECT:
                Locator boxes = form.locator("div.field:has([name^='" + name + "'])");
                for (String choice : answer.choices()) {
                    boxes.getByLabel(choice, new Locator.GetByLabelOptions().setExact(true)).check();
                }
                return answer.value();
            case CHECKBOX:
                field(name).check();
                return answer.value();
            default:
                throw new IllegalArgumentException("A " + question.type() + " question cannot be answered with text");
        }
    }

    @Override
    public SubmitResult submit(Duration timeout) {
        submitButton.click();
        page.locator("#application_confirmation, #error_flash:not([hidden]), .field_with_errors").first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE)
                        .setTimeout(timeout.toMillis()));
        if (confirmation.isVisible()) {
            return new SubmitResult.Confirmed(page.url());
        }
        List<String> messages = new ArrayList<>();
        if (errorBanner.isVisible()) {
            messages.add(errorBanner.innerText().trim());
        }
        for (Locator error : fieldErrors.all()) {
            String label = error.locator("label").first().innerText().replace("*", "").trim();
            String message = error.locator(".field-error-msg").count() > 0
                    ? error.locator(".field-error-msg").first().innerText().trim() : "This field is required";
            messages.add(label + ": " + message);
        }
        return new SubmitResult.Rejected(messages);
    }

    private Locator field(String name) {
        return form.locator("[name='" + name + "']");
    }

    /**
     * Types the city into the location autocomplete and picks the suggestion that matches the whole
     * location (else the first one for that city), as a person would; the page then fills latitude
     * and longitude. Returns the location as the page now holds it.
     */
    private String fillLocation(String location) {
        Locator input = field(LOCATION_NAME);
        String city = location.split(",")[0].trim();
        input.fill(city);
        locationSuggestions.first().waitFor();
        String wanted = location.toLowerCase(Locale.ROOT);
        Locator pick = locationSuggestions.first();
        for (Locator suggestion : locationSuggestions.all()) {
            if (suggestion.innerText().trim().toLowerCase(Locale.ROOT).equals(wanted)) {
                pick = suggestion;
                break;
            }
        }
        pick.click();
        return input.inputValue();
    }

    /** "Enter manually" reveals the cover letter text area. */
    private void enterCoverLetter(String text) {
        coverLetterFieldset.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enter manually")).click();
        field(COVER_LETTER_TEXT).fill(text);
    }
}
