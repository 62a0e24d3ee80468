package io.applydesk.core.application;

/**
 * Where an answer sent to a form came from (PRODUCT.md promise 2). {@code source} says which
 * field, computation or answer-bank question, e.g. "personalInformation.email".
 */
public record Provenance(Kind kind, String source) {

    public enum Kind {
        /** A profile field, as typed by the candidate. */
        PROFILE_FIELD,
        /** A value computed from the profile (years of experience, current employer, ...). */
        COMPUTED,
        /** An approved answer from the candidate's answer bank. */
        ANSWER_BANK,
        /** A default the candidate can see, such as "decline to self-identify". */
        SAFE_DEFAULT,
        /** The uploaded resume file. */
        RESUME_FILE
    }

    public static Provenance profileField(String path) {
        return new Provenance(Kind.PROFILE_FIELD, path);
    }

    public static Provenance computed(String what) {
        return new Provenance(Kind.COMPUTED, what);
    }

    public static Provenance answerBank(String question) {
        return new Provenance(Kind.ANSWER_BANK, question);
    }

    public static Provenance safeDefault(String why) {
        return new Provenance(Kind.SAFE_DEFAULT, why);
    }
}
