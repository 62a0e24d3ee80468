package io.applydesk.automation.sandbox.recruitee;

import java.util.List;

/**
 * A practice job offer on the Recruitee replica, with the options of Recruitee's offers API.
 *
 * @param company          the careers site's sub-domain, {@code {company}.recruitee.com}
 * @param slug             the offer's slug in {@code /o/{slug}}
 * @param splitName        true when the offer asks first and last name separately instead of {@code candidate[name]}
 * @param phone            {@code options_phone}
 * @param coverLetter      {@code options_cover_letter}
 * @param cv               {@code options_cv}
 */
public record RecruiteeOffer(String company, String slug, String companyName, String title, String location,
                             String descriptionHtml, boolean splitName, Option phone, Option coverLetter, Option cv,
                             List<RecruiteeQuestion> questions) {

    public RecruiteeOffer {
        questions = List.copyOf(questions);
    }

    /**
     * A posting alias: the same tenant and form under another job id and title, for the practice board APIs
     * (a search finds it; the replica serves it with this job's questions).
     */
    public RecruiteeOffer aliasAs(String aliasSlug, String title) {
        return new RecruiteeOffer(company, aliasSlug, companyName, title, location, descriptionHtml, splitName, phone,
                coverLetter, cv, questions);
    }

    /** Whether the form asks for an item: Recruitee's {@code "required"}, {@code "optional"} or {@code "off"}. */
    public enum Option {
        REQUIRED, OPTIONAL, OFF;

        public boolean shown() {
            return this != OFF;
        }

        public boolean required() {
            return this == REQUIRED;
        }
    }

    /** {@code /{company}/o/{slug}}: the offer's path under the replica's prefix. */
    public String path() {
        return "/" + company + "/o/" + slug;
    }
}
