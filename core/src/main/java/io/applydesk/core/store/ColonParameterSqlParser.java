package io.applydesk.core.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Finds the {@code :name} and {@code ?} parameters in a statement, as Jdbi's default {@code ColonPrefixSqlParser}
 * does, without its ANTLR lexer: the lexer's first statements cost ~0.1 s of CPU in every start, before the window
 * (docs/BENCHMARKS.md), for SQL that needs a single pass over the text. It reads what ApplyDesk's SQL uses: text in
 * single or double quotes (left alone, with a backslash escaping the next character), {@code /* comments *}{@code /}
 * (left alone), {@code ::} (kept), a backslash outside quotes (escapes the next character, which is kept), named
 * parameters of letters, digits, {@code _} and {@code .}, and positional {@code ?}. {@code ColonParameterSqlParserTest}
 * holds it to Jdbi's own parser on every statement of the app's DAOs. Thread-safe; parses each distinct text once.
 */
final class ColonParameterSqlParser implements SqlParser {
    private final Map<String, ParsedSql> parsed = new ConcurrentHashMap<>();

    @Override
    public ParsedSql parse(String sql, StatementContext ctx) {
        return parsed.computeIfAbsent(sql, ColonParameterSqlParser::parse);
    }

    @Override
    public String nameParameter(String rawName, StatementContext ctx) {
        return ":" + rawName;
    }

    static ParsedSql parse(String sql) {
        ParsedSql.Builder statement = ParsedSql.builder();
        StringBuilder text = new StringBuilder(sql.length());
        int length = sql.length();
        int at = 0;
        while (at < length) {
            char c = sql.charAt(at);
            if (c == '\'' || c == '"') {
                // An unclosed quote is a character like any other, as for Jdbi's parser.
                int end = Math.max(endOfQuoted(sql, at), at + 1);
                text.append(sql, at, end);
                at = end;
            } else if (c == '/' && sql.startsWith("/*", at)) {
                int close = sql.indexOf("*/", at + 2);
                int end = close < 0 ? length : close + 2;
                text.append(sql, at, end);
                at = end;
            } else if (c == '\\' && at + 1 < length) {
                text.append(sql.charAt(at + 1));
                at += 2;
            } else if (c == ':' && sql.startsWith("::", at)) {
                text.append("::");
                at += 2;
            } else if (c == ':' && at + 1 < length && isNamePart(sql.charAt(at + 1))) {
                int end = at + 1;
                while (end < length && isNamePart(sql.charAt(end))) {
                    end++;
                }
                statement.append(text.toString()).appendNamedParameter(sql.substring(at + 1, end));
                text.setLength(0);
                at = end;
            } else if (c == '?') {
                statement.append(text.toString()).appendPositionalParameter();
                text.setLength(0);
                at++;
            } else {
                text.append(c);
                at++;
            }
        }
        return statement.append(text.toString()).build();
    }

    /** Just past the quote closing the one at {@code open} (a backslash escapes the next character), or -1. */
    private static int endOfQuoted(String sql, int open) {
        char quote = sql.charAt(open);
        int at = open + 1;
        while (at < sql.length()) {
            char c = sql.charAt(at);
            if (c == '\\') {
                at += 2;
            } else if (c == quote) {
                return at + 1;
            } else {
                at++;
            }
        }
        return -1;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }
}
