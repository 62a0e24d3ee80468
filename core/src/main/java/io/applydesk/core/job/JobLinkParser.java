package io.applydesk.core.job;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Understands a job link: which ATS it belongs to (from the URL alone), the tenant, the ATS's job
 * id and the canonical key that says whether two links are the same job (see {@link AtsUrlRules}
 * for the key design).
 *
 * <p>Links on hosts no rule knows get ATS {@link AtsType#UNKNOWN} and the key {@code url:} + host
 * (lower case, without {@code www.}, with a non-default port) + path (without trailing slash) +
 * the query parameters that look like job ids, sorted; scheme, fragment and tracking parameters
 * never matter.
 *
 * <p>{@link HostAlias host aliases} make a URL prefix (e.g. the practice ATS's
 * {@code http://127.0.0.1:PORT/practice/greenhouse}) stand for an ATS's real host; the rest of the
 * link is matched against that ATS's real patterns. For ATSs whose tenant is a sub-domain (Workday,
 * BambooHR, Recruitee) the first segment after the prefix is the tenant.
 *
 * <p>In practice mode ({@link #forMode}) it knows the practice site's aliases, and only links on that site
 * are {@link #isAppliable appliable}.
 *
 * <p>Immutable and thread-safe.
 */
public final class JobLinkParser {
    /** Query parameters kept in the key of links on unknown hosts: they usually name the job. */
    static final Set<String> JOB_ID_PARAMS = Set.of("gh_jid", "ashby_jid", "jobid", "id", "jid", "job", "token");

    private final List<HostAlias> aliases;
    /** In practice mode, the only site ApplyDesk applies to; null otherwise. */
    private final PracticeSite practiceSite;

    /** A parser that knows only the real ATS hosts. */
    public JobLinkParser() {
        this(List.of());
    }

    public JobLinkParser(List<HostAlias> aliases) {
        this(aliases, null);
    }

    private JobLinkParser(List<HostAlias> aliases, PracticeSite practiceSite) {
        // Longest prefix first, so a more specific alias wins.
        this.aliases = aliases.stream()
                .sorted(Comparator.comparingInt((HostAlias a) -> a.urlPrefix().length()).reversed())
                .collect(Collectors.toUnmodifiableList());
        this.practiceSite = practiceSite;
    }

    /**
     * The parser of a mode. In practice mode ({@code practiceSite} not null) it knows the practice site's aliases,
     * and only the site's links are appliable; otherwise it is {@link #JobLinkParser()}.
     */
    public static JobLinkParser forMode(PracticeSite practiceSite) {
        return practiceSite == null ? new JobLinkParser() : new JobLinkParser(practiceSite.hostAliases(), practiceSite);
    }

    /**
     * False only in practice mode, for a link off the practice site: the practice banner promises that no real
     * employer receives practice data ({@link PracticeSite#offSite} says why).
     */
    public boolean isAppliable(JobLink link) {
        return practiceSite == null || practiceSite.hosts(link.uri().toString());
    }

    /**
     * Parses {@code url}.
     *
     * @throws ApplyDeskException INVALID_JOB_URL unless it is an absolute http(s) URL with a host
     */
    public JobLink parse(String url) {
        URI uri = toWebUri(url);
        UrlParts parts = UrlParts.of(uri);
        Optional<HostAlias> alias = aliasFor(uri.toString());
        UrlParts matched = alias.map(a -> AtsUrlRules.realUrlFor(a.atsType(), remainderAfter(a, uri)))
                .orElse(parts);
        Optional<AtsUrlRules.AtsMatch> match = AtsUrlRules.match(matched);
        AtsType ats = match.map(AtsUrlRules.AtsMatch::ats)
                .orElse(alias.map(HostAlias::atsType).orElse(AtsType.UNKNOWN));
        String tenant = match.map(AtsUrlRules.AtsMatch::tenant).orElse(null);
        String jobId = match.map(AtsUrlRules.AtsMatch::jobId).orElse(null);
        String key = match.map(AtsUrlRules.AtsMatch::key).orElse(null);
        return new JobLink(uri, ats, tenant, jobId, key == null ? urlKey(matched) : key);
    }

    /** True when {@code url} is something {@link #parse} accepts. */
    public boolean isWebLink(String url) {
        try {
            toWebUri(url);
            return true;
        } catch (ApplyDeskException e) {
            return false;
        }
    }

    private static URI toWebUri(String url) {
        String text = url == null ? "" : url.trim();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty()) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // fall through to the refusal below
        }
        throw new ApplyDeskException(ErrorCode.INVALID_JOB_URL,
                "'" + text + "' is not a web link to a job posting; it must start with http:// or https://.", text);
    }

    private Optional<HostAlias> aliasFor(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return aliases.stream().filter(a -> {
            String prefix = stripTrailingSlash(a.urlPrefix().toLowerCase(Locale.ROOT));
            if (!lower.startsWith(prefix)) {
                return false;
            }
            // The prefix must end at a segment boundary: ".../greenhouse" must not match ".../greenhouse2".
            return lower.length() == prefix.length() || "/?#".indexOf(lower.charAt(prefix.length())) >= 0;
        }).findFirst();
    }

    private static UrlParts remainderAfter(HostAlias alias, URI uri) {
        UrlParts prefix = UrlParts.of(URI.create(stripTrailingSlash(alias.urlPrefix())));
        return UrlParts.of(uri).dropSegments(prefix.segments().size());
    }

    private static String urlKey(UrlParts u) {
        StringBuilder key = new StringBuilder("url:").append(u.host());
        if (u.port() >= 0) {
            key.append(':').append(u.port());
        }
        for (String segment : u.segments()) {
            key.append('/').append(segment);
        }
        TreeMap<String, String> idParams = new TreeMap<>();
        u.query().forEach((name, value) -> {
            if (JOB_ID_PARAMS.contains(name) && !value.isBlank()) {
                idParams.put(name, value);
            }
        });
        if (!idParams.isEmpty()) {
            key.append('?').append(idParams.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("&")));
        }
        return key.toString();
    }

    private static String stripTrailingSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
