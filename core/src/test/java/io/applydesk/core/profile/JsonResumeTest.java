package io.applydesk.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.core.json.Json;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Resume import (through ProfileService.importProfile) and export. */
class JsonResumeTest {
    private static final String RESUME = """
            {
              "basics": {
                "name": "Mei Ling Tan", "label": "Data Engineer", "email": "mei@example.com",
                "phone": "+65 81234567", "url": "https://mei.dev",
                "location": {"address": "8 Marina Blvd", "postalCode": "018981", "city": "Singapore",
                             "countryCode": "SG", "region": "Central"},
                "profiles": [{"network": "LinkedIn", "url": "https://linkedin.com/in/meitan"},
                             {"network": "GitHub", "username": "meitan", "url": "https://github.com/meitan"}]
              },
              "work": [
                {"name": "Lumen Analytics", "position": "Data Engineer", "startDate": "2021-03-01",
                 "summary": "Owns the ingestion pipelines.", "highlights": ["Cut costs by 30%"]},
                {"name": "Grab", "position": "Analyst", "startDate": "2018-06", "endDate": "2021-02-28"}
              ],
              "education": [{"institution": "NUS", "area": "Statistics", "studyType": "BSc",
                             "startDate": "2014-08", "endDate": "2018-05", "score": "4.2"}],
              "awards": [{"title": "Hackathon winner", "date": "2022-11-05", "awarder": "GovTech", "summary": "Best data app"}],
              "certificates": [{"name": "AWS Data Analytics", "date": "2023-01-10", "issuer": "Amazon"}],
              "skills": [{"name": "Python", "keywords": ["pandas"]}, {"name": "SQL"}],
              "languages": [{"language": "English", "fluency": "Native"}, {"language": "Mandarin", "fluency": "Fluent"}],
              "projects": [{"name": "Side project"}]
            }
            """;

    @TempDir
    Path tempDir;
    @TempDir
    Path files;

    private Database db;
    private ProfileService service;

