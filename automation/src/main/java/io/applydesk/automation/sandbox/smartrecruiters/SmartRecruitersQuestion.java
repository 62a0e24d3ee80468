package io.applydesk.automation.sandbox.smartrecruiters;

import java.util.List;

/**
 * One screening question of a OneClick form (its second step). Answers are sent as {@code answers[{id}]}.
 *
 * @param options the option texts of select and yes/no questions, empty for text
 */
public record SmartRecruitersQuestion(String id, String label, Kind kind, boolean required, List<String> options) {

    /** How OneClick renders the question. */
    public enum Kind { TEXT, SELECT, YES_NO }

    public SmartRecruitersQuestion {
        options = List.copyOf(options);
    }

    static SmartRecruitersQuestion of(String id, String label, Kind kind, boolean required, String... options) {
        return new SmartRecruitersQuestion(id, label, kind, required,
                kind == Kind.YES_NO ? List.of("Yes", "No") : List.of(options));
    }

    /** The recorded field name. */
    public String fieldName() {
        return "answers[" + id + "]";
    }
}
