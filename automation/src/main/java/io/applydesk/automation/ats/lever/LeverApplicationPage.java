package io.applydesk.automation.ats.lever;

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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Page object of Lever's application form (ATS-REFERENCE.md §2.2): {@code li.application-question} rows
 * with {@code div.application-label}, the single full-name field, custom cards
 * ({@code cards[{id}][field{N}]}, choices submitted as option text), the EEO selects, consent boxes, the
 * hidden resume input that the server parses, and the JS-driven submit behind an invisible hCaptcha.
 *
 * <p>Lever's resume parser overwrites the contact fields when a resume is attached; the engine fills
 * before it uploads, so {@link #uploadResume} puts back what the candidate approved (and clears what the
 * parser guessed for fields the candidate left blank): what is sent is exactly what was recorded.
 *
 * <p>Bound to one page on one worker thread.
 */
public final class LeverApplicationPage implements ApplicationForm {
    static final String FORM = "form#application-form";
    /** The contact fields Lever's resume parser fills in. */
    private static final List<String> AUTOFILLED = List.of("name", "email", "phone", "org");
    private static final String LOCATION = "location";

    /**
     * Reads every question row in one round trip: label (without the "✱"), field name, kind, options,
     * required flag and section. Radios with exactly Yes and No are YES_NO questions.
     */
    private static final String READ_QUESTIONS = """
            form => {
              const ownText = el => {
                const copy = el.cloneNode(true);
                copy.querySelectorAll('.required').forEach(n => n.remove());
                return copy.textContent.replace(/\\s+/g, ' ').trim();
              };
              const questions = [];
              for (const row of form.querySelectorAll('li.application-question')) {
                if (row.classList.contains('resume') || row.getClientRects().length === 0) continue;
                const label = row.querySelector('.application-label');
                const q = { label: label ? ownText(label) : '', required: !!row.querySelector('.required'),
                  section: row.closest('.eeo-section') ? 'VOLUNTARY_SELF_ID'
                    : row.closest('.application-consent') ? 'CONSENT'
                    : row.closest('.custom-card') ? 'CUSTOM' : 'STANDARD', options: [] };
                const radios = row.querySelectorAll('input[type=radio]');
                const boxes = row.querySelectorAll('input[type=checkbox]');
                const select = row.querySelector('select');
                const optionTexts = inputs => [...inputs].map(i => i.closest('label').textContent.trim());
                if (radios.length) {
                  const options = optionTexts(radios);
                  const yesNo = options.length === 2 && options.includes('Yes') && options.includes('No');
                  Object.assign(q, { type: yesNo ? 'YES_NO' : 'SELECT', fieldName: radios[0].name, options });
                } else if (boxes.length > 1) {
                  Object.assign(q, { type: 'MULTI_SELECT', fieldName: boxes[0].name, options: optionTexts(boxes) });
                } else if (boxes.length === 1) {
                  Object.assign(q, { type: 'CHECKBOX', fieldName: boxes[0].name });
                } else if (select) {
                  Object.assign(q, { type: 'SELECT', fieldName: select.name,
                    options: [...select.options].filter(o => o.value !== '').map(o => o.text.trim()) });
                } else {
                  const input = row.querySelector('textarea, input:not([type=hidden]):not([type=file])');
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
    private final Locator resumeInput;
    private final Locator resumeSuccess;
    private final Locator submitButton;
    private final Locator success;
    private final Locator challenge;
    private final Locator alreadyReceived;
    private final Locator errorBanner;
    private final Locator locationSuggestions;
    /** What this page object typed into each text field, to restore it after the resume parser's autofill. */
    private final Map<String, String> typed = new HashMap<>();

    public LeverApplicationPage(Page page) {
        this.page = page;
        this.form = page.locator(FORM);
        // WHY: the visible "Attach resume/CV" button opens a file chooser for this hidden input.
        this.resumeInput = page.locator("#resume-upload-input");
        this.resumeSuccess = page.locator(".resume-upload-success .filename");
        this.submitButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit application"));
        this.success = page.locator("[data-qa=msg-submit-success]");
        this.challenge = page.locator(".h-captcha-challenge, iframe[title*='hCaptcha challenge']");
        this.alreadyReceived = page.locator(".application-already-received");
        this.errorBanner = page.locator(".application-error");
        this.locationSuggestions = page.locator(".dropdown-results [role=option]");
    }

    /** The headline's {@code h2} and the company from the header logo's alt text ("Acme logo"). */
    @Override
    public Optional<PostingHeader> postingHeader() {
        Locator heading = page.locator(".posting-headline h2");
        String title = heading.count() == 0 ? null : heading.first().textContent().strip();
        Locator logo = page.locator(".main-header-logo img[alt]");
        String company = logo.count() == 0 ? null : logo.first().getAttribute("alt").strip();
        if (company != null && company.toLowerCase(Locale.ROOT).endsWith(" logo")) {
            company = company.substring(0, company.length() - " logo".length()).strip();
        }
        title = title == null || title.isEmpty() ? null : title;
        company = company == null || company.isEmpty() ? null : company;
        return PageReads.header(title, company);
    }

    @Override
    public List<FormQuestion> questions() {
        return PageReads.questions(form, READ_QUESTIONS);
    }

    /**
     * Sets the hidden input, waits for the parser's success span with the file name (the hidden
     * {@code resumeStorageId} is filled at the same moment), then restores the contact fields.
     */
    @Override
    public void uploadResume(Path resume) {
        resumeInput.setInputFiles(resume);
        resumeSuccess.filter(new Locator.FilterOptions().setHasText(resume.getFileName().toString()))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        for (String name : AUTOFILLED) {
            field(name).fill(typed.getOrDefault(name, ""));
        }
    }

    @Override
    public String answer(FormQuestion question, ResolvedAnswer answer) {
        String name = question.fieldName();
        switch (question.type()) {
            case TEXT:
            case TEXTAREA:
                String value = LOCATION.equals(name) ? fillLocation(answer.value()) : fill(name, answer.value());
                typed.put(name, value);
                return value;
            case SELECT:
            case YES_NO:
                Locator control = field(name);
                if ("radio".equals(control.first().getAttribute("type"))) {
                    row(name).getByLabel(answer.value(), new Locator.GetByLabelOptions().setExact(true)).check();
                } else {
                    control.selectOption(new SelectOption().setLabel(answer.value()));
                }
                return answer.value();
            case MULTI_SELECT:
                for (String choice : answer.choices()) {
                    row(name).getByLabel(choice, new Locator.GetByLabelOptions().setExact(true)).check();
                }
                return answer.value();
            case CHECKBOX:
                field(name).check();
                return answer.value();
            default:
                throw new IllegalArgumentException("A " + question.type() + " question cannot be answered with text");
        }
    }

    /** Clicks submit; the page runs the invisible hCaptcha, posts the form and lands on {@code …/thanks}. */
    @Override
    public SubmitResult submit(Duration timeout) {
        submitButton.click();
        page.locator("[data-qa=msg-submit-success], .h-captcha-challenge, iframe[title*='hCaptcha challenge'], "
                        + ".application-already-received, .application-error").first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE)
                        .setTimeout(timeout.toMillis()));
        if (success.isVisible()) {
            return new SubmitResult.Confirmed(page.url());
        }
        if (challenge.first().isVisible()) {
            return new SubmitResult.Blocked("Lever showed an hCaptcha challenge instead of accepting the form.");
        }
        if (alreadyReceived.isVisible()) {
            return new SubmitResult.AlreadyApplied(alreadyReceived.innerText().trim());
        }
        List<String> messages = new ArrayList<>();
        for (Locator item : errorBanner.locator("li").all()) {
            messages.add(item.innerText().trim());
        }
        return new SubmitResult.Rejected(messages.isEmpty() ? List.of(errorBanner.innerText().trim()) : messages);
    }

    /** A person can solve the hCaptcha challenge; the page then posts the form itself. */
    @Override
    public boolean letsCandidateFinish() {
        return true;
    }

    @Override
    public Optional<SubmitResult.Confirmed> awaitConfirmation(Duration timeout) {
        return PageReads.confirmationShown(success, timeout);
    }

    private String fill(String name, String value) {
        field(name).fill(value);
        return value;
    }

    private Locator field(String name) {
        return form.locator("[name=\"" + name + "\"]");
    }

    private Locator row(String name) {
        return form.locator("li.application-question:has([name=\"" + name + "\"])");
    }

    /**
     * Types the city into the location field and picks the suggestion that matches the whole location
     * (else the first for that city), so Lever fills the hidden {@code selectedLocation}. Returns the
     * location as the page now holds it.
     */
    private String fillLocation(String location) {
        Locator input = field(LOCATION);
        input.fill(location.split(",")[0].trim());
        locationSuggestions.first().waitFor();
        Locator pick = locationSuggestions.first();
        for (Locator suggestion : locationSuggestions.all()) {
            if (suggestion.innerText().trim().equalsIgnoreCase(location.trim())) {
                pick = suggestion;
                break;
            }
        }
        pick.click();
        return input.inputValue();
    }
}