    @BeforeEach
    void open() {
        DataDirectory dirs = new DataDirectory(tempDir);
        db = Database.open(dirs);
        service = new ProfileService(db, dirs, Clock.systemUTC());
        // A JSON Resume has no gender, citizenship and the like: only the essentials are required here.
        service.setMandatoryFields(Set.of("firstName", "lastName", "email", "phoneNumber", "city", "country"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aJsonResumeIsImportedIntoEverySectionItMaps() {
        ImportResult result = service.importProfile(TestProfiles.write(files.resolve("mei.json"), RESUME));
        Profile p = result.profile();

        assertTrue(result.created());
        assertEquals(new PersonalInformation("Mei Ling", "Tan", "mei@example.com", "+65", "81234567", null,
                "8 Marina Blvd", "Singapore", "Central", "018981", "Singapore", null), p.personalInformation());
        assertEquals(List.of(
                new WorkExperience("Data Engineer", "Lumen Analytics", "2021-03", null, true, null,
                        "Owns the ingestion pipelines.\n- Cut costs by 30%"),
                new WorkExperience("Analyst", "Grab", "2018-06", "2021-02", false, null, null)), p.workExperience());
        assertEquals(List.of(new Education(new Education.Institution("NUS", null),
                new Education.Degree("BSc", "Statistics"), "2014-08", "2018-05", "4.2")), p.education());
        assertEquals(List.of("Python", "SQL"), p.skills());
        assertEquals(List.of(new Language("English", "Native"), new Language("Mandarin", "Fluent")), p.languages());
        assertEquals(List.of(new Certification("AWS Data Analytics", "Amazon", "2023-01")), p.certifications());
        assertEquals(List.of(new Achievement("Hackathon winner", "Best data app", "2022-11")), p.achievements());
        assertEquals("https://linkedin.com/in/meitan", p.miscellaneous().linkedinUrl());
        assertEquals("https://github.com/meitan", p.miscellaneous().githubUrl());
        assertEquals("https://mei.dev", p.miscellaneous().websiteUrl());
        assertTrue(p.resumes().isEmpty());
        assertTrue(result.warnings().contains(
                "The 'projects' section has no place in an ApplyDesk profile and was ignored."), result.warnings().toString());
    }

    @Test
    void anExportedJsonResumeReadsBackToTheSameSections() {
        Profile original = service.importProfile(TestProfiles.write(files.resolve("mei.json"), RESUME)).profile();
        Path exported = files.resolve("out/mei-resume.json");

        service.exportJsonResume(original.profileId(), exported);
        service.delete(original.profileId());
        Profile back = service.importProfile(exported).profile();

        assertEquals(original.personalInformation(), back.personalInformation());
        assertEquals(original.workExperience(), back.workExperience());
        assertEquals(original.education(), back.education());
        assertEquals(original.skills(), back.skills());
        assertEquals(original.languages(), back.languages());
        assertEquals(original.certifications(), back.certifications());
        assertEquals(original.achievements(), back.achievements());
        assertEquals(original.miscellaneous(), back.miscellaneous());
    }

    @Test
    void anExportedJsonResumeHoldsTheWholeProfileAndImportsBackOnAnotherComputer(@TempDir Path elsewhere)
            throws Exception {
        Path example = TestProfiles.example(files.resolve("profile.json"),
                "\"lastName\": \"Moreno\"", "\"lastName\": \"Moreno Vega\"",
                "\"portfolioUrl\": null", "\"portfolioUrl\": \"https://alexmoreno.dev\"",
                // JSON Resume, like the importer, leaves an empty text out: it would come back as null.
                "\"description\": \"\"", "\"description\": \"Measured over a quarter.\"");
        TestProfiles.pdf(files, "alex-moreno-resume.pdf");
        Profile original = service.importProfile(example).profile();
        Path exported = files.resolve("usb/alex-resume.json");

        service.exportJsonResume(original.profileId(), exported); // the resume too, beside it
        service.delete(original.profileId()); // and its stored resume: only the one beside the file is left
        ImportResult back = TestProfiles.importElsewhere(elsewhere, exported);

        JsonNode root = Json.mapper().readTree(exported.toFile());
        assertEquals("Alex Moreno Vega", root.at("/basics/name").asText());
        assertEquals("Portfolio", root.at("/basics/profiles/2/network").asText());
        assertEquals("https://alexmoreno.dev", root.at("/basics/profiles/2/url").asText());
        JsonNode extension = root.get("x-applydesk");
        assertFalse(extension.get("miscellaneous").has("portfolioUrl"), "in basics, not twice");
        assertEquals(original.miscellaneous().coverLetter(), extension.at("/miscellaneous/coverLetter").asText());
        assertEquals(2, extension.get("answers").size());
        assertEquals("alex-moreno-resume.pdf", extension.get("resumePath").asText());
        assertFalse(Files.readString(exported).contains(tempDir.toString()), "no folder of this computer");
        // The other computer asks for every field (gender, citizenship ...): the extension brings them back.
        assertEquals(List.of(), back.warnings());
        assertEquals(TestProfiles.content(original), TestProfiles.content(back.profile()));
        assertEquals(original.defaultResume().sha256(), back.profile().defaultResume().sha256());
    }

    @Test
    void theExtensionIsReadWithItsResumeRelativeToTheFile() {
        Path file = TestProfiles.write(files.resolve("mei/mei.json"), """
                {"x-applydesk": {"name": "Data roles", "resumePath": "cv/mei.pdf",
                                 "answers": [{"question": "Notice period?", "answer": "1 month"}],
                                 "miscellaneous": {"coverLetter": "Dear team"}, "colour": "teal"},
                """ + RESUME.substring(RESUME.indexOf('{') + 1));
        TestProfiles.pdf(files.resolve("mei/cv"), "mei.pdf");

        ImportResult result = service.importProfile(file);

        Profile p = result.profile();
        assertEquals("Data roles", p.name());
        assertEquals("mei.pdf", p.defaultResume().fileName());
        assertEquals(List.of(new AnswerBankEntry("Notice period?", "1 month")), p.answers());
        assertEquals("Dear team", p.miscellaneous().coverLetter());
        assertEquals("https://github.com/meitan", p.miscellaneous().githubUrl(), "basics still read");
        assertEquals(List.of("Unknown key 'colour' in x-applydesk was ignored.",
                "The 'projects' section has no place in an ApplyDesk profile and was ignored."), result.warnings());
    }

    @Test
    void aJsonResumeFromElsewhereWithoutTheExtensionStillImports() {
        Path file = TestProfiles.write(files.resolve("mei.json"), RESUME.replace("{\"network\": \"GitHub\"",
                "{\"network\": \"Portfolio\", \"url\": \"https://mei.design\"}, {\"network\": \"GitHub\""));

        ImportResult result = service.importProfile(file);

        Profile p = result.profile();
        assertEquals("https://mei.design", p.miscellaneous().portfolioUrl());
        assertEquals("Mei Ling Tan", p.name(), "called after the person");
        assertEquals(new PersonalInformation("Mei Ling", "Tan", "mei@example.com", "+65", "81234567", null,
                "8 Marina Blvd", "Singapore", "Central", "018981", "Singapore", null), p.personalInformation());
        assertTrue(p.answers().isEmpty());
        assertTrue(result.warnings().contains(
                "The file names no resume, so the profile has none yet: add one before applying."),
                result.warnings().toString());
    }

    @Test
    void aJsonResumeUpdatingAStoredProfileKeepsWhatItHasNoPlaceFor() {
        Profile stored = service.create(new Profile(null, "Data roles", new PersonalInformation("Mei", "Tan",
                "mei@example.com", "+65", "80000000", "Female", null, "Singapore", null, null, "Singapore",
                "Singapore"), null, null, List.of("Excel"), null, null, null,
                new Miscellaneous(null, null, "https://mei.design", null, null, true, null, "9000 SGD", null, null,
                        null, null, null, null, null, null), null, null, null, null));

        ImportResult result = service.importProfile(TestProfiles.write(files.resolve("mei.json"), RESUME));

        assertEquals(false, result.created());
        Profile p = result.profile();
        assertEquals(stored.profileId(), p.profileId());
        assertEquals("Data roles", p.name());
        assertEquals("Female", p.personalInformation().gender());
        assertEquals("Singapore", p.personalInformation().citizenship());
        assertEquals("Mei Ling", p.personalInformation().firstName());
        assertEquals(List.of("Python", "SQL"), p.skills());
        assertEquals("https://mei.design", p.miscellaneous().portfolioUrl());
        assertEquals("https://github.com/meitan", p.miscellaneous().githubUrl());
        assertEquals(Boolean.TRUE, p.miscellaneous().requiresSponsorship());
        assertEquals("9000 SGD", p.miscellaneous().desiredSalary());
    }

    @Test
    void aJsonResumeUpdateKeepsWhatItHasNoPlaceForDownToASchoolsCity() {
        Education nus = new Education(new Education.Institution("NUS", new Education.Location("Singapore", "Central")),
                new Education.Degree("BSc", "Statistics"), "2014-08", "2018-05", "4.2");
        Education school = new Education(new Education.Institution("Raffles Institution", null), null, "2010-01",
                "2013-12", null);
        Profile stored = service.create(new Profile(null, "Data roles", new PersonalInformation("Mei", "Tan",
                "mei@example.com", "+65", "80000000", "Female", null, "Singapore", null, null, "Singapore",
                "Singapore"), List.of(new WorkExperience("Analyst", "Grab", "2018-06", "2021-02", false, "Singapore",
                null)), List.of(nus, school), null, null, null, null, null, null, null, null, null));

        Profile p = service.importProfile(TestProfiles.write(files.resolve("mei.json"), RESUME)).profile();

        assertEquals(stored.profileId(), p.profileId());
        assertEquals(List.of(nus), p.education(), "the same school keeps its city; the file's list is the list");
        assertEquals(new WorkExperience("Analyst", "Grab", "2018-06", "2021-02", false, "Singapore", null),
                p.workExperience().get(1), "the same job keeps where it was");
        assertEquals("Female", p.personalInformation().gender());
    }

    @Test
    void aSchoolRemovedFromAnExportedFileStaysRemoved() throws Exception {
        Education nus = new Education(new Education.Institution("NUS", new Education.Location("Singapore", "Central")),
                new Education.Degree("BSc", "Statistics"), "2014-08", "2018-05", null);
        Education raffles = new Education(new Education.Institution("Raffles Institution",
                new Education.Location("Singapore", null)), null, "2010-01", "2013-12", null);
        Profile original = service.create(new Profile(null, "Data roles", new PersonalInformation("Mei", "Tan",
                "mei@example.com", "+65", "80000000", null, null, "Singapore", null, null, "Singapore", null), null,
                List.of(nus, raffles), null, null, null, null, null, null, null, null, null));
        Path exported = files.resolve("mei.json");
        service.exportJsonResume(original.profileId(), exported);
        service.delete(original.profileId());
        ObjectNode root = (ObjectNode) Json.mapper().readTree(exported.toFile());

        // One school removed in another editor: the other keeps its city from the extension.
        ((ArrayNode) root.get("education")).remove(0);
        Files.writeString(exported, root.toString());
        Profile oneLeft = service.importProfile(exported).profile();
        assertEquals(List.of(raffles), oneLeft.education());
        service.delete(oneLeft.profileId());

        // Both removed: none comes back from the extension's list of where they were.
        root.putArray("education");
        Files.writeString(exported, root.toString());
        assertEquals(List.of(), service.importProfile(exported).profile().education());
    }

    @Test
    void aJobTheFileSaysSomethingElseOfIsTakenAsTheFileHasIt() {
        service.create(new Profile(null, "Data roles", new PersonalInformation("Mei", "Tan", "mei@example.com", "+65",
                "80000000", null, null, "Singapore", null, null, "Singapore", null), List.of(new WorkExperience(
                "Data Engineer", "Lumen Analytics", "2021-03", "2024-01", false, "Singapore", null)), null, null,
                null, null, null, null, null, null, null, null));

        Profile p = service.importProfile(TestProfiles.write(files.resolve("mei.json"), RESUME)).profile();

        assertEquals(new WorkExperience("Data Engineer", "Lumen Analytics", "2021-03", null, true, null,
                "Owns the ingestion pipelines.\n- Cut costs by 30%"), p.workExperience().get(0),
                "still working there, as the file says: no end date kept from the stored job");
    }

    @Test
    void anUpdateOfAProfileWithResumesDoesNotAskForOne() {
        Profile stored = service.create(new Profile(null, "Data roles", new PersonalInformation("Mei", "Tan",
                "mei@example.com", "+65", "80000000", null, null, "Singapore", null, null, "Singapore", null), null,
                null, null, null, null, null, null, null, null, null, null));
        for (String name : List.of("general.pdf", "data.pdf", "short.pdf")) {
            service.addResume(stored.profileId(), TestProfiles.pdf(files, name), false);
        }

        ImportResult updated = service.importProfile(TestProfiles.write(files.resolve("mei.json"), RESUME));

        assertEquals(3, updated.profile().resumes().size());
        assertTrue(updated.warnings().stream().noneMatch(w -> w.contains("resume")), updated.warnings().toString());
        service.delete(stored.profileId());
        ImportResult created = service.importProfile(files.resolve("mei.json"));
        assertTrue(created.warnings().contains(
                "The file names no resume, so the profile has none yet: add one before applying."),
                created.warnings().toString());
    }

    @Test
    void theHostedShapeIsStillReadAsBefore() {
        Path file = TestProfiles.write(files.resolve("p.json"), """
                {"name": "Plain", "personalInformation": {"firstName": "A", "lastName": "B", "email": "a@b.co",
                 "phoneNumber": "1", "city": "X", "country": "Y"}, "basics": {"name": "ignored"}}
                """);
        ProfileImport read = ProfileJson.read(file);
        assertEquals("A", read.draft().personalInformation().firstName());
        assertNull(read.resumeLocation());
        assertTrue(read.warnings().contains("Unknown key 'basics' was ignored."), read.warnings().toString());
    }
}
