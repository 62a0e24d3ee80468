package io.applydesk.core.job;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Practice mode's one job site: the practice ATS server at {@code address}. The banner promises that practice
 * applications go there and never to real employers, so in practice mode a session refuses links elsewhere
 * and the engine's browser sends no request elsewhere.
 *
 * @param address     the server: scheme, host and port, e.g. {@code http://127.0.0.1:41725}
 * @param hostAliases its URL prefixes that follow real ATSs' paths (see {@link JobLinkParser})
 */
public record PracticeSite(URI address, List<HostAlias> hostAliases) {
    /** Why ApplyDesk refuses a link off the practice site, for the candidate. */
    public static final String ONLY_PRACTICE_JOBS = "In practice mode ApplyDesk applies only to the practice site's"
            + " jobs. Leave practice mode (Set up your own profile) to apply to real employers.";

    public PracticeSite {
        Objects.requireNonNull(address, "address");
        if (address.getScheme() == null || address.getHost() == null) {
            throw new IllegalArgumentException("the practice site's address needs a scheme and a host: " + address);
        }
        hostAliases = List.copyOf(hostAliases);
    }

    /** The sentence for a link off the practice site. */
    public static String offSite(String link) {
        return "'" + link.trim() + "' is not on the practice site. " + ONLY_PRACTICE_JOBS;
    }

    /** True when {@code url} is on this server: it starts with its scheme, host and port. */
    public boolean hosts(String url) {
        return url != null && !elsewhere().matcher(url.trim()).find();
    }

    /**
     * Every URL off this server, as a regular expression that reads the same in Java and in JavaScript: the
     * engine's browser driver runs it itself, so the practice site's own requests never wait on the engine.
     */
    public Pattern elsewhere() {
        String origin = address.getScheme() + "://" + address.getRawAuthority();
        // Each metacharacter escaped alone: JavaScript knows no \Q...\E.
        return Pattern.compile("^(?!" + origin.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "(?:[/?#]|$))",
                Pattern.CASE_INSENSITIVE);
    }

    /**
     * {@code link} on this server as it runs now. The server keeps its port from one start to the next, but takes
     * another when that one is taken: a link on its host at another port, to a page under one of its aliases, is
     * one an earlier start stored, and moves to this port. Any other link is returned as it is.
     */
    public URI current(URI link) {
        if (!onThisHost(link) || port(address) == port(link) || !underAnAlias(link.getRawPath())) {
            return link;
        }
        return URI.create(address.getScheme() + "://" + address.getRawAuthority()
                + (link.getRawPath() == null ? "" : link.getRawPath())
                + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery())
                + (link.getRawFragment() == null ? "" : "#" + link.getRawFragment()));
    }

    private boolean underAnAlias(String path) {
        return path != null && hostAliases.stream().map(alias -> URI.create(alias.urlPrefix()).getRawPath())
                .map(prefix -> prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix)
                .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private boolean onThisHost(URI uri) {
        return lower(address.getScheme()).equals(lower(uri.getScheme()))
                && lower(address.getHost()).equals(lower(uri.getHost()));
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equals(lower(uri.getScheme())) ? 443 : 80;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
