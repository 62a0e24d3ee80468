package io.applydesk.core.application.export;

import io.applydesk.core.application.Application;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A printable record of applications: one self-contained HTML file (its styles inline, nothing loaded from
 * elsewhere) with a table of date, company, job title, ATS, status and link, laid out for paper (the header
 * row repeats on every page, rows are not split across pages). Every text from the database is escaped, so
 * a company named {@code <script>} shows as text.
 */
public final class HtmlRecordWriter implements ApplicationRowWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final String STYLE = """
            body { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 11pt; color: #111; margin: 2em; }
            h1 { font-size: 18pt; margin: 0 0 .2em 0; }
            p.meta { color: #555; margin: 0 0 1.2em 0; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #bbb; padding: 4px 6px; text-align: left; vertical-align: top; }
            th { background: #eee; }
            td.link { word-break: break-all; font-size: 9pt; }
            tr:nth-child(even) td { background: #f8f8f8; }
            p.total { margin-top: 1em; font-weight: bold; }
            @media print {
              body { margin: 0; font-size: 9pt; }
              thead { display: table-header-group; }
              tr { page-break-inside: avoid; }
              a { color: #111; text-decoration: none; }
            }
            """;

    private final Writer out;
    private final String title;
    private final String description;
    private final Instant generatedAt;
    private final ZoneId zone;

    /**
     * @param description what the record holds, in words (e.g. the filters), shown under the title
     * @param zone        the time zone dates are shown in
     */
    public HtmlRecordWriter(Writer out, String title, String description, Instant generatedAt, ZoneId zone) {
        this.out = out;
        this.title = title;
        this.description = description;
        this.generatedAt = generatedAt;
        this.zone = zone;
    }

    @Override
    public void begin() throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n"
                + "<p class=\"meta\">" + escape(description) + " · Made " + escape(DATE.format(generatedAt.atZone(zone)))
                + " (" + escape(zone.getId()) + ")</p>\n<table>\n<thead><tr><th>Date</th><th>Company</th>"
                + "<th>Job title</th><th>ATS</th><th>Status</th><th>Link</th></tr></thead>\n<tbody>\n");
    }

    @Override
    public void row(Application a) throws IOException {
        String link = escape(a.jobUrl());
        // Only a web link becomes clickable; anything else (a javascript: link) stays text.
        String shown = isWebLink(a.jobUrl()) ? "<a href=\"" + link + "\">" + link + "</a>" : link;
        out.write("<tr><td>" + (a.createdAt() == null ? "" : escape(DATE.format(a.createdAt().atZone(zone))))
                + "</td><td>" + escape(a.companyName()) + "</td><td>" + escape(a.jobTitle()) + "</td><td>"
                + (a.atsType() == null ? "" : escape(a.atsType().displayName())) + "</td><td>"
                + escape(a.status().name().replace('_', ' ')) + "</td><td class=\"link\">" + shown + "</td></tr>\n");
    }

    @Override
    public void end(long count) throws IOException {
        out.write("</tbody>\n</table>\n<p class=\"total\">" + count + (count == 1 ? " application" : " applications")
                + "</p>\n</body>\n</html>\n");
        out.flush();
    }

    private static boolean isWebLink(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** Text made safe for HTML content and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
