package io.applydesk.automation.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A submitted form: text fields as a multimap in arrival order, and file parts.
 * Parses {@code multipart/form-data} (binary-safe) and {@code application/x-www-form-urlencoded}.
 */
public final class FormData {
    private final Map<String, List<String>> fields;
    private final List<UploadedFile> files;

    FormData(Map<String, List<String>> fields, List<UploadedFile> files) {
        this.fields = fields;
        this.files = files;
    }

    /** A form with no fields and no files, as a page shows before anything was entered. */
    public static FormData empty() {
        return new FormData(Map.of(), List.of());
    }

    /** Parses {@code body} according to {@code contentType}; any other type gives an empty form. */
    public static FormData parse(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            return MultipartParser.parse(contentType, body);
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (type.startsWith("application/x-www-form-urlencoded")) {
            String text = new String(body, StandardCharsets.US_ASCII);
            for (String pair : text.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        }
        return new FormData(fields, List.of());
    }

    /** Every text field, in arrival order; read-only. */
    public Map<String, List<String>> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** The first value of a field, or "" when absent: forms treat a missing field like an empty one. */
    public String value(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    public List<String> values(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** Files sent as parts of this request (empty file inputs are not included). */
    public List<UploadedFile> files() {
        return List.copyOf(files);
    }
}
