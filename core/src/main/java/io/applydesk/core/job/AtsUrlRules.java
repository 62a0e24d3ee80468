package io.applydesk.core.job;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL patterns of each ATS (ATS-REFERENCE.md §0) and the canonical key of a job found by them.
 *
 * <p>Key design ({@code ats:tenant:jobId}): where the ATS's job ids are globally unique and some
 * URL forms do not name the tenant (Greenhouse {@code gh_jid}, Ashby {@code ashby_jid}, Workable's
 * short links), the tenant part is {@code *} so every form of one job gives one key. Elsewhere the
 * tenant is lower-cased and part of the key. EU and non-EU hosts of one ATS give the same key: the
 * ids share one space. Workday keys use the tenant and the requisition id only, so the two Workday
 * hosts, the locale and the career site do not matter.
 */
final class AtsUrlRules {
    static final String ANY_TENANT = "*";

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern WORKABLE_SHORTCODE = Pattern.compile("[0-9A-Fa-f]{10}");
    private static final Pattern SMARTRECRUITERS_POSTING = Pattern.compile("(\\d{10,})(-.*)?");

    private static final Pattern GREENHOUSE_HOST = Pattern.compile("(job-)?boards(\\.eu)?\\.greenhouse\\.io");
    private static final Pattern LEVER_HOST = Pattern.compile("jobs(\\.eu)?\\.lever\\.co");
    private static final Pattern WORKDAY_TENANT_HOST = Pattern.compile("([a-z0-9-]+)(\\.wd\\d+)?\\.myworkdayjobs\\.com");
    private static final Pattern WORKDAY_SHARED_HOST = Pattern.compile("wd\\d+\\.myworkdaysite\\.com");
    private static final Pattern BAMBOOHR_HOST = Pattern.compile("([a-z0-9-]+)\\.bamboohr\\.com");
    private static final Pattern RECRUITEE_HOST = Pattern.compile("([a-z0-9-]+)\\.recruitee\\.com");
    private static final Pattern WORKABLE_HOST = Pattern.compile("([a-z0-9-]+)\\.workable\\.com");
    private static final Set<String> WORKDAY_APPLY_STEPS =
            Set.of("apply", "applymanually", "autofillwithresume", "usemylastapplication");

    private AtsUrlRules() {
    }

    /** What a URL says about a job. {@code key} and {@code jobId} are null when it is not a job page. */
    record AtsMatch(AtsType ats, String tenant, String jobId, String key) {
        static AtsMatch job(AtsType ats, String tenant, String jobId, String keyTenant) {
            return new AtsMatch(ats, tenant, jobId, ats.apiValue() + ":" + keyTenant + ":" + jobId);
        }

        static AtsMatch siteOnly(AtsType ats, String tenant) {
            return new AtsMatch(ats, tenant, null, null);
        }
    }

