package io.applydesk.automation.sandbox.bamboohr;

import java.util.List;

/**
 * One field of a BambooHR application form. Standard fields carry BambooHR's own input names
 * ({@code firstName}, {@code dateAvailable}, …); custom questions ({@code formFields.customQuestions}) are
 * named {@code customQuestions[{id}]}.
 *
 * @param options the option texts of select and yes/no fields, empty otherwise
 */
public record BambooHrField(String name, String label, Kind kind, boolean required, List<String> options) {

    /** How the form renders the field. */
    public enum Kind { TEXT, EMAIL, DATE, TEXTAREA, SELECT, YES_NO, FILE }

    public BambooHrField {
        options = List.copyOf(options);
    }

    static BambooHrField of(String name, String label, Kind kind, boolean required, String... options) {
        return new BambooHrField(name, label, kind, required, kind == Kind.YES_NO ? List.of("Yes", "No") : List.of(options));
    }

    /** A custom question's field name. */
    static String custom(String questionId) {
        return "customQuestions[" + questionId + "]";
    }
}
