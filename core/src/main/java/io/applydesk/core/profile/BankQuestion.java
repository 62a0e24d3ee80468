package io.applydesk.core.profile;

import io.applydesk.core.application.PendingQuestion;

/**
 * A question of a profile's answer bank and its saved answer.
 *
 * @param asked  the question as the last form that could not use the bank for it asked it (its type and choices);
 *               with a null type and no options when no form reported it (an answer typed or imported first), which
 *               any text answers
 * @param answer the saved answer, null while nobody answered it
 */
public record BankQuestion(PendingQuestion asked, String answer) {
}
