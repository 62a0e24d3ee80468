package io.applydesk.automation.sandbox.bamboohr;

import java.util.List;

/**
 * One opening on a BambooHR careers site.
 *
 * @param company the tenant, the sub-domain of {@code {company}.bamboohr.com}
 * @param jobId   the opening's numeric id
 */
public record BambooHrJob(String company, String jobId, String companyName, String title, String location,
                          String descriptionHtml, List<BambooHrField> fields) {

    public BambooHrJob {
        fields = List.copyOf(fields);
    }

    /**
     * A posting alias: the same tenant and form under another job id and title, for the practice board APIs
     * (a search finds it; the replica serves it with this job's questions).
     */
    public BambooHrJob aliasAs(String aliasJobId, String title) {
        return new BambooHrJob(company, aliasJobId, companyName, title, location, descriptionHtml, fields);
    }

    /** {@code /{company}/careers/{id}} under the replica's prefix. */
    public String path() {
        return "/" + company + "/careers/" + jobId;
    }
}
