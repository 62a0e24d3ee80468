package io.applydesk.app.ui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.common.InlineTaskExecutor;
import io.applydesk.app.ui.common.StubDialogService;
import io.applydesk.core.profile.PersonalField;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileLink;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile form's ViewModel against a real ProfileService on a real H2 file database, no toolkit. */
class ProfileViewModelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private Database database;
    private ProfileService profiles;
    private StubDialogService dialogs;
    private ProfileViewModel viewModel;

    @BeforeEach
    void open() {
        DataDirectory dirs = new DataDirectory(dataDir);
        database = Database.open(dirs);
        profiles = new ProfileService(database, dirs, Clock.systemUTC());
        dialogs = new StubDialogService();
        viewModel = new ProfileViewModel(profiles, new InlineTaskExecutor(), dialogs);
        viewModel.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void savingAnIncompleteProfileMarksEachMissingFieldAndStoresNothing() {
        viewModel.fieldProperty(PersonalField.FIRST_NAME).set("Ada");
        viewModel.fieldProperty(PersonalField.LAST_NAME).set("Lovelace");
        viewModel.fieldProperty(PersonalField.EMAIL).set("ada@example.com");

        viewModel.save();

        assertEquals("Required.", viewModel.fieldErrorProperty(PersonalField.PHONE_NUMBER).get());
        assertEquals("Required.", viewModel.fieldErrorProperty(PersonalField.ZIP_CODE).get());
        assertEquals("", viewModel.fieldErrorProperty(PersonalField.FIRST_NAME).get());
        assertTrue(viewModel.messageIsErrorProperty().get());
        assertTrue(viewModel.messageProperty().get().startsWith("To save, fill in: phone country code, phone number"),
                viewModel.messageProperty().get());
        assertFalse(viewModel.canSaveProperty().get());
        assertTrue(profiles.list().isEmpty());
    }

    @Test
    void aBadEmailIsShownUnderTheEmailField() {
        fillAll();
        viewModel.fieldProperty(PersonalField.EMAIL).set("ada-at-example");

        viewModel.save();

        assertEquals(ProfileViewModel.BAD_EMAIL, viewModel.fieldErrorProperty(PersonalField.EMAIL).get());
        assertFalse(viewModel.canSaveProperty().get(), "Save is disabled while the email is wrong");
        assertTrue(profiles.list().isEmpty());
    }

    @Test
    void savingACompleteProfileStoresPersonalInformationAndLinks() {
        fillAll();
        viewModel.linkProperty(ProfileLink.GITHUB).set("https://github.com/ada");

        viewModel.save();

        assertEquals("Profile saved.", viewModel.messageProperty().get());
        assertEquals(1, profiles.list().size());
        Profile stored = profiles.list().get(0);
        assertEquals("Ada", stored.personalInformation().firstName());
        assertEquals("Non-binary", stored.personalInformation().gender());
        assertEquals("94107", stored.personalInformation().zipCode());
        assertEquals("https://github.com/ada", stored.miscellaneous().githubUrl());
        assertEquals(stored.profileId(), viewModel.selectedProfileProperty().get().profileId());
    }

    @Test
    void editingKeepsTheSameProfileAndWhatTheFormDoesNotShow() {
        fillAll();
        viewModel.save();
        String id = viewModel.selectedProfileProperty().get().profileId();

        viewModel.fieldProperty(PersonalField.CITY).set("Oakland");
        viewModel.save();

        assertEquals(1, profiles.list().size());
        assertEquals("Oakland", profiles.get(id).personalInformation().city());
    }

    @Test
    void aResumeThatIsNotAPdfDocOrDocxIsRefusedInPlainWords() throws IOException {
        fillAll();
        viewModel.save();
        Path notes = Files.writeString(files.resolve("notes.txt"), "hello");
        dialogs.willChoose(notes);

        viewModel.chooseResume();

        assertEquals("The resume 'notes.txt' is not a PDF, DOC or DOCX file.", viewModel.resumeErrorProperty().get());
        assertEquals("No resume yet", viewModel.resumeSummaryProperty().get());
    }

    @Test
    void aResumeOverTenMegabytesIsRefusedWithItsSize() throws IOException {
        fillAll();
        viewModel.save();
        Path big = files.resolve("big.pdf");
        Files.write(big, "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(ProfileService.MAX_RESUME_BYTES + 1);
        }
        dialogs.willChoose(big);

        viewModel.chooseResume();

        assertTrue(viewModel.resumeErrorProperty().get().contains("the limit is 10 MB"),
                viewModel.resumeErrorProperty().get());
        assertTrue(profiles.list().get(0).resumes().isEmpty());
    }

    @Test
    void aValidResumeIsStoredAndShownWithItsSize() throws IOException {
        fillAll();
        viewModel.save();
        Path cv = Files.write(files.resolve("ada-cv.pdf"), ("%PDF-1.4\n" + "x".repeat(3000)).getBytes(StandardCharsets.US_ASCII));
        dialogs.willChoose(cv);

        viewModel.chooseResume();

        assertEquals("", viewModel.resumeErrorProperty().get());
        assertEquals("ada-cv.pdf · 3 KB", viewModel.resumeSummaryProperty().get());
        Profile stored = profiles.list().get(0);
        assertNotNull(stored.defaultResume());
        assertEquals("ada-cv.pdf", stored.defaultResume().fileName());
    }

    @Test
    void aResumeCannotBeAddedBeforeTheProfileExists() {
        assertFalse(viewModel.hasSavedProfileProperty().get());
        viewModel.chooseResume();
        assertEquals("Save the profile first, then add a resume.", viewModel.resumeErrorProperty().get());
    }

    private void fillAll() {
        viewModel.fieldProperty(PersonalField.FIRST_NAME).set("Ada");
        viewModel.fieldProperty(PersonalField.LAST_NAME).set("Lovelace");
        viewModel.fieldProperty(PersonalField.EMAIL).set("ada@example.com");
        viewModel.fieldProperty(PersonalField.COUNTRY_CODE).set("+1");
        viewModel.fieldProperty(PersonalField.PHONE_NUMBER).set("4155550100");
        viewModel.fieldProperty(PersonalField.GENDER).set("Non-binary");
        viewModel.fieldProperty(PersonalField.ADDRESS).set("1 Main St");
        viewModel.fieldProperty(PersonalField.CITY).set("San Francisco");
        viewModel.fieldProperty(PersonalField.STATE).set("CA");
        viewModel.fieldProperty(PersonalField.ZIP_CODE).set("94107");
        viewModel.fieldProperty(PersonalField.COUNTRY).set("United States");
        viewModel.fieldProperty(PersonalField.CITIZENSHIP).set("United States");
    }
}
