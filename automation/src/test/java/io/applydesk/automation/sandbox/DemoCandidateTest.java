package io.applydesk.automation.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseJobs;
import io.applydesk.core.json.Json;
import io.applydesk.core.profile.ProfileImport;
import io.applydesk.core.profile.ProfileJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCandidateTest {
    /** Every key of reference/profile-example.json (the hosted API's profile shape). */
    private static final List<String> TOP_LEVEL_KEYS = List.of("name", "personalInformation", "workExperience",
            "education", "skills", "languages", "certifications", "achievements", "miscellaneous", "answers",
            "resumePath");
    private static final List<String> PERSONAL_KEYS = List.of("firstName", "lastName", "email", "countryCode",
            "phoneNumber", "gender", "address", "city", "state", "zipCode", "country", "citizenship");
    private static final List<String> MISCELLANEOUS_KEYS = List.of("linkedinUrl", "githubUrl", "portfolioUrl",
            "websiteUrl", "workAuthorization", "requiresSponsorship", "willingToRelocate", "desiredSalary",
            "noticePeriod", "earliestStartDate", "preferredName", "pronouns", "phoneType", "howDidYouHear",
            "voluntarySelfIdentification", "coverLetter");

    @Test
    void writesAProfileInTheHostedShapeWithItsResumeBesideIt(@TempDir Path directory) throws Exception {
        Path profileFile = DemoCandidate.writeTo(directory.resolve("practice"));

        assertEquals(directory.resolve("practice").resolve("demo-candidate.json"), profileFile);
        JsonNode profile = Json.mapper().readTree(profileFile.toFile());
        assertEquals(TOP_LEVEL_KEYS, fieldNames(profile));
        assertEquals(PERSONAL_KEYS, fieldNames(profile.get("personalInformation")));
        assertEquals(MISCELLANEOUS_KEYS, fieldNames(profile.get("miscellaneous")));
        assertEquals("Jordan", profile.at("/personalInformation/firstName").asText());
        assertTrue(profile.at("/miscellaneous/workAuthorization/United States").asBoolean());
        Path resume = profileFile.resolveSibling(profile.get("resumePath").asText());
        assertTrue(Files.isRegularFile(resume));
        assertEquals("demo-candidate-resume.pdf", resume.getFileName().toString());
    }

    @Test
    void coreReadsTheProfileWithoutWarnings(@TempDir Path directory) {
        Path profileFile = DemoCandidate.writeTo(directory);

        ProfileImport imported = ProfileJson.read(profileFile);

        assertEquals(List.of(), imported.warnings());
        assertEquals("Rivera", imported.draft().personalInformation().lastName());
        assertEquals(false, imported.draft().miscellaneous().requiresSponsorship());
        assertEquals("decline", imported.draft().miscellaneous().voluntarySelfIdentification().gender());
        assertEquals(4, imported.answers().size());
        assertEquals(profileFile.resolveSibling(DemoCandidate.RESUME_FILE).toUri(), imported.resumeLocation());
    }

    @Test
    void answerBankCoversThePracticeQuestionsExceptTheOneThatNeedsTheCandidate(@TempDir Path directory) throws Exception {
        JsonNode answers = Json.mapper().readTree(DemoCandidate.writeTo(directory).toFile()).get("answers");
        List<String> questions = new ArrayList<>();
        answers.forEach(entry -> {
            questions.add(entry.get("question").asText());
            assertFalse(entry.get("answer").asText().isBlank());
        });

        assertTrue(questions.containsAll(List.of(GreenhouseJobs.WHY_JOIN_LABEL, GreenhouseJobs.JAVA_YEARS_LABEL,
                GreenhouseJobs.OFFICES_LABEL)), questions.toString());
        assertFalse(questions.contains(GreenhouseJobs.OPEN_SOURCE_LABEL));
        // The multi-select answer names options that exist on the form.
        String offices = answers.findValues("answer").get(questions.indexOf(GreenhouseJobs.OFFICES_LABEL)).asText();
        List<String> optionLabels = GreenhouseJobs.PLATFORM_ENGINEER.questions().get(3).options().stream()
                .map(option -> option.label()).toList();
        for (String chosen : offices.split(",\\s*")) {
            assertTrue(optionLabels.contains(chosen), chosen);
        }
    }

    @Test
    void resumeIsAStructurallyValidPdf(@TempDir Path directory) throws Exception {
        Path profile = DemoCandidate.writeTo(directory);
        byte[] pdf = Files.readAllBytes(profile.resolveSibling("demo-candidate-resume.pdf"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);

        assertTrue(text.startsWith("%PDF-1.4\n"));
        assertTrue(text.endsWith("%%EOF\n"));
        Matcher startxref = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(text);
        assertTrue(startxref.find());
        int xref = Integer.parseInt(startxref.group(1));
        assertTrue(text.startsWith("xref\n0 7\n0000000000 65535 f\r\n", xref), "startxref points at the table");
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n\r\n").matcher(text.substring(xref));
        int object = 0;
        while (entries.find()) {
            object++;
            int offset = Integer.parseInt(entries.group(1));
            assertTrue(text.startsWith(object + " 0 obj\n", offset), "entry " + object + " points at its object");
        }
        assertEquals(6, object);
        assertTrue(text.contains("trailer\n<< /Size 7 /Root 1 0 R >>"));

        Matcher stream = Pattern.compile("<< /Length (\\d+) >>\nstream\n").matcher(text);
        assertTrue(stream.find());
        int length = Integer.parseInt(stream.group(1));
        assertTrue(text.startsWith("\nendstream", stream.end() + length), "/Length is the stream's byte count");
        String content = text.substring(stream.end(), stream.end() + length);
        assertTrue(content.contains("/F2 13 Tf\n(Jordan Rivera) Tj"));
        assertTrue(content.contains("(Software Engineer, Bluebonnet Analytics, Austin, TX  \\(March 2020 - present\\)) Tj"),
                "parentheses are escaped");
    }

    @Test
    void theWriterRefusesWhatItCannotRenderFaithfully() {
        assertThrows(IllegalArgumentException.class, () -> MinimalPdf.onePage(List.of("smart quote \u201c")));
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            tooMany.add("line " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> MinimalPdf.onePage(tooMany));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
