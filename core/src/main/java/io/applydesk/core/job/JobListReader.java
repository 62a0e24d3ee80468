package io.applydesk.core.job;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the job lists candidates paste or drop: a JSON array of job objects
 * ({@code companyName, title, jobId, link}) or a run_once body with {@code jobs[]}, CSV with a header
 * naming those columns (any order and case, extra columns ignored), text/uri-list, plain text with
 * one link a line (words around a link are ignored), HTML links dragged from a browser, and
 * {@code .url} / {@code .webloc} shortcut files. It only reads: whether a link is a known ATS or a
 * duplicate is decided later. Stateless and thread-safe.
 */
public final class JobListReader {
    private static final Pattern WEB_LINK = Pattern.compile("https?://[^\\s\"'<>]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("<a\\s[^>]*?href\\s*=\\s*[\"']([^\"']+)[\"']",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEBLOC_URL = Pattern.compile("<key>\\s*URL\\s*</key>\\s*<string>(.*?)</string>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SHORTCUT_URL = Pattern.compile("(?m)^\\s*URL\\s*=\\s*(\\S.*?)\\s*$");
    private static final List<String> LINK_COLUMNS = List.of("link", "url", "job_url", "joburl");

    private final JobLinkParser links = new JobLinkParser();

    /** Reads pasted or dropped text, detecting its format. Never throws for bad rows: they carry a problem. */
    public List<JobListRow> readText(String text) {
        String body = stripBom(text == null ? "" : text).trim();
        if (body.startsWith("[") || body.startsWith("{")) {
            return readJson(body);
        }
        if (HREF.matcher(body).find()) {
            return readHtml(body);
        }
        if (hasCsvHeader(body)) {
            return readCsv(body);
        }
        return readLines(body);
    }

    /**
     * Reads a dropped file by its extension ({@code .url}, {@code .webloc}, {@code .csv},
     * {@code .json}), else by its content.
     *
     * @throws ApplyDeskException VALIDATION_ERROR when the file cannot be read, or a JSON file is not JSON
     */
    public List<JobListRow> readFile(Path file) {
        String text = readString(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".url")) {
            return shortcut(file, SHORTCUT_URL.matcher(text));
        }
        if (name.endsWith(".webloc")) {
            return shortcut(file, WEBLOC_URL.matcher(text));
        }
        if (name.endsWith(".csv")) {
            return hasCsvHeader(stripBom(text).trim()) ? readCsv(stripBom(text).trim()) : readLines(stripBom(text));
        }
        if (name.endsWith(".json")) {
            return readJson(stripBom(text).trim());
        }
        return readText(text);
    }

    // ---- Formats --------------------------------------------------------------------------------

    private List<JobListRow> readJson(String body) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "The job list is not valid JSON" + where + ".",
                    null, e);
        }
        JsonNode items = root.isObject() && root.has("jobs") ? root.get("jobs") : root;
        if (!items.isArray()) {
            items = Json.mapper().createArrayNode().add(items);
        }
        List<JobListRow> rows = new ArrayList<>();
        for (JsonNode item : items) {
            int n = rows.size() + 1;
            if (item.isTextual()) {
                rows.add(linkRow(n, new JobRef(null, null, null, item.asText().trim())));
            } else if (item.isObject()) {
                String link = firstText(item, LINK_COLUMNS);
                rows.add(linkRow(n, new JobRef(text(item, "companyName"), text(item, "title"), text(item, "jobId"),
                        link)));
            } else {
                rows.add(new JobListRow(n, JobRef.ofLink(item.toString()),
                        "Row " + n + " is not a job: " + quote(item.toString())));
            }
        }
        return rows;
    }

    private List<JobListRow> readCsv(String body) {
        List<JobListRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get().parse(
                        new java.io.StringReader(body))) {
            Map<String, String> columns = new HashMap<>(); // lower-case name → header as written
            for (String header : parser.getHeaderNames()) {
                columns.putIfAbsent(header.trim().toLowerCase(Locale.ROOT), header);
            }
            String linkColumn = LINK_COLUMNS.stream().map(columns::get).filter(c -> c != null).findFirst()
                    .orElseThrow();
            for (CSVRecord record : parser) {
                int n = rows.size() + 1;
                rows.add(linkRow(n, new JobRef(cell(record, columns.get("companyname")),
                        cell(record, columns.get("title")), cell(record, columns.get("jobid")),
                        cell(record, linkColumn))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "The job list is not valid CSV: " + e.getMessage(), null, e);
        }
        return rows;
    }

    private List<JobListRow> readHtml(String body) {
        List<JobListRow> rows = new ArrayList<>();
        Matcher m = HREF.matcher(body);
        while (m.find()) {
            rows.add(linkRow(rows.size() + 1, JobRef.ofLink(unescapeXml(m.group(1).trim()))));
        }
        return rows;
    }

    /** Plain text and text/uri-list: one row per non-blank line; {@code #} lines are comments. */
    private List<JobListRow> readLines(String body) {
        List<JobListRow> rows = new ArrayList<>();
        for (String line : body.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            rows.add(linkRow(rows.size() + 1, JobRef.ofLink(findLink(trimmed).orElse(trimmed))));
        }
        return rows;
    }

    private List<JobListRow> shortcut(Path file, Matcher matcher) {
        if (matcher.find()) {
            return List.of(linkRow(1, JobRef.ofLink(unescapeXml(matcher.group(1).trim()))));
        }
        String name = file.getFileName().toString();
        return List.of(new JobListRow(1, JobRef.ofLink(name),
                "The shortcut '" + name + "' holds no web link ApplyDesk can read."));
    }

    // ---- Helpers --------------------------------------------------------------------------------

    private JobListRow linkRow(int n, JobRef job) {
        String link = job.link();
        if (link == null || link.isBlank()) {
            return new JobListRow(n, new JobRef(job.companyName(), job.title(), job.jobId(), ""),
                    "Row " + n + " has no link.");
        }
        if (!links.isWebLink(link)) {
            return new JobListRow(n, job, "Row " + n + " is not a web link: " + quote(link));
        }
        return new JobListRow(n, new JobRef(job.companyName(), job.title(), job.jobId(), link.trim()), null);
    }

    /** The first http(s) link in a line of words, without trailing sentence punctuation. */
    private static Optional<String> findLink(String line) {
        Matcher m = WEB_LINK.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group().replaceAll("[.,;:!?)\\]}]+$", ""));
    }

    private static boolean hasCsvHeader(String body) {
        String firstLine = body.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (WEB_LINK.matcher(firstLine).find()) {
            return false;
        }
        for (String cell : firstLine.split("[,;\\t]")) {
            if (LINK_COLUMNS.contains(cell.trim().replace("\"", "").toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String cell(CSVRecord record, String column) {
        if (column == null || !record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String firstText(JsonNode item, List<String> names) {
        for (String name : names) {
            String value = text(item, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode item, String name) {
        JsonNode v = item.get(name);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
    }

    private static String quote(String text) {
        String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
        return "'" + shown + "'";
    }

    private static String unescapeXml(String s) {
        return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'");
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String readString(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "The file " + file + " does not exist.",
                    file.toString());
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "The file " + file + " could not be read.",
                    file.toString(), e);
        }
    }
}
