package io.applydesk.app.ui.profile;

import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.DialogService;
import io.applydesk.app.ui.common.ErrorText;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.profile.Achievement;
import io.applydesk.core.profile.Certification;
import io.applydesk.core.profile.Education;
import io.applydesk.core.profile.ImportResult;
import io.applydesk.core.profile.Language;
import io.applydesk.core.profile.MandatoryFields;
import io.applydesk.core.profile.Miscellaneous;
import io.applydesk.core.profile.PersonalField;
import io.applydesk.core.profile.PersonalInformation;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileExport;
import io.applydesk.core.profile.ProfileLink;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.profile.ProfileValidator;
import io.applydesk.core.profile.Resume;
import io.applydesk.core.profile.ResumeRule;
import io.applydesk.core.profile.VoluntarySelfIdentification;
import io.applydesk.core.profile.WorkExperience;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Profiles page: the list of profiles (new, duplicate, delete, import, export) and a full editor
 * of the selected one — every section of the profile, its resumes with per-title rules, and the
 * mandatory-fields setting. Validation runs as the candidate types and is shown next to the field;
 * Save stays disabled while something cannot be saved, and unsaved changes are never dropped without
 * asking. All methods must be called on the UI thread; service calls go through the {@link TaskExecutor}.
 */
public final class ProfileViewModel {
    /** The choices offered for {@code personalInformation.gender}. */
    public static final List<String> GENDERS = List.of("Male", "Female", "Non-binary", "Prefer not to say");
    /** The choices of a yes/no question; "" leaves it unanswered. */
    public static final List<String> YES_NO = List.of("", "Yes", "No");
    /** Shown under a mandatory field left blank. */
    public static final String REQUIRED = "Required.";
    /** Shown under an email that cannot be one. */
    public static final String BAD_EMAIL = "This is not an email address (like name@example.com).";

    /** The other text answers kept in {@code miscellaneous}, in form order. */
    public enum MiscField {
        PREFERRED_NAME("Preferred name", Miscellaneous::preferredName),
        PRONOUNS("Pronouns", Miscellaneous::pronouns),
        PHONE_TYPE("Phone type (e.g. Mobile)", Miscellaneous::phoneType),
        DESIRED_SALARY("Desired salary", Miscellaneous::desiredSalary),
        NOTICE_PERIOD("Notice period", Miscellaneous::noticePeriod),
        EARLIEST_START_DATE("Earliest start date", Miscellaneous::earliestStartDate),
        HOW_DID_YOU_HEAR("How you hear about jobs", Miscellaneous::howDidYouHear),
        COVER_LETTER("Cover letter", Miscellaneous::coverLetter);

        private final String label;
        private final Function<Miscellaneous, String> getter;

        MiscField(String label, Function<Miscellaneous, String> getter) {
            this.label = label;
            this.getter = getter;
        }

        public String label() {
            return label;
        }
    }

    /** The yes/no answers kept in {@code miscellaneous}. */
    public enum YesNo {
        REQUIRES_SPONSORSHIP("Needs visa sponsorship", Miscellaneous::requiresSponsorship),
        WILLING_TO_RELOCATE("Willing to relocate", Miscellaneous::willingToRelocate);

        private final String label;
        private final Function<Miscellaneous, Boolean> getter;

        YesNo(String label, Function<Miscellaneous, Boolean> getter) {
            this.label = label;
            this.getter = getter;
        }

        public String label() {
            return label;
        }
    }

    /** The voluntary self-identification answers (EEO sections). */
    public enum SelfId {
        GENDER("Gender", VoluntarySelfIdentification::gender),
        RACE("Race", VoluntarySelfIdentification::race),
        HISPANIC_OR_LATINO("Hispanic or Latino", VoluntarySelfIdentification::hispanicOrLatino),
        VETERAN("Veteran status", VoluntarySelfIdentification::veteran),
        DISABILITY("Disability", VoluntarySelfIdentification::disability);

        private final String label;
        private final Function<VoluntarySelfIdentification, String> getter;

        SelfId(String label, Function<VoluntarySelfIdentification, String> getter) {
            this.label = label;
            this.getter = getter;
        }

        public String label() {
            return label;
        }
    }

    /** One per-title resume rule as edited: the words and the resume they choose. */
    public static final class RuleRow {
        private final StringProperty words = new SimpleStringProperty("");
        private final ObjectProperty<Resume> resume = new SimpleObjectProperty<>();

