package io.applydesk.app.ui.profile;

import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.DialogService;
import io.applydesk.app.ui.common.ErrorText;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.profile.Miscellaneous;
import io.applydesk.core.profile.PersonalField;
import io.applydesk.core.profile.PersonalInformation;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.profile.Resume;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The first-cut profile form: personal information, links and the default resume of one profile.
 * Validation stays in {@link ProfileService}; this ViewModel shows its refusals next to the fields
 * they name. All methods must be called on the UI thread; service calls go through the
 * {@link TaskExecutor}.
 */
public final class ProfileViewModel {
    /** The choices offered for {@code personalInformation.gender}. */
    public static final List<String> GENDERS = List.of("Male", "Female", "Non-binary", "Prefer not to say");

    /** Links kept in {@code miscellaneous}, in form order. */
    public enum Link {
        LINKEDIN("LinkedIn"), GITHUB("GitHub"), PORTFOLIO("Portfolio"), WEBSITE("Website");

        private final String label;

        Link(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final ProfileService profiles;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    // ---- Properties ----
    private final ObservableList<Profile> profileList = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> selectedProfile = new SimpleObjectProperty<>();
    private final Map<PersonalField, StringProperty> personal = new EnumMap<>(PersonalField.class);
    private final Map<PersonalField, ReadOnlyStringWrapper> fieldErrors = new EnumMap<>(PersonalField.class);
    private final Map<Link, StringProperty> links = new EnumMap<>(Link.class);
    private final ReadOnlyStringWrapper resumeSummary = new ReadOnlyStringWrapper("No resume yet");
    private final ReadOnlyStringWrapper resumeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canAddResume;

    public ProfileViewModel(ProfileService profiles, TaskExecutor executor, DialogService dialogs) {
        this.profiles = profiles;
        this.executor = executor;
        this.dialogs = dialogs;
        for (PersonalField field : PersonalField.values()) {
            personal.put(field, new SimpleStringProperty(""));
            fieldErrors.put(field, new ReadOnlyStringWrapper(""));
        }
        for (Link link : Link.values()) {
            links.put(link, new SimpleStringProperty(""));
        }
        selectedProfile.addListener((obs, old, profile) -> showProfile(profile));
        canAddResume = selectedProfile.isNotNull().and(busy.not());
    }

    // ---- Properties ----

    public ObservableList<Profile> profiles() {
        return profileList;
    }

    /** The profile being edited; null while a new one is being typed in. */
    public ObjectProperty<Profile> selectedProfileProperty() {
        return selectedProfile;
    }

    public StringProperty fieldProperty(PersonalField field) {
        return personal.get(field);
    }

    /** Why ProfileService refused this field, or "". */
    public ReadOnlyStringProperty fieldErrorProperty(PersonalField field) {
        return fieldErrors.get(field).getReadOnlyProperty();
    }

    public StringProperty linkProperty(Link link) {
        return links.get(link);
    }

    /** e.g. "jane-doe-resume.pdf · 48 KB", or "No resume yet". */
    public ReadOnlyStringProperty resumeSummaryProperty() {
        return resumeSummary.getReadOnlyProperty();
    }

    /** Why a chosen resume was refused (INVALID_RESUME_FORMAT, RESUME_TOO_LARGE …), or "". */
    public ReadOnlyStringProperty resumeErrorProperty() {
        return resumeError.getReadOnlyProperty();
    }

    /** A result or a problem not tied to one field, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A resume can be added once the profile exists (it is stored under the profile's id). */
    public BooleanBinding canAddResumeProperty() {
        return canAddResume;
    }

    /** True when the profile selector is worth showing. */
    public BooleanBinding severalProfilesProperty() {
        return Bindings.size(profileList).greaterThan(1);
    }

    // ---- Commands ----

    /** Reloads the profiles and selects the previously selected one, else the first. */
    public void load() {
        String keep = selectedProfile.get() == null ? null : selectedProfile.get().profileId();
        busy.set(true);
        BackgroundTask.of(profiles::list)
                .onSuccess(list -> {
                    profileList.setAll(list);
                    selectedProfile.set(list.stream().filter(p -> p.profileId().equals(keep)).findFirst()
                            .orElse(list.isEmpty() ? null : list.get(0)));
                })
                .onFailure(this::showError)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Clears the form for a profile that does not exist yet; Save creates it. */
    public void newProfile() {
        selectedProfile.set(null);
        showProfile(null);
    }

    /** Creates or updates the profile from the form; refusals land next to the fields they name. */
    public void save() {
        clearErrors();
        Profile existing = selectedProfile.get();
        Profile edited = edited(existing);
        busy.set(true);
        BackgroundTask.of(() -> existing == null ? profiles.create(edited) : profiles.update(edited))
                .onSuccess(saved -> {
                    replaceInList(saved);
                    selectedProfile.set(saved);
                    showMessage("Profile saved.", false);
                })
                .onFailure(this::showError)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Lets the candidate choose a resume file and stores it as the profile's default resume. */
    public void chooseResume() {
        Profile profile = selectedProfile.get();
        if (profile == null) {
            resumeError.set("Save the profile first, then add a resume.");
            return;
        }
        Optional<Path> file = dialogs.chooseFile("Choose your resume", "Resumes (PDF, DOC, DOCX)",
                List.of("*.pdf", "*.doc", "*.docx"));
        file.ifPresent(path -> addResume(profile, path));
    }

    private void addResume(Profile profile, Path file) {
        resumeError.set("");
        busy.set(true);
        BackgroundTask.of(() -> {
                    profiles.addResume(profile.profileId(), file, true);
                    return profiles.get(profile.profileId());
                })
                .onSuccess(updated -> {
                    replaceInList(updated);
                    selectedProfile.set(updated);
                    showMessage("Resume added.", false);
                })
                .onFailure(error -> resumeError.set(ErrorText.of(error)))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    // ---- Helpers ----

    private void showProfile(Profile profile) {
        clearErrors();
        message.set("");
        PersonalInformation info = profile == null ? null : profile.personalInformation();
        for (PersonalField field : PersonalField.values()) {
            personal.get(field).set(nullToEmpty(field.valueIn(info)));
        }
        Miscellaneous misc = profile == null ? null : profile.miscellaneous();
        links.get(Link.LINKEDIN).set(misc == null ? "" : nullToEmpty(misc.linkedinUrl()));
        links.get(Link.GITHUB).set(misc == null ? "" : nullToEmpty(misc.githubUrl()));
        links.get(Link.PORTFOLIO).set(misc == null ? "" : nullToEmpty(misc.portfolioUrl()));
        links.get(Link.WEBSITE).set(misc == null ? "" : nullToEmpty(misc.websiteUrl()));
        Resume resume = profile == null ? null : profile.defaultResume();
        resumeSummary.set(resume == null ? "No resume yet" : resume.fileName() + " · " + humanSize(resume.sizeBytes()));
    }

    /** The profile as the form shows it; everything the form does not edit is kept from {@code base}. */
    private Profile edited(Profile base) {
        PersonalInformation info = new PersonalInformation(
                value(PersonalField.FIRST_NAME), value(PersonalField.LAST_NAME), value(PersonalField.EMAIL),
                value(PersonalField.COUNTRY_CODE), value(PersonalField.PHONE_NUMBER), value(PersonalField.GENDER),
                value(PersonalField.ADDRESS), value(PersonalField.CITY), value(PersonalField.STATE),
                value(PersonalField.ZIP_CODE), value(PersonalField.COUNTRY), value(PersonalField.CITIZENSHIP));
        Miscellaneous old = base == null ? null : base.miscellaneous();
        Miscellaneous misc = old == null
                ? new Miscellaneous(link(Link.LINKEDIN), link(Link.GITHUB), link(Link.PORTFOLIO), link(Link.WEBSITE),
                        null, null, null, null, null, null, null, null, null, null, null, null)
                : new Miscellaneous(link(Link.LINKEDIN), link(Link.GITHUB), link(Link.PORTFOLIO), link(Link.WEBSITE),
                        old.workAuthorization(), old.requiresSponsorship(), old.willingToRelocate(),
                        old.desiredSalary(), old.noticePeriod(), old.earliestStartDate(), old.preferredName(),
                        old.pronouns(), old.phoneType(), old.howDidYouHear(), old.voluntarySelfIdentification(),
                        old.coverLetter());
        if (base == null) {
            String name = (nullToEmpty(info.firstName()) + " " + nullToEmpty(info.lastName())).trim();
            return new Profile(null, name, info, null, null, null, null, null, null, misc, null, null, null, null);
        }
        return new Profile(base.profileId(), base.name(), info, base.workExperience(), base.education(),
                base.skills(), base.languages(), base.certifications(), base.achievements(), misc, base.resumes(),
                base.answers(), base.createdAt(), base.updatedAt());
    }

    /**
     * Puts a refusal where the candidate will look: PROFILE_INCOMPLETE names missing fields in words
     * (its details list them), other codes name one field as {@code personalInformation.<apiName>}.
     */
    private void showError(Exception error) {
        if (error instanceof ApplyDeskException) {
            ApplyDeskException refusal = (ApplyDeskException) error;
            List<PersonalField> named = fieldsNamedBy(refusal);
            for (PersonalField field : named) {
                fieldErrors.get(field).set(refusal.code() == ErrorCode.PROFILE_INCOMPLETE
                        ? "Required." : refusal.getMessage());
            }
        }
        showMessage(ErrorText.of(error), true);
    }

    static List<PersonalField> fieldsNamedBy(ApplyDeskException refusal) {
        String details = refusal.details();
        if (details == null || details.isBlank()) {
            return List.of();
        }
        if (refusal.code() == ErrorCode.PROFILE_INCOMPLETE) {
            List<String> words = Arrays.asList(details.split(","));
            return Arrays.stream(PersonalField.values()).filter(f -> words.contains(f.words())).toList();
        }
        String apiName = details.startsWith("personalInformation.")
                ? details.substring("personalInformation.".length()) : details;
        return PersonalField.ofApiName(apiName).map(List::of).orElse(Collections.emptyList());
    }

    private void showMessage(String text, boolean isError) {
        message.set(text);
        messageIsError.set(isError);
    }

    private void clearErrors() {
        fieldErrors.values().forEach(e -> e.set(""));
        resumeError.set("");
    }

    private void replaceInList(Profile saved) {
        for (int i = 0; i < profileList.size(); i++) {
            if (profileList.get(i).profileId().equals(saved.profileId())) {
                profileList.set(i, saved);
                return;
            }
        }
        profileList.add(saved);
    }

    private String value(PersonalField field) {
        String text = personal.get(field).get();
        return text == null || text.isBlank() ? null : text.trim();
    }

    private String link(Link link) {
        String text = links.get(link).get();
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** "48 KB", "1.2 MB". */
    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
