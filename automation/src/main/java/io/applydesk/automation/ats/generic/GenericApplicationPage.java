package io.applydesk.automation.ats.generic;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.automation.ats.FormFingerprint;
import io.applydesk.automation.ats.PostingHeader;
import io.applydesk.automation.ats.SubmitResult;
import io.applydesk.automation.form.PageReads;
import io.applydesk.core.answer.FormQuestion;
import io.applydesk.core.answer.ResolvedAnswer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Page object of an application form ApplyDesk knows nothing about: the first form on the page that
 * {@link FormFingerprint#GENERIC} matches. Questions are read from each control's label ({@code label for},
 * a wrapping label, {@code aria-labelledby}, {@code aria-label}, and the placeholder as a last resort);
 * fields nobody can see (honeypots) and unlabelled optional fields are left alone. The verdict after
 * submit comes from {@link SubmitVerdicts}: anything not positively recognised is
 * {@link SubmitResult.Unrecognised}, never a confirmation.
 *
 * <p>Bound to one page on one worker thread.
 */
public final class GenericApplicationPage implements ApplicationForm {
    /** The text of one radio or checkbox option: its label, else its aria-label, else its value. */
    private static final String OPTION_TEXT = """
            el => {
              const label = el.labels && el.labels[0];
              const text = label ? label.textContent : (el.getAttribute('aria-label') || el.value || '');
              return text.replace(/\\s+/g, ' ').trim();
            }""";

    /**
     * Reads every visible control of the form in one round trip (see {@link PageReads#questions}).
     * Radio groups and same-named checkboxes become one question labelled by their legend; a label's
     * trailing "*" or "(required)" marks the field required and is dropped from the label.
     */
    private static final String READ_QUESTIONS = """
            form => {
              const optionText = OPTION_TEXT;
              const clean = t => (t || '').replace(/\\s+/g, ' ').trim();
              const ownText = label => {
                const copy = label.cloneNode(true);
                copy.querySelectorAll('input, select, textarea, button').forEach(n => n.remove());
                return clean(copy.textContent);
              };
              const byIds = ids => clean(ids.split(/\\s+/).map(id => {
                const el = document.getElementById(id);
                return el ? el.textContent : '';
              }).join(' '));
              const labelOf = el => {
                for (const label of el.labels || []) {
                  const text = ownText(label);
                  if (text) return text;
                }
                if (el.getAttribute('aria-labelledby')) {
                  const text = byIds(el.getAttribute('aria-labelledby'));
                  if (text) return text;
                }
                return clean(el.getAttribute('aria-label') || el.getAttribute('placeholder') || el.title || '');
              };
              const groupLabel = el => {
                const set = el.closest('fieldset');
                const legend = set && set.querySelector('legend');
                if (legend) return clean(legend.textContent);
                const group = el.closest('[role=radiogroup], [role=group]');
                return group ? labelOf(group) : '';
              };
              // WHY: honeypots are hidden from people (aria-hidden, off-screen, zero-size): a person leaves them empty.
              const seen = el => {
                if (el.closest('[aria-hidden=true]') || el.getClientRects().length === 0) return false;
                const box = el.getBoundingClientRect();
                return box.right > 0 && box.bottom > 0 && box.width > 1 && box.height > 1
                  && getComputedStyle(el).visibility !== 'hidden';
              };
              const yesNo = options => options.length === 2
                && options.map(o => o.toLowerCase()).sort().join('/') === 'no/yes';
              const questions = [];
              const done = new Set();
              for (const el of form.elements) {
                const name = el.name || el.id;
                const kind = (el.type || '').toLowerCase();
                if (!name || done.has(name) || el.disabled || el.tagName === 'BUTTON' || el.tagName === 'FIELDSET'
                    || ['submit', 'button', 'reset', 'image', 'hidden', 'file'].includes(kind) || !seen(el)) continue;
                done.add(name);
                let raw = labelOf(el), type = 'TEXT', options = [], required = el.required
                  || el.getAttribute('aria-required') === 'true';
                if (kind === 'radio' || kind === 'checkbox') {
                  const group = [...form.querySelectorAll('input[name="' + CSS.escape(name) + '"]')];
                  required = required || group.some(i => i.required);
                  if (kind === 'radio' || group.length > 1) {
                    options = group.map(optionText);
                    raw = groupLabel(el) || raw;
                    type = kind === 'checkbox' ? 'MULTI_SELECT' : yesNo(options) ? 'YES_NO' : 'SELECT';
                  } else {
                    type = 'CHECKBOX';
                  }
                } else if (el.tagName === 'SELECT') {
                  options = [...el.options].filter(o => o.value !== '' && clean(o.text)).map(o => clean(o.text));
                  type = el.multiple ? 'MULTI_SELECT' : yesNo(options) ? 'YES_NO' : 'SELECT';
                } else if (el.tagName === 'TEXTAREA') {
                  type = 'TEXTAREA';
                }
                required = required || /\\*\\s*$|\\(required\\)/i.test(raw);
                let label = clean(raw.replace(/\\(required\\)/ig, '').replace(/\\s*\\*+\\s*$/, ''));
                if (!label) {
                  if (!required) continue; // an unlabelled optional field: nobody can say what it wants
                  label = name;
                }
                const section = type === 'CHECKBOX'
                    && /\\b(agree|consent|privacy|terms|processing|data protection)\\b/i.test(label) ? 'CONSENT'
                  : /\\b(gender|race|ethnicity|hispanic|latino|veteran|disability)\\b/i.test(label) && options.length
                    ? 'VOLUNTARY_SELF_ID' : 'STANDARD';
                questions.push({ label, fieldName: name, type, options, required, section,
                  placeholder: el.getAttribute('placeholder') });
              }
              return questions;
            }
            """.replace("OPTION_TEXT", OPTION_TEXT);