        public StringProperty wordsProperty() {
            return words;
        }

        public ObjectProperty<Resume> resumeProperty() {
            return resume;
        }
    }

    private final ProfileService profiles;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    // ---- Properties ----
    private final ObservableList<Profile> profileList = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Profile> selectedProfile = new ReadOnlyObjectWrapper<>();
    private final StringProperty profileName = new SimpleStringProperty("");
    private final Map<PersonalField, StringProperty> personal = new EnumMap<>(PersonalField.class);
    private final Map<PersonalField, ReadOnlyStringWrapper> fieldErrors = new EnumMap<>(PersonalField.class);
    private final Map<ProfileLink, StringProperty> links = new EnumMap<>(ProfileLink.class);
    private final Map<ProfileLink, ReadOnlyStringWrapper> linkErrors = new EnumMap<>(ProfileLink.class);
    private final Map<MiscField, StringProperty> misc = new EnumMap<>(MiscField.class);
    private final Map<YesNo, StringProperty> yesNo = new EnumMap<>(YesNo.class);
    private final Map<SelfId, StringProperty> selfId = new EnumMap<>(SelfId.class);
    private final Map<PersonalField, BooleanProperty> mandatory = new EnumMap<>(PersonalField.class);
    private final EntryList<WorkExperience> workExperience = ProfileSections.workExperience(this::onEdit);
    private final EntryList<Education> education = ProfileSections.education(this::onEdit);
    private final EntryList<String> skills = ProfileSections.skills(this::onEdit);
    private final EntryList<Language> languages = ProfileSections.languages(this::onEdit);
    private final EntryList<Certification> certifications = ProfileSections.certifications(this::onEdit);
    private final EntryList<Achievement> achievements = ProfileSections.achievements(this::onEdit);
    private final EntryList<Map.Entry<String, Boolean>> workAuthorization =
            ProfileSections.workAuthorization(this::onEdit);
    private final ObservableList<Resume> resumes = FXCollections.observableArrayList();
    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper resumeSummary = new ReadOnlyStringWrapper("No resume yet");
    private final ReadOnlyStringWrapper resumeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rulesError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper missingSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canSave;
    private final BooleanBinding hasSavedProfile;

    /** Fields the candidate changed since the profile was shown: only these show "Required." at once. */
    private final Set<PersonalField> touched = EnumSet.noneOf(PersonalField.class);
    private MandatoryFields mandatoryFields = MandatoryFields.all();
    /** True while the form is being filled from a stored profile: that is not an edit. */
    private boolean filling;
    private boolean showAllErrors;
    /** Counts the profiles asked to be shown, so that only the last one asked for is filled in. */
    private int showRequests;

    public ProfileViewModel(ProfileService profiles, TaskExecutor executor, DialogService dialogs) {
        this.profiles = profiles;
        this.executor = executor;
        this.dialogs = dialogs;
        for (PersonalField field : PersonalField.values()) {
            StringProperty value = textProperty(personal, field);
            value.addListener((obs, old, now) -> {
                if (!filling) {
                    touched.add(field);
                }
            });
            fieldErrors.put(field, new ReadOnlyStringWrapper(""));
            BooleanProperty required = new SimpleBooleanProperty(true);
            required.addListener((obs, was, now) -> mandatoryChanged());
            mandatory.put(field, required);
        }
        profileName.addListener((obs, old, now) -> onEdit());
        for (ProfileLink link : ProfileLink.values()) {
            textProperty(links, link);
            linkErrors.put(link, new ReadOnlyStringWrapper(""));
        }
        Arrays.stream(MiscField.values()).forEach(f -> textProperty(misc, f));
        Arrays.stream(YesNo.values()).forEach(f -> textProperty(yesNo, f));
        Arrays.stream(SelfId.values()).forEach(f -> textProperty(selfId, f));
        canSave = valid.and(busy.not()).and(dirty.or(selectedProfile.isNull()));
        hasSavedProfile = selectedProfile.isNotNull().and(busy.not());
        fill(null);
    }

    // ---- Properties ----

    public ObservableList<Profile> profiles() {
        return profileList;
    }

    /** The profile being edited; null while a new one is being typed in. Change it with {@link #select}. */
    public ReadOnlyObjectProperty<Profile> selectedProfileProperty() {
        return selectedProfile.getReadOnlyProperty();
    }

