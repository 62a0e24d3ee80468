package io.applydesk.automation.form;

import com.microsoft.playwright.Locator;
import io.applydesk.automation.ats.PostingHeader;
import io.applydesk.core.answer.FormQuestion;
import io.applydesk.core.answer.QuestionSection;
import io.applydesk.core.answer.QuestionType;
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
}
