package io.applydesk.core.answer;

import io.applydesk.core.common.QuestionText;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.application.Provenance;
import io.applydesk.core.profile.AnswerBankEntry;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.VoluntarySelfIdentification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Answers one form question from what the candidate gave us, and says where each answer came from
 * (PRODUCT.md promise 2: never invent an answer). An empty result means "nobody approved an
 * answer": the engine reports a required question as pending and leaves an optional one blank.
 *
 * <p>Order: profile fields and values computed from them, then the answer bank. Voluntary
 * self-identification questions are answered only from {@code voluntarySelfIdentification}, with
 * the form's decline option when the candidate declined or said nothing. The data-processing
 * consent needed to apply is ticked; marketing consents never are.
 *
 * <p>Stateless apart from the clock; safe to share between threads.
 */
public final class AnswerResolver {
    /** Least content-word overlap for an answer-bank question to count as the same question. */
    static final double BANK_OVERLAP_THRESHOLD = 0.85;

    /** Consent checkboxes that are about more than this application (normalised label words). */
    private static final List<String> MARKETING_WORDS = List.of(
            "marketing", "newsletter", "news", "promotional", "future opportunities", "future job",
            "other opportunities", "other positions", "talent community", "talent pool", "keep in touch",
            "retain", "retention", "stay in touch", "updates");

    private static final Set<String> TICKED = Set.of("yes", "y", "true", "checked", "agree", "i agree");

    private final StandardFields standardFields;

    public AnswerResolver() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock "now" for computed values such as years of experience */
    public AnswerResolver(Clock clock) {
        this.standardFields = new StandardFields(clock);
    }

    /**
     * The answer to {@code question}, or empty when neither the profile nor the answer bank answers
     * it. For choice questions the value is one of the question's option texts.
     */
    public Optional<ResolvedAnswer> resolve(FormQuestion question, Profile profile, List<AnswerBankEntry> bank) {
        if (question.type() == QuestionType.FILE) {
            return Optional.empty(); // files (resume) are uploaded by the adapter, not answered
        }
        switch (question.section()) {
            case VOLUNTARY_SELF_ID:
                return selfIdentification(question, profile);
            case CONSENT:
                return consent(question);
            default:
                return standardFields.answer(question, profile).flatMap(a -> fit(question, a))
                        .or(() -> fromBank(question, bank == null ? List.of() : bank));
        }
    }

    private Optional<ResolvedAnswer> fromBank(FormQuestion question, List<AnswerBankEntry> bank) {
        return bankAnswer(question.label(), bank)
                .flatMap(e -> fit(question, new ResolvedAnswer(e.answer().trim(), Provenance.answerBank(e.question()))));
    }

    /**
     * The answer-bank entry that answers a question with this label, as {@link #resolve} finds it:
     * the same normalised question, else the closest wording above {@link #BANK_OVERLAP_THRESHOLD};
     * empty when that entry has no answer yet.
     */
    public static Optional<AnswerBankEntry> bankAnswer(String questionLabel, List<AnswerBankEntry> bank) {
        String label = QuestionText.normalise(questionLabel);
        Optional<AnswerBankEntry> entry = bank.stream()
                .filter(e -> QuestionText.normalise(e.question()).equals(label))
                .findFirst();
        if (entry.isEmpty()) {
            AnswerBankEntry best = null;
            double bestOverlap = 0;
            for (AnswerBankEntry e : bank) {
                double overlap = QuestionText.contentOverlap(e.question(), questionLabel);
                if (overlap > bestOverlap) {
                    best = e;
                    bestOverlap = overlap;
                }
            }
            entry = bestOverlap >= BANK_OVERLAP_THRESHOLD ? Optional.of(best) : Optional.empty();
        }
        return entry.filter(e -> e.answer() != null && !e.answer().isBlank());
    }

    /**
     * Whether {@code answer} is one the engine can put into the question as a form asked it, as {@link #resolve}
     * fits an answer-bank answer: for a choice question it names an offered option (a multi-select: one or more, in
     * a list), for a single checkbox it says yes; any text answers free text.
     */
    public static boolean fits(PendingQuestion question, String answer) {
        return fitted(question, answer).isPresent();
    }

