package io.applydesk.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileServiceTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

    @TempDir
    Path tempDir;
    @TempDir
    Path files;

    private Database db;
    private DataDirectory dirs;
    private ProfileService service;

    @BeforeEach
    void open() {
        dirs = new DataDirectory(tempDir);
        db = Database.open(dirs);
        service = new ProfileService(db, dirs, Clock.fixed(T0, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createStoresEveryFieldAndGetReadsItBack() {
        Profile created = service.create(TestProfiles.draft("dana@example.org"));

        assertTrue(created.profileId().startsWith("prof_"));
        Profile read = service.get(created.profileId());
        assertEquals("Data roles", read.name());
        assertEquals(TestProfiles.person("dana@example.org"), read.personalInformation());
        assertEquals(List.of("SQL", "Python"), read.skills());
        assertEquals("Northwind", read.workExperience().get(0).company());
        assertEquals(T0, read.createdAt());
        assertEquals(T0, read.updatedAt());
    }

    @Test
    void hasAnySaysWhetherAProfileExists() {
        assertFalse(service.hasAny());
        String id = service.create(TestProfiles.draft("dana@example.org")).profileId();
        assertTrue(service.hasAny());
        service.delete(id);
        assertFalse(service.hasAny());
    }

    @Test
    void profilesSurviveReopeningTheDatabase() {
        String id = service.create(TestProfiles.draft("dana@example.org")).profileId();
        db.close();
        db = Database.open(dirs);
        service = new ProfileService(db, dirs, Clock.systemUTC());

        assertEquals("dana@example.org", service.get(id).personalInformation().email());
    }

    @Test
    void blankNameBecomesFirstAndLastName() {
        Profile draft = TestProfiles.draft("dana@example.org");
        Profile unnamed = new Profile(null, " ", draft.personalInformation(), null, null, null, null, null, null,
                null, null, null, null, null);
        assertEquals("Dana Okafor", service.create(unnamed).name());
    }

    @Test
    void getOfUnknownIdIsNotFound() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.get("prof_nothere"));
        assertEquals(ErrorCode.NOT_FOUND, e.code());
        assertEquals("No profile with id prof_nothere exists.", e.getMessage());
    }

    @Test
    void missingMandatoryFieldsAreNamedInWords() {
        PersonalInformation info = new PersonalInformation("Dana", "Okafor", "dana@example.org", "+44", " ",
                "Female", "12 Mill Lane", null, "West Yorkshire", "LS1 4AB", "United Kingdom", "United Kingdom");
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> service.create(TestProfiles.draft(info)));
        assertEquals(ErrorCode.PROFILE_INCOMPLETE, e.code());
        assertEquals("The profile is missing: phone number, city. Fill them in before saving.", e.getMessage());
        assertTrue(service.list().isEmpty());
    }

    @Test
    void malformedEmailIsAValidationError() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> service.create(TestProfiles.draft("dana.example.org")));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("'dana.example.org' is not a valid email address.", e.getMessage());
    }

    @Test
    void mandatoryFieldsDefaultToAllTwelve() {
        assertEquals(Set.of("firstName", "lastName", "email", "countryCode", "phoneNumber", "gender", "address",
                "city", "state", "zipCode", "country", "citizenship"), service.mandatoryFields());
    }

    @Test
    void fewerMandatoryFieldsLetSparseProfilesIn() {
        service.setMandatoryFields(Set.of("email", "firstName", "lastName", "phoneNumber"));
        assertEquals(List.of("firstName", "lastName", "email", "phoneNumber"), List.copyOf(service.mandatoryFields()));

        PersonalInformation sparse = new PersonalInformation("Dana", "Okafor", "dana@example.org", null,
                "7700900123", null, null, null, null, null, null, null);
        Profile created = service.create(TestProfiles.draft(sparse));
        assertEquals("7700900123", service.get(created.profileId()).personalInformation().phoneNumber());
    }

    @Test
    void emailAndNamesCannotBeMadeOptional() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> service.setMandatoryFields(Set.of("email", "phoneNumber")));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("Email, first name and last name are always required.", e.getMessage());
        assertEquals(12, service.mandatoryFields().size());
    }

    @Test
    void unknownMandatoryFieldNameIsRefused() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> service.setMandatoryFields(Set.of("email", "firstName", "lastName", "shoeSize")));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertTrue(e.getMessage().startsWith("'shoeSize' is not a personal information field."), e.getMessage());
    }

    @Test
    void requireCompleteWantsAResume() {
        Profile p = service.create(TestProfiles.draft("dana@example.org"));
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.requireComplete(p));
        assertEquals(ErrorCode.PROFILE_INCOMPLETE, e.code());
        assertEquals("The profile is missing: a resume. Fill them in before applying.", e.getMessage());

        service.addResume(p.profileId(), TestProfiles.pdf(files, "cv.pdf"), false);
        service.requireComplete(service.get(p.profileId()));
    }

    @Test
    void requireCompleteNamesFieldsMadeMandatoryAfterSaving() {
        service.setMandatoryFields(Set.of("email", "firstName", "lastName"));
        PersonalInformation sparse = new PersonalInformation("Dana", "Okafor", "dana@example.org", null,
                null, null, null, "Leeds", null, null, null, null);
        Profile p = service.create(TestProfiles.draft(sparse));
        service.setMandatoryFields(Set.of("email", "firstName", "lastName", "phoneNumber", "city", "country"));

        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.requireComplete(p));
        assertEquals("The profile is missing: phone number, country, a resume. Fill them in before applying.",
                e.getMessage());
    }

    @Test
    void updateReplacesFieldsAndKeepsCreationTime() {
        Profile p = service.create(TestProfiles.draft("dana@example.org"));
        ProfileService later = new ProfileService(db, dirs, Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC));
        Profile changed = new Profile(p.profileId(), "Renamed", p.personalInformation().withEmail("d@example.org"),
                p.workExperience(), p.education(), List.of("Scala"), p.languages(), p.certifications(),
                p.achievements(), p.miscellaneous(), null, null, null, null);

        Profile updated = later.update(changed);

        assertEquals("Renamed", updated.name());
        assertEquals(List.of("Scala"), updated.skills());
        assertEquals("d@example.org", service.get(p.profileId()).personalInformation().email());
        assertEquals(T0, updated.createdAt());
        assertEquals(T0.plusSeconds(60), updated.updatedAt());
        assertEquals(p.profileId(), later.findByEmail("D@EXAMPLE.ORG").orElseThrow().profileId());
    }

    @Test
    void updateOfUnknownProfileIsNotFound() {
        Profile ghost = new Profile("prof_ghost", "x", TestProfiles.person("a@example.org"), null, null, null,
                null, null, null, null, null, null, null, null);
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(ApplyDeskException.class, () -> service.update(ghost)).code());
    }

    @Test
    void deleteRemovesProfileResumesAndFiles() {
        Profile p = service.create(TestProfiles.draft("dana@example.org"));
        Resume r = service.addResume(p.profileId(), TestProfiles.pdf(files, "cv.pdf"), true);
        assertTrue(Files.exists(r.storedPath()));

        service.delete(p.profileId());

        assertFalse(Files.exists(r.storedPath()));
        assertTrue(service.list().isEmpty());
        assertEquals(ErrorCode.NOT_FOUND,
                assertThrows(ApplyDeskException.class, () -> service.delete(p.profileId())).code());
    }

    @Test
    void listReturnsProfilesOldestFirst() {
        Profile a = service.create(TestProfiles.draft("a@example.org"));
        Profile b = new ProfileService(db, dirs, Clock.fixed(T0.plusSeconds(1), ZoneOffset.UTC))
                .create(TestProfiles.draft("b@example.org"));
        assertEquals(List.of(a.profileId(), b.profileId()),
                service.list().stream().map(Profile::profileId).collect(java.util.stream.Collectors.toList()));
    }
}
