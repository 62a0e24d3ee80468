package io.applydesk.core.profile;

/** A question the candidate answered once, reused whenever a form asks it again. */
public record AnswerBankEntry(String question, String answer) {
}
