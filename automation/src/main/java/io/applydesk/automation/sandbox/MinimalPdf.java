package io.applydesk.automation.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a valid one-page PDF 1.4 of text lines in Helvetica: catalog, page tree, one page, two fonts,
 * one content stream, and a cross-reference table with exact byte offsets. Enough for a résumé that
 * file pickers, upload forms and PDF readers accept, without a PDF library.
 */
final class MinimalPdf {
    /** A line starting with this is set as a heading (Helvetica-Bold, larger). */
    static final String HEADING_MARK = "# ";

    private static final int PAGE_WIDTH = 612;
    private static final int PAGE_HEIGHT = 792;
    private static final int MARGIN = 60;
    private static final int BODY_SIZE = 10;
    private static final int HEADING_SIZE = 13;
    private static final int LEADING = 14;
    private static final int MAX_LINES = (PAGE_HEIGHT - 2 * MARGIN) / LEADING;

    private MinimalPdf() {
    }

    /**
     * @param lines the page's lines, top to bottom; Latin-1 text (WinAnsi encoding)
     * @throws IllegalArgumentException when the lines do not fit on one page
     */
    static byte[] onePage(List<String> lines) {
        if (lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("a one-page PDF holds at most " + MAX_LINES + " lines, got " + lines.size());
        }
        byte[] content = contentStream(lines);
        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + PAGE_WIDTH + " " + PAGE_HEIGHT + "]"
                + " /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"));
        objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
        objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(ascii("<< /Length " + content.length + " >>\nstream\n"));
        stream.writeBytes(content);
        stream.writeBytes(ascii("\nendstream"));
        objects.add(stream.toByteArray());
        return assemble(objects);
    }

    private static byte[] contentStream(List<String> lines) {
        StringBuilder text = new StringBuilder("BT\n").append(LEADING).append(" TL\n")
                .append(MARGIN).append(' ').append(PAGE_HEIGHT - MARGIN).append(" Td\n");
        for (String line : lines) {
            if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(line)) {
                throw new IllegalArgumentException("only Latin-1 text can be written, got: " + line);
            }
            boolean heading = line.startsWith(HEADING_MARK);
            text.append(heading ? "/F2 " + HEADING_SIZE : "/F1 " + BODY_SIZE).append(" Tf\n")
                    .append('(').append(escape(heading ? line.substring(HEADING_MARK.length()) : line)).append(") Tj T*\n");
        }
        return text.append("ET").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] assemble(List<byte[]> objects) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        // The comment's high bytes tell transfer tools the file is binary (PDF 1.4, section 3.4.1).
        pdf.writeBytes(ascii("%PDF-1.4\n"));
        pdf.writeBytes(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            pdf.writeBytes(ascii((i + 1) + " 0 obj\n"));
            pdf.writeBytes(objects.get(i));
            pdf.writeBytes(ascii("\nendobj\n"));
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 ").append(objects.size() + 1).append('\n')
                .append("0000000000 65535 f\r\n");
        for (int offset : offsets) {
            // Each entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, 'n', CRLF.
            table.append(String.format(Locale.ROOT, "%010d 00000 n\r\n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\n")
                .append("startxref\n").append(xref).append("\n%%EOF\n");
        pdf.writeBytes(ascii(table.toString()));
        return pdf.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
