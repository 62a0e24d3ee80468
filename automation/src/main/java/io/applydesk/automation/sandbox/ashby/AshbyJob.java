package io.applydesk.automation.sandbox.ashby;

import java.util.List;

/**
 * One posting of the Ashby replica.
 *
 * @param org   the organisation's job-board name, the first path segment (case kept as at Ashby)
 * @param jobId the posting's UUID, lower case
 */
public record AshbyJob(String org, String jobId, String companyName, String title, String location,
                       String descriptionHtml, List<AshbyField> fields) {

    public AshbyJob {
        fields = List.copyOf(fields);
    }

    /**
     * A posting alias: the same tenant and form under another job id and title, for the practice board APIs
     * (a search finds it; the replica serves it with this job's questions).
     */
    public AshbyJob aliasAs(String aliasJobId, String title) {
        return new AshbyJob(org, aliasJobId, companyName, title, location, descriptionHtml, fields);
    }

    /** {@code /{org}/{uuid}}: the posting's overview, under the replica's prefix. */
    public String path() {
        return "/" + org + "/" + jobId;
    }

    /** The application tab's path, the posting API's {@code applyUrl}. */
    public String applicationPath() {
        return path() + "/application";
    }
}
