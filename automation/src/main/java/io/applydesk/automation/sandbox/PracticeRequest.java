package io.applydesk.automation.sandbox;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request to the practice ATS, fully read before a replica sees it.
 *
 * @param headers lower-cased header names
 */
public record PracticeRequest(String method, URI uri, Map<String, List<String>> headers, byte[] body) {

    public String path() {
        return uri.getPath();
    }

    public boolean isGet() {
        return "GET".equals(method);
    }

    public boolean isPost() {
        return "POST".equals(method);
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The first value of a query parameter, or null. */
    public String queryParameter(String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The body as a form: multipart or URL-encoded, chosen by the Content-Type header. */
    public FormData form() {
        return FormData.parse(header("content-type"), body);
    }
}
