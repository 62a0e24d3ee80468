package io.applydesk.core.answer;

import java.util.Locale;

/** The kind of input a form question is, as far as answering it goes. */
public enum QuestionType {
    TEXT,
    TEXTAREA,
    /** One option out of several (a select, a radio group). */
    SELECT,
    MULTI_SELECT,
    /** A choice between Yes and No (often a select with exactly those options). */
    YES_NO,
    /** A single checkbox: answered with {@link ResolvedAnswer#CHECKED} or left unticked. */
    CHECKBOX,
    FILE;

    /** Lower-case name as used in {@code PendingQuestion.type}, e.g. {@code multi_select}. */
    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type an {@link #apiValue()} names; TEXT for null or a name this build does not know, as any text is an
     * answer to free text.
     */
    public static QuestionType ofApiValue(String apiValue) {
        for (QuestionType type : values()) {
            if (type.apiValue().equals(apiValue)) {
                return type;
            }
        }
        return TEXT;
    }

    /** True when the answer must be one of the question's offered options. */
    public boolean isChoice() {
        return this == SELECT || this == MULTI_SELECT || this == YES_NO;
    }
}
