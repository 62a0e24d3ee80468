package io.applydesk.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileJsonTest {
    @TempDir
    Path dir;

    /** The hosted API's example profile, beside the project (CI has it at ../shared/reference). */
    static Path exampleProfile() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.exists(here.resolve("mvnw"))) {
            here = here.getParent();
        }
        if (here == null) {
            throw new IllegalStateException("Cannot find the project root from " + Path.of("").toAbsolutePath());
        }
        return here.resolve("../shared/reference/profile-example.json").normalize();
    }

    @Test
    void everyKeyOfTheHostedExampleLands() {
        Path example = exampleProfile();

        ProfileImport imported = ProfileJson.read(example);

        Profile p = imported.draft();
        assertNull(p.profileId());
        assertEquals("Backend roles", p.name());
        assertEquals(new PersonalInformation("Alex", "Moreno", "alex.moreno@example.com", "+1", "2065550198", "Male",
                "1200 Pine St, Unit 5", "Seattle", "WA", "98101", "United States", "United States"),
                p.personalInformation());
        assertEquals(2, p.workExperience().size());
        assertEquals(new WorkExperience("Backend Engineer", "Harborline Logistics", "2021-02", null, true,
                "Seattle, WA", "Owns the shipment-tracking API (Java, PostgreSQL, Kafka)."), p.workExperience().get(0));
        assertEquals("2021-01", p.workExperience().get(1).endDate());
        assertFalse(p.workExperience().get(1).currentlyWorkHere());
        Education edu = p.education().get(0);
        assertEquals("Oregon State University", edu.institution().name());
        assertEquals("Corvallis", edu.institution().location().city());
        assertEquals("Computer Science", edu.degree().fieldOfStudy());
        assertEquals("3.4", edu.gpa());
        assertEquals(List.of("Java", "Spring", "PostgreSQL", "Kafka", "AWS"), p.skills());
        assertEquals(List.of(new Language("English", "Native")), p.languages());
        assertEquals("Oracle", p.certifications().get(0).issuer());
        assertEquals("2024-05", p.achievements().get(0).date());
        Miscellaneous m = p.miscellaneous();
        assertEquals("https://www.linkedin.com/in/alex-moreno-dev", m.linkedinUrl());
        assertEquals("https://github.com/amoreno", m.githubUrl());
        assertNull(m.portfolioUrl());
        assertEquals(Map.of("United States", true, "Canada", false), m.workAuthorization());
        assertEquals(false, m.requiresSponsorship());
        assertEquals(true, m.willingToRelocate());
        assertEquals("140000 USD", m.desiredSalary());
        assertEquals("3 weeks", m.noticePeriod());
        assertEquals("2027-02-01", m.earliestStartDate());
        assertEquals("he/him", m.pronouns());
        assertEquals("Mobile", m.phoneType());
        assertEquals("LinkedIn", m.howDidYouHear());
        assertEquals(new VoluntarySelfIdentification("decline", "decline", "decline", "I am not a protected veteran",
                "decline"), m.voluntarySelfIdentification());
        assertTrue(m.coverLetter().startsWith("I build dependable backend services"));
        assertEquals(List.of(
                new AnswerBankEntry("How many years of experience do you have with Java?", "8"),
                new AnswerBankEntry("Are you comfortable working in the office three days a week?", "Yes")),
                imported.answers());
        assertEquals(example.getParent().resolve("alex-moreno-resume.pdf").toUri(), imported.resumeLocation());
        assertEquals(List.of(), imported.warnings());
    }

    @Test
    void unknownKeysAreIgnoredWithAWarningNamingWhere() throws Exception {
        Path file = Files.writeString(dir.resolve("p.json"), "{\n"
                + "  \"personalInformation\": {\"firstName\": \"Ana\", \"lastName\": \"Lima\", \"email\": \"a@x.org\","
                + " \"nickname\": \"Nana\"},\n"
                + "  \"favouriteColour\": \"green\",\n"
                + "  \"workExperience\": [{\"company\": \"A\"}, {\"company\": \"B\", \"salary\": 5}],\n"
                + "  \"miscellaneous\": {\"foo\": 1, \"workAuthorization\": {\"Brazil\": true},"
                + " \"voluntarySelfIdentification\": {\"religion\": \"decline\"}},\n"
                + "  \"resumeUrl\": \"https://files.example/cv.pdf\"\n"
                + "}\n");

        ProfileImport imported = ProfileJson.read(file);

        assertEquals(List.of(
                "Unknown key 'nickname' in personalInformation was ignored.",
                "Unknown key 'favouriteColour' was ignored.",
                "Unknown key 'salary' in workExperience[1] was ignored.",
                "Unknown key 'foo' in miscellaneous was ignored.",
                "Unknown key 'religion' in miscellaneous.voluntarySelfIdentification was ignored."),
                imported.warnings());
        assertEquals("Ana", imported.draft().personalInformation().firstName());
        assertEquals(Map.of("Brazil", true), imported.draft().miscellaneous().workAuthorization());
        assertEquals("https://files.example/cv.pdf", imported.resumeLocation().toString());
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\n  \"name\": \"x\",\n  \"skills\": [\"a\"\n"
                + "  \"personalInformation\": {}\n}\n");
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> ProfileJson.read(file));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("The profile file is not valid JSON (line 4, column 3).", e.getMessage());
    }

    @Test
    void wrongKindOfValueNamesWhere() throws Exception {
        Path file = Files.writeString(dir.resolve("p.json"),
                "{\"workExperience\": [{\"currentlyWorkHere\": {\"a\": 1}}]}");
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> ProfileJson.read(file));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("The profile file has a value of the wrong kind at workExperience[0].currentlyWorkHere.",
                e.getMessage());
    }

    @Test
    void missingFileAndNonObjectAreValidationErrors() throws Exception {
        Path missing = dir.resolve("none.json");
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> ProfileJson.read(missing));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("The profile file " + missing + " does not exist.", e.getMessage());

        Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");
        assertEquals(ErrorCode.VALIDATION_ERROR,
                assertThrows(ApplyDeskException.class, () -> ProfileJson.read(array)).code());
    }

    @Test
    void resumeLocationForms() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("profiles"));
        assertEquals(sub.resolve("cv/alex.pdf").toUri(), read(sub, "{\"resumePath\": \"cv/alex.pdf\"}").resumeLocation());
        assertEquals(dir.resolve("alex.pdf").toUri(), read(sub, "{\"resumePath\": \"../alex.pdf\"}").resumeLocation());
        assertEquals("file:/tmp/alex.pdf", read(sub, "{\"resumeUrl\": \"file:/tmp/alex.pdf\"}").resumeLocation().toString());
        ProfileImport both = read(sub, "{\"resumePath\": \"a.pdf\", \"resumeUrl\": \"https://x.example/b.pdf\"}");
        assertEquals(sub.resolve("a.pdf").toUri(), both.resumeLocation());
        assertEquals(List.of("Both resumePath and resumeUrl are given; resumePath was used."), both.warnings());
        ProfileImport none = read(sub, "{}");
        assertNull(none.resumeLocation());
        assertEquals(List.of(), none.warnings(), "whether the profile lacks a resume is known once it is stored");
    }

    private static ProfileImport read(Path dir, String json) throws Exception {
        return ProfileJson.read(Files.writeString(dir.resolve("p.json"), json));
    }
}