    /** The ATS job this URL points at, or empty for a host no rule knows. */
    static Optional<AtsMatch> match(UrlParts u) {
        for (Rule rule : RULES) {
            Optional<AtsMatch> m = rule.match(u);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    /**
     * The real-host URL an aliased URL stands for: {@code remainder} is the path after the alias
     * prefix. For ATSs whose tenant is a sub-domain (Workday, BambooHR, Recruitee), the first
     * remaining segment is the tenant, e.g. {@code PREFIX/acme/careers/42} = {@code acme.bamboohr.com/careers/42}.
     */
    static UrlParts realUrlFor(AtsType ats, UrlParts remainder) {
        String first = remainder.segment(0);
        switch (ats) {
            case GREENHOUSE:
                return remainder.withHost("boards.greenhouse.io");
            case LEVER:
                return remainder.withHost("jobs.lever.co");
            case ASHBY:
                return remainder.withHost("jobs.ashbyhq.com");
            case WORKABLE:
                return remainder.withHost("apply.workable.com");
            case SMARTRECRUITERS:
                return remainder.withHost("jobs.smartrecruiters.com");
            case WORKDAY:
                if (remainder.segments().contains("recruiting")) {
                    return remainder.withHost("wd1.myworkdaysite.com");
                }
                return first == null ? remainder : remainder.dropSegments(1).withHost(first + ".wd1.myworkdayjobs.com");
            case BAMBOOHR:
                return first == null ? remainder : remainder.dropSegments(1).withHost(first + ".bamboohr.com");
            case RECRUITEE:
                return first == null ? remainder : remainder.dropSegments(1).withHost(first + ".recruitee.com");
            case UNKNOWN:
                // An employer's own careers site: the first segment names the employer's site.
                return first == null ? remainder : remainder.dropSegments(1).withHost(first);
            default:
                return remainder;
        }
    }

    private interface Rule {
        Optional<AtsMatch> match(UrlParts u);
    }

    private static final List<Rule> RULES = List.of(
            AtsUrlRules::greenhouse, AtsUrlRules::lever, AtsUrlRules::ashby, AtsUrlRules::workable,
            AtsUrlRules::smartRecruiters, AtsUrlRules::workday, AtsUrlRules::bambooHr, AtsUrlRules::recruitee,
            AtsUrlRules::employerSiteEmbeds);

    private static Optional<AtsMatch> greenhouse(UrlParts u) {
        if (!GREENHOUSE_HOST.matcher(u.host()).matches()) {
            return Optional.empty();
        }
        String first = u.segment(0);
        if ("embed".equals(first)) {
            String token = u.param("token");
            String board = lower(u.param("for"));
            return Optional.of(token != null && DIGITS.matcher(token).matches()
                    ? AtsMatch.job(AtsType.GREENHOUSE, board, token, ANY_TENANT)
                    : AtsMatch.siteOnly(AtsType.GREENHOUSE, board));
        }
        String board = lower(first);
        String id = u.segment(2);
        if ("jobs".equals(u.segment(1)) && id != null && DIGITS.matcher(id).matches()) {
            return Optional.of(AtsMatch.job(AtsType.GREENHOUSE, board, id, ANY_TENANT));
        }
        String ghJid = u.param("gh_jid");
        if (ghJid != null && DIGITS.matcher(ghJid).matches()) {
            return Optional.of(AtsMatch.job(AtsType.GREENHOUSE, board, ghJid, ANY_TENANT));
        }
        return Optional.of(AtsMatch.siteOnly(AtsType.GREENHOUSE, board));
    }

    private static Optional<AtsMatch> lever(UrlParts u) {
        if (!LEVER_HOST.matcher(u.host()).matches()) {
            return Optional.empty();
        }
        String site = lower(u.segment(0));
        String id = u.segment(1);
        if (site != null && id != null && UUID.matcher(id).matches()) {
            return Optional.of(AtsMatch.job(AtsType.LEVER, site, lower(id), site));
        }
        return Optional.of(AtsMatch.siteOnly(AtsType.LEVER, site));
    }

    private static Optional<AtsMatch> ashby(UrlParts u) {
        if (!"jobs.ashbyhq.com".equals(u.host())) {
            return Optional.empty();
        }
        String org = u.segment(0); // case-sensitive at Ashby: kept as written
        String id = u.segment(1);
        if (org != null && id != null && UUID.matcher(id).matches()) {
            return Optional.of(AtsMatch.job(AtsType.ASHBY, org, lower(id), ANY_TENANT));
        }
        String jid = u.param("ashby_jid");
        if (jid != null && UUID.matcher(jid).matches()) {
            return Optional.of(AtsMatch.job(AtsType.ASHBY, org, lower(jid), ANY_TENANT));
        }
        return Optional.of(AtsMatch.siteOnly(AtsType.ASHBY, org));
    }

    private static Optional<AtsMatch> workable(UrlParts u) {
        String account;
        int jIndex;
        if ("apply.workable.com".equals(u.host())) {
            // apply.workable.com/j/CODE or apply.workable.com/{account}/j/CODE[/apply]
            boolean shortForm = "j".equals(u.segment(0));
            account = shortForm ? null : lower(u.segment(0));
            jIndex = shortForm ? 0 : 1;
        } else {
            Matcher m = WORKABLE_HOST.matcher(u.host());
            if (!m.matches()) {
                return Optional.empty();
            }
            account = m.group(1); // legacy {account}.workable.com/j/CODE
            jIndex = 0;
        }
        String code = u.segment(jIndex + 1);
        if ("j".equals(u.segment(jIndex)) && code != null && WORKABLE_SHORTCODE.matcher(code).matches()) {
            return Optional.of(AtsMatch.job(AtsType.WORKABLE, account, code.toUpperCase(Locale.ROOT), ANY_TENANT));
        }
        return Optional.of(AtsMatch.siteOnly(AtsType.WORKABLE, account));
    }

    private static Optional<AtsMatch> smartRecruiters(UrlParts u) {
        if ("careers.smartrecruiters.com".equals(u.host())) {
            return Optional.of(AtsMatch.siteOnly(AtsType.SMARTRECRUITERS, lower(u.segment(0))));
        }
        if (!"jobs.smartrecruiters.com".equals(u.host())) {
            return Optional.empty();
        }
        if ("oneclick-ui".equals(u.segment(0))) {
            // oneclick-ui/company/{Company}/publication/{uuid}
            String company = lower(u.segment(2));
            String publication = u.segment(4);
            if ("publication".equals(u.segment(3)) && publication != null && UUID.matcher(publication).matches()) {
                return Optional.of(AtsMatch.job(AtsType.SMARTRECRUITERS, company, lower(publication), company));
            }
            return Optional.of(AtsMatch.siteOnly(AtsType.SMARTRECRUITERS, company));
        }
        String company = lower(u.segment(0));
        String posting = u.segment(1);
        Matcher m = posting == null ? null : SMARTRECRUITERS_POSTING.matcher(posting);
        if (company != null && m != null && m.matches()) {
            return Optional.of(AtsMatch.job(AtsType.SMARTRECRUITERS, company, m.group(1), company));
        }
        return Optional.of(AtsMatch.siteOnly(AtsType.SMARTRECRUITERS, company));
    }

    private static Optional<AtsMatch> workday(UrlParts u) {
        String tenant;
        UrlParts rest;
        Matcher tenantHost = WORKDAY_TENANT_HOST.matcher(u.host());
        if (tenantHost.matches()) {
            tenant = tenantHost.group(1);
            rest = skipLocale(u, "job", 1); // [{locale}/]{site}/job/…
        } else if (WORKDAY_SHARED_HOST.matcher(u.host()).matches()) {
            UrlParts afterLocale = skipLocale(u, "recruiting", 0); // [{locale}/]recruiting/{tenant}/{site}/job/…
            if (!"recruiting".equals(afterLocale.segment(0)) || afterLocale.segment(1) == null) {
                return Optional.of(AtsMatch.siteOnly(AtsType.WORKDAY, null));
            }
            tenant = lower(afterLocale.segment(1));
            rest = afterLocale.dropSegments(2);
        } else {
            return Optional.empty();
        }
        // rest = {site}/job/{location…}/{Title}_{ReqId}[/apply[/step]]
        List<String> s = rest.segments();
        if (s.size() < 3 || !"job".equals(s.get(1))) {
            return Optional.of(AtsMatch.siteOnly(AtsType.WORKDAY, tenant));
        }
        int last = s.size() - 1;
        while (last > 1 && WORKDAY_APPLY_STEPS.contains(s.get(last).toLowerCase(Locale.ROOT))) {
            last--;
        }
        String titleAndReq = s.get(last);
        int underscore = titleAndReq.lastIndexOf('_');
        if (last < 2 || underscore < 0 || underscore == titleAndReq.length() - 1) {
            return Optional.of(AtsMatch.siteOnly(AtsType.WORKDAY, tenant));
        }
        String reqId = titleAndReq.substring(underscore + 1).toUpperCase(Locale.ROOT);
        return Optional.of(AtsMatch.job(AtsType.WORKDAY, tenant, reqId, tenant));
    }

    private static Optional<AtsMatch> bambooHr(UrlParts u) {
        Matcher host = BAMBOOHR_HOST.matcher(u.host());
        if (!host.matches() || "www".equals(host.group(1))) {
            return Optional.empty();
        }
        String company = host.group(1);
        String id = "careers".equals(u.segment(0)) ? u.segment(1)
                : "jobs".equals(u.segment(0)) && "view.php".equals(u.segment(1)) ? u.param("id") : null;
        if (id != null && DIGITS.matcher(id).matches()) {
            return Optional.of(AtsMatch.job(AtsType.BAMBOOHR, company, id, company));
        }
        return Optional.of(AtsMatch.siteOnly(AtsType.BAMBOOHR, company));
    }

    private static Optional<AtsMatch> recruitee(UrlParts u) {
        Matcher host = RECRUITEE_HOST.matcher(u.host());
        if (!host.matches()) {
            return Optional.empty();
        }
        String company = host.group(1);
        String slug = u.segment(1);
        if ("o".equals(u.segment(0)) && slug != null) {
            return Optional.of(AtsMatch.job(AtsType.RECRUITEE, company, lower(slug), company));
        }
        return Optional.of(AtsMatch.siteOnly(AtsType.RECRUITEE, company));
    }

    /** Employer career sites that embed a Greenhouse or Ashby board name the job in the query. */
    private static Optional<AtsMatch> employerSiteEmbeds(UrlParts u) {
        String ghJid = u.param("gh_jid");
        if (ghJid != null && DIGITS.matcher(ghJid).matches()) {
            return Optional.of(AtsMatch.job(AtsType.GREENHOUSE, null, ghJid, ANY_TENANT));
        }
        String ashbyJid = u.param("ashby_jid");
        if (ashbyJid != null && UUID.matcher(ashbyJid).matches()) {
            return Optional.of(AtsMatch.job(AtsType.ASHBY, null, lower(ashbyJid), ANY_TENANT));
        }
        return Optional.empty();
    }

    /** Drops a leading locale ({@code en-US}) found by position: the segment before {@code marker}. */
    private static UrlParts skipLocale(UrlParts u, String marker, int markerIndexWithoutLocale) {
        boolean hasLocale = marker.equals(u.segment(markerIndexWithoutLocale + 1))
                && !marker.equals(u.segment(markerIndexWithoutLocale));
        return hasLocale ? u.dropSegments(1) : u;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
