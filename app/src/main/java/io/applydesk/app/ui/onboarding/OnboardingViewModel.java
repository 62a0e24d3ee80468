package io.applydesk.app.ui.onboarding;

import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.DialogService;
import io.applydesk.app.ui.common.ErrorText;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.app.ui.profile.ProfileViewModel;
import io.applydesk.core.profile.ImportResult;
import io.applydesk.core.profile.PersonalField;
import io.applydesk.core.profile.PersonalInformation;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first-run wizard shown instead of the pages while the real data folder has no profile: welcome,
 * then either the essential details and a resume typed in, or a profile file imported (JSON or JSON
 * Resume), then done; or practice mode first. Must be used on the UI thread; service calls go through
 * the {@link TaskExecutor}.
 */
public final class OnboardingViewModel {
    /** The wizard's steps. */
    public enum Step { WELCOME, DETAILS, DONE }

    /** The fields "Type your details" asks for, in form order. */
    public static final List<PersonalField> ASKED = List.of(PersonalField.FIRST_NAME, PersonalField.LAST_NAME,
            PersonalField.EMAIL, PersonalField.COUNTRY_CODE, PersonalField.PHONE_NUMBER, PersonalField.CITY,
            PersonalField.STATE, PersonalField.COUNTRY);
    /** Of those, the ones a first profile must have; the rest of the profile can wait. */
    public static final Set<PersonalField> ESSENTIAL = EnumSet.of(PersonalField.FIRST_NAME, PersonalField.LAST_NAME,
            PersonalField.EMAIL, PersonalField.PHONE_NUMBER, PersonalField.CITY, PersonalField.COUNTRY);

    private final ProfileService profiles;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable onFinished;
    private final Runnable onTryPractice;

