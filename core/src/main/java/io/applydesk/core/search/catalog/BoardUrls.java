package io.applydesk.core.search.catalog;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLink;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.search.Board;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the board behind a pasted job or board URL: the ATS and tenant come from {@link JobLinkParser}; the
 * company name from the catalog when it knows the board, else the token.
 */
final class BoardUrls {
    private static final Pattern WORKDAY_HOST = Pattern.compile("[a-z0-9-]+\\.(wd\\d+)\\.myworkdayjobs\\.com");
    private static final Pattern WORKDAY_SHARED_HOST = Pattern.compile("(wd\\d+)\\.myworkdaysite\\.com");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2}-[A-Z]{2}");
    private static final String SUPPORTED = "Greenhouse, Lever, Ashby, Workable, SmartRecruiters, Recruitee, "
            + "Workday and BambooHR";

    private final JobLinkParser parser;
    private final BoardCatalog catalog;

    BoardUrls(JobLinkParser parser, BoardCatalog catalog) {
        this.parser = parser;
        this.catalog = catalog;
    }

    /**
     * The board of a job or board URL.
     *
     * @throws ApplyDeskException INVALID_JOB_URL when it is not a web link or names no board;
     *                            ATS_NOT_SUPPORTED when it is on no job board ApplyDesk reads (an employer's site)
     */
    Board recognise(String url) {
        JobLink link = parser.parse(url);
        if (link.atsType() == AtsType.UNKNOWN) {
            throw new ApplyDeskException(ErrorCode.ATS_NOT_SUPPORTED,
                    link.uri().getHost() + " is not a job board ApplyDesk can read; it looks like a company's own "
                            + "careers site. ApplyDesk reads boards on " + SUPPORTED + ": paste a link to the "
                            + "company's board or one of its jobs there.", url);
        }
        if (link.tenant() == null || link.tenant().isBlank()) {
            throw new ApplyDeskException(ErrorCode.INVALID_JOB_URL,
                    "This " + link.atsType().displayName() + " link does not say which company's board it is on. "
                            + "Open the job and paste the address of its page on the job board instead.", url);
        }
        String token = link.atsType() == AtsType.WORKDAY ? workdayToken(link) : link.tenant();
        return catalog.find(link.atsType(), token)
                .orElseGet(() -> new Board(link.atsType(), token, null));
    }

    /** {@code {tenant}.{wdN}/{site}}: the career site is the segment before {@code job}, or the first one. */
    private String workdayToken(JobLink link) {
        List<String> segments = Arrays.stream(link.uri().getPath().split("/")).filter(s -> !s.isEmpty()).toList();
        int job = segments.indexOf("job");
        String site = job > 0 ? segments.get(job - 1) : firstSite(segments, link.tenant());
        if (site == null) {
            throw new ApplyDeskException(ErrorCode.INVALID_JOB_URL,
                    "This Workday link does not name the company's career site. Paste the address of one of its "
                            + "jobs, or of the page that lists them.", link.uri().toString());
        }
        String host = link.uri().getHost().toLowerCase(Locale.ROOT);
        Matcher tenantHost = WORKDAY_HOST.matcher(host);
        Matcher sharedHost = WORKDAY_SHARED_HOST.matcher(host);
        String wd = tenantHost.matches() ? tenantHost.group(1) : sharedHost.matches() ? sharedHost.group(1) : null;
        if (wd == null) {
            // WHY: a host without wdN (or the practice host, which stands for wd1) leaves the catalog to tell.
            wd = catalog.all().stream().filter(board -> board.ats() == AtsType.WORKDAY)
                    .filter(board -> board.workdayTenant().equalsIgnoreCase(link.tenant())
                            && board.workdaySite().equalsIgnoreCase(site))
                    .map(Board::workdayHostLabel).findFirst().orElse("wd1");
        }
        return link.tenant() + "." + wd + "/" + site;
    }

    /** A board page: {@code [locale/]{site}}, or {@code recruiting/{tenant}/{site}} on myworkdaysite.com. */
    private static String firstSite(List<String> segments, String tenant) {
        List<String> rest = segments.isEmpty() || !LOCALE.matcher(segments.get(0)).matches()
                ? segments : segments.subList(1, segments.size());
        if (rest.size() >= 3 && "recruiting".equals(rest.get(0)) && rest.get(1).equalsIgnoreCase(tenant)) {
            return rest.get(2);
        }
        return rest.isEmpty() || "recruiting".equals(rest.get(0)) ? null : rest.get(0);
    }
}
