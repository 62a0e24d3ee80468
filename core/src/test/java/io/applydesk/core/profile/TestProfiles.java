package io.applydesk.core.profile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Profiles and resume files for tests. */
final class TestProfiles {
    private TestProfiles() {
    }

    static PersonalInformation person(String email) {
        return new PersonalInformation("Dana", "Okafor", email, "+44", "7700900123", "Female",
                "12 Mill Lane", "Leeds", "West Yorkshire", "LS1 4AB", "United Kingdom", "United Kingdom");
    }

    static Profile draft(PersonalInformation info) {
        return new Profile(null, "Data roles", info,
                List.of(new WorkExperience("Data Engineer", "Northwind", "2020-01", null, true, "Leeds", "Pipelines")),
                List.of(), List.of("SQL", "Python"), List.of(new Language("English", "Native")), List.of(), List.of(),
                null, List.of(), List.of(), null, null);
    }

    static Profile draft(String email) {
        return draft(person(email));
    }

    /** What a profile file carries of {@code p}: all but its id, stored resumes and timestamps. */
    static Profile content(Profile p) {
        return new Profile(null, p.name(), p.personalInformation(), p.workExperience(), p.education(), p.skills(),
                p.languages(), p.certifications(), p.achievements(), p.miscellaneous(), null, p.answers(), null, null);
    }

    /** The hosted example profile written to {@code file}, each pair's first text (which must be in it) replaced. */
    static Path example(Path file, String... targetsAndReplacements) {
        try {
            String json = Files.readString(ProfileJsonTest.exampleProfile());
            for (int i = 0; i < targetsAndReplacements.length; i += 2) {
                assertTrue(json.contains(targetsAndReplacements[i]), targetsAndReplacements[i]);
                json = json.replace(targetsAndReplacements[i], targetsAndReplacements[i + 1]);
            }
            Files.createDirectories(file.getParent());
            return Files.writeString(file, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports {@code file} as on another computer: into a new, empty data directory at {@code root}, with the
     * default mandatory fields.
     */
    static ImportResult importElsewhere(Path root, Path file) {
        DataDirectory dirs = new DataDirectory(root);
        Database db = Database.open(dirs);
        try {
            return new ProfileService(db, dirs, Clock.systemUTC()).importProfile(file);
        } finally {
            db.close();
        }
    }

    static Path pdf(Path dir, String name) {
        return write(dir.resolve(name), "%PDF-1.4\n% test resume " + name + "\n%%EOF\n");
    }

    static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeBytes(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
