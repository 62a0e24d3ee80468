package io.applydesk.core.store;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file database, migrated with Flyway before anyone gets the {@link Jdbi}.
 * SQL stays portable to PostgreSQL: no H2-only syntax in migrations or DAOs.
 */
public final class Database {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** The newest migration this build ships ({@code db/migration/V15__...}); DatabaseTest holds it to the files. */
    static final String SHIPPED_SCHEMA_VERSION = "15";
    private static final long LOCK_WAIT_MILLIS = 10_000;
    /**
     * DB_CLOSE_DELAY=-1 keeps the database open between connections of this process.
     * DB_CLOSE_ON_EXIT=FALSE: H2 must not close it from its own shutdown hook while ours (Ctrl-C in
     * the CLI) still records the stop; we close it ourselves, H2 then only checkpoints on exit.
     * WRITE_DELAY=0: H2's MVStore has no redo log; by default a commit reaches the file only within
     * 500 ms. With 0 every commit is written to the file before it returns. That is still not enough
     * after a kill -9: H2 2.5 can reopen at an older chunk than the newest it wrote (a chunk written
     * into reused space where the previous chunk did not predict it is not found), so the submit
     * click also goes to run.store.SubmitJournal, which recovery trusts over this database.
     */
    private static final String OPEN_SETTINGS = "DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

    private final Jdbi jdbi;
    private final JdbcDataSource dataSource;

    private Database(JdbcDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        jdbi.getConfig(SqlStatements.class).setSqlParser(new ColonParameterSqlParser());
    }

    /** Opens (creating if needed) {@code <data>/db/applydesk.mv.db} and migrates it. */
    public static Database open(DataDirectory dataDirectory) {
        Path file = dataDirectory.database().resolve("applydesk");
        JdbcDataSource ds = dataSource(file, OPEN_SETTINGS);
        if (isAtShippedVersion(ds, file)) {
            // WHY: Flyway's set-up and its validation (reading and checksumming every migration) took over a second
            // of each desktop start; with nothing to migrate, one query says so.
            return new Database(ds);
        }
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            LOG.error("Database migration failed for {}", file, e);
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "ApplyDesk could not update its database at " + file + ". Your data was left as it was.",
                    e.getMessage(), e);
        }
        return new Database(ds);
    }

    /**
     * Whether Flyway's history ends with this build's newest migration, applied successfully. A new database (no
     * history yet), an older one and one whose last migration failed all go through Flyway, which migrates or
     * reports. Migrations this build ships are never edited once released, so their checksums need no re-check.
     * A file another process still holds after {@link #LOCK_WAIT_MILLIS} is refused in words.
     */
    private static boolean isAtShippedVersion(JdbcDataSource ds, Path file) {
        try (Connection connection = connectOnceUnlocked(ds);
             Statement statement = connection.createStatement();
             ResultSet last = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                     + " ORDER BY \"installed_rank\" DESC FETCH FIRST 1 ROWS ONLY")) {
            return last.next() && last.getBoolean("success") && SHIPPED_SCHEMA_VERSION.equals(last.getString("version"));
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new ApplyDeskException(ErrorCode.RATE_LIMIT_CONCURRENT_EXCEEDED,
                        "Another program is using ApplyDesk's database in " + file.getParent() + " (most likely an"
                                + " ApplyDesk that is still closing). Nothing was changed; close it or wait a moment,"
                                + " then start ApplyDesk again.",
                        e.getMessage(), e);
            }
            return false; // no history yet: a new database
        }
    }

    /**
     * A first connection, waiting up to {@link #LOCK_WAIT_MILLIS} while another process still holds the file: an
     * ApplyDesk that has just quit or been killed may not have let go of it yet. The database then stays open in
     * this process (DB_CLOSE_DELAY=-1), so Flyway and the DAOs connect without waiting.
     */
    private static Connection connectOnceUnlocked(JdbcDataSource ds) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LOCK_WAIT_MILLIS);
        boolean told = false;
        while (true) {
            try {
                return ds.getConnection();
            } catch (SQLException e) {
                if (e.getErrorCode() != org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1 || System.nanoTime() > deadline) {
                    throw e;
                }
                if (!told) {
                    LOG.info("The database file is still held by another process; waiting up to {} s for it",
                            TimeUnit.MILLISECONDS.toSeconds(LOCK_WAIT_MILLIS));
                    told = true;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Whether the database in {@code dataDirectory} holds at least one profile, looked at without
     * migrating: the launcher's quick question before anything opens (the candidate's own data, or practice mode?).
     * No database file: false, and none is created. A database that cannot be read counts as holding one, so that
     * opening it for real reports its problem instead of practice mode hiding it.
     */
    public static boolean holdsAProfile(DataDirectory dataDirectory) {
        // Not database(): that creates the folder, and asking must create nothing.
        Path folder = dataDirectory.root().resolve("db");
        Path file = folder.resolve("applydesk");
        if (!Files.exists(folder.resolve("applydesk.mv.db"))) {
            return false;
        }
        // Opened as open() opens it, so that when a profile is found the database stays open for the start's real open,
        // which then costs nothing (~0.2 s of every start on the candidate's own data). Read-only was tried: H2 then
        // kept it read-only for that real open too, and every save failed.
        JdbcDataSource ds = dataSource(file, OPEN_SETTINGS);
        try (Connection connection = ds.getConnection();
             Statement statement = connection.createStatement()) {
            boolean found;
            try (ResultSet profiles = statement.executeQuery("SELECT 1 FROM profile FETCH FIRST 1 ROWS ONLY")) {
                found = profiles.next();
            }
            if (!found) {
                // Practice mode follows, on another file: nothing of this look stays open.
                statement.execute("SHUTDOWN");
            }
            return found;
        } catch (SQLException e) {
            LOG.warn("Could not look into {}; opening it will say why", file, e);
            return true;
        }
    }

    /** The H2 file database at {@code file} (no extension) with these URL settings, as ApplyDesk's user. */
    private static JdbcDataSource dataSource(Path file, String settings) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";" + settings);
        ds.setUser("applydesk");
        ds.setPassword("");
        return ds;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Closes the database file; later use fails. */
    public void close() {
        // Plain JDBC: SHUTDOWN closes the connection under the statement, so Jdbi's update-count read would fail.
        jdbi.useHandle(h -> {
            try (java.sql.Statement st = h.getConnection().createStatement()) {
                st.execute("SHUTDOWN");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Could not close the database", e);
            }
        });
    }
}
