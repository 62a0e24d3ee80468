package io.applydesk.automation.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small RFC 7578 multipart/form-data parser. Works on bytes, so file bodies survive unchanged
 * whatever they contain (CR, LF, NUL, text that looks like a boundary without the leading CRLF--).
 */
final class MultipartParser {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DISPOSITION_PARAMETER = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private MultipartParser() {
    }

    static FormData parse(String contentType, byte[] body) {
        Matcher matcher = BOUNDARY.matcher(contentType);
        if (!matcher.find()) {
            throw new IllegalArgumentException("multipart Content-Type without a boundary: " + contentType);
        }
        String boundary = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        // Every delimiter but the first is preceded by CRLF, which belongs to the delimiter, not the body.
        byte[] firstDelimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);

        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<UploadedFile> files = new ArrayList<>();
        int position = indexOf(body, firstDelimiter, 0);
        if (position < 0) {
            throw new IllegalArgumentException("multipart body without its boundary");
        }
        position += firstDelimiter.length;
        while (!startsWith(body, position, "--")) {
            position = skipLine(body, position);
            int headersEnd = indexOf(body, HEADER_END, position);
            if (headersEnd < 0) {
                throw new IllegalArgumentException("multipart part without a header end");
            }
            Map<String, String> headers = parseHeaders(new String(body, position, headersEnd - position,
                    StandardCharsets.UTF_8));
            int contentStart = headersEnd + HEADER_END.length;
            int contentEnd = indexOf(body, delimiter, contentStart);
            if (contentEnd < 0) {
                throw new IllegalArgumentException("multipart part without a closing boundary");
            }
            addPart(headers, Arrays.copyOfRange(body, contentStart, contentEnd), fields, files);
            position = contentEnd + delimiter.length;
        }
        return new FormData(fields, files);
    }

    private static void addPart(Map<String, String> headers, byte[] content, Map<String, List<String>> fields,
                                List<UploadedFile> files) {
        Map<String, String> disposition = dispositionParameters(headers.getOrDefault("content-disposition", ""));
        String name = disposition.get("name");
        if (name == null) {
            return;
        }
        String fileName = disposition.get("filename");
        if (fileName == null) {
            fields.computeIfAbsent(name, key -> new ArrayList<>()).add(new String(content, StandardCharsets.UTF_8));
        } else if (!fileName.isEmpty() || content.length > 0) {
            // A browser sends an empty, unnamed part for a file input left empty: that is no file.
            files.add(new UploadedFile(name, fileName,
                    headers.getOrDefault("content-type", "application/octet-stream"), content));
        }
    }

    private static Map<String, String> parseHeaders(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    private static Map<String, String> dispositionParameters(String disposition) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher matcher = DISPOSITION_PARAMETER.matcher(disposition);
        while (matcher.find()) {
            parameters.put(matcher.group(1).toLowerCase(Locale.ROOT),
                    matcher.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return parameters;
    }

    /** Moves past the rest of the current line (transport padding and its CRLF). */
    private static int skipLine(byte[] body, int from) {
        int lineEnd = indexOf(body, CRLF, from);
        if (lineEnd < 0) {
            throw new IllegalArgumentException("multipart boundary line without CRLF");
        }
        return lineEnd + CRLF.length;
    }

    private static boolean startsWith(byte[] body, int from, String prefix) {
        byte[] bytes = prefix.getBytes(StandardCharsets.US_ASCII);
        return from + bytes.length <= body.length
                && Arrays.equals(body, from, from + bytes.length, bytes, 0, bytes.length);
    }

    private static int indexOf(byte[] body, byte[] target, int from) {
        outer:
        for (int i = from; i <= body.length - target.length; i++) {
            for (int j = 0; j < target.length; j++) {
                if (body[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
