package io.applydesk.core.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** {@code WHERE …}, or the empty string when nothing filters. */
    public String where() {
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    }

    public Map<String, Object> values() {
        return Map.copyOf(values);
    }
}
