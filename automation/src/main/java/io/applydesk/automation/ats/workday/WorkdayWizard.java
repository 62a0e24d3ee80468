package io.applydesk.automation.ats.workday;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.applydesk.automation.ats.SubmitResult;
import io.applydesk.automation.form.PageReads;
import io.applydesk.core.answer.FormQuestion;
import io.applydesk.core.answer.QuestionType;
import io.applydesk.core.answer.ResolvedAnswer;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Workday's apply wizard {@code [data-automation-id=applyFlowPage]} (ATS-REFERENCE.md §6.2 items 4-7), one
 * page at a time: the {@code progressBar} says which page is open; fields sit in {@code formField-*}
 * wrappers and are found by their ids; dropdowns are {@code button[aria-haspopup=listbox]} whose options
 * exist only in the {@code wd-popup} while it is open; "Save and Continue" saves a page, "Submit" on Review
 * sends the application. Inputs are filled and buttons clicked through Playwright, whose real input and
 * pointer events Workday's React needs. Work-history and education rows are left to
 * {@link WorkdayExperienceRows}. Bound to one page on one worker thread.
 */
final class WorkdayWizard {
    static final String PROGRESS_BAR = "[data-automation-id=applyFlowPage] ol[data-automation-id=progressBar]";
    private static final String ACTIVE_STEP = "li[data-automation-id=progressBarActiveStep] div";
    private static final String COMPLETED_STEP = "li[data-automation-id=progressBarCompletedStep]";
    private static final String NEXT = "button[data-automation-id=bottom-navigation-next-button]";
    private static final String ERRORS = "[data-automation-id=applyFlowPage] [data-automation-id=errorMessage]";
    private static final String ERROR_ITEMS = ERRORS + " [data-automation-id=errorMessage-item]";
    private static final String POPUP_OPTIONS = "[data-automation-widget=wd-popup] [role=option]";
    private static final String FILE_INPUT = "input[data-automation-id=file-upload-input-ref]";
    /** [weak] The replica's marker: Workday's real success page is not captured (§6.2 item 8). */
    private static final String SUBMITTED = "[data-automation-id=applicationSubmittedPage]";
    static final String MY_EXPERIENCE = "My Experience";
    private static final String REVIEW = "Review";

    /**
     * Reads the open page's fields except the experience rows, in one round trip: label (without the
     * required asterisk), the id as field name, the kind from the control, the section from the page.
     * Dropdown options are not in the page until opened; {@link #questions()} adds them.
     */
    private static final String READ_QUESTIONS = """
            flow => {
              const clean = t => t.replace(/\\*/g, '').replace(/\\s+/g, ' ').trim();
              const step = clean(document.querySelector('li[data-automation-id=progressBarActiveStep] div').textContent);
              const section = step === 'Application Questions' ? 'CUSTOM'
                  : step === 'Voluntary Disclosures' ? 'VOLUNTARY_SELF_ID' : 'STANDARD';
              return [...flow.querySelectorAll('[data-automation-id^=formField-]')]
                .filter(w => !w.closest('[hidden]')
                    && !w.closest('[data-automation-id^=workExperience-], [data-automation-id^=education-]'))
                .map(w => {
                  const q = { label: clean(w.querySelector('legend, label').textContent), section, options: [],
                    placeholder: null, required: !!w.querySelector('abbr[title=required]')
                        || w.getAttribute('aria-required') === 'true' || !!w.querySelector('[aria-required=true]') };
                  const radios = [...w.querySelectorAll('input[type=radio]')];
                  const multi = w.querySelector('[data-automation-id=multiSelectContainer] input');
                  const dropdown = w.querySelector('button[aria-haspopup=listbox]');
                  const checkbox = w.querySelector('input[type=checkbox]');
                  const input = w.querySelector('textarea, input');
                  if (radios.length) {
                    Object.assign(q, { fieldName: radios[0].name, type: 'SELECT',
                      options: radios.map(r => clean(w.querySelector('label[for="' + r.id + '"]').textContent)) });
                  } else if (multi) {
                    Object.assign(q, { fieldName: multi.id, type: 'MULTI_SELECT' });
                  } else if (dropdown) {
                    Object.assign(q, { fieldName: dropdown.id, type: 'SELECT' });
                  } else if (checkbox) {
                    // the one checkbox outside experience rows is the terms consent
                    Object.assign(q, { fieldName: checkbox.id, type: 'CHECKBOX', section: 'CONSENT' });
                  } else {
                    Object.assign(q, { fieldName: input.id, type: input.tagName === 'TEXTAREA' ? 'TEXTAREA' : 'TEXT',
                      placeholder: input.getAttribute('placeholder') });
                  }
                  return q;
                });
            }
            """;

    private final Page page;
    /** Dropdown options of the open page by field id: reading them means opening the popup. */
    private final Map<String, List<String>> options = new HashMap<>();

    WorkdayWizard(Page page) {
        this.page = page;
    }

    /** The title of the open page ("My Information"). */
    String activeStep() {
        return page.locator(ACTIVE_STEP).textContent().strip();
    }