    // ---- Properties ----
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.WELCOME);
    private final Map<PersonalField, StringProperty> fields = new EnumMap<>(PersonalField.class);
    private final Map<PersonalField, ReadOnlyStringWrapper> errors = new EnumMap<>(PersonalField.class);
    private final ObjectProperty<Path> resumeFile = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper resumeText = new ReadOnlyStringWrapper("No file chosen yet");
    private final ReadOnlyStringWrapper missingSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper doneSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canCreate;
    private final Set<PersonalField> touched = EnumSet.noneOf(PersonalField.class);
    private boolean showAllErrors;

    /**
     * @param onFinished    opens the app's pages once the first profile exists
     * @param onTryPractice restarts the app in practice mode, or null where that is not offered
     */
    public OnboardingViewModel(ProfileService profiles, TaskExecutor executor, DialogService dialogs,
                               Runnable onFinished, Runnable onTryPractice) {
        this.profiles = profiles;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onFinished = onFinished;
        this.onTryPractice = onTryPractice;
        for (PersonalField field : ASKED) {
            StringProperty value = new SimpleStringProperty("");
            value.addListener((obs, old, now) -> {
                touched.add(field);
                validate();
            });
            fields.put(field, value);
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
        resumeFile.addListener((obs, old, now) -> validate());
        canCreate = valid.and(busy.not());
        validate();
    }

    // ---- Properties ----

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** One of {@link #ASKED}. */
    public StringProperty fieldProperty(PersonalField field) {
        return fields.get(field);
    }

    /** Why the field cannot be used as it is, or "". */
    public ReadOnlyStringProperty errorProperty(PersonalField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** The chosen resume's file name, or "No file chosen yet". */
    public ReadOnlyStringProperty resumeTextProperty() {
        return resumeText.getReadOnlyProperty();
    }

    /** "To continue, fill in: …" while something is missing, else "". */
    public ReadOnlyStringProperty missingSummaryProperty() {
        return missingSummary.getReadOnlyProperty();
    }

    /** Why the last step failed (a refused resume, an unreadable file …), or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What was created, on the last step. */
    public ReadOnlyStringProperty doneSummaryProperty() {
        return doneSummary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "Create my profile" is offered once every essential field and a resume are there. */
    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    // ---- Commands ----

    /** True when "Try practice mode first" is offered. */
    public boolean canTryPractice() {
        return onTryPractice != null;
    }

    /** Leaves the wizard for practice mode (the real data folder stays as it is, still without a profile). */
    public void tryPractice() {
        if (onTryPractice != null) {
            onTryPractice.run();
        }
    }

    /** Welcome → "Type your details". */
    public void typeDetails() {
        problem.set("");
        step.set(Step.DETAILS);
    }

    /** Back to the welcome step, keeping what was typed. */
    public void back() {
        problem.set("");
        step.set(Step.WELCOME);
    }

    /** Lets the candidate pick the resume sent with applications. */
    public void chooseResume() {
        dialogs.chooseFile("Choose your resume", "Resumes (PDF, DOC, DOCX)", List.of("*.pdf", "*.doc", "*.docx"))
                .ifPresent(file -> {
                    resumeFile.set(file);
                    resumeText.set(file.getFileName().toString());
                    problem.set("");
                });
    }

    /** Creates the first profile from the details and the resume; refusals are shown on this step. */
    public void create() {
        if (!valid.get()) {
            showAllErrors = true;
            validate();
            return;
        }
        PersonalInformation info = new PersonalInformation(value(PersonalField.FIRST_NAME),
                value(PersonalField.LAST_NAME), value(PersonalField.EMAIL), value(PersonalField.COUNTRY_CODE),
                value(PersonalField.PHONE_NUMBER), null, null, value(PersonalField.CITY), value(PersonalField.STATE),
                null, value(PersonalField.COUNTRY), null);
        Profile draft = new Profile(null, null, info, null, null, null, null, null, null, null, null, null, null, null);
        Path resume = resumeFile.get();
        run(() -> {
            requireOnlyEssentials();
            return profiles.createWithResume(draft, resume);
        }, created -> "Your profile " + created.name() + " is ready, with " + resume.getFileName() + " as its resume.");
    }

    /** Imports a profile file (the hosted API's JSON, or JSON Resume) as the first profile. */
    public void importFile() {
        problem.set("");
        dialogs.chooseFile("Import a profile file", "Profile files (JSON, JSON Resume)", List.of("*.json"))
                .ifPresent(file -> run(() -> {
                    requireOnlyEssentials();
                    return profiles.importProfile(file);
                }, result -> "Your profile " + result.profile().name() + " was imported from " + file.getFileName()
                        + "." + resumeAdvice(result)));
    }

    /** Done → the app's pages. */
    public void openApp() {
        onFinished.run();
    }

    // ---- Helpers ----

    private <T> void run(Callable<T> work, Function<T, String> done) {
        busy.set(true);
        problem.set("");
        BackgroundTask.of(work)
                .onSuccess(result -> {
                    doneSummary.set(done.apply(result));
                    step.set(Step.DONE);
                })
                .onFailure(error -> problem.set(ErrorText.of(error)))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** What an imported profile still needs before applying: a resume, when the file's was not found or none. */
    private static String resumeAdvice(ImportResult result) {
        if (!result.profile().resumes().isEmpty()) {
            return "";
        }
        return (result.resumeNotFound() == null ? ""
                : " The resume it names, " + result.resumeNotFound().getFileName() + ", was not found.")
                + " Add a resume on the Profiles page before applying.";
    }

    /**
     * A first profile needs only the essentials: the other mandatory fields (all twelve by default) are
     * left to the Profiles page, where the candidate can require them again.
     */
    private void requireOnlyEssentials() {
        Set<String> essential = ESSENTIAL.stream().map(PersonalField::apiName).collect(Collectors.toSet());
        Set<String> current = profiles.mandatoryFields();
        Set<String> narrowed = current.stream().filter(essential::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!narrowed.equals(current)) {
            profiles.setMandatoryFields(narrowed);
        }
    }

    private void validate() {
        List<PersonalField> missing = ESSENTIAL.stream().filter(f -> value(f) == null).collect(Collectors.toList());
        for (PersonalField field : ASKED) {
            String error;
            if (missing.contains(field)) {
                error = showAllErrors || touched.contains(field) ? ProfileViewModel.REQUIRED : "";
            } else {
                error = ProfileViewModel.problemWith(field, value(field));
            }
            errors.get(field).set(error);
        }
        List<String> needed = missing.stream().map(PersonalField::words).collect(Collectors.toList());
        if (resumeFile.get() == null) {
            needed.add("a resume");
        }
        missingSummary.set(needed.isEmpty() ? "" : "To continue, fill in: " + String.join(", ", needed) + ".");
        valid.set(needed.isEmpty() && errors.values().stream().allMatch(error -> error.get().isEmpty()));
    }

    private String value(PersonalField field) {
        String text = fields.get(field).get();
        return text == null || text.isBlank() ? null : text.trim();
    }
}