    /** Captcha widgets and challenge frames (reCAPTCHA, hCaptcha, Turnstile). */
    private static final String CAPTCHA = ".g-recaptcha, .h-captcha, .cf-turnstile, iframe[title*=captcha i], "
            + "iframe[src*=recaptcha], iframe[src*=hcaptcha], iframe[src*='challenges.cloudflare']";
    /** What the page shows once the submit's navigation has loaded (see {@link PageAfterSubmit}). */
    private static final String READ_PAGE = """
            () => {
              const clean = t => (t || '').replace(/\\s+/g, ' ').trim();
              const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
              const texts = css => [...document.querySelectorAll(css)].filter(shown).map(e => clean(e.innerText))
                .filter(t => t);
              const invalid = [...document.querySelectorAll('[aria-invalid=true]')].map(el => {
                const ids = (el.getAttribute('aria-describedby') || '').split(/\\s+/).filter(id => id);
                const said = clean(ids.map(id => (document.getElementById(id) || {}).textContent || '').join(' '));
                const label = el.labels && el.labels[0] ? clean(el.labels[0].textContent)
                  : clean(el.getAttribute('aria-label') || el.name);
                return said ? label + ': ' + said : label + ': not accepted';
              });
              return { title: document.title, headings: texts('h1, h2, h3, [role=heading]'),
                alerts: texts('[role=alert], [role=status], .error, .errors, .form-error, .form-errors, .alert-danger'),
                invalid, body: (document.body ? document.body.innerText : '').replace(/[ \\t]+/g, ' ')
                  .replace(/\\s*\\n\\s*/g, '\\n').trim().slice(0, 4000),
                formShown: !!document.querySelector('form:has(input[type=email])'),
                captcha: !!document.querySelector("CAPTCHA_CSS") };
            }
            """.replace("CAPTCHA_CSS", CAPTCHA);
    /** Lists each field the browser itself would refuse to send (HTML required, type=email …), by label. */
    private static final String BROWSER_REFUSALS = """
            form => [...form.elements].filter(el => el.willValidate && !el.checkValidity()).map(el => {
              const label = el.labels && el.labels[0] ? el.labels[0].textContent : (el.getAttribute('aria-label') || el.name);
              return label.replace(/\\s+/g, ' ').trim() + ': ' + el.validationMessage;
            })
            """;
    private static final Pattern SUBMIT_NAME = Pattern.compile("submit|apply|send", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESUME = Pattern.compile("resume|cv|curriculum|lebenslauf", Pattern.CASE_INSENSITIVE);

    private final Page page;
    private final Locator form;

    public GenericApplicationPage(Page page) {
        this.page = page;
        this.form = page.locator(FormFingerprint.GENERIC.css()).first();
    }

    /** The page's first {@code h1} as the title; the company from {@code og:site_name}, where the site sets it. */
    @Override
    public Optional<PostingHeader> postingHeader() {
        Locator site = page.locator("meta[property='og:site_name']");
        String company = site.count() == 0 ? null : site.first().getAttribute("content");
        company = company == null || company.isBlank() ? null : company.strip();
        return PageReads.header(PageReads.firstText(page.locator("h1")), company);
    }

    @Override
    public List<FormQuestion> questions() {
        return PageReads.questions(form, READ_QUESTIONS);
    }

    /**
     * Sets the form's resume file input (the one whose name, id or label says resume/CV, else the first),
     * hidden or not. A form without a file input takes no resume, and nothing is attached.
     */
    @Override
    public void uploadResume(Path resume) {
        List<Locator> inputs = form.locator("input[type=file]").all();
        Locator target = null;
        for (Locator input : inputs) {
            String described = input.evaluate("el => [el.name, el.id, el.accept,"
                    + " ...[...(el.labels || [])].map(l => l.textContent)].join(' ')").toString();
            if (RESUME.matcher(described).find()) {
                target = input;
                break;
            }
        }
        if (target == null && !inputs.isEmpty()) {
            target = inputs.get(0);
        }
        if (target != null) {
            target.setInputFiles(resume);
        }
    }

    @Override
    public String answer(FormQuestion question, ResolvedAnswer answer) {
        Locator control = field(question.fieldName());
        switch (question.type()) {
            case TEXT:
            case TEXTAREA:
                control.first().fill(answer.value());
                return control.first().inputValue();
            case SELECT:
            case YES_NO:
                if (isSelect(control)) {
                    control.first().selectOption(new SelectOption().setLabel(answer.value()));
                } else {
                    option(control, answer.value()).check();
                }
                return answer.value();
            case MULTI_SELECT:
                if (isSelect(control)) {
                    control.first().selectOption(answer.choices().stream()
                            .map(choice -> new SelectOption().setLabel(choice)).toArray(SelectOption[]::new));
                } else {
                    for (String choice : answer.choices()) {
                        option(control, choice).check();
                    }
                }
                return answer.value();
            case CHECKBOX:
                control.first().check();
                return answer.value();
            default:
                throw new IllegalArgumentException("A " + question.type() + " question cannot be answered with text");
        }
    }

    /**
     * Clicks the form's submit button and classifies the page its navigation lands on. A form the
     * browser itself refuses to send (an empty required field) is rejected without a click.
     */
    @Override
    public SubmitResult submit(Duration timeout) {
        @SuppressWarnings("unchecked")
        List<String> refused = (List<String>) form.evaluate(BROWSER_REFUSALS);
        if (!refused.isEmpty()) {
            return new SubmitResult.Rejected(refused);
        }
        Locator button = submitButton();
        // WHY: a redirect (303 to /thank-you) is an intermediate answer; the verdict is the page it leads to.
        Response response = page.waitForResponse(r -> r.request().isNavigationRequest()
                        && r.request().frame().parentFrame() == null && (r.status() < 300 || r.status() >= 400),
                new Page.WaitForResponseOptions().setTimeout(timeout.toMillis()), button::click);
        page.waitForLoadState(LoadState.DOMCONTENTLOADED);
        return SubmitVerdicts.classify(pageShown(response.status()));
    }

    /**
     * A person can solve the captcha widget a site shows after the submit; the page they then submit leads to the
     * site's verdict (the engine hands off only when {@link #submit} found such a widget).
     */
    @Override
    public boolean letsCandidateFinish() {
        return true;
    }

    /** Waits until a page the candidate's submit led to reads as a confirmation, by the same rules as {@link #submit}. */
    @Override
    public Optional<SubmitResult.Confirmed> awaitConfirmation(Duration timeout) {
        AtomicInteger status = new AtomicInteger(200);
        Consumer<Response> documentLoaded = response -> {
            Request request = response.request();
            if (request.isNavigationRequest() && request.frame().parentFrame() == null
                    && (response.status() < 300 || response.status() >= 400)) {
                status.set(response.status());
            }
        };
        page.onResponse(documentLoaded);
        try {
            page.waitForCondition(() -> confirmedNow(status.get()),
                    new Page.WaitForConditionOptions().setTimeout(timeout.toMillis()));
            return Optional.of(new SubmitResult.Confirmed(page.url()));
        } catch (TimeoutError e) {
            return Optional.empty();
        } finally {
            page.offResponse(documentLoaded);
        }
    }

    private boolean confirmedNow(int status) {
        try {
            return SubmitVerdicts.classify(pageShown(status)) instanceof SubmitResult.Confirmed;
        } catch (PlaywrightException e) {
            // WHY: reading while the candidate's submit navigates away fails; the next page is read in turn.
            return false;
        }
    }

    /** What the page now open shows, with the HTTP status its document was answered with. */
    @SuppressWarnings("unchecked")
    private PageAfterSubmit pageShown(int status) {
        Map<String, Object> shown = (Map<String, Object>) page.evaluate(READ_PAGE);
        return new PageAfterSubmit(status, page.url(), (String) shown.get("title"),
                (List<String>) shown.get("headings"), (List<String>) shown.get("alerts"),
                (List<String>) shown.get("invalid"), (String) shown.get("body"),
                Boolean.TRUE.equals(shown.get("formShown")), Boolean.TRUE.equals(shown.get("captcha")));
    }

    /** The button named like submitting ("Submit application", "Apply", "Send"), else the form's submit control. */
    private Locator submitButton() {
        Locator named = form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(SUBMIT_NAME));
        return named.count() > 0 ? named.first() : form.locator("[type=submit], button:not([type])").first();
    }

    private Locator field(String name) {
        String quoted = name.replace("\\", "\\\\").replace("\"", "\\\"");
        return form.locator("[name=\"" + quoted + "\"], [id=\"" + quoted + "\"]:not([name])");
    }

    private static boolean isSelect(Locator control) {
        return "SELECT".equals(control.first().evaluate("el => el.tagName"));
    }

    /** The radio or checkbox of a group whose option text is exactly {@code text}. */
    private static Locator option(Locator group, String text) {
        for (Locator candidate : group.all()) {
            if (text.equals(candidate.evaluate(OPTION_TEXT))) {
                return candidate;
            }
        }
        throw new IllegalStateException("The form offers no option \"" + text + "\"");
    }
}
