package io.applydesk.automation.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * What a replica answers. {@code delay} holds the answer back without blocking a server thread, so a
 * replica can imitate a slow ATS (e.g. an upload that takes a moment) and catch appliers that do not wait.
 */
public record PracticeResponse(int status, String contentType, byte[] body, Map<String, String> headers,
                               Duration delay) {

    private static final String HTML = "text/html; charset=utf-8";

    public static PracticeResponse html(int status, String html) {
        return new PracticeResponse(status, HTML, html.getBytes(StandardCharsets.UTF_8), Map.of(), Duration.ZERO);
    }

    public static PracticeResponse json(int status, String json) {
        return new PracticeResponse(status, "application/json; charset=utf-8",
                json.getBytes(StandardCharsets.UTF_8), Map.of(), Duration.ZERO);
    }

    public static PracticeResponse bytes(String contentType, byte[] body) {
        return new PracticeResponse(200, contentType, body, Map.of(), Duration.ZERO);
    }

    /** A replica's script or stylesheet (by its extension), read from the replica's resource folder. */
    public static PracticeResponse asset(Class<?> replica, String name) {
        return bytes(name.endsWith(".js") ? "application/javascript; charset=utf-8" : "text/css; charset=utf-8",
                Template.Resources.read(replica, name));
    }

    /** A 303 "See Other": the browser follows it with a GET, as after a Rails form POST. */
    public static PracticeResponse redirect(String location) {
        return new PracticeResponse(303, HTML, new byte[0], Map.of("Location", location), Duration.ZERO);
    }

    /** This answer with one more header. */
    public PracticeResponse withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new PracticeResponse(status, contentType, body, Map.copyOf(more), delay);
    }

    public PracticeResponse delayedBy(Duration by) {
        return new PracticeResponse(status, contentType, body, headers, by);
    }
}
