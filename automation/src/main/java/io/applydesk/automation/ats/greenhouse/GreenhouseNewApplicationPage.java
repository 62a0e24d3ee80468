package io.applydesk.automation.ats.greenhouse;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.automation.ats.PostingHeader;
import io.applydesk.automation.ats.SubmitResult;
import io.applydesk.automation.form.PageReads;
import io.applydesk.core.answer.FormQuestion;
import io.applydesk.core.answer.QuestionSection;
import io.applydesk.core.answer.QuestionType;
import io.applydesk.core.answer.ResolvedAnswer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page object of Greenhouse's new React application form (job-boards.greenhouse.io, ATS-REFERENCE.md
 * §1.3). Its inputs have ids but no {@code name}; selects are react-select comboboxes whose options
 * exist only while the menu is open; the phone is an intl-tel-input fed by the {@code #country} picker;
 * the resume input is visually hidden and replaced by a filename chip once read. The page posts the
 * application itself and answers with {@code …/confirmation}, field errors, or the HTTP 428 step that
 * asks for an 8-character code e-mailed to the candidate.
 *
 * <p>Questions are addressed by element id (what the page posts). Bound to one page on one worker thread.
 */
public final class GreenhouseNewApplicationPage implements ApplicationForm {
    static final String FORM = "form#application-form";
    private static final Set<String> STANDARD_IDS =
            Set.of("first_name", "last_name", "preferred_name", "email", "phone", "country", "candidate-location");
    private static final Pattern CONFIRMATION_URL = Pattern.compile(".*/confirmation(\\?.*)?$");

    /**
     * Reads every question except the resume in one round trip: label (without the star), element id,
     * kind, required flag, section, and the options of checkbox groups and selects. A select's options
     * exist only while its menu is open, so the script opens each menu as a mouse press on its control
     * would, reads it and closes it with Escape: one call instead of several per select, which was most
     * of the time the engine spent on this form beyond filling it. A menu that does not open this way
     * gives {@code options: null} and is read by hand afterwards ({@link #selectOptions}).
     */
    private static final String READ_QUESTIONS = """
            async form => {
              const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
              const until = async (test) => {
                for (let i = 0; i < 30 && !test(); i++) await frame();
                return test();
              };
              const menuOf = input => input.closest('.select-shell, .select__container, .field-wrapper')
                  .querySelector('.select__menu');
              const readOptions = async input => {
                const control = input.closest('.select__control');
                if (!control) return null;
                control.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 }));
                if (!await until(() => menuOf(input))) return null;
                const options = [...menuOf(input).querySelectorAll('.select__option')]
                    .map(o => o.textContent.replace(/\s+/g, ' ').trim());
                input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
                await until(() => !menuOf(input));
                return options;
              };
              const text = el => {
                const copy = el.cloneNode(true);
                copy.querySelectorAll('[aria-hidden=true]').forEach(n => n.remove());
                return copy.textContent.replace(/\\s+/g, ' ').trim();
              };
              const questions = [];
              for (const wrapper of form.querySelectorAll('.field-wrapper')) {
                if (wrapper.querySelector('.file-upload') || wrapper.getClientRects().length === 0) continue;
                const demographic = !!wrapper.closest('.eeoc__container');
                const fieldset = wrapper.querySelector('fieldset.checkbox');
                const q = { demographic, options: [] };
                if (fieldset) {
                  const boxes = [...fieldset.querySelectorAll('input[type=checkbox]')];
                  Object.assign(q, { id: fieldset.id, label: text(fieldset.querySelector('legend')),
                    required: fieldset.getAttribute('aria-required') === 'true',
                    type: boxes.length === 1 ? 'CHECKBOX' : 'MULTI_SELECT',
                    options: boxes.length === 1 ? [] : boxes.map(b => text(form.querySelector(`label[for="${b.id}"]`))) });
                } else {
                  const input = wrapper.querySelector('input.select__input, textarea, input:not([type=hidden]):not([aria-hidden=true])');
                  if (!input) continue;
                  const label = form.querySelector(`label[for="${input.id}"]`);
                  const select = input.classList.contains('select__input');
                  Object.assign(q, { id: input.id, label: label ? text(label) : '',
                    required: input.getAttribute('aria-required') === 'true',
                    type: select ? (wrapper.querySelector('.select__control--is-multi') ? 'MULTI_SELECT' : 'SELECT')
                        : input.tagName === 'TEXTAREA' ? 'TEXTAREA' : 'TEXT',
                    select, options: select ? await readOptions(input) : [] });
                }
                questions.push(q);
              }
              // Opening the menus focused their inputs: leave the form as it was found.
              if (form.contains(document.activeElement)) document.activeElement.blur();
              return questions;
            }
            """;

    private final Page page;
    private final Locator form;
    private final Locator resumeInput;
    private final Locator resumeFilename;
    private final Locator submitButton;
    private final Locator errorBanner;
    private final Locator securityCode;

    public GreenhouseNewApplicationPage(Page page) {
        this.page = page;
        this.form = page.locator(FORM);
        // WHY: the visible "Attach" button opens a file chooser; the real input is visually hidden.
        this.resumeInput = form.locator(".file-upload input[type=file]");
        this.resumeFilename = form.locator(".file-upload .file-upload__filename p");
        this.submitButton = form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit application"));
        this.errorBanner = form.locator(".application--error");
        this.securityCode = page.locator("#security-input-0");
    }

    /** The new boards show the title as the page's {@code h1} and the company in {@code .job__company}. */
    @Override
    public Optional<PostingHeader> postingHeader() {
        String title = PageReads.firstText(page.locator(".job__title h1, h1.section-header"));
        String company = PageReads.firstText(page.locator(".job__company"));
        return PageReads.header(title, company);
    }

    @Override
    public List<FormQuestion> questions() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> raw = (List<Map<String, Object>>) form.evaluate(READ_QUESTIONS);
        List<FormQuestion> questions = new ArrayList<>(raw.size());
        for (Map<String, Object> q : raw) {
            String id = (String) q.get("id");
            @SuppressWarnings("unchecked")
            List<String> options = q.get("options") == null ? selectOptions(id) : (List<String>) q.get("options");
            QuestionType type = QuestionType.valueOf((String) q.get("type"));
            if (type == QuestionType.SELECT && isYesNo(options)) {
                type = QuestionType.YES_NO;
            }
            questions.add(new FormQuestion((String) q.get("label"), id, type, options,
                    Boolean.TRUE.equals(q.get("required")), section(id, Boolean.TRUE.equals(q.get("demographic")))));
        }
        return questions;
    }

    private static boolean isYesNo(List<String> options) {
        return options.size() == 2 && options.contains("Yes") && options.contains("No");
    }

    private static QuestionSection section(String id, boolean demographic) {
        if (demographic) {
            return QuestionSection.VOLUNTARY_SELF_ID;
        }
        return STANDARD_IDS.contains(id) ? QuestionSection.STANDARD : QuestionSection.CUSTOM;
    }

    /** Opens the react-select menu with a click, reads the options it offers, and closes it again. */
    private List<String> selectOptions(String id) {
        Locator options = openMenu(id).locator(".select__option");
        List<String> texts = options.allInnerTexts().stream().map(String::strip).toList();
        combobox(id).press("Escape");
        return texts;
    }

    private Locator combobox(String id) {
        return form.locator("input.select__input[id='" + id + "']");
    }

    private Locator openMenu(String id) {
        Locator shell = form.locator(".select-shell:has(input.select__input[id='" + id + "'])");
        Locator menu = shell.locator(".select__menu");
        if (menu.count() == 0) {
            shell.locator(".select__control").click();
        }
        menu.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        return menu;
    }

    /** Sets the file on the hidden input, then waits for the filename chip that replaces it. */
    @Override
    public void uploadResume(Path resume) {
        resumeInput.setInputFiles(resume);
        resumeFilename.filter(new Locator.FilterOptions().setHasText(resume.getFileName().toString()))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    }

    @Override
    public String answer(FormQuestion question, ResolvedAnswer answer) {
        String id = question.fieldName();
        boolean select = form.locator("input.select__input[id='" + id + "']").count() > 0;
        if (select) {
            for (String choice : answer.choices()) {
                openMenu(id).getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(choice).setExact(true))
                        .click();
            }
            return answer.value();
        }
        switch (question.type()) {
            case CHECKBOX:
                form.locator("fieldset[id='" + id + "'] input[type=checkbox]").check();
                return answer.value();
            case MULTI_SELECT:
                Locator group = form.locator("fieldset[id='" + id + "']");
                for (String choice : answer.choices()) {
                    group.getByLabel(choice, new Locator.GetByLabelOptions().setExact(true)).check();
                }
                return answer.value();
            default:
                Locator input = form.locator("[id='" + id + "']");
                input.fill(answer.value());
                return input.inputValue();
        }
    }

    @Override
    public SubmitResult submit(Duration timeout) {
        submitButton.click();
        page.waitForCondition(() -> CONFIRMATION_URL.matcher(page.url()).matches() || errorBanner.isVisible()
                        || securityCode.isVisible(),
                new Page.WaitForConditionOptions().setTimeout(timeout.toMillis()));
        if (CONFIRMATION_URL.matcher(page.url()).matches()) {
            return confirmed();
        }
        if (securityCode.isVisible()) {
            String message = page.locator(".security-code__message, .security-code p").first().innerText().strip();
            String recipient = message.replaceAll(".*\\bto (\\S+@\\S+?)\\.? .*", "$1");
            return new SubmitResult.NeedsCandidate("Security code sent to " + recipient,
                    "Greenhouse asks for the 8-character security code it e-mailed to " + recipient + ".");
        }
        List<String> messages = new ArrayList<>();
        messages.add(errorBanner.innerText().strip());
        for (Locator error : form.locator(".helper-text--error").all()) {
            String text = error.innerText().strip();
            if (text.isEmpty()) {
                continue;
            }
            String id = error.getAttribute("id").replaceFirst("-error$", "");
            Locator label = form.locator("[id='" + id + "-label'], #upload-label-resume, fieldset[id='" + id + "'] legend");
            String name = id.equals("resume") ? "Resume/CV"
                    : label.count() > 0 ? label.first().innerText().replace("*", "").strip() : id;
            if (text.toLowerCase(Locale.ROOT).contains("already applied")) {
                return new SubmitResult.AlreadyApplied(text);
            }
            messages.add(name + ": " + text);
        }
        if (messages.get(0).toLowerCase(Locale.ROOT).contains("robot")) {
            return new SubmitResult.Blocked(messages.get(0));
        }
        return new SubmitResult.Rejected(messages);
    }

    private SubmitResult.Confirmed confirmed() {
        page.getByText("Thank you for applying").first().waitFor();
        return new SubmitResult.Confirmed(page.url());
    }

    /** The security-code step and the practice "I'm not a robot" challenge are both finished in the page. */
    @Override
    public boolean letsCandidateFinish() {
        return true;
    }

    @Override
    public Optional<SubmitResult.Confirmed> awaitConfirmation(Duration timeout) {
        try {
            page.waitForURL(CONFIRMATION_URL, new Page.WaitForURLOptions().setTimeout(timeout.toMillis()));
        } catch (TimeoutError e) {
            return Optional.empty();
        }
        return Optional.of(confirmed());
    }
}
