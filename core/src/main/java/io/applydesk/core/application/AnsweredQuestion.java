package io.applydesk.core.application;

/**
 * One question of a form and the answer sent (or, in review mode, filled in).
 *
 * @param fieldName the form's own field name or id, for evidence
 */
public record AnsweredQuestion(String question, String fieldName, String answer, Provenance provenance) {
}
