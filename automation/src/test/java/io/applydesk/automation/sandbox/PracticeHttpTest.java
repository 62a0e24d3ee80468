package io.applydesk.automation.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Base of the replica tests over plain HTTP: a fresh practice ATS per test and the requests a browser would
 * send it. Redirects are not followed, so a test sees the replica's own 3xx answers.
 */
abstract class PracticeHttpTest {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    protected PracticeAts ats;

    @BeforeEach
    void startPractice() {
        ats = PracticeAts.start(0);
    }

    @AfterEach
    void stopPractice() {
        ats.close();
    }

    /** GETs an absolute URL and reads the answer as text. */
    protected HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    /** POSTs a multipart form, as a browser submits a form with a file input. */
    protected HttpResponse<String> post(String url, MultipartBody body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", body.contentType())
                .POST(body.publisher()).build());
    }

    /** POSTs form fields (no file) as multipart, as the ATSs' forms send them. */
    protected HttpResponse<String> postForm(String url, Map<String, List<String>> fields)
            throws IOException, InterruptedException {
        return post(url, new MultipartBody().fields(fields));
    }

    /** POSTs a JSON document, as the ATSs' own scripts call their APIs. */
    protected HttpResponse<String> postJson(String url, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Sends a request built by the test (extra headers, a timeout) and reads the answer as text. */
    protected HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** GETs an absolute URL and keeps the answer's bytes (a downloaded upload). */
    protected HttpResponse<byte[]> getBytes(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
