package io.applydesk.core.job;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An http(s) URL taken apart for matching: lower-case host without {@code www.}, the explicit port
 * (-1 for the scheme's default), decoded non-empty path segments, and query parameters by
 * lower-case name (first value wins).
 */
record UrlParts(String host, int port, List<String> segments, Map<String, String> query) {

    static UrlParts of(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int port = uri.getPort();
        if ((port == 80 && "http".equalsIgnoreCase(uri.getScheme()))
                || (port == 443 && "https".equalsIgnoreCase(uri.getScheme()))) {
            port = -1;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
        return new UrlParts(host, port, List.copyOf(segments), parseQuery(uri.getRawQuery()));
    }

    /** The value of query parameter {@code name} (case-insensitive), or null. */
    String param(String name) {
        String value = query.get(name.toLowerCase(Locale.ROOT));
        return value == null || value.isBlank() ? null : value;
    }

    /** Segment {@code i}, or null past the end. */
    String segment(int i) {
        return i < segments.size() ? segments.get(i) : null;
    }

    /** This URL without its first {@code n} segments. */
    UrlParts dropSegments(int n) {
        return new UrlParts(host, port, segments.subList(Math.min(n, segments.size()), segments.size()), query);
    }

    UrlParts withHost(String newHost) {
        return new UrlParts(newHost, -1, segments, query);
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!name.isEmpty()) {
                params.putIfAbsent(name, value);
            }
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // a stray '%' in a pasted link: keep the text as it is
        }
    }
}
