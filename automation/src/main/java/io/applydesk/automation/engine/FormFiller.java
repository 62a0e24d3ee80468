package io.applydesk.automation.engine;

import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.core.answer.AnswerResolver;
import io.applydesk.core.answer.FormQuestion;
import io.applydesk.core.answer.ResolvedAnswer;
import io.applydesk.core.application.AnsweredQuestion;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.profile.AnswerBankEntry;
import io.applydesk.core.profile.Profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fills a form from what the candidate approved and nothing else (PRODUCT.md promise 2): every
 * question is resolved; answered ones are filled and recorded with their provenance, required ones
 * without an answer become pending questions, optional ones are left blank. Questions that appear
 * only after an answer (the race question after "Hispanic/Latino: No") are read in further rounds.
 */
final class FormFiller {
    /** Conditional questions rarely nest deeper than two levels; the cap guards against a page that keeps changing. */
    private static final int MAX_ROUNDS = 5;

    private final AnswerResolver resolver;

    FormFiller(AnswerResolver resolver) {
        this.resolver = resolver;
    }

    /** What was filled and what is still needed. */
    record Result(List<AnsweredQuestion> answered, List<PendingQuestion> pending) {
    }

    Result fill(ApplicationForm form, Profile profile, List<AnswerBankEntry> bank) {
        List<AnsweredQuestion> answered = new ArrayList<>();
        List<PendingQuestion> pending = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<FormQuestion> fresh = form.questions().stream().filter(q -> seen.add(q.fieldName())).toList();
            if (fresh.isEmpty()) {
                break;
            }
            for (FormQuestion question : fresh) {
                var answer = resolver.resolve(question, profile, bank);
                if (answer.isPresent()) {
                    ResolvedAnswer a = answer.get();
                    String sent = form.answer(question, a);
                    answered.add(new AnsweredQuestion(question.label(), question.fieldName(), sent, a.provenance()));
                } else if (question.required()) {
                    pending.add(new PendingQuestion(question.label(), question.type().apiValue(), question.options(), true));
                }
            }
        }
        return new Result(answered, pending);
    }
}
