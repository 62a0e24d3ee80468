package io.applydesk.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the H2 file: a new database and an older one are migrated by Flyway; one already at this build's newest
 * migration opens without it (the desktop start's quick path), and one Flyway cannot bring up to date is refused
 * with the data left as it was, as is one another process keeps holding.
 */
class DatabaseTest {
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @TempDir
    Path home;

    @Test
    void theShippedVersionIsTheNewestMigrationFile() throws URISyntaxException, IOException {
        Path folder = Path.of(Database.class.getResource("/db/migration").toURI());
        int newest;
        try (Stream<Path> files = Files.list(folder)) {
            newest = files.map(f -> MIGRATION.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertEquals(String.valueOf(newest), Database.SHIPPED_SCHEMA_VERSION,
                "a new migration must raise Database.SHIPPED_SCHEMA_VERSION, or starts would skip it");
    }

    @Test
    void aNewDatabaseIsMigratedAndALaterOpenFindsItCurrentWithItsData() {
        DataDirectory data = new DataDirectory(home);
        Database first = Database.open(data);
        first.jdbi().useHandle(h -> h.execute("INSERT INTO app_setting (setting_key, setting_value) VALUES ('k', 'v')"));
        int migrated = historyRows(first.jdbi());
        first.close();

        Database again = Database.open(data);
        try {
            assertEquals(Database.SHIPPED_SCHEMA_VERSION, lastMigration(again.jdbi()));
            assertEquals(migrated, historyRows(again.jdbi()), "nothing was applied twice");
            assertEquals("v", again.jdbi().withHandle(h -> h.createQuery(
                    "SELECT setting_value FROM app_setting WHERE setting_key = 'k'").mapTo(String.class).one()));
        } finally {
            again.close();
        }
        // Closing after the quick path lets go of the file: it opens again (another process could, too).
        Database.open(data).close();
    }

    @Test
    void aDatabaseLookedIntoForAProfileOpensWritableAfterwards() {
        // The desktop start asks first, then opens the same file in the same process: when the look was read-only,
        // H2 kept it open so, and every save of a returning candidate failed with "The database is read only".
        DataDirectory data = new DataDirectory(home);
        Database first = Database.open(data);
        first.jdbi().useHandle(h -> h.execute("INSERT INTO profile (id, name, email, document, created_at, updated_at)"
                + " VALUES ('prof_1', 'P', 'p@example.com', '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
        first.close();

        assertTrue(Database.holdsAProfile(data));
        Database again = Database.open(data);
        try {
            again.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO app_setting (setting_key, setting_value) VALUES ('k', 'v')"));
            assertEquals("v", again.jdbi().withHandle(h -> h.createQuery(
                    "SELECT setting_value FROM app_setting WHERE setting_key = 'k'").mapTo(String.class).one()));
        } finally {
            again.close();
        }
    }

    @Test
    void aDatabaseAnOlderBuildLeftIsMigratedWhenOpened() {
        DataDirectory data = new DataDirectory(home);
        Flyway.configure().dataSource(url(data), "applydesk", "").locations("classpath:db/migration").target("12")
                .load().migrate();

        Database database = Database.open(data);
        try {
            assertEquals(Database.SHIPPED_SCHEMA_VERSION, lastMigration(database.jdbi()));
            List<String> indexes = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT index_name FROM information_schema.indexes WHERE table_name = 'APPLICATION'")
                    .mapTo(String.class).list());
            assertTrue(indexes.contains("APPLICATION_SEARCH_IDX"), indexes.toString());
        } finally {
            database.close();
        }
    }

    @Test
    void aDatabaseWhoseLastMigrationFailedIsRefusedAndLeftAsItWas() {
        DataDirectory data = new DataDirectory(home);
        Database.open(data).close();
        Jdbi raw = Jdbi.create(url(data), "applydesk", "");
        raw.useHandle(h -> h.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = ?",
                Database.SHIPPED_SCHEMA_VERSION));

        ApplyDeskException refused = assertThrows(ApplyDeskException.class, () -> Database.open(data));
        assertEquals(ErrorCode.VALIDATION_ERROR, refused.code());
        assertTrue(refused.getMessage().contains("Your data was left as it was"), refused.getMessage());
        assertEquals(Boolean.FALSE, raw.withHandle(h -> h.createQuery(
                "SELECT \"success\" FROM \"flyway_schema_history\" WHERE \"version\" = :v")
                .bind("v", Database.SHIPPED_SCHEMA_VERSION).mapTo(Boolean.class).one()));
    }

    @Test
    void aDatabaseAnotherProcessKeepsHoldingIsRefusedInWordsAfterTheWait() throws Exception {
        DataDirectory data = new DataDirectory(home);
        Database.open(data).close();
        // Another JVM opens the file (as an ApplyDesk still closing would) and holds it until its input ends.
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldsTheDatabase.class.getName(), url(data))
                .redirectErrorStream(true).start();
        try {
            String first = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertEquals("holding", first);

            ApplyDeskException refused = assertThrows(ApplyDeskException.class, () -> Database.open(data));
            assertEquals(ErrorCode.RATE_LIMIT_CONCURRENT_EXCEEDED, refused.code());
            assertTrue(refused.getMessage().startsWith("Another program is using ApplyDesk's database in "
                    + data.database()), refused.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(20, TimeUnit.SECONDS));
        }
        // Once let go, it opens as before.
        Database again = Database.open(data);
        assertEquals(Database.SHIPPED_SCHEMA_VERSION, lastMigration(again.jdbi()));
        again.close();
    }

    /** Run in a child JVM: opens the H2 file named in {@code args[0]} and holds it until its standard input ends. */
    static final class HoldsTheDatabase {
        public static void main(String[] args) throws Exception {
            try (Connection held = DriverManager.getConnection(args[0], "applydesk", "")) {
                System.out.println("holding");
                System.out.flush();
                while (System.in.read() != -1) {
                    // until the test closes our input
                }
            }
        }
    }

    private static String lastMigration(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                + " ORDER BY \"installed_rank\" DESC FETCH FIRST 1 ROWS ONLY").mapTo(String.class).one());
    }

    private static int historyRows(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")
                .mapTo(Integer.class).one());
    }

    private static String url(DataDirectory data) {
        return "jdbc:h2:file:" + data.database().resolve("applydesk").toAbsolutePath();
    }
}