    /** The profile's own name, e.g. "Backend roles"; blank becomes "First Last". */
    public StringProperty profileNameProperty() {
        return profileName;
    }

    public StringProperty fieldProperty(PersonalField field) {
        return personal.get(field);
    }

    /** Why this field cannot be saved as it is, or "". */
    public ReadOnlyStringProperty fieldErrorProperty(PersonalField field) {
        return fieldErrors.get(field).getReadOnlyProperty();
    }

    public StringProperty linkProperty(ProfileLink link) {
        return links.get(link);
    }

    /** Why this link cannot be saved as it is, or "". */
    public ReadOnlyStringProperty linkErrorProperty(ProfileLink link) {
        return linkErrors.get(link).getReadOnlyProperty();
    }

    public StringProperty miscProperty(MiscField field) {
        return misc.get(field);
    }

    /** "Yes", "No" or "" (not answered). */
    public StringProperty yesNoProperty(YesNo field) {
        return yesNo.get(field);
    }

    /** The candidate's own words, "decline", or "". */
    public StringProperty selfIdProperty(SelfId field) {
        return selfId.get(field);
    }

    /** Whether every profile must have this field (the mandatory-fields setting; applied at once). */
    public BooleanProperty mandatoryProperty(PersonalField field) {
        return mandatory.get(field);
    }

    /** The list sections, in form order. */
    public List<EntryList<?>> sections() {
        return List.of(workExperience, education, skills, languages, certifications, achievements);
    }

    public EntryList<WorkExperience> workExperience() {
        return workExperience;
    }

    public EntryList<Education> education() {
        return education;
    }

    public EntryList<Map.Entry<String, Boolean>> workAuthorization() {
        return workAuthorization;
    }

    /** The selected profile's resumes, oldest first; one is the default. */
    public ObservableList<Resume> resumes() {
        return resumes;
    }

    /** The per-title resume rules, in the order they are checked (saved with the profile). */
    public ObservableList<RuleRow> rules() {
        return rules;
    }

    /** e.g. "jane-doe-resume.pdf · 48 KB" for the default resume, or "No resume yet". */
    public ReadOnlyStringProperty resumeSummaryProperty() {
        return resumeSummary.getReadOnlyProperty();
    }

    /** Why a chosen resume was refused (INVALID_RESUME_FORMAT, RESUME_TOO_LARGE …), or "". */
    public ReadOnlyStringProperty resumeErrorProperty() {
        return resumeError.getReadOnlyProperty();
    }

    /** Why the resume rules cannot be saved, or "". */
    public ReadOnlyStringProperty rulesErrorProperty() {
        return rulesError.getReadOnlyProperty();
    }

