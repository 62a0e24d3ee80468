package io.applydesk.core.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optional equality filters of a list query ("status = :status AND type = :type"), built from
 * column-name constants only, never from user text; values are bound, not spliced. Used with a
 * DAO method taking {@code @Define("where") String} and {@code @BindMap Map<String, ?>}.
 */
public final class SqlFilter {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Adds {@code column = value} unless the value is null (no filter). */
    public SqlFilter equal(String column, Object value) {
        if (value != null) {
            conditions.add(column + " = :" + column);
            values.put(column, value);
        }
        return this;
    }

    /** Adds {@code column >= value} unless the value is null. */
    public SqlFilter atLeast(String column, Object value) {
        return compare(column, ">=", "_from", value);
    }

    /** Adds {@code column < value} unless the value is null. */
    public SqlFilter lessThan(String column, Object value) {
        return compare(column, "<", "_before", value);
    }

    /**
     * Adds "the row's {@code idColumn} is one of the rows of {@code table} in which any of these columns contains
     * {@code text}, ignoring case" unless the text is null. The text's own {@code %}, {@code _} and {@code !}
     * match themselves, not as wildcards. Why a subquery: no index helps a substring search, and as a plain
     * condition H2 would test it row by row while walking the page's order index (a random read per row); the
     * subquery scans the table once in storage order, and the page then finds its rows by primary key.
     */
    public SqlFilter containsIgnoringCase(String param, String text, String idColumn, String table, String... columns) {
        if (text != null) {
            List<String> any = new ArrayList<>();
            for (String column : columns) {
                any.add("LOWER(" + column + ") LIKE :" + param + " ESCAPE '!'");
            }
            conditions.add(idColumn + " IN (SELECT " + idColumn + " FROM " + table + " WHERE "
                    + String.join(" OR ", any) + ")");
            // '!' escapes, not '\\': Jdbi's statement parser reads a backslash in a literal as an escape.
            String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            values.put(param, "%" + escaped + "%");
        }
        return this;
    }

    private SqlFilter compare(String column, String operator, String suffix, Object value) {
        if (value != null) {
            conditions.add(column + " " + operator + " :" + column + suffix);
            values.put(column + suffix, value);
        }
        return this;
    }

    /** {@code WHERE …}, or the empty string when nothing filters. */
    public String where() {
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    }

    public Map<String, Object> values() {
        return Map.copyOf(values);
    }
}
