package io.applydesk.core.search.source;

import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import java.net.URI;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where each ATS's board API and job site live: the real hosts by default, or the practice server's replicas
 * (boards-layout.md). A base may hold {@code {tenant}}, the board's tenant for ATSs whose real host carries it
 * (Recruitee and BambooHR company, Workday tenant), and for Workday {@code {wd}}, the data-centre label
 * ({@code wd1}, {@code wd5}, ...).
 *
 * @param apiBases  per ATS, the URL the API paths follow, without trailing slash
 * @param siteBases per ATS whose list API gives no job link (SmartRecruiters, Workday, BambooHR) or may give the
 *                  employer's own page (Greenhouse), the job site's base the link is built on
 */
public record BoardApiSettings(Map<AtsType, String> apiBases, Map<AtsType, String> siteBases) {
    /** The placeholder for the board's tenant in a host name. */
    public static final String TENANT = "{tenant}";
    /** The placeholder for a Workday board's data-centre label. */
    public static final String WD = "{wd}";

    public BoardApiSettings {
        apiBases = Map.copyOf(apiBases);
        siteBases = Map.copyOf(siteBases);
    }

    /** The real board APIs. */
    public static BoardApiSettings real() {
        Map<AtsType, String> api = new EnumMap<>(AtsType.class);
        api.put(AtsType.GREENHOUSE, "https://boards-api.greenhouse.io");
        api.put(AtsType.LEVER, "https://api.lever.co");
        api.put(AtsType.ASHBY, "https://api.ashbyhq.com");
        api.put(AtsType.WORKABLE, "https://apply.workable.com");
        api.put(AtsType.SMARTRECRUITERS, "https://api.smartrecruiters.com");
        api.put(AtsType.RECRUITEE, "https://" + TENANT + ".recruitee.com");
        api.put(AtsType.WORKDAY, "https://" + TENANT + "." + WD + ".myworkdayjobs.com");
        api.put(AtsType.BAMBOOHR, "https://" + TENANT + ".bamboohr.com");
        Map<AtsType, String> site = new EnumMap<>(AtsType.class);
        site.put(AtsType.GREENHOUSE, "https://job-boards.greenhouse.io");
        site.put(AtsType.SMARTRECRUITERS, "https://jobs.smartrecruiters.com");
        site.put(AtsType.WORKDAY, "https://" + TENANT + "." + WD + ".myworkdayjobs.com");
        site.put(AtsType.BAMBOOHR, "https://" + TENANT + ".bamboohr.com");
        return new BoardApiSettings(api, site);
    }

    /**
     * The practice server's replicas at {@code practiceBaseUrl}: APIs under {@code /practice/board-api/<ats>}, job
     * sites under {@code /practice/<ats>}, the tenant as the first segment where the real host carries it (for
     * Workday's API {@code {tenant}.{wd}}, its job site only the tenant, as the replica serves it).
     */
    public static BoardApiSettings practice(URI practiceBaseUrl) {
        String base = stripSlash(practiceBaseUrl.toString());
        Map<AtsType, String> api = new EnumMap<>(AtsType.class);
        Map<AtsType, String> site = new EnumMap<>(AtsType.class);
        for (AtsType ats : real().apiBases().keySet()) {
            String name = ats.apiValue();
            String tenant = hostCarriesTenant(ats) ? "/" + TENANT : "";
            api.put(ats, base + "/practice/board-api/" + name + tenant + (ats == AtsType.WORKDAY ? "." + WD : ""));
            if (real().siteBases().containsKey(ats)) {
                site.put(ats, base + "/practice/" + name + tenant);
            }
        }
        return new BoardApiSettings(api, site);
    }

    /** The API base for {@code board}, its tenant filled in. */
    public String api(Board board) {
        return fill(apiBases, board);
    }

    /** The job site base for {@code board}, its tenant filled in. */
    public String site(Board board) {
        return fill(siteBases, board);
    }

    private static String fill(Map<AtsType, String> bases, Board board) {
        String base = Objects.requireNonNull(bases.get(board.ats()), () -> "no base URL for " + board.ats());
        boolean workday = board.ats() == AtsType.WORKDAY;
        String tenant = workday ? board.workdayTenant() : board.token();
        String filled = base.replace(TENANT, tenant.toLowerCase(Locale.ROOT));
        return stripSlash(workday ? filled.replace(WD, board.workdayHostLabel().toLowerCase(Locale.ROOT)) : filled);
    }

    private static boolean hostCarriesTenant(AtsType ats) {
        return ats == AtsType.RECRUITEE || ats == AtsType.WORKDAY || ats == AtsType.BAMBOOHR;
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
