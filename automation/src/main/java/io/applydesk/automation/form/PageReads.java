package io.applydesk.automation.form;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.applydesk.automation.ats.PostingHeader;
import io.applydesk.automation.ats.SubmitResult;
import io.applydesk.core.answer.FormQuestion;
import io.applydesk.core.answer.QuestionSection;
import io.applydesk.core.answer.QuestionType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads shared by the page objects: questions gathered by an in-page script, and the posting's header. */
public final class PageReads {
    private PageReads() {
    }

    /**
     * Runs {@code script} on {@code root} (one round trip) and turns each object it returns into a
     * question. The script returns {@code [{label, fieldName, type, options, required, section,
     * placeholder?}]} with {@code type} a {@link QuestionType} and {@code section} a {@link QuestionSection} name.
     */
    public static List<FormQuestion> questions(Locator root, String script) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> raw = (List<Map<String, Object>>) root.evaluate(script);
        List<FormQuestion> questions = new ArrayList<>(raw.size());
        for (Map<String, Object> q : raw) {
            @SuppressWarnings("unchecked")
            List<String> options = (List<String>) q.get("options");
            questions.add(new FormQuestion((String) q.get("label"), (String) q.get("fieldName"),
                    QuestionType.valueOf((String) q.get("type")), options, Boolean.TRUE.equals(q.get("required")),
                    QuestionSection.valueOf((String) q.get("section")), (String) q.get("placeholder")));
        }
        return questions;
    }

    /** The trimmed text of the first match, or null when there is none or it is blank. */
    public static String firstText(Locator locator) {
        if (locator.count() == 0) {
            return null;
        }
        String text = locator.first().textContent().strip();
        return text.isEmpty() ? null : text;
    }

    /** A header from what the page showed; empty when it showed neither. */
    public static Optional<PostingHeader> header(String title, String companyName) {
        return title == null && companyName == null ? Optional.empty() : Optional.of(new PostingHeader(title, companyName));
    }

    /**
     * Waits, clicking nothing, until {@code success} shows (a same-URL confirmation the candidate reached during a
     * hand-off); the page's URL then is the confirmation's. Empty when it did not show within {@code timeout}.
     */
    public static Optional<SubmitResult.Confirmed> confirmationShown(Locator success, Duration timeout) {
        try {
            success.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE)
                    .setTimeout(timeout.toMillis()));
        } catch (TimeoutError e) {
            return Optional.empty();
        }
        return Optional.of(new SubmitResult.Confirmed(success.page().url()));
    }
}
