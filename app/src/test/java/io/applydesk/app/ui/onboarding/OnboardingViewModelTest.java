package io.applydesk.app.ui.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.common.InlineTaskExecutor;
import io.applydesk.app.ui.common.SharedReference;
import io.applydesk.app.ui.common.StubDialogService;
import io.applydesk.app.ui.profile.ProfileViewModel;
import io.applydesk.core.profile.PersonalField;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-run wizard's ViewModel over a real ProfileService on an empty H2 data folder, no toolkit. */
class OnboardingViewModelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private Database database;
    private ProfileService profiles;
    private StubDialogService dialogs;
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger practice = new AtomicInteger();
    private OnboardingViewModel viewModel;

    @BeforeEach
    void open() {
        DataDirectory dirs = new DataDirectory(dataDir);
        database = Database.open(dirs);
        profiles = new ProfileService(database, dirs, Clock.systemUTC());
        dialogs = new StubDialogService();
        viewModel = new OnboardingViewModel(profiles, new InlineTaskExecutor(), dialogs, finished::incrementAndGet,
                practice::incrementAndGet);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void typedDetailsAndAResumeCreateTheFirstProfile() throws IOException {
        viewModel.typeDetails();
        assertEquals(OnboardingViewModel.Step.DETAILS, viewModel.stepProperty().get());
        assertFalse(viewModel.canCreateProperty().get());
        assertEquals("To continue, fill in: first name, last name, email, phone number, city, country, a resume.",
                viewModel.missingSummaryProperty().get());
        assertEquals("", viewModel.errorProperty(PersonalField.FIRST_NAME).get(), "no red before typing");

        type(PersonalField.FIRST_NAME, "Ada");
        type(PersonalField.LAST_NAME, "Lovelace");
        type(PersonalField.EMAIL, "ada.example.com");
        assertEquals(ProfileViewModel.BAD_EMAIL, viewModel.errorProperty(PersonalField.EMAIL).get());
        type(PersonalField.EMAIL, "ada@example.com");
        type(PersonalField.COUNTRY_CODE, "+44");
        type(PersonalField.PHONE_NUMBER, "7700900123");
        type(PersonalField.CITY, "London");
        type(PersonalField.COUNTRY, "United Kingdom");
        assertEquals("To continue, fill in: a resume.", viewModel.missingSummaryProperty().get());
        dialogs.willChoose(Files.writeString(files.resolve("ada-cv.pdf"), "%PDF-1.4\n%%EOF\n", StandardCharsets.ISO_8859_1));
        viewModel.chooseResume();
        assertEquals("ada-cv.pdf", viewModel.resumeTextProperty().get());
        assertTrue(viewModel.canCreateProperty().get());

        viewModel.create();

        assertEquals(OnboardingViewModel.Step.DONE, viewModel.stepProperty().get());
        assertEquals("Your profile Ada Lovelace is ready, with ada-cv.pdf as its resume.",
                viewModel.doneSummaryProperty().get());
        Profile stored = profiles.list().get(0);
        assertEquals("+44", stored.personalInformation().countryCode());
        assertEquals("ada-cv.pdf", stored.defaultResume().fileName());
        assertTrue(Files.exists(stored.defaultResume().storedPath()));
        assertEquals(Set.of("firstName", "lastName", "email", "phoneNumber", "city", "country"),
                profiles.mandatoryFields(), "the rest of the profile can wait");
        viewModel.openApp();
        assertEquals(1, finished.get());
    }

    @Test
    void aPhoneThatIsNotOneIsExplainedBesideItAndStopsTheProfile() throws IOException {
        viewModel.typeDetails();
        type(PersonalField.FIRST_NAME, "Ada");
        type(PersonalField.LAST_NAME, "Lovelace");
        type(PersonalField.EMAIL, "ada@example.com");
        type(PersonalField.COUNTRY_CODE, "one");
        type(PersonalField.PHONE_NUMBER, "call me maybe");
        type(PersonalField.CITY, "London");
        type(PersonalField.COUNTRY, "United Kingdom");
        dialogs.willChoose(Files.writeString(files.resolve("ada-cv.pdf"), "%PDF-1.4\n%%EOF\n", StandardCharsets.ISO_8859_1));
        viewModel.chooseResume();

        assertEquals("The phone country code must be digits with a + in front, like +1 or +44.",
                viewModel.errorProperty(PersonalField.COUNTRY_CODE).get());
        assertTrue(viewModel.errorProperty(PersonalField.PHONE_NUMBER).get().startsWith("The phone number must be "
                + "digits"), viewModel.errorProperty(PersonalField.PHONE_NUMBER).get());
        assertFalse(viewModel.canCreateProperty().get());
        viewModel.create();
        assertTrue(profiles.list().isEmpty());

        type(PersonalField.COUNTRY_CODE, "+44");
        type(PersonalField.PHONE_NUMBER, "07700 900123");
        assertTrue(viewModel.canCreateProperty().get());
    }

    @Test
    void aRefusedResumeStoresNothingAndSaysWhy() throws IOException {
        viewModel.typeDetails();
        type(PersonalField.FIRST_NAME, "Ada");
        type(PersonalField.LAST_NAME, "Lovelace");
        type(PersonalField.EMAIL, "ada@example.com");
        type(PersonalField.PHONE_NUMBER, "7700900123");
        type(PersonalField.CITY, "London");
        type(PersonalField.COUNTRY, "United Kingdom");
        dialogs.willChoose(Files.writeString(files.resolve("cv.pdf"), "not really a pdf"));
        viewModel.chooseResume();

        viewModel.create();

        assertEquals(OnboardingViewModel.Step.DETAILS, viewModel.stepProperty().get());
        assertTrue(viewModel.problemProperty().get().contains("cv.pdf"), viewModel.problemProperty().get());
        assertTrue(profiles.list().isEmpty());
    }

    @Test
    void aJsonResumeFileIsImportedAsTheFirstProfile() throws IOException {
        Path file = Files.writeString(files.resolve("resume.json"), """
                {"basics": {"name": "Grace Hopper", "email": "grace@example.com", "phone": "+1 2025550142",
                  "location": {"city": "Arlington", "countryCode": "US"}},
                 "work": [{"name": "US Navy", "position": "Rear Admiral", "startDate": "1943-12"}]}
                """);
        dialogs.willChoose(file);

        viewModel.importFile();

        assertEquals(OnboardingViewModel.Step.DONE, viewModel.stepProperty().get());
        assertEquals("Your profile Grace Hopper was imported from resume.json. Add a resume on the Profiles page "
                + "before applying.", viewModel.doneSummaryProperty().get());
        Profile stored = profiles.list().get(0);
        assertEquals("United States", stored.personalInformation().country());
        assertEquals("Rear Admiral", stored.workExperience().get(0).jobTitle());
    }

    @Test
    void theReferenceProfileImportsWithoutTheResumeItNamesAndSaysSo() throws IOException {
        // As shipped: the resume it names is not beside it.
        dialogs.willChoose(Files.copy(SharedReference.profileExample(), files.resolve("profile-example.json")));

        viewModel.importFile();

        assertEquals(OnboardingViewModel.Step.DONE, viewModel.stepProperty().get(), viewModel.problemProperty().get());
        assertEquals("Your profile Backend roles was imported from profile-example.json. The resume it names, "
                + "alex-moreno-resume.pdf, was not found. Add a resume on the Profiles page before applying.",
                viewModel.doneSummaryProperty().get());
        Profile stored = profiles.list().get(0);
        assertEquals("alex.moreno@example.com", stored.personalInformation().email());
        assertTrue(stored.resumes().isEmpty());
    }

    @Test
    void anUnreadableFileStaysOnTheWelcomeStepWithTheReason() throws IOException {
        dialogs.willChoose(Files.writeString(files.resolve("broken.json"), "{ not json"));

        viewModel.importFile();

        assertEquals(OnboardingViewModel.Step.WELCOME, viewModel.stepProperty().get());
        assertTrue(viewModel.problemProperty().get().startsWith("The profile file is not valid JSON (line 1"),
                viewModel.problemProperty().get());
        assertTrue(profiles.list().isEmpty());
    }

    @Test
    void practiceModeIsOfferedOnlyWhenTheWindowCanSwitch() {
        assertTrue(viewModel.canTryPractice());
        viewModel.tryPractice();
        assertEquals(1, practice.get());

        OnboardingViewModel noSwitch = new OnboardingViewModel(profiles, new InlineTaskExecutor(), dialogs,
                finished::incrementAndGet, null);
        assertFalse(noSwitch.canTryPractice());
    }

    private void type(PersonalField field, String text) {
        viewModel.fieldProperty(field).set(text);
    }
}