    List<FormQuestion> questions() {
        List<FormQuestion> questions = new ArrayList<>();
        for (FormQuestion q : PageReads.questions(page.locator("[data-automation-id=applyFlowPage]"), READ_QUESTIONS)) {
            if (!q.type().isChoice() || !q.options().isEmpty()) {
                questions.add(yesNoOrAsIs(q, q.options()));
            } else {
                List<String> offered = options.computeIfAbsent(q.fieldName(), id -> readOptions(control(id)));
                questions.add(yesNoOrAsIs(q, offered));
            }
        }
        return questions;
    }

    /** A choice between exactly Yes and No is a YES_NO question. */
    private static FormQuestion yesNoOrAsIs(FormQuestion q, List<String> offered) {
        boolean yesNo = q.type() == QuestionType.SELECT && offered.size() == 2
                && offered.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList().containsAll(List.of("yes", "no"));
        return new FormQuestion(q.label(), q.fieldName(), yesNo ? QuestionType.YES_NO : q.type(), offered, q.required(),
                q.section(), q.placeholder());
    }

    /** Opens the dropdown, reads its options and closes it again (Escape). */
    private List<String> readOptions(Locator control) {
        control.click();
        Locator offered = page.locator(POPUP_OPTIONS);
        offered.first().waitFor();
        List<String> texts = offered.allInnerTexts().stream().map(String::strip).toList();
        page.keyboard().press("Escape");
        offered.first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        return texts;
    }

    String answer(FormQuestion question, ResolvedAnswer answer) {
        Locator control = control(question.fieldName());
        switch (question.type()) {
            case TEXT:
            case TEXTAREA:
                control.fill(answer.value());
                return answer.value();
            case CHECKBOX:
                control.check();
                return answer.value();
            case SELECT:
            case YES_NO:
                Locator radios = page.locator("fieldset:has(input[type=radio][name='" + question.fieldName() + "'])");
                if (radios.count() > 0) {
                    radios.getByLabel(answer.value(), new Locator.GetByLabelOptions().setExact(true)).check();
                } else {
                    pick(control, answer.value());
                    page.locator("[id='" + question.fieldName() + "']:text-is('" + answer.value().replace("'", "\\'") + "')")
                            .waitFor();
                }
                return answer.value();
            case MULTI_SELECT:
                Locator pills = page.locator("[data-automation-id=formField-" + question.fieldName().replaceFirst("^[^-]+--", "")
                        + "] [data-automation-id=selectedItem]");
                for (String choice : answer.choices()) {
                    control.fill(choice);
                    pick(null, choice);
                    pills.filter(new Locator.FilterOptions().setHasText(choice)).first().waitFor();
                }
                return answer.value();
            default:
                throw new IllegalArgumentException("A " + question.type() + " question cannot be answered with text");
        }
    }

    /** Opens the dropdown (unless {@code dropdown} is null: already open) and clicks the option with this text. */
    private void pick(Locator dropdown, String option) {
        if (dropdown != null) {
            dropdown.click();
        }
        page.locator(POPUP_OPTIONS).filter(new Locator.FilterOptions().setHasText(option))
                .getByText(option, new Locator.GetByTextOptions().setExact(true)).first().click();
    }

    /** Attaches the resume to the hidden file input and waits for Workday's "Successfully Uploaded". */
    void uploadResume(Path resume) {
        page.locator(FILE_INPUT).setInputFiles(resume);
        page.locator("[data-automation-id=file-upload-successful]")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    }

    /**
     * "Save and Continue": saves the open page and waits for the next one.
     *
     * @return false on Review, where only Submit is left
     * @throws ApplyDeskException when Workday refuses the page (a required field it still misses)
     */
    boolean next() {
        String current = activeStep();
        if (REVIEW.equals(current)) {
            return false;
        }
        int completed = page.locator(COMPLETED_STEP).count();
        page.locator(NEXT).click();
        Locator advanced = page.locator(COMPLETED_STEP).nth(completed);
        advanced.or(page.locator(ERRORS)).first().waitFor();
        if (page.locator(COMPLETED_STEP).count() == completed) {
            throw new ApplyDeskException(ErrorCode.FORM_FILL_FAILED, "Workday did not accept the page \"" + current
                    + "\": " + String.join("; ", errorTexts()));
        }
        options.clear();
        return true;
    }

    SubmitResult submit(Duration timeout) {
        page.locator(NEXT).click();
        page.locator(SUBMITTED).or(page.locator(ERRORS)).first().waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.VISIBLE).setTimeout(timeout.toMillis()));
        if (page.locator(SUBMITTED).count() > 0) {
            return new SubmitResult.Confirmed(page.url());
        }
        List<String> errors = errorTexts();
        if (errors.stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).contains("already applied"))) {
            return new SubmitResult.AlreadyApplied(String.join(" ", errors));
        }
        return new SubmitResult.Rejected(errors);
    }

    private List<String> errorTexts() {
        return page.locator(ERROR_ITEMS).allInnerTexts().stream()
                .map(t -> t.replaceAll("\\s+", " ").strip().replaceFirst("^Error:\\s*", "")).toList();
    }

    /** The control with this id (ids may contain characters a {@code #id} selector would need escaped). */
    private Locator control(String id) {
        return page.locator("[id='" + id + "']");
    }
}
