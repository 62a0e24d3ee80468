package io.applydesk.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table for the terminal: a header line, then one line per row, columns padded to fit. */
final class TextTable {
    private static final String GAP = "  ";

    private final List<String[]> lines = new ArrayList<>();

    TextTable(String... headers) {
        lines.add(headers.clone());
    }

    /** Adds a row; null cells print as "-". */
    TextTable row(Object... cells) {
        if (cells.length != lines.get(0).length) {
            throw new IllegalArgumentException("a row has " + cells.length + " cells; the table has "
                    + lines.get(0).length + " columns");
        }
        lines.add(Arrays.stream(cells).map(c -> c == null ? "-" : c.toString()).toArray(String[]::new));
        return this;
    }

    void print(PrintStream out) {
        int[] widths = new int[lines.get(0).length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                text.append(line[i]);
                if (i < line.length - 1) {
                    text.append(" ".repeat(widths[i] - line[i].length())).append(GAP);
                }
            }
            out.println(text);
        }
    }
}
