package io.applydesk.automation.sandbox.recruitee;

import io.applydesk.automation.sandbox.recruitee.RecruiteeOffer.Option;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The Recruitee replica's offers: questions the demo candidate's profile and answers cover. */
public final class RecruiteeOffers {
    /** Full name, required phone, optional cover letter; a text and a yes/no question. */
    public static final RecruiteeOffer PLATFORM_ENGINEER = new RecruiteeOffer("copperleaf", "java-platform-engineer",
            "Copperleaf Robotics", "Java Platform Engineer", "Austin, Texas, United States",
            "<p>Copperleaf Robotics builds the fleet software of warehouse robots. Join the platform team that "
                    + "keeps 4,000 robots talking to each other.</p><ul><li>Java 17</li><li>Kafka</li></ul>",
            false, Option.REQUIRED, Option.OPTIONAL, Option.REQUIRED,
            List.of(RecruiteeQuestion.string(881001, "What are your salary expectations?", true),
                    RecruiteeQuestion.yesNo(881002, "Will you now or in the future require visa sponsorship?", true)));
    /** First and last name, optional phone, no cover letter; a choice and a paragraph. */
    public static final RecruiteeOffer DATA_ENGINEER = new RecruiteeOffer("lumen-grid", "data-engineer",
            "Lumen Grid", "Data Engineer", "Lisbon, Portugal",
            "<p>Lumen Grid forecasts solar output for European grid operators. You will build the pipelines "
                    + "behind the forecasts.</p>",
            true, Option.OPTIONAL, Option.OFF, Option.REQUIRED,
            List.of(RecruiteeQuestion.choice(882001, "How did you hear about this job?", true,
                            "LinkedIn", "A friend", "Job board", "Other"),
                    RecruiteeQuestion.text(882002, "What is your notice period?", false)));

    private static final List<RecruiteeOffer> ALL = List.of(PLATFORM_ENGINEER, DATA_ENGINEER);

    private static final List<RecruiteeOffer> ALIASES =
            List.of(PLATFORM_ENGINEER.aliasAs("software-engineer", "Software Engineer"));

    private RecruiteeOffers() {
    }

    public static List<RecruiteeOffer> all() {
        return ALL;
    }

    /**
     * Board-only postings ("Software Engineer"-like titles) served with an existing offer's form; not in
     * {@link #all()}.
     */
    public static List<RecruiteeOffer> aliases() {
        return ALIASES;
    }

    public static Optional<RecruiteeOffer> find(String company, String slug) {
        return Stream.concat(ALL.stream(), ALIASES.stream())
                .filter(offer -> offer.company().equals(company) && offer.slug().equals(slug)).findFirst();
    }
}
