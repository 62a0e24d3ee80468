package io.applydesk.app.ui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.app.ui.common.InlineTaskExecutor;
import io.applydesk.app.ui.common.QueuedTaskExecutor;
import io.applydesk.app.ui.common.SharedReference;
import io.applydesk.app.ui.common.StubDialogService;
import io.applydesk.core.json.Json;
import io.applydesk.core.profile.Achievement;
import io.applydesk.core.profile.Certification;
import io.applydesk.core.profile.Education;
import io.applydesk.core.profile.Language;
import io.applydesk.core.profile.PersonalField;
import io.applydesk.core.profile.PersonalInformation;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileLink;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.profile.Resume;
import io.applydesk.core.profile.ResumeRule;
import io.applydesk.core.profile.VoluntarySelfIdentification;
import io.applydesk.core.profile.WorkExperience;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full profile editor's ViewModel against a real ProfileService on real H2, no toolkit: each
 * section edited and saved, live validation, several profiles, resumes with title rules, the
 * mandatory-fields setting, the unsaved-changes guard, and import/export round trips.
 */
class ProfileEditorViewModelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private Database database;
    private ProfileService profiles;
    private StubDialogService dialogs;
    private ProfileViewModel viewModel;
    private Profile ada;

    @BeforeEach
    void open() {
        DataDirectory dirs = new DataDirectory(dataDir);
        database = Database.open(dirs);
        profiles = new ProfileService(database, dirs, Clock.systemUTC());
        ada = profiles.create(new Profile(null, "Backend roles", person("Ada", "ada@example.com"), null, null, null,
                null, null, null, null, null, null, null, null));
        dialogs = new StubDialogService();
        viewModel = new ProfileViewModel(profiles, new InlineTaskExecutor(), dialogs);
        viewModel.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everySectionEditedInTheFormIsSavedInTheProfile() {
        assertEquals(ada.profileId(), viewModel.selectedProfileProperty().get().profileId());
        EntryList.Entry job = viewModel.workExperience().add();
        job.value("jobTitle").set("Backend Engineer");
        job.value("company").set("Harborline");
        job.value("startDate").set("2021-02");
        job.value("currentlyWorkHere").set("true");
        job.value("description").set("Owns the tracking API.");
        EntryList.Entry school = viewModel.education().add();
        school.value("institution").set("Oregon State University");
        school.value("degreeName").set("BSc");
        school.value("fieldOfStudy").set("Computer Science");
        school.value("city").set("Corvallis");
        school.value("startDate").set("2014-09");
        school.value("endDate").set("2018-06");
        school.value("gpa").set("3.4");
        section("skills").add().value("skill").set("Java");
        section("skills").add().value("skill").set("Kafka");
        EntryList.Entry language = section("languages").add();
        language.value("language").set("Spanish");
        language.value("proficiency").set("Fluent");
        EntryList.Entry cert = section("certifications").add();
        cert.value("name").set("OCP Java 17");
        cert.value("issuer").set("Oracle");
        cert.value("date").set("2023-03");
        EntryList.Entry award = section("achievements").add();
        award.value("title").set("Cut latency by 60%");
        award.value("date").set("2024-05");
        EntryList.Entry us = viewModel.workAuthorization().add();
        us.value("country").set("United States");
        us.value("authorized").set("true");
        viewModel.workAuthorization().add().value("country").set("Canada");
        viewModel.yesNoProperty(ProfileViewModel.YesNo.REQUIRES_SPONSORSHIP).set("No");
        viewModel.yesNoProperty(ProfileViewModel.YesNo.WILLING_TO_RELOCATE).set("Yes");
        viewModel.miscProperty(ProfileViewModel.MiscField.DESIRED_SALARY).set("140000 USD");
        viewModel.miscProperty(ProfileViewModel.MiscField.COVER_LETTER).set("I build dependable services.");
        viewModel.selfIdProperty(ProfileViewModel.SelfId.VETERAN).set("I am not a protected veteran");
        viewModel.selfIdProperty(ProfileViewModel.SelfId.RACE).set("decline");
        viewModel.linkProperty(ProfileLink.LINKEDIN).set("https://linkedin.com/in/ada");
        viewModel.profileNameProperty().set("Platform roles");
        assertTrue(viewModel.dirtyProperty().get());
        assertTrue(viewModel.canSaveProperty().get());

        viewModel.save();

        assertEquals("Profile saved.", viewModel.messageProperty().get());
        assertFalse(viewModel.dirtyProperty().get());
        Profile stored = profiles.get(ada.profileId());
        assertEquals("Platform roles", stored.name());
        assertEquals(List.of(new WorkExperience("Backend Engineer", "Harborline", "2021-02", null, true, null,
                "Owns the tracking API.")), stored.workExperience());
        assertEquals(List.of(new Education(new Education.Institution("Oregon State University",
                new Education.Location("Corvallis", null)), new Education.Degree("BSc", "Computer Science"),
                "2014-09", "2018-06", "3.4")), stored.education());
        assertEquals(List.of("Java", "Kafka"), stored.skills());
        assertEquals(List.of(new Language("Spanish", "Fluent")), stored.languages());
        assertEquals(List.of(new Certification("OCP Java 17", "Oracle", "2023-03")), stored.certifications());
        assertEquals(List.of(new Achievement("Cut latency by 60%", null, "2024-05")), stored.achievements());
        Map<String, Boolean> authorization = new LinkedHashMap<>();
        authorization.put("United States", true);
        authorization.put("Canada", false);
        assertEquals(authorization, stored.miscellaneous().workAuthorization());
        assertEquals(Boolean.FALSE, stored.miscellaneous().requiresSponsorship());
        assertEquals(Boolean.TRUE, stored.miscellaneous().willingToRelocate());
        assertEquals("140000 USD", stored.miscellaneous().desiredSalary());
        assertEquals("I build dependable services.", stored.miscellaneous().coverLetter());
        assertEquals(new VoluntarySelfIdentification(null, "decline", null, "I am not a protected veteran", null),
                stored.miscellaneous().voluntarySelfIdentification());
        assertEquals("https://linkedin.com/in/ada", stored.miscellaneous().linkedinUrl());
    }

    @Test
    void entriesAreReorderedAndRemovedAndBlankOnesAreDropped() {
        EntryList<String> skills = section("skills");
        EntryList.Entry java = skills.add();
        java.value("skill").set("Java");
        EntryList.Entry sql = skills.add();
        sql.value("skill").set("SQL");
        EntryList.Entry go = skills.add();
        go.value("skill").set("Go");
        skills.add(); // left blank

        skills.move(go, -1);
        skills.move(go, -1);
        skills.move(go, -1); // already first: nothing happens
        skills.remove(sql);
        viewModel.save();

        assertEquals(List.of("Go", "Java"), profiles.get(ada.profileId()).skills());
    }

    @Test
    void aDateThatIsNotYearAndMonthIsShownNextToItAndBlocksSaving() {
        EntryList.Entry job = viewModel.workExperience().add();
        job.value("jobTitle").set("Analyst");
        job.value("startDate").set("March 2020");

        assertEquals(EntryList.MONTH_ERROR, job.error("startDate").get());
        assertFalse(viewModel.canSaveProperty().get());

        job.value("startDate").set("2020-03");
        assertEquals("", job.error("startDate").get());
        assertTrue(viewModel.canSaveProperty().get());
    }

    @Test
    void nonsenseIsExplainedBesideEachFieldAndBlocksSavingUntilFixed() {
        viewModel.fieldProperty(PersonalField.PHONE_NUMBER).set("call me maybe");
        viewModel.fieldProperty(PersonalField.COUNTRY_CODE).set("one");
        viewModel.fieldProperty(PersonalField.ZIP_CODE).set("ABCDE!!");
        viewModel.linkProperty(ProfileLink.LINKEDIN).set("not a url at all");
        viewModel.linkProperty(ProfileLink.GITHUB).set("https://github.com/ada");
        EntryList.Entry job = viewModel.workExperience().add();
        job.value("jobTitle").set("Analyst");
        job.value("startDate").set("2020-03");
        job.value("endDate").set("2019-01");
        EntryList.Entry current = viewModel.workExperience().add();
        current.value("jobTitle").set("Engineer");
        current.value("company").set("Harborline");
        current.value("endDate").set("2023-01");
        current.value("currentlyWorkHere").set("true");
        EntryList.Entry cert = section("certifications").add();
        cert.value("issuer").set("Oracle");

        assertEquals("The phone number must be digits, like 206 555 0198 (spaces, dashes, brackets and a + in front "
                + "are fine).", viewModel.fieldErrorProperty(PersonalField.PHONE_NUMBER).get());
        assertEquals("The phone country code must be digits with a + in front, like +1 or +44.",
                viewModel.fieldErrorProperty(PersonalField.COUNTRY_CODE).get());
        assertEquals("The ZIP code must be a postal code like 98101 or SW1A 1AA: letters, digits, spaces and dashes.",
                viewModel.fieldErrorProperty(PersonalField.ZIP_CODE).get());
        assertEquals("The LinkedIn link must be a web address starting with https:// (copy it from your browser's "
                + "address bar).", viewModel.linkErrorProperty(ProfileLink.LINKEDIN).get());
        assertEquals("", viewModel.linkErrorProperty(ProfileLink.GITHUB).get());
        assertEquals("“Analyst” ends before it starts: check its start and end dates.", job.error("endDate").get());
        assertEquals("“Engineer at Harborline” has an end date although you still work there: clear the end date, "
                + "or say you no longer work there.", current.error("endDate").get());
        assertEquals("Each certification needs its name.", cert.error("name").get());
        assertFalse(viewModel.canSaveProperty().get());
        viewModel.save();
        assertEquals("Correct the fields marked in red, then save.", viewModel.messageProperty().get());
        assertEquals("2065550198", profiles.get(ada.profileId()).personalInformation().phoneNumber());

        viewModel.fieldProperty(PersonalField.PHONE_NUMBER).set("+1 (206) 555-0198");
        viewModel.fieldProperty(PersonalField.COUNTRY_CODE).set("+1");
        viewModel.fieldProperty(PersonalField.ZIP_CODE).set("98101-1234");
        viewModel.linkProperty(ProfileLink.LINKEDIN).set("https://www.linkedin.com/in/ada");
        job.value("endDate").set("2021-01");
        current.value("currentlyWorkHere").set("false");
        cert.value("name").set("OCP Java 17");
        assertEquals("", current.error("endDate").get());
        assertTrue(viewModel.canSaveProperty().get());
        viewModel.save();

        Profile stored = profiles.get(ada.profileId());
        assertEquals("+1 (206) 555-0198", stored.personalInformation().phoneNumber());
        assertEquals("98101-1234", stored.personalInformation().zipCode());
        assertEquals("https://www.linkedin.com/in/ada", stored.miscellaneous().linkedinUrl());
        assertEquals(new WorkExperience("Engineer", "Harborline", null, "2023-01", false, null, null),
                stored.workExperience().get(1));
        assertEquals(List.of(new Certification("OCP Java 17", "Oracle", null)), stored.certifications());
    }

    @Test
    void aStoredProfileThatBreaksANewerRuleOpensWithTheMessageBesideTheField() throws Exception {
        // Saved before these rules existed: written past them, straight into the table.
        database.jdbi().useHandle(h -> {
            String document = h.createQuery("SELECT document FROM profile WHERE id = :id")
                    .bind("id", ada.profileId()).mapTo(String.class).one();
            ObjectNode stored = (ObjectNode) Json.mapper().readTree(document);
            ((ObjectNode) stored.get("personalInformation")).put("phoneNumber", "call me maybe");
            stored.putArray("certifications").addObject().put("issuer", "Oracle");
            h.createUpdate("UPDATE profile SET document = :document WHERE id = :id").bind("id", ada.profileId())
                    .bind("document", Json.mapper().writeValueAsString(stored)).execute();
        });

        viewModel.load();

        assertEquals("call me maybe", viewModel.fieldProperty(PersonalField.PHONE_NUMBER).get());
        assertTrue(viewModel.fieldErrorProperty(PersonalField.PHONE_NUMBER).get().startsWith(
                "The phone number must be digits"), viewModel.fieldErrorProperty(PersonalField.PHONE_NUMBER).get());
        EntryList.Entry cert = section("certifications").entries().get(0);
        assertEquals("Each certification needs its name.", cert.error("name").get());
        assertFalse(viewModel.canSaveProperty().get());

        viewModel.fieldProperty(PersonalField.PHONE_NUMBER).set("206 555 0198");
        cert.value("name").set("OCP Java 17");
        viewModel.save();

        assertEquals("Profile saved.", viewModel.messageProperty().get());
        assertEquals("206 555 0198", profiles.get(ada.profileId()).personalInformation().phoneNumber());
    }

    @Test
    void anInvalidEmailIsShownAtOnceAndNothingIsSaved() {
        viewModel.fieldProperty(PersonalField.EMAIL).set("ada.example.com");

        assertEquals(ProfileViewModel.BAD_EMAIL, viewModel.fieldErrorProperty(PersonalField.EMAIL).get());
        assertFalse(viewModel.validProperty().get());
        viewModel.save();
        assertEquals("ada@example.com", profiles.get(ada.profileId()).personalInformation().email());

        viewModel.fieldProperty(PersonalField.CITY).set("");
        assertEquals(ProfileViewModel.REQUIRED, viewModel.fieldErrorProperty(PersonalField.CITY).get());
        assertEquals("To save, fill in: city.", viewModel.missingSummaryProperty().get());
    }

    @Test
    void switchingProfileWithUnsavedChangesAsksFirst() {
        Profile grace = profiles.create(new Profile(null, "Data roles", person("Grace", "grace@example.com"), null,
                null, null, null, null, null, null, null, null, null, null));
        viewModel.load();
        viewModel.fieldProperty(PersonalField.CITY).set("Oakland");

        dialogs.willConfirm(false);
        assertFalse(viewModel.select(grace));
        assertEquals(ada.profileId(), viewModel.selectedProfileProperty().get().profileId());
        assertEquals("Oakland", viewModel.fieldProperty(PersonalField.CITY).get());
        assertFalse(viewModel.mayLeave(), "leaving the page asks too");

        dialogs.willConfirm(true);
        assertTrue(viewModel.select(grace));
        assertEquals("Grace", viewModel.fieldProperty(PersonalField.FIRST_NAME).get());
        assertEquals(List.of("Discard your changes?", "Discard your changes?", "Discard your changes?"),
                dialogs.questionsAsked());
        assertEquals("Seattle", profiles.get(ada.profileId()).personalInformation().city(), "discarded, not saved");
        assertTrue(viewModel.mayLeave());
    }

    @Test
    void discardingUnsavedChangesGoesOnToWhatWasAskedAndKeepEditingStays() throws IOException {
        Profile grace = profiles.create(new Profile(null, "Data roles", person("Grace", "grace@example.com"), null,
                null, null, null, null, null, null, null, null, null, null));
        Path graceFile = files.resolve("grace.json");
        profiles.exportProfile(grace.profileId(), graceFile);
        // Reads finish in any order on the production pool: here the newest first.
        QueuedTaskExecutor tasks = new QueuedTaskExecutor();
        ProfileViewModel editor = new ProfileViewModel(profiles, tasks, dialogs);
        editor.load();
        runNewestFirst(tasks);
        editor.select(ada);
        runNewestFirst(tasks);

        Runnable edit = () -> editor.fieldProperty(PersonalField.CITY).set("Oakland");
        edit.run();
        dialogs.willConfirm(false);
        editor.newProfile();
        assertFalse(editor.select(grace));
        editor.importFile();
        runNewestFirst(tasks);
        assertEquals(3, dialogs.questionsAsked().size());
        assertEquals(ada.profileId(), editor.selectedProfileProperty().get().profileId());
        assertEquals("Oakland", editor.fieldProperty(PersonalField.CITY).get(), "kept editing");

        dialogs.willConfirm(true);
        editor.newProfile();
        runNewestFirst(tasks);
        assertNull(editor.selectedProfileProperty().get(), "a new profile, not Ada again");
        assertEquals("", editor.fieldProperty(PersonalField.FIRST_NAME).get());
        assertFalse(editor.dirtyProperty().get());

        editor.select(ada);
        runNewestFirst(tasks);
        edit.run();
        assertTrue(editor.select(grace));
        runNewestFirst(tasks);
        assertEquals("Grace", editor.fieldProperty(PersonalField.FIRST_NAME).get());

        editor.select(ada);
        runNewestFirst(tasks);
        edit.run();
        dialogs.willChoose(graceFile);
        editor.importFile();
        runNewestFirst(tasks);
        assertEquals("Grace", editor.fieldProperty(PersonalField.FIRST_NAME).get(), "the imported profile");
        assertEquals(List.of("Discard your changes?", "Update “Data roles” from this file?"),
                dialogs.questionsAsked().subList(5, 7), "Grace has the file's email");
        assertEquals("Seattle", profiles.get(ada.profileId()).personalInformation().city(), "discarded, not saved");
    }

    @Test
    void severalResumesWithADefaultAndATitleRuleAreKept() throws IOException {
        dialogs.willChoose(pdf("general.pdf"));
        viewModel.chooseResume();
        dialogs.willChoose(pdf("data-resume.pdf"));
        viewModel.chooseResume();
        List<Resume> resumes = List.copyOf(viewModel.resumes());
        assertEquals(List.of("general.pdf", "data-resume.pdf"), resumes.stream().map(Resume::fileName).toList());
        assertTrue(resumes.get(0).isDefault());

        ProfileViewModel.RuleRow rule = viewModel.addRule();
        rule.wordsProperty().set("Data");
        rule.resumeProperty().set(resumes.get(1));
        viewModel.save();

        assertEquals(List.of(new ResumeRule("Data", resumes.get(1).resumeId())), profiles.resumeRules(ada.profileId()));
        Profile stored = profiles.get(ada.profileId());
        assertEquals("data-resume.pdf", profiles.resumeFor(stored, "Senior Data Engineer").fileName());
        assertEquals("general.pdf", profiles.resumeFor(stored, "Backend Engineer").fileName());

        viewModel.makeDefault(viewModel.resumes().get(1));
        assertEquals("data-resume.pdf", profiles.get(ada.profileId()).defaultResume().fileName());
        dialogs.willConfirm(true);
        viewModel.removeResume(viewModel.resumes().get(1));
        assertEquals(List.of("general.pdf"), viewModel.resumes().stream().map(Resume::fileName).toList());
        assertTrue(viewModel.rules().isEmpty(), "its rule went with it");
        assertTrue(profiles.resumeRules(ada.profileId()).isEmpty());
    }

    @Test
    void aRuleWithoutWordsBlocksSaving() {
        dialogs.willChoose(pdf("general.pdf"));
        viewModel.chooseResume();
        viewModel.addRule();

        assertFalse(viewModel.canSaveProperty().get());
        assertEquals("Each rule needs the words a job title contains and the resume to send.",
                viewModel.rulesErrorProperty().get());
    }

    @Test
    void profilesAreCreatedDuplicatedAndDeleted() {
        viewModel.newProfile();
        assertNull(viewModel.selectedProfileProperty().get());
        assertEquals("", viewModel.fieldErrorProperty(PersonalField.FIRST_NAME).get(), "no red before typing");
        fill(person("Grace", "grace@example.com"));
        viewModel.save();
        assertEquals(2, profiles.list().size());
        String graceId = viewModel.selectedProfileProperty().get().profileId();
        assertEquals("Grace Hopper", viewModel.selectedProfileProperty().get().name());

        viewModel.duplicate();
        assertEquals(3, viewModel.profiles().size());
        assertEquals("Grace Hopper (copy)", viewModel.selectedProfileProperty().get().name());

        dialogs.willConfirm(false);
        viewModel.delete();
        assertEquals(3, profiles.list().size());
        dialogs.willConfirm(true);
        viewModel.delete();
        assertEquals(List.of(ada.profileId(), graceId), profiles.list().stream().map(Profile::profileId).toList());
        assertEquals(2, viewModel.profiles().size());
    }

    @Test
    void theMandatoryFieldsSettingIsStoredAndCheckedAtOnce() {
        viewModel.fieldProperty(PersonalField.CITIZENSHIP).set("");
        assertFalse(viewModel.canSaveProperty().get());

        viewModel.mandatoryProperty(PersonalField.CITIZENSHIP).set(false);

        assertFalse(profiles.mandatoryFields().contains("citizenship"));
        assertTrue(viewModel.canSaveProperty().get());
        viewModel.save();
        assertNull(profiles.get(ada.profileId()).personalInformation().citizenship());

        viewModel.mandatoryProperty(PersonalField.EMAIL).set(false);
        assertTrue(profiles.mandatoryFields().contains("email"), "email is always required");
        assertEquals("Email, first name and last name are always required.", viewModel.messageProperty().get());
    }

    @Test
    void exportedJsonAndJsonResumeImportBack() throws IOException {
        EntryList.Entry job = viewModel.workExperience().add();
        job.value("jobTitle").set("Backend Engineer");
        job.value("company").set("Harborline");
        job.value("startDate").set("2021-02");
        job.value("endDate").set("2023-01"); // JSON Resume reads a job without an end as the current one
        viewModel.save();
        Path json = files.resolve("ada.json");
        Path jsonResume = files.resolve("ada-resume.json");

        dialogs.willSaveTo(json);
        viewModel.exportJson();
        assertEquals("Saved ada.json (JSON).", viewModel.messageProperty().get());
        dialogs.willSaveTo(jsonResume);
        viewModel.exportJsonResume();
        assertTrue(Files.readString(jsonResume).contains("\"position\" : \"Backend Engineer\""));

        Profile before = profiles.get(ada.profileId());
        dialogs.willConfirm(true);
        viewModel.delete();
        dialogs.willChoose(json);
        viewModel.importFile();

        Profile back = viewModel.selectedProfileProperty().get();
        assertTrue(viewModel.messageProperty().get().startsWith("Imported Backend roles."),
                viewModel.messageProperty().get());
        assertEquals(before.personalInformation(), back.personalInformation());
        assertEquals(before.workExperience(), back.workExperience());

        dialogs.willChoose(jsonResume);
        viewModel.importFile();
        assertEquals("Updated Backend roles.", viewModel.messageProperty().get().substring(0, 22),
                "same email: the JSON Resume updates the profile");
        assertEquals(before.workExperience(), profiles.get(back.profileId()).workExperience());
    }

    @Test
    void anExportSaysTheResumeWasSavedBesideTheFileAndUnderWhichName() throws IOException {
        dialogs.willChoose(pdf("ada-cv.pdf"));
        viewModel.chooseResume();
        Path usb = files.resolve("usb");

        dialogs.willSaveTo(usb.resolve("ada.json"));
        viewModel.exportJson();

        assertEquals("Saved ada.json (JSON) and the resume ada-cv.pdf beside it.", viewModel.messageProperty().get());
        assertFalse(viewModel.messageIsErrorProperty().get());
        assertEquals(Files.readString(files.resolve("ada-cv.pdf")), Files.readString(usb.resolve("ada-cv.pdf")));

        Files.writeString(usb.resolve("ada-cv.pdf"), "%PDF-1.4\n% another resume\n%%EOF\n");
        dialogs.willSaveTo(usb.resolve("ada-resume.json"));
        viewModel.exportJsonResume();

        assertEquals("Saved ada-resume.json (JSON Resume) and the resume ada-cv.pdf beside it, as ada-cv (2).pdf: "
                + "a different file of that name was there.", viewModel.messageProperty().get());
        assertTrue(Files.readString(usb.resolve("ada-cv.pdf")).contains("another resume"), "left as it was");
    }

    @Test
    void anExportThatCannotBeSavedSaysWhyAndNothingWasExported() throws IOException {
        dialogs.willChoose(pdf("ada-cv.pdf"));
        viewModel.chooseResume();
        Path notAFolder = Files.writeString(files.resolve("usb"), "a file, not a folder");

        dialogs.willSaveTo(notAFolder.resolve("ada.json"));
        viewModel.exportJson();

        assertEquals("The profile could not be saved to " + notAFolder.resolve("ada.json").toAbsolutePath()
                + ", so nothing was exported. Check that the folder exists and that you may write to it.",
                viewModel.messageProperty().get());
        assertTrue(viewModel.messageIsErrorProperty().get());
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void importingTheEmailOfAProfileAsksWhetherToUpdateItAndAnUpdateKeepsWhatTheFileLacks() throws IOException {
        // A JSON Resume has no gender or citizenship: a new profile from one needs only the essentials.
        profiles.setMandatoryFields(Set.of("firstName", "lastName", "email", "phoneNumber", "city", "country"));
        viewModel.load();
        EntryList.Entry school = viewModel.education().add();
        school.value("institution").set("University of London");
        school.value("city").set("London");
        viewModel.save();
        for (String name : List.of("general.pdf", "data.pdf", "short.pdf")) {
            dialogs.willChoose(pdf(name));
            viewModel.chooseResume();
        }
        Path jsonResume = files.resolve("ada-resume.json");
        profiles.exportJsonResume(ada.profileId(), jsonResume);
        Files.writeString(jsonResume, Files.readString(jsonResume).replace("\"Seattle\"", "\"Tacoma\""));

        dialogs.willConfirm(true);
        dialogs.willChoose(jsonResume);
        viewModel.importFile();

        assertEquals(List.of("Update “Backend roles” from this file?"), dialogs.questionsAsked());
        assertEquals("Updated Backend roles.", viewModel.messageProperty().get(), "it has 3 resumes: none to add");
        assertEquals(1, profiles.list().size());
        Profile updated = profiles.get(ada.profileId());
        assertEquals("Tacoma", updated.personalInformation().city());
        assertEquals(new Education.Location("London", null), updated.education().get(0).institution().location(),
                "JSON Resume has no place for a school's city: it stays");
        assertEquals(3, updated.resumes().size());

        dialogs.willConfirm(false);
        dialogs.willChoose(jsonResume);
        viewModel.importFile();

        assertEquals(2, profiles.list().size());
        assertEquals("Imported Backend roles.", viewModel.messageProperty().get(),
                "the export keeps the profile's name, and its default resume (general.pdf) is beside it");
        assertEquals(updated, profiles.get(ada.profileId()), "left as it was");
    }

    @Test
    void ofProfilesSharingTheFileEmailTheOneOpenIsTheOneOffered() throws IOException {
        Path json = files.resolve("ada.json");
        profiles.exportProfile(ada.profileId(), json);
        viewModel.duplicate();
        Profile copy = viewModel.selectedProfileProperty().get();
        Files.writeString(json, Files.readString(json).replace("\"Seattle\"", "\"Tacoma\""));

        dialogs.willConfirm(true);
        dialogs.willChoose(json);
        viewModel.importFile();

        assertEquals(List.of("Update “Backend roles (copy)” from this file?"), dialogs.questionsAsked());
        assertEquals("Tacoma", profiles.get(copy.profileId()).personalInformation().city());
        assertEquals("Seattle", profiles.get(ada.profileId()).personalInformation().city());
        assertEquals(copy.profileId(), viewModel.selectedProfileProperty().get().profileId());
    }

    @Test
    void theReferenceProfileImportsWithoutTheResumeItNamesAndSaysSo() throws IOException {
        // As shipped: the resume it names is not beside it.
        Path example = Files.copy(SharedReference.profileExample(), files.resolve("profile-example.json"));
        dialogs.willChoose(example);

        viewModel.importFile();

        assertEquals("Imported Backend roles. The resume file " + files.resolve("alex-moreno-resume.pdf") + " was "
                + "not found, so the profile has none yet: add one before applying.", viewModel.messageProperty().get());
        assertFalse(viewModel.messageIsErrorProperty().get());
        Profile alex = viewModel.selectedProfileProperty().get();
        assertEquals("alex.moreno@example.com", alex.personalInformation().email());
        assertEquals("No resume yet", viewModel.resumeSummaryProperty().get());
        assertEquals(2, profiles.list().size());
    }

    @Test
    void exportingWithUnsavedChangesAsksToSaveFirst() {
        viewModel.fieldProperty(PersonalField.CITY).set("Oakland");
        dialogs.willSaveTo(files.resolve("never.json"));

        viewModel.exportJson();

        assertEquals("Save your changes first: the file holds the saved profile.", viewModel.messageProperty().get());
        assertFalse(Files.exists(files.resolve("never.json")));
    }

    /** Runs the waiting tasks, always the newest first, including those they queue. */
    private static void runNewestFirst(QueuedTaskExecutor tasks) {
        while (tasks.size() > 0) {
            tasks.run(tasks.size() - 1);
        }
    }

    private <T> EntryList<T> section(String id) {
        @SuppressWarnings("unchecked")
        EntryList<T> found = (EntryList<T>) viewModel.sections().stream().filter(s -> s.id().equals(id))
                .findFirst().orElseThrow();
        return found;
    }

    private void fill(PersonalInformation info) {
        for (PersonalField field : PersonalField.values()) {
            viewModel.fieldProperty(field).set(field.valueIn(info));
        }
    }

    private Path pdf(String name) {
        try {
            return Files.writeString(files.resolve(name), "%PDF-1.4\n% " + name + "\n%%EOF\n",
                    StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PersonalInformation person(String first, String email) {
        String last = first.equals("Ada") ? "Lovelace" : "Hopper";
        return new PersonalInformation(first, last, email, "+1", "2065550198", "Female", "1200 Pine St", "Seattle",
                "WA", "98101", "United States", "United States");
    }
}