    /** "To save, fill in: …" while mandatory fields are blank, else "". */
    public ReadOnlyStringProperty missingSummaryProperty() {
        return missingSummary.getReadOnlyProperty();
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

    /** True when the form holds changes that are not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True when nothing in the form stops it from being saved. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Save is offered when the form is valid and holds something new. */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** Resumes, duplicate, delete and export need a stored profile. */
    public BooleanBinding hasSavedProfileProperty() {
        return hasSavedProfile;
    }

    // ---- Commands ----

    /** Reloads the profiles and the mandatory fields; shows the selected profile again, else the first. */
    public void load() {
        String keep = selectedProfile.get() == null ? null : selectedProfile.get().profileId();
        busy.set(true);
        BackgroundTask.of(() -> new Loaded(profiles.list(), profiles.mandatoryFields()))
                .onSuccess(loaded -> {
                    mandatoryFields = MandatoryFields.ofApiNames(loaded.mandatory());
                    filling = true;
                    mandatory.forEach((field, flag) -> flag.set(mandatoryFields.fields().contains(field)));
                    filling = false;
                    profileList.setAll(loaded.profiles());
                    if (dirty.get()) {
                        validate();
                        return; // keeps what the candidate is typing (the page was left and shown again)
                    }
                    Profile shown = loaded.profiles().stream().filter(p -> p.profileId().equals(keep)).findFirst()
                            .orElse(loaded.profiles().isEmpty() ? null : loaded.profiles().get(0));
                    showStored(shown);
                })
                .onFailure(this::showError)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /**
     * Shows {@code profile} in the editor, after asking whether to drop unsaved changes.
     *
     * @return false when the candidate chose to keep editing the current one
     */
    public boolean select(Profile profile) {
        Profile current = selectedProfile.get();
        boolean same = current == null ? profile == null
                : profile != null && current.profileId().equals(profile.profileId());
        return same || leaveThen(() -> showStored(profile));
    }

    /**
     * Asks, when there are unsaved changes, whether to discard them (then the form shows the stored
     * profile again).
     *
     * @return true when the form may be left
     */
    public boolean mayLeave() {
        return !dirty.get() || leaveThen(() -> showStored(selectedProfile.get()));
    }

    /**
     * An empty form for a profile that does not exist yet; Save creates it.
     *
     * @return false when the candidate chose to keep editing the current one
     */
    public boolean newProfile() {
        return leaveThen(() -> showStored(null));
    }

    /** Creates or updates the profile from the form; refusals land next to the fields they name. */
    public void save() {
        validate();
        if (!valid.get()) {
            showAllErrors = true;
            validate();
            showMessage(missingSummary.get().isEmpty() ? "Correct the fields marked in red, then save."
                    : missingSummary.get(), true);
            return;
        }
        Profile existing = selectedProfile.get();
        Profile edited = formProfile(existing);
        List<RuleRow> ruleRows = List.copyOf(rules);
        List<ResumeRule> ruleList = ruleRows.stream().filter(r -> !r.words.get().isBlank() || r.resume.get() != null)
                .map(r -> new ResumeRule(r.words.get(), r.resume.get() == null ? null : r.resume.get().resumeId()))
                .collect(Collectors.toList());
        busy.set(true);
        BackgroundTask.of(() -> {
                    Profile saved = existing == null ? profiles.create(edited) : profiles.update(edited);
                    if (existing != null) {
                        profiles.setResumeRules(saved.profileId(), ruleList);
                    }
                    return saved;
                })
                .onSuccess(saved -> {
                    replaceInList(saved);
                    showStored(saved, "Profile saved.");
                })
                .onFailure(this::showError)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Copies the selected profile (with its resumes and rules) as "… (copy)" and opens the copy. */
    public void duplicate() {
        Profile source = selectedProfile.get();
        if (source != null) {
            leaveThen(() -> run(() -> profiles.duplicate(source.profileId(), source.name() + " (copy)"),
                    "Profile copied."));
        }
    }

    /** Deletes the selected profile, its resumes and answers, after asking. */
    public void delete() {
        Profile profile = selectedProfile.get();
        if (profile == null) {
            return;
        }
        boolean sure = dialogs.confirm("Delete " + profile.name() + "?",
                "This deletes the profile " + profile.name() + ", its resumes and its saved answers from this "
                        + "computer. Applications already sent stay in your records.",
                "Delete profile", "Keep it");
        if (!sure) {
            return;
        }
        busy.set(true);
        BackgroundTask.of(() -> {
                    profiles.delete(profile.profileId());
                    return profiles.list();
                })
                .onSuccess(list -> {
                    profileList.setAll(list);
                    showStored(list.isEmpty() ? null : list.get(0), "Profile " + profile.name() + " deleted.");
                })
                .onFailure(this::showError)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /**
     * Imports a profile file (the hosted API's JSON, or JSON Resume) and opens it. When a profile has the
     * file's email, asks first whether to update it (keeping what the file leaves out) or import a new one.
     */
    public void importFile() {
        leaveThen(() -> dialogs.chooseFile("Import a profile", "Profile files (JSON, JSON Resume)",
                List.of("*.json")).ifPresent(this::importFrom));
    }

    private void importFrom(Path file) {
        busy.set(true);
        BackgroundTask.of(() -> profiles.profilesMatching(file))
                .onSuccess(matching -> importInto(file, updateChosen(matching)))
                .onFailure(error -> {
                    showMessage(ErrorText.of(error), true);
                    busy.set(false);
                })
                .executeWith(executor);
    }

    /**
     * The profile the candidate chose to update among those with the file's email (the one open, else the
     * oldest), or null for a new profile.
     */
    private Profile updateChosen(List<Profile> matching) {
        if (matching.isEmpty()) {
            return null;
        }
        Profile shown = selectedProfile.get();
        Optional<Profile> open = matching.stream()
                .filter(p -> shown != null && p.profileId().equals(shown.profileId())).findFirst();
        Profile target = open.orElse(matching.get(0));
        String which = matching.size() == 1 ? "" : " " + matching.size() + " profiles have this email; this is the "
                + (open.isPresent() ? "one open now." : "one made first.");
        boolean update = dialogs.confirm("Update “" + target.name() + "” from this file?",
                "The profile “" + target.name() + "” has the same email (" + target.personalInformation().email()
                        + ") as this file." + which
                        + " Update it from the file (what the file leaves out stays as it is), or import the file "
                        + "as a new profile?",
                "Update it", "Import as a new profile");
        return update ? target : null;
    }

    /** Imports into {@code target}, or as a new profile when null; ends the import's busy time. */
    private void importInto(Path file, Profile target) {
        BackgroundTask.of(() -> profiles.importProfile(file, target == null ? null : target.profileId()))
                .onSuccess(result -> {
                    replaceInList(result.profile());
                    showStored(result.profile(), importSentence(result));
                })
                .onFailure(error -> showMessage(ErrorText.of(error), true))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Writes the saved profile to a file in the hosted API's JSON shape. */
    public void exportJson() {
        export("profile.json", (id, file) -> profiles.exportProfile(id, file), "JSON");
    }

    /** Writes the saved profile to a JSON Resume file. */
    public void exportJsonResume() {
        export("resume.json", (id, file) -> profiles.exportJsonResume(id, file), "JSON Resume");
    }

    /** Lets the candidate choose a resume file and stores it; the first one becomes the default. */
    public void chooseResume() {
        Profile profile = selectedProfile.get();
        if (profile == null) {
            resumeError.set("Save the profile first, then add a resume.");
            return;
        }
        Optional<Path> file = dialogs.chooseFile("Choose a resume", "Resumes (PDF, DOC, DOCX)",
                List.of("*.pdf", "*.doc", "*.docx"));
        file.ifPresent(path -> resumeTask(() -> profiles.addResume(profile.profileId(), path, false), "Resume added."));
    }

    /** Makes {@code resume} the one sent when no title rule matches. */
    public void makeDefault(Resume resume) {
        resumeTask(() -> profiles.setDefaultResume(resume.profileId(), resume.resumeId()),
                resume.fileName() + " is now the default resume.");
    }

    /** Removes a resume after asking (rules choosing it go with it). */
    public void removeResume(Resume resume) {
        if (dialogs.confirm("Remove " + resume.fileName() + "?",
                "The file is removed from this profile, with the title rules that choose it.",
                "Remove resume", "Keep it")) {
            resumeTask(() -> profiles.removeResume(resume.profileId(), resume.resumeId()), "Resume removed.");
        }
    }

    /** Adds an empty per-title rule choosing the default resume. */
    public RuleRow addRule() {
        RuleRow row = new RuleRow();
        Profile profile = selectedProfile.get();
        row.resume.set(profile == null ? null : profile.defaultResume());
        watch(row);
        rules.add(row);
        onEdit();
        return row;
    }

    public void removeRule(RuleRow row) {
        if (rules.remove(row)) {
            onEdit();
        }
    }

    // ---- Helpers ----

    /**
     * The one guard of every way out of the form: asks, when there are unsaved changes, whether to discard
     * them, and unless the candidate keeps editing goes on with {@code next}, which replaces the form (the
     * edits are not reverted first: a revert finishing after {@code next} would show the old profile again).
     *
     * @return false when the candidate chose to keep editing
     */
    private boolean leaveThen(Runnable next) {
        boolean leave = !dirty.get() || dialogs.confirm("Discard your changes?",
                "You changed this profile without saving. Leave it and lose those changes?",
                "Discard changes", "Keep editing");
        if (leave) {
            next.run();
        }
        return leave;
    }

    /** Shows a stored profile (or an empty form) as it is stored, with nothing to save. */
    private void showStored(Profile profile) {
        showStored(profile, null);
    }

    /**
     * As {@link #showStored(Profile)}, then shows {@code done} (when not null): the form is filled
     * asynchronously, and filling clears the previous message.
     */
    private void showStored(Profile profile, String done) {
        int request = ++showRequests;
        if (profile == null) {
            fill(null);
            showDone(done);
            return;
        }
        String id = profile.profileId();
        BackgroundTask.of(() -> rulesOf(id))
                .onSuccess(ruleList -> {
                    if (request != showRequests) {
                        return; // a later choice wins: the pool may finish an older read last
                    }
                    fill(profile);
                    filling = true;
                    for (ResumeRule rule : ruleList) {
                        RuleRow row = new RuleRow();
                        row.words.set(rule.titleContains());
                        row.resume.set(profile.resumes().stream().filter(r -> r.resumeId().equals(rule.resumeId()))
                                .findFirst().orElse(null));
                        watch(row);
                        rules.add(row);
                    }
                    filling = false;
                    showDone(done);
                })
                .onFailure(this::showError)
                .executeWith(executor);
    }

    private void showDone(String done) {
        if (done != null) {
            showMessage(done, false);
        }
    }

    private List<ResumeRule> rulesOf(String profileId) {
        return profiles.resumeRules(profileId);
    }

    private void fill(Profile profile) {
        filling = true;
        try {
            selectedProfile.set(profile);
            profileName.set(profile == null ? "" : nullToEmpty(profile.name()));
            PersonalInformation info = profile == null ? null : profile.personalInformation();
            for (PersonalField field : PersonalField.values()) {
                personal.get(field).set(nullToEmpty(field.valueIn(info)));
            }
            Miscellaneous m = profile == null ? null : profile.miscellaneous();
            links.forEach((link, p) -> p.set(nullToEmpty(link.valueIn(m))));
            misc.forEach((field, p) -> p.set(m == null ? "" : nullToEmpty(field.getter.apply(m))));
            yesNo.forEach((field, p) -> p.set(yesNoText(m == null ? null : field.getter.apply(m))));
            VoluntarySelfIdentification eeo = m == null ? null : m.voluntarySelfIdentification();
            selfId.forEach((field, p) -> p.set(eeo == null ? "" : nullToEmpty(field.getter.apply(eeo))));
            workExperience.setAll(profile == null ? List.of() : profile.workExperience());
            education.setAll(profile == null ? List.of() : profile.education());
            skills.setAll(profile == null ? List.of() : profile.skills());
            languages.setAll(profile == null ? List.of() : profile.languages());
            certifications.setAll(profile == null ? List.of() : profile.certifications());
            achievements.setAll(profile == null ? List.of() : profile.achievements());
            workAuthorization.setAll(m == null || m.workAuthorization() == null ? List.of()
                    : new ArrayList<>(m.workAuthorization().entrySet()));
            resumes.setAll(profile == null ? List.of() : profile.resumes());
            rules.clear();
            Resume resume = profile == null ? null : profile.defaultResume();
            resumeSummary.set(resume == null ? "No resume yet"
                    : resume.fileName() + " · " + humanSize(resume.sizeBytes()));
        } finally {
            filling = false;
        }
        touched.clear();
        showAllErrors = false;
        resumeError.set("");
        message.set("");
        dirty.set(false);
        validate();
    }

    /** Any edit: remember it and check the form again. */
    private void onEdit() {
        if (!filling) {
            dirty.set(true);
            validate();
        }
    }

    /** Checks the form as it is, showing each problem next to its field. */
    private void validate() {
        List<PersonalField> missing = mandatoryFields.missingIn(currentInfo());
        for (PersonalField field : PersonalField.values()) {
            String error;
            if (missing.contains(field)) {
                error = showAllErrors || touched.contains(field) ? REQUIRED : "";
            } else {
                error = problemWith(field, value(field));
            }
            fieldErrors.get(field).set(error);
        }
        linkErrors.forEach((link, error) ->
                error.set(ProfileValidator.problemWith(link, text(links, link)).orElse("")));
        String ruleProblem = rules.stream().anyMatch(r -> r.words.get().isBlank() || r.resume.get() == null)
                ? "Each rule needs the words a job title contains and the resume to send." : "";
        rulesError.set(ruleProblem);
        missingSummary.set(missing.isEmpty() ? "" : "To save, fill in: "
                + missing.stream().map(PersonalField::words).collect(Collectors.joining(", ")) + ".");
        boolean fieldsOk = Stream.concat(fieldErrors.values().stream(), linkErrors.values().stream())
                .allMatch(error -> error.get().isEmpty());
        boolean sectionsOk = sections().stream().noneMatch(EntryList::hasErrors) && !workAuthorization.hasErrors();
        valid.set(missing.isEmpty() && fieldsOk && sectionsOk && ruleProblem.isEmpty());
    }

    /**
     * Why {@code value} cannot be the profile's {@code field}, as shown under the field, or "" (also when blank:
     * whether it may be is the mandatory fields' business). {@link ProfileValidator} decides, as on saving; an
     * email that cannot be one is said in the form's own words.
     */
    public static String problemWith(PersonalField field, String value) {
        if (field == PersonalField.EMAIL && value != null && !ProfileValidator.isEmail(value)) {
            return BAD_EMAIL;
        }
        return ProfileValidator.problemWith(field, value).orElse("");
    }

    private void mandatoryChanged() {
        if (filling) {
            return;
        }
        Set<String> chosen = mandatory.entrySet().stream().filter(e -> e.getValue().get())
                .map(e -> e.getKey().apiName()).collect(Collectors.toCollection(LinkedHashSet::new));
        try {
            mandatoryFields = MandatoryFields.ofApiNames(chosen);
        } catch (ApplyDeskException e) {
            showMessage(e.getMessage(), true);
            return;
        }
        validate();
        BackgroundTask.ofRunnable(() -> profiles.setMandatoryFields(chosen))
                .onSuccess(ignored -> showMessage("Required fields updated.", false))
                .onFailure(this::showError)
                .executeWith(executor);
    }

    private PersonalInformation currentInfo() {
        return new PersonalInformation(
                value(PersonalField.FIRST_NAME), value(PersonalField.LAST_NAME), value(PersonalField.EMAIL),
                value(PersonalField.COUNTRY_CODE), value(PersonalField.PHONE_NUMBER), value(PersonalField.GENDER),
                value(PersonalField.ADDRESS), value(PersonalField.CITY), value(PersonalField.STATE),
                value(PersonalField.ZIP_CODE), value(PersonalField.COUNTRY), value(PersonalField.CITIZENSHIP));
    }

    /** The profile as the form shows it; resumes, answers and timestamps are kept from {@code base}. */
    private Profile formProfile(Profile base) {
        PersonalInformation info = currentInfo();
        Map<String, Boolean> authorization = new LinkedHashMap<>();
        workAuthorization.items().stream().filter(e -> !e.getKey().isEmpty())
                .forEach(e -> authorization.put(e.getKey(), e.getValue()));
        boolean anyEeo = selfId.values().stream().anyMatch(p -> !p.get().isBlank());
        VoluntarySelfIdentification eeo = anyEeo ? new VoluntarySelfIdentification(text(selfId, SelfId.GENDER),
                text(selfId, SelfId.RACE), text(selfId, SelfId.HISPANIC_OR_LATINO), text(selfId, SelfId.VETERAN),
                text(selfId, SelfId.DISABILITY)) : null;
        Miscellaneous m = new Miscellaneous(text(links, ProfileLink.LINKEDIN), text(links, ProfileLink.GITHUB),
                text(links, ProfileLink.PORTFOLIO), text(links, ProfileLink.WEBSITE),
                authorization.isEmpty() ? null : authorization,
                yesNoValue(YesNo.REQUIRES_SPONSORSHIP), yesNoValue(YesNo.WILLING_TO_RELOCATE),
                text(misc, MiscField.DESIRED_SALARY), text(misc, MiscField.NOTICE_PERIOD),
                text(misc, MiscField.EARLIEST_START_DATE), text(misc, MiscField.PREFERRED_NAME),
                text(misc, MiscField.PRONOUNS), text(misc, MiscField.PHONE_TYPE), text(misc, MiscField.HOW_DID_YOU_HEAR),
                eeo, text(misc, MiscField.COVER_LETTER));
        String name = profileName.get() == null ? "" : profileName.get().trim();
        return new Profile(base == null ? null : base.profileId(), name, info, workExperience.items(),
                education.items(), skills.items(), languages.items(), certifications.items(), achievements.items(), m,
                base == null ? null : base.resumes(), base == null ? null : base.answers(),
                base == null ? null : base.createdAt(), base == null ? null : base.updatedAt());
    }

    private void export(String suggestedName, Exporter exporter, String formatName) {
        Profile profile = selectedProfile.get();
        if (profile == null) {
            return;
        }
        if (dirty.get()) {
            showMessage("Save your changes first: the file holds the saved profile.", true);
            return;
        }
        Optional<Path> file = dialogs.chooseSaveFile("Export " + profile.name() + " as " + formatName,
                formatName + " files", "*.json", suggestedName);
        file.ifPresent(path -> {
            busy.set(true);
            BackgroundTask.of(() -> exporter.export(profile.profileId(), path))
                    .onSuccess(done -> showMessage(exportSentence(done, formatName, profile), false))
                    .onFailure(error -> showMessage(ErrorText.of(error), true))
                    .onFinished(() -> busy.set(false))
                    .executeWith(executor);
        });
    }

    /** "Saved alex.json (JSON) and the resume cv.pdf beside it.", saying when the resume had to take another name. */
    private static String exportSentence(ProfileExport done, String formatName, Profile profile) {
        String saved = "Saved " + done.file().getFileName() + " (" + formatName + ")";
        if (done.resume() == null) {
            return saved + ".";
        }
        Resume resume = profile.defaultResume();
        String name = resume == null ? done.resume().getFileName().toString() : resume.fileName();
        return saved + " and the resume " + name + " beside it" + (done.resumeRenamed()
                ? ", as " + done.resume().getFileName() + ": a different file of that name was there." : ".");
    }

    /** Runs a change to the resumes, then shows the profile again as stored (unsaved edits are kept). */
    private void resumeTask(Runnable change, String done) {
        Profile profile = selectedProfile.get();
        resumeError.set("");
        busy.set(true);
        BackgroundTask.of(() -> {
                    change.run();
                    return profiles.get(profile.profileId());
                })
                .onSuccess(updated -> {
                    replaceInList(updated);
                    selectedProfile.set(updated);
                    resumes.setAll(updated.resumes());
                    // Rules follow their resume (a removed one took its stored rules with it).
                    filling = true;
                    rules.forEach(r -> r.resume.set(r.resume.get() == null ? null : updated.resumes().stream()
                            .filter(x -> x.resumeId().equals(r.resume.get().resumeId())).findFirst().orElse(null)));
                    rules.removeIf(r -> r.resume.get() == null && !r.words.get().isBlank());
                    filling = false;
                    Resume resume = updated.defaultResume();
                    resumeSummary.set(resume == null ? "No resume yet"
                            : resume.fileName() + " · " + humanSize(resume.sizeBytes()));
                    validate();
                    showMessage(done, false);
                })
                .onFailure(error -> resumeError.set(ErrorText.of(error)))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Runs a change that yields a profile to open. */
    private void run(Callable<Profile> change, String done) {
        busy.set(true);
        BackgroundTask.of(change)
                .onSuccess(profile -> {
                    replaceInList(profile);
                    showStored(profile, done);
                })
                .onFailure(this::showError)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private void watch(RuleRow row) {
        row.words.addListener((obs, old, now) -> onEdit());
        row.resume.addListener((obs, old, now) -> onEdit());
    }

    /**
     * Puts a refusal where the candidate will look: PROFILE_INCOMPLETE names missing fields in words
     * (its details list them), other codes name one field as {@code personalInformation.<apiName>}.
     */
    private void showError(Exception error) {
        if (error instanceof ApplyDeskException) {
            ApplyDeskException refusal = (ApplyDeskException) error;
            for (PersonalField field : fieldsNamedBy(refusal)) {
                fieldErrors.get(field).set(refusal.code() == ErrorCode.PROFILE_INCOMPLETE
                        ? REQUIRED : refusal.getMessage());
            }
            if (refusal.details() != null && refusal.details().startsWith("resumeRules")) {
                rulesError.set(refusal.getMessage());
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

    private static String importSentence(ImportResult result) {
        String what = (result.created() ? "Imported " : "Updated ") + result.profile().name() + ".";
        return result.warnings().isEmpty() ? what : what + " " + String.join(" ", result.warnings());
    }

    private void showMessage(String text, boolean isError) {
        message.set(text);
        messageIsError.set(isError);
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

    /** A new text property in {@code map}, counting as an edit when it changes. */
    private <K> StringProperty textProperty(Map<K, StringProperty> map, K key) {
        StringProperty property = new SimpleStringProperty("");
        property.addListener((obs, old, now) -> onEdit());
        map.put(key, property);
        return property;
    }

    private String value(PersonalField field) {
        return text(personal, field);
    }

    private static <K> String text(Map<K, StringProperty> map, K key) {
        String text = map.get(key).get();
        return text == null || text.isBlank() ? null : text.trim();
    }

    private Boolean yesNoValue(YesNo field) {
        String text = yesNo.get(field).get();
        return "Yes".equals(text) ? Boolean.TRUE : "No".equals(text) ? Boolean.FALSE : null;
    }

    private static String yesNoText(Boolean value) {
        return value == null ? "" : value ? "Yes" : "No";
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

    /** Writes one profile to a file in one format. */
    private interface Exporter {
        ProfileExport export(String profileId, Path file);
    }

    private record Loaded(List<Profile> profiles, Set<String> mandatory) {
    }
}
