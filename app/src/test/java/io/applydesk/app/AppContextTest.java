package io.applydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.automation.sandbox.DemoCandidate;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root on real parts: H2 in a temp directory, the practice ATS, the browser lookup. */
class AppContextTest {

    @TempDir
    Path home;

    private AppOptions options() {
        return AppOptions.defaults().withDataDir(home).withHeadless(true);
    }

    @Test
    void practiceModeKeepsItsDataApartAndStartsWithTheDemoCandidate() {
        try (AppContext context = AppContext.open(options().withPractice(true))) {
            assertEquals(home.resolve("practice").toAbsolutePath(), context.dataDirectory().root());
            assertTrue(context.practiceAts().isPresent());
            List<Profile> profiles = context.profiles().list();
            assertEquals(1, profiles.size(), "the demo candidate");
            assertFalse(context.needsOnboarding());
            // Links to the practice site are understood as the ATS they replicate.
            String practiceLink = context.practiceAts().get().jobs().get(0).url();
            assertEquals(context.practiceAts().get().jobs().get(0).atsType(),
                    context.jobLinks().parse(practiceLink).atsType());
        }
        assertFalse(AppContext.hasRealProfiles(options()), "practice profiles are not real ones");
    }

    /** Practice applications store the practice site's links: the site comes back where they point. */
    @Test
    void reopeningPracticeModeBringsThePracticeSiteBackOnItsPort() {
        String first;
        try (AppContext context = AppContext.open(options().withPractice(true))) {
            first = context.practiceAts().orElseThrow().baseUrl();
        }
        try (AppContext context = AppContext.open(options().withPractice(true))) {
            assertEquals(first, context.practiceAts().orElseThrow().baseUrl());
        }
    }

    @Test
    void reopeningPracticeModeKeepsOneDemoCandidate() {
        String firstId;
        try (AppContext context = AppContext.open(options().withPractice(true))) {
            firstId = context.profiles().list().get(0).profileId();
            assertEquals(firstId, context.importDemoCandidate().profileId(), "importing again updates in place");
        }
        try (AppContext context = AppContext.open(options().withPractice(true))) {
            assertEquals(List.of(firstId), context.profiles().list().stream().map(Profile::profileId).toList());
        }
    }

    @Test
    void realModeHasNoPracticeServer() {
        try (AppContext context = AppContext.open(options())) {
            assertEquals(home.toAbsolutePath(), context.dataDirectory().root());
            assertTrue(context.practiceAts().isEmpty());
            assertTrue(context.profiles().list().isEmpty());
            assertTrue(context.needsOnboarding(), "no profile of the candidate's own yet");
            context.profiles().importProfile(DemoCandidate.writeTo(home.resolve("import")));
            assertFalse(context.needsOnboarding());
        }
    }

    @Test
    void aFreshMachineHasNoRealProfilesAndIsLeftUntouched() {
        assertFalse(AppContext.hasRealProfiles(options()));
        assertFalse(Files.exists(home.resolve("db")), "asking does not create a database");
    }

    @Test
    void aProfileInTheRealDataDirectoryCounts() {
        DataDirectory real = new DataDirectory(home);
        Database database = Database.open(real);
        try {
            Path profileFile = DemoCandidate.writeTo(home.resolve("import"));
            new ProfileService(database, real, Clock.systemUTC()).importProfile(profileFile);
        } finally {
            database.close();
        }

        assertTrue(AppContext.hasRealProfiles(options()));
        // As the desktop start goes on: the real data opens, and saves (it opened read-only after the look).
        try (AppContext context = AppContext.open(options())) {
            Profile stored = context.profiles().list().get(0);
            Profile copy = context.profiles().duplicate(stored.profileId(), "Saved after a restart");
            assertEquals("Saved after a restart", context.profiles().get(copy.profileId()).name());
        }
    }

    @Test
    void aRealDatabaseWithoutProfilesDoesNotCount() {
        Database.open(new DataDirectory(home)).close();
        assertFalse(AppContext.hasRealProfiles(options()), "migrated, but no profile yet");
    }

    @Test
    void aRealDatabaseThatCannotBeReadCounts() throws Exception {
        // Damaged between two runs: the real mode must open and say so, not practice mode hide it.
        Files.createDirectories(home.resolve("db"));
        Files.write(home.resolve("db").resolve("applydesk.mv.db"), new byte[] {1, 2, 3, 4});
        assertTrue(AppContext.hasRealProfiles(options()));
    }
}
