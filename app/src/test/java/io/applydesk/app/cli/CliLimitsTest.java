package io.applydesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.applydesk.core.run.RunSettings;
import io.applydesk.core.store.AppSettingDao;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile whose cap is reached: the command creates no session, prints the sentence and exits with 1. */
class CliLimitsTest {
    @TempDir
    Path home;

    @Test
    void applyRefusesToCreateASessionOnceTheTotalCapIsReached() {
        Database db = Database.open(new DataDirectory(home.resolve("practice")));
        try {
            db.jdbi().useExtension(AppSettingDao.class, dao -> dao.put(RunSettings.TOTAL_CAP, "0"));
        } finally {
            db.close();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Cli.run(new String[] {"apply", "--practice", "--headless"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("APPLYDESK_HOME", home.toString()));

        assertEquals(Cli.EXIT_UNFINISHED, exit, err::toString);
        assertEquals("error: USER_TOTAL_LIMIT_REACHED: This profile has reached its limit of 0 applications in all, "
                + "so no new session can be created.", err.toString(StandardCharsets.UTF_8).strip());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
