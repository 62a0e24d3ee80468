package io.applydesk.core.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
