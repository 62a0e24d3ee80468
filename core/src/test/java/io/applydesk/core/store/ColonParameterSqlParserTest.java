package io.applydesk.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.ParsedParameters;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The app's parameter parser reads every statement as Jdbi's own (ANTLR) parser does. */
class ColonParameterSqlParserTest {
    private final ColonPrefixSqlParser jdbiParser = new ColonPrefixSqlParser();

    @Test
    void everyStatementOfTheAppsDaosParsesAsJdbiParsesIt() throws IOException, URISyntaxException {
        List<String> statements = daoStatements();
        // The DAOs hold well over a hundred statements; a scan that found few would prove little.
        assertTrue(statements.size() > 100, "only " + statements.size() + " statements found");
        for (String sql : statements) {
            assertEquals(jdbiParser.parse(sql, null), ColonParameterSqlParser.parse(sql), sql);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM application WHERE id = :id AND status IN (:s0, :s1)",
        "SELECT 'a :quoted' || :name FROM t WHERE x = 'it''s :not' AND y = :y",
        "SELECT \"version\", \"success\" FROM \"flyway:history\" WHERE a = :a_1",
        "SELECT a::varchar FROM t WHERE b = :b.c",
        "UPDATE t SET a = ? WHERE b = ?",
        "SELECT /* :ignored 'quote */ a FROM t WHERE b = :b",
        "SELECT 'unclosed :x",
        "SELECT a FROM t WHERE b = :b",
        "SELECT :",
        "SELECT 'back\\'slash :x' FROM t WHERE c = :c",
        "",
    })
    void edgeCasesParseAsJdbiParsesThem(String sql) {
        assertEquals(jdbiParser.parse(sql, null), ColonParameterSqlParser.parse(sql), sql);
    }

    @Test
    void namedAndPositionalParametersAreFound() {
        ParsedSql named = ColonParameterSqlParser.parse("UPDATE t SET a = :to WHERE id = :id AND note = ':no'");
        assertEquals("UPDATE t SET a = ? WHERE id = ? AND note = ':no'", named.getSql());
        assertEquals(ParsedParameters.named(List.of("to", "id")), named.getParameters());
        assertEquals(ParsedParameters.positional(2), ColonParameterSqlParser.parse("SELECT ? + ?").getParameters());
    }

    /** The SQL of every {@code @SqlQuery}, {@code @SqlUpdate} and {@code @SqlBatch} in the main classes. */
    private static List<String> daoStatements() throws IOException, URISyntaxException {
        Path classes = Path.of(Database.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> statements = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, Database.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError skipped) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    for (Annotation annotation : method.getAnnotations()) {
                        if (annotation instanceof SqlQuery query) {
                            statements.add(query.value());
                        } else if (annotation instanceof SqlUpdate update) {
                            statements.add(update.value());
                        } else if (annotation instanceof SqlBatch batch) {
                            statements.add(batch.value());
                        }
                    }
                }
            }
        }
        return statements;
    }
}
