package io.applydesk.automation.sandbox.workable;

import java.util.List;

/**
 * A practice job on the Workable replica.
 *
 * @param account   the account slug in {@code apply.workable.com/{account}/j/{shortcode}/}
 * @param shortcode the job's shortcode, ten upper-case hex digits
 * @param questions the employer's questions and custom attributes, in form order
 */
public record WorkableJob(String account, String shortcode, String companyName, String title, String location,
                          String descriptionHtml, List<WorkableQuestion> questions) {

    public WorkableJob {
        questions = List.copyOf(questions);
    }

    /**
     * A posting alias: the same tenant and form under another job id and title, for the practice board APIs
     * (a search finds it; the replica serves it with this job's questions).
     */
    public WorkableJob aliasAs(String aliasShortcode, String title) {
        return new WorkableJob(account, aliasShortcode, companyName, title, location, descriptionHtml, questions);
    }

    /** {@code /{account}/j/{shortcode}}, the posting's path on apply.workable.com. */
    public String path() {
        return "/" + account + "/j/" + shortcode;
    }
}
