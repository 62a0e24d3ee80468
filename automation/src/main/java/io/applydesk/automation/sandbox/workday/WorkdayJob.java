package io.applydesk.automation.sandbox.workday;

import java.util.List;

/**
 * One Workday requisition on a tenant's career site.
 *
 * @param tenant    the sub-domain tenant, e.g. {@code acme} of {@code acme.wd5.myworkdayjobs.com}
 * @param locale    the optional locale segment ({@code en-US}), or null
 * @param site      the career site, e.g. {@code External}
 * @param location  the location segment of the URL, e.g. {@code Austin-TX}
 * @param titleSlug the title segment before {@code _ReqId}
 * @param reqId     the requisition id (the job id)
 * @param questions the tenant's Application Questions step, in page order
 */
public record WorkdayJob(String tenant, String locale, String site, String location, String titleSlug, String reqId,
                         String companyName, String title, String descriptionHtml, List<Question> questions) {

    public WorkdayJob {
        questions = List.copyOf(questions);
    }

    /** The catalog's board token, {@code {tenant}.{wdN}/{site}}; the practice host stands for {@code wd1}. */
    public String boardToken() {
        return tenant + ".wd1/" + site;
    }

    /** The posting's {@code externalPath} in the CXS job search: {@code /job/{location}/{titleSlug}_{reqId}}. */
    public String externalPath() {
        return "/job/" + location + "/" + titleSlug + "_" + reqId;
    }

    /** The posting's path after the tenant, without {@code /apply}. */
    public String path() {
        return "/" + tenant + (locale == null ? "" : "/" + locale) + "/" + site + "/job/" + location + "/"
                + titleSlug + "_" + reqId;
    }

    /**
     * One application question: a listbox dropdown when {@code options} is not empty, else a text input.
     *
     * @param id the input's id, which is also the recorded field name
     */
    public record Question(String id, String label, List<String> options, boolean required) {
        public Question {
            options = List.copyOf(options);
        }
    }
}