    /**
     * The offered options {@code answer} names, as the engine would choose them on the form ("berlin, remote"
     * names Berlin and Remote within the EU); empty when it names none of them or the question offers no choice.
     */
    public static List<String> chosenOptions(PendingQuestion question, String answer) {
        return QuestionType.ofApiValue(question.type()).isChoice()
                ? fitted(question, answer).map(ResolvedAnswer::choices).orElse(List.of()) : List.of();
    }

    private static Optional<ResolvedAnswer> fitted(PendingQuestion question, String answer) {
        if (answer == null || answer.isBlank()) {
            return Optional.empty();
        }
        FormQuestion asked = new FormQuestion(question.label(), null, QuestionType.ofApiValue(question.type()),
                question.options(), question.required(), QuestionSection.CUSTOM);
        return fit(asked, new ResolvedAnswer(answer.strip(), Provenance.answerBank(question.label())));
    }

    private Optional<ResolvedAnswer> selfIdentification(FormQuestion question, Profile profile) {
        String label = QuestionText.normalise(question.label());
        VoluntarySelfIdentification vsi = profile.miscellaneous() == null ? null
                : profile.miscellaneous().voluntarySelfIdentification();
        String field;
        Function<VoluntarySelfIdentification, String> getter;
        if (label.matches(".*\\b(hispanic|latino|latina|latinx)\\b.*")) {
            field = "hispanicOrLatino";
            getter = VoluntarySelfIdentification::hispanicOrLatino;
        } else if (label.matches(".*\\b(race|racial|ethnicity|ethnic)\\b.*")) {
            field = "race";
            getter = VoluntarySelfIdentification::race;
        } else if (label.matches(".*\\b(veteran|military)\\b.*")) {
            field = "veteran";
            getter = VoluntarySelfIdentification::veteran;
        } else if (label.matches(".*\\bdisabilit(y|ies)\\b.*")) {
            field = "disability";
            getter = VoluntarySelfIdentification::disability;
        } else if (label.matches(".*\\b(gender|sex)\\b.*")) {
            field = "gender";
            getter = VoluntarySelfIdentification::gender;
        } else {
            return decline(question, "not covered by voluntarySelfIdentification");
        }
        String value = vsi == null ? null : getter.apply(vsi);
        String source = "miscellaneous.voluntarySelfIdentification." + field;
        if (value == null || value.isBlank()) {
            return decline(question, source + " is not set");
        }
        if (value.trim().equalsIgnoreCase(VoluntarySelfIdentification.DECLINE)) {
            return decline(question, source + " is \"decline\"");
        }
        return fit(question, new ResolvedAnswer(value.trim(), Provenance.profileField(source)));
    }

    private static Optional<ResolvedAnswer> decline(FormQuestion question, String why) {
        return ChoiceMatcher.declineOption(question.options())
                .map(option -> new ResolvedAnswer(option, Provenance.safeDefault("decline to self-identify: " + why)));
    }

    /** Consent to process this very application is implied by asking to apply; nothing else is. */
    private static Optional<ResolvedAnswer> consent(FormQuestion question) {
        String label = QuestionText.normalise(question.label());
        if (MARKETING_WORDS.stream().anyMatch(w -> QuestionText.containsWords(label, w))) {
            return Optional.empty();
        }
        ResolvedAnswer agreed = new ResolvedAnswer("Yes",
                Provenance.safeDefault("consent to process this application (required to apply)"));
        return fit(question, agreed);
    }

    /**
     * Shapes a candidate answer to the question: an offered option for choice questions, ticked or
     * nothing for a checkbox, the text itself otherwise.
     */
    private static Optional<ResolvedAnswer> fit(FormQuestion question, ResolvedAnswer answer) {
        if (question.type() == QuestionType.MULTI_SELECT) {
            return ChoiceMatcher.matchSeveral(answer.value(), question.options())
                    .map(options -> new ResolvedAnswer(String.join(ResolvedAnswer.CHOICE_SEPARATOR, options),
                            answer.provenance()));
        }
        if (question.type().isChoice()) {
            return ChoiceMatcher.match(answer.value(), question.options())
                    .map(option -> new ResolvedAnswer(option, answer.provenance()));
        }
        if (question.type() == QuestionType.CHECKBOX) {
            return TICKED.contains(QuestionText.normalise(answer.value()))
                    ? Optional.of(new ResolvedAnswer(ResolvedAnswer.CHECKED, answer.provenance()))
                    : Optional.empty();
        }
        return Optional.of(answer);
    }
}
