package io.applydesk.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks of values that are clear nonsense, through ProfileService on real H2: saving and importing refuse them. */
class ProfileValidationTest {
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
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "phoneNumber | call me maybe | The phone number must be digits, like 206 555 0198 (spaces, dashes, brackets and a + in front are fine).",
        "phoneNumber | 12            | The phone number must be digits, like 206 555 0198 (spaces, dashes, brackets and a + in front are fine).",
        "countryCode | one           | The phone country code must be digits with a + in front, like +1 or +44.",
        "zipCode     | ABCDE!!       | The ZIP code must be a postal code like 98101 or SW1A 1AA: letters, digits, spaces and dashes.",
        "zipCode     | ABCDE         | The ZIP code must be a postal code like 98101 or SW1A 1AA: letters, digits, spaces and dashes.",
    })
    void aNonsensePersonalValueIsRefusedNamingItsField(String apiName, String value, String message) {
        Profile draft = TestProfiles.draft(with(PersonalField.ofApiName(apiName).orElseThrow(), value));

        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.create(draft));

        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("personalInformation." + apiName, e.details());
        assertEquals(message, e.getMessage());
        assertTrue(service.list().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "phoneNumber | +44 20 7946 0958", "phoneNumber | (206) 555-0198", "phoneNumber | 030/1234567",
        "phoneNumber | 06.12.34.56.78", "phoneNumber | 206-555-0198 ext. 12",
        "countryCode | +1", "countryCode | 44", "countryCode | 0044", "countryCode | +1-684",
        "zipCode | SW1A 1AA", "zipCode | 00-950", "zipCode | D02 X285", "zipCode | 98101-1234", "zipCode | 018981",
        "zipCode | 101",
    })
    void realValuesOfOtherCountriesAreKept(String apiName, String value) {
        PersonalField field = PersonalField.ofApiName(apiName).orElseThrow();

        Profile created = service.create(TestProfiles.draft(with(field, value)));

        assertEquals(value, field.valueIn(service.get(created.profileId()).personalInformation()));
    }

    @Test
    void aLinkThatIsNotAWebAddressIsRefusedNamingWhichLink() {
        Miscellaneous links = new Miscellaneous("https://www.linkedin.com/in/dana", "http://github.com/dana",
                "not a url at all", null, null, null, null, null, null, null, null, null, null, null, null, null);

        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.create(withLinks(links)));

        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("miscellaneous.portfolioUrl", e.details());
        assertEquals("The portfolio link must be a web address starting with https:// (copy it from your browser's "
                + "address bar).", e.getMessage());
        for (String nonsense : List.of("not a url at all", "linkedin.com/in/dana", "https://", "https://dana")) {
            Miscellaneous linkedin = new Miscellaneous(nonsense, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null);
            assertEquals("miscellaneous.linkedinUrl",
                    assertThrows(ApplyDeskException.class, () -> service.create(withLinks(linkedin))).details(),
                    nonsense);
        }
        assertTrue(service.list().isEmpty());
    }

    @Test
    void aCertificationWithoutItsNameIsRefused() {
        Profile draft = withEntries(List.of(), List.of(), List.of(new Certification("OCP Java 17", "Oracle", "2023-03"),
                new Certification(" ", "Amazon", "2024-01")));

        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.create(draft));

        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("certifications[1].name", e.details());
        assertEquals("Each certification needs its name.", e.getMessage());
    }

    @Test
    void aJobThatEndsBeforeItStartsIsRefused() {
        Profile draft = withEntries(List.of(
                new WorkExperience("Data Engineer", "Northwind", "2020-01", null, true, null, null),
                new WorkExperience("Junior Developer", "Cedar Apps", "2018-07", "2017-01", false, null, null)),
                List.of(), List.of());

        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.create(draft));

        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("workExperience[1].endDate", e.details());
        assertEquals("“Junior Developer at Cedar Apps” ends before it starts: check its start and end dates.",
                e.getMessage());
    }

    @Test
    void aJobWithAnEndDateYouStillWorkAtIsRefused() {
        Profile draft = withEntries(List.of(
                new WorkExperience("Data Engineer", "Northwind", "2020-01", "2023-05", true, null, null)),
                List.of(), List.of());

        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.create(draft));

        assertEquals("workExperience[0].endDate", e.details());
        assertEquals("“Data Engineer at Northwind” has an end date although you still work there: clear the end "
                + "date, or say you no longer work there.", e.getMessage());
    }

    @Test
    void aSchoolThatEndsBeforeItStartsIsRefusedButASameYearIsNot() {
        Education sameYear = new Education(new Education.Institution("Leeds College", null), null, "2014", "2014-06",
                null);
        Education backwards = new Education(new Education.Institution("University of Leeds", null), null, "2014-09",
                "2014-06", null);
        service.create(withEntries(List.of(), List.of(sameYear), List.of()));

        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.create(
                withEntries(List.of(), List.of(sameYear, backwards), List.of())));

        assertEquals("education[1].endDate", e.details());
        assertEquals("“University of Leeds” ends before it starts: check its start and end dates.", e.getMessage());
    }

    @Test
    void anImportWithANonsenseValueIsRefusedAndStoresNothing() throws Exception {
        Path file = TestProfiles.write(files.resolve("p.json"), """
                {"personalInformation": {"firstName": "Dana", "lastName": "Okafor", "email": "dana@example.org",
                 "phoneNumber": "call me maybe", "city": "Leeds", "country": "United Kingdom"}}
                """);
        service.setMandatoryFields(java.util.Set.of("firstName", "lastName", "email"));

        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.importProfile(file));

        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("personalInformation.phoneNumber", e.details());
        assertTrue(service.list().isEmpty());
    }

    @Test
    void aStoredProfileThatFailsANewerCheckIsStillReadAndCanBeFixed() {
        Profile created = service.create(TestProfiles.draft("dana@example.org"));
        // Stored before these checks existed: written past them, straight into the table.
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE profile SET document = REPLACE(document, '7700900123', "
                + "'call me maybe') WHERE id = :id").bind("id", created.profileId()).execute());

        Profile stored = service.get(created.profileId());
        assertEquals("call me maybe", stored.personalInformation().phoneNumber());
        assertEquals(1, service.list().size());
        assertEquals("personalInformation.phoneNumber",
                assertThrows(ApplyDeskException.class, () -> service.update(stored)).details());

        Profile fixed = service.update(new Profile(stored.profileId(), stored.name(), with(PersonalField.PHONE_NUMBER,
                "07700 900123"), stored.workExperience(), stored.education(), stored.skills(), stored.languages(),
                stored.certifications(), stored.achievements(), stored.miscellaneous(), null, null, null, null));
        assertEquals("07700 900123", fixed.personalInformation().phoneNumber());
    }

    /** Dana's details with one field changed. */
    private static PersonalInformation with(PersonalField changed, String value) {
        PersonalInformation dana = TestProfiles.person("dana@example.org");
        String[] v = Arrays.stream(PersonalField.values()).map(f -> f == changed ? value : f.valueIn(dana))
                .toArray(String[]::new);
        return new PersonalInformation(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]);
    }

    private static Profile withLinks(Miscellaneous links) {
        return new Profile(null, null, TestProfiles.person("dana@example.org"), null, null, null, null, null, null,
                links, null, null, null, null);
    }

    private static Profile withEntries(List<WorkExperience> work, List<Education> education,
                                       List<Certification> certifications) {
        return new Profile(null, null, TestProfiles.person("dana@example.org"), work, education, null, null,
                certifications, null, null, null, null, null, null);
    }
}
