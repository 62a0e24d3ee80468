package io.applydesk.automation.sandbox;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Builds multipart/form-data bodies the way a browser sends them, for tests. */
final class MultipartBody {
    static final String BOUNDARY = "----PracticeTestBoundary7MA4YWxkTrZu0gW";

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    MultipartBody field(String name, String value) {
        part("Content-Disposition: form-data; name=\"" + name + "\"\r\n", value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    MultipartBody fields(Map<String, List<String>> fields) {
        fields.forEach((name, values) -> values.forEach(value -> field(name, value)));
        return this;
    }

    MultipartBody file(String name, String fileName, String contentType, byte[] bytes) {
        part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n", bytes);
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    byte[] bytes() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        copy.writeBytes(body.toByteArray());
        copy.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return copy.toByteArray();
    }

    HttpRequest.BodyPublisher publisher() {
        return HttpRequest.BodyPublishers.ofByteArray(bytes());
    }

    private void part(String headers, byte[] content) {
        body.writeBytes(("--" + BOUNDARY + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
