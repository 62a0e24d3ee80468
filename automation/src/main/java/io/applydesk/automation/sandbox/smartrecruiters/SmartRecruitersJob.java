package io.applydesk.automation.sandbox.smartrecruiters;

import java.util.List;

/**
 * One SmartRecruiters posting.
 *
 * @param company     the company identifier, as in {@code jobs.smartrecruiters.com/{Company}/…} (case kept)
 * @param postingId   the 15-digit posting id of the posting page
 * @param publication the OneClick publication UUID, lower case: the practice job's id
 */
public record SmartRecruitersJob(String company, String postingId, String slug, String publication,
                                 String companyName, String title, String location, String descriptionHtml,
                                 List<SmartRecruitersQuestion> questions) {

    public SmartRecruitersJob {
        questions = List.copyOf(questions);
    }

    /** {@code /{Company}/{postingId}-{slug}}: the posting page. */
    public String postingPath() {
        return "/" + company + "/" + postingId + "-" + slug;
    }

    /** {@code /oneclick-ui/company/{Company}/publication/{uuid}?dcr_ci={Company}}: the OneClick form. */
    public String oneClickPath() {
        return "/oneclick-ui/company/" + company + "/publication/" + publication + "?dcr_ci=" + company;
    }
}
