package io.applydesk.core.profile;

import io.applydesk.core.common.FileTrees;
import io.applydesk.core.common.SafeFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.common.QuestionText;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.json.Json;
import io.applydesk.core.json.JsonText;
import io.applydesk.core.profile.store.AnswerBankDao;
import io.applydesk.core.profile.store.AnswerRow;
import io.applydesk.core.profile.store.ProfileDao;
import io.applydesk.core.profile.store.ProfileRow;
import io.applydesk.core.profile.store.ResumeDao;
import io.applydesk.core.profile.store.ResumeRow;
import io.applydesk.core.profile.store.ResumeRuleDao;
import io.applydesk.core.store.AppSettingDao;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import io.applydesk.core.store.Ids;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * Candidate profiles with their resumes and answer bank, stored in H2 and the data directory.
 * Profiles are always returned with their resumes and answered questions.
 *
 * <p>Thread-safe: it keeps no state besides the database, so any thread may call it.
 */
public class ProfileService {
    /** The largest resume accepted (10 MB). */
    public static final long MAX_RESUME_BYTES = 10L * 1024 * 1024;

    private final Jdbi jdbi;
    private final DataDirectory dirs;
    private final Clock clock;

    public ProfileService(Database db, DataDirectory dirs, Clock clock) {
        this.jdbi = db.jdbi();
        this.dirs = dirs;
        this.clock = clock;
    }

    // ---- Profiles -------------------------------------------------------------------------------

    /**
     * Stores a new profile from {@code draft} (its id, timestamps and resumes are ignored; its
     * answers go to the answer bank). A blank name becomes "First Last".
     *
     * @throws ApplyDeskException PROFILE_INCOMPLETE naming missing mandatory fields, VALIDATION_ERROR
     *                            for a malformed email
     */
    public Profile create(Profile draft) {
        validator().validateForSave(draft);
        String id = Ids.newId(Ids.PROFILE);
        Instant now = now();
        ProfileRow row = toRow(id, draft, now, now);
        jdbi.useTransaction(h -> {
            h.attach(ProfileDao.class).insert(row);
            AnswerBankDao answers = h.attach(AnswerBankDao.class);
            for (AnswerBankEntry a : draft.answers()) {
                answers.upsertAnswer(id, a.question().trim(), QuestionText.normalise(a.question()), a.answer(), now);
            }
        });
        return get(id);
    }

    /**
     * Stores a new profile with {@code resume} as its default resume; the resume is checked first, so a
     * refused file stores nothing.
     *
     * @throws ApplyDeskException as {@link #create} and {@link #addResume}
     */
    public Profile createWithResume(Profile draft, Path resume) {
        ResumeFiles.check(resume);
        Profile created = create(draft);
        try {
            addResume(created.profileId(), resume, true);
        } catch (RuntimeException e) {
            delete(created.profileId());
            throw e;
        }
        return get(created.profileId());
    }

    /**
     * Replaces the stored fields of {@code profile} (by its id). Resumes and answers are managed with
     * their own methods and are left as they are.
     *
     * @throws ApplyDeskException NOT_FOUND, PROFILE_INCOMPLETE, VALIDATION_ERROR
     */
    public Profile update(Profile profile) {
        Profile existing = get(profile.profileId());
        validator().validateForSave(profile);
        ProfileRow row = toRow(existing.profileId(), profile, existing.createdAt(), now());
        jdbi.useExtension(ProfileDao.class, dao -> dao.update(row));
        return get(existing.profileId());
    }

    /** The profile with its resumes and answered questions; NOT_FOUND if there is none. */
    public Profile get(String profileId) {
        return find(profileId).orElseThrow(() -> notFound(profileId));
    }

    public Optional<Profile> find(String profileId) {
        return jdbi.inTransaction(h -> h.attach(ProfileDao.class).find(profileId)
                .map(row -> assemble(row, h.attach(ResumeDao.class).forProfile(row.id()),
                        h.attach(AnswerBankDao.class).forProfile(row.id()))));
    }

    /** The profile whose email is {@code email} (ignoring case); the oldest if several share it. */
    public Optional<Profile> findByEmail(String email) {
        return withEmail(email).stream().findFirst();
    }

    /** Every profile whose email is {@code email} (ignoring case), oldest first; none for null. */
    private List<Profile> withEmail(String email) {
        if (email == null) {
            return List.of();
        }
        return jdbi.withExtension(ProfileDao.class, dao -> dao.findByEmail(email.trim().toLowerCase(Locale.ROOT)))
                .stream().map(row -> get(row.id())).collect(Collectors.toList());
    }

    /** Whether any profile exists: a cheap question (no profile is read), asked at every start. */
    public boolean hasAny() {
        return jdbi.withExtension(ProfileDao.class, ProfileDao::any);
    }

    /** Every profile, oldest first. */
    public List<Profile> list() {
        return jdbi.withExtension(ProfileDao.class, ProfileDao::list).stream()
                .map(row -> get(row.id())).collect(Collectors.toList());
    }

    /** Deletes the profile, its resumes (rows and files) and its answer bank; NOT_FOUND if absent. */
    public void delete(String profileId) {
        int deleted = jdbi.withExtension(ProfileDao.class, dao -> dao.delete(profileId));
        if (deleted == 0) {
            throw notFound(profileId);
        }
        deleteTree(dirs.resumes().resolve(profileId));
    }

    // ---- Mandatory fields and completeness ------------------------------------------------------

    /** The personal-information fields (API names) a profile must have; all twelve by default. */
    public Set<String> mandatoryFields() {
        return currentMandatoryFields().apiNames();
    }

    /**
     * Chooses the mandatory personal-information fields by API name.
     *
     * @throws ApplyDeskException VALIDATION_ERROR when email, firstName or lastName is left out, or a
     *                            name is not one of the twelve
     */
    public void setMandatoryFields(Set<String> apiNames) {
        MandatoryFields chosen = MandatoryFields.ofApiNames(apiNames);
        jdbi.useExtension(AppSettingDao.class, dao -> dao.put(MandatoryFields.SETTING_KEY, chosen.toSetting()));
    }

    /**
     * Refuses a profile that cannot apply yet: a mandatory field is blank or there is no resume.
     *
     * @throws ApplyDeskException PROFILE_INCOMPLETE naming what is missing in words
     */
    public void requireComplete(Profile profile) {
        validator().requireComplete(profile);
    }

    // ---- Resumes --------------------------------------------------------------------------------

    /**
     * Checks and stores a copy of {@code file} under {@code resumes/<profileId>/}. The first resume of
     * a profile is always the default.
     *
     * @throws ApplyDeskException NOT_FOUND, RESUME_DOWNLOAD_FAILED (no such file),
     *                            INVALID_RESUME_FORMAT, RESUME_TOO_LARGE
     */
    public Resume addResume(String profileId, Path file, boolean makeDefault) {
        return addResume(profileId, file, makeDefault, file.getFileName().toString());
    }

    private Resume addResume(String profileId, Path file, boolean makeDefault, String fileName) {
        Profile profile = get(profileId);
        ResumeFormat format = ResumeFiles.check(file);
        String resumeId = Ids.newId(Ids.RESUME);
        Path target = dirs.resumes().resolve(profileId).resolve(Resume.storedFileName(resumeId, fileName));
        String sha256 = ResumeFiles.copy(file, target);
        boolean isDefault = makeDefault || profile.resumes().isEmpty();
        ResumeRow row = new ResumeRow(resumeId, profileId, fileName, target.toAbsolutePath().toString(),
                format.name(), sizeOf(target), sha256, isDefault, now());
        try {
            jdbi.useExtension(ResumeDao.class, dao -> dao.insertKeepingOneDefault(row));
        } catch (RuntimeException e) {
            deleteTree(target);
            throw e;
        }
        return toResume(row);
    }

    /** Makes {@code resumeId} the profile's default resume; NOT_FOUND if it is not one of its resumes. */
    public void setDefaultResume(String profileId, String resumeId) {
        jdbi.useTransaction(h -> {
            ResumeDao dao = h.attach(ResumeDao.class);
            dao.find(profileId, resumeId).orElseThrow(() -> resumeNotFound(profileId, resumeId));
            dao.markDefaultOnly(profileId, resumeId);
        });
    }

    /**
     * Removes a resume and its stored file. When it was the default, the oldest remaining resume
     * becomes the default.
     */
    public void removeResume(String profileId, String resumeId) {
        ResumeRow removed = jdbi.inTransaction(h -> {
            ResumeDao dao = h.attach(ResumeDao.class);
            ResumeRow row = dao.find(profileId, resumeId).orElseThrow(() -> resumeNotFound(profileId, resumeId));
            dao.delete(profileId, resumeId);
            List<ResumeRow> rest = dao.forProfile(profileId);
            if (row.isDefault() && !rest.isEmpty()) {
                dao.markDefaultOnly(profileId, rest.get(0).id());
            }
            return row;
        });
        deleteTree(Path.of(removed.storedPath()));
        deleteTree(toSendFolder(profileId, resumeId));
    }

    /**
     * The file to upload for {@code resume}: its stored copy under the name the candidate gave it ("Dana CV.pdf"),
     * which is the name an employer sees. The stored copy's own name starts with the resume's id, so that two resumes
     * of one name never collide; this one has a folder of its own, {@code resumes/<profileId>/to-send/<resumeId>/},
     * made on first use: a hard link to the stored copy where the disk allows, else a copy. Thread-safe.
     *
     * @throws ApplyDeskException RESUME_DOWNLOAD_FAILED when the stored copy is missing or cannot be linked or copied
     */
    public Path fileToSend(Resume resume) {
        Path file = toSendFolder(resume.profileId(), resume.resumeId())
                .resolve(ResumeFiles.sendableFileName(resume.fileName()));
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.createLink(file, resume.storedPath());
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | FileSystemException e) {
                // No hard links on this disk (FAT, some network shares): a copy.
                SafeFiles.create(file, temp -> Files.copy(resume.storedPath(), temp,
                        StandardCopyOption.REPLACE_EXISTING));
            }
        } catch (FileAlreadyExistsException e) {
            return file; // made by another worker meanwhile: the same content
        } catch (IOException | RuntimeException e) {
            throw new ApplyDeskException(ErrorCode.RESUME_DOWNLOAD_FAILED, "The resume " + resume.fileName()
                    + " could not be made ready to send: its copy in ApplyDesk's data folder is missing or cannot be "
                    + "read. Add the resume to the profile again.", resume.resumeId(), e);
        }
        return file;
    }

    private Path toSendFolder(String profileId, String resumeId) {
        return dirs.resumes().resolve(profileId).resolve("to-send").resolve(resumeId);
    }

    // ---- Per-title resume rules -----------------------------------------------------------------

    /** The profile's per-title resume rules, in the order they are checked. */
    public List<ResumeRule> resumeRules(String profileId) {
        get(profileId);
        return jdbi.withExtension(ResumeRuleDao.class, dao -> dao.forProfile(profileId));
    }

    /**
     * Replaces the profile's per-title resume rules. A removed resume takes its rules with it.
     *
     * @throws ApplyDeskException NOT_FOUND; VALIDATION_ERROR when a rule has no words or names a resume
     *                            that is not one of the profile's
     */
    public void setResumeRules(String profileId, List<ResumeRule> rules) {
        Set<String> resumeIds = get(profileId).resumes().stream().map(Resume::resumeId).collect(Collectors.toSet());
        for (ResumeRule rule : rules) {
            if (rule.titleContains() == null || rule.titleContains().isBlank()) {
                throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                        "Each resume rule needs the words a job title must contain.", "resumeRules.titleContains");
            }
            if (!resumeIds.contains(rule.resumeId())) {
                throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "The rule for titles containing '"
                        + rule.titleContains().trim() + "' names a resume this profile does not have.",
                        "resumeRules.resumeId");
            }
        }
        jdbi.useExtension(ResumeRuleDao.class, dao -> dao.replaceAll(profileId, rules));
    }

    /**
     * The resume to send for a job titled {@code jobTitle}: the first rule whose words the title
     * contains, else the default resume; null when the profile has none.
     */
    public Resume resumeFor(Profile profile, String jobTitle) {
        for (ResumeRule rule : resumeRules(profile.profileId())) {
            if (rule.matches(jobTitle)) {
                Optional<Resume> chosen = profile.resume(rule.resumeId());
                if (chosen.isPresent()) {
                    return chosen.get();
                }
            }
        }
        return profile.defaultResume();
    }

    /**
     * A copy of the profile named {@code newName}: its fields, answers, resumes (files copied, same
     * default) and resume rules.
     *
     * @throws ApplyDeskException NOT_FOUND
     */
    public Profile duplicate(String profileId, String newName) {
        Profile source = get(profileId);
        Profile copy = create(new Profile(null, newName, source.personalInformation(), source.workExperience(),
                source.education(), source.skills(), source.languages(), source.certifications(),
                source.achievements(), source.miscellaneous(), null, source.answers(), null, null));
        Map<String, String> newIds = new HashMap<>();
        for (Resume r : source.resumes()) {
            newIds.put(r.resumeId(), addResume(copy.profileId(), r.storedPath(), r.isDefault(), r.fileName())
                    .resumeId());
        }
        setResumeRules(copy.profileId(), resumeRules(profileId).stream()
                .map(rule -> new ResumeRule(rule.titleContains(), newIds.get(rule.resumeId())))
                .collect(Collectors.toList()));
        return get(copy.profileId());
    }

    // ---- Answer bank ----------------------------------------------------------------------------

    /** The questions the candidate answered, in the order first met. */
    public List<AnswerBankEntry> answers(String profileId) {
        return get(profileId).answers();
    }

    /**
     * Saves the candidate's answer to {@code question}, replacing an earlier answer to the same
     * question (compared with {@link QuestionText#normalize}).
     */
    public void saveAnswer(String profileId, String question, String answer) {
        requireQuestion(question);
        Objects.requireNonNull(answer, "answer");
        get(profileId);
        jdbi.useExtension(AnswerBankDao.class, dao -> dao.upsertAnswer(profileId, question.trim(),
                QuestionText.normalise(question), answer, now()));
    }

    /**
     * Forgets the answer to {@code question} (compared as {@link #saveAnswer} compares it); forms that ask
     * it again wait for the candidate. No-op when the profile has no answer to it.
     *
     * @throws ApplyDeskException NOT_FOUND (profile); VALIDATION_ERROR (blank question)
     */
    public void deleteAnswer(String profileId, String question) {
        requireQuestion(question);
        get(profileId);
        jdbi.useExtension(AnswerBankDao.class, dao -> dao.delete(profileId, QuestionText.normalise(question)));
    }

    /**
     * Remembers how a form asked a question nothing could answer (its type and choices, so the answer bank offers
     * them): a question the profile never met waits unanswered; a known one keeps its answer.
     */
    public void recordAsked(String profileId, PendingQuestion asked) {
        requireQuestion(asked.label());
        get(profileId);
        jdbi.useExtension(AnswerBankDao.class, dao -> dao.upsertAsked(profileId, asked.label().trim(),
                QuestionText.normalise(asked.label()), asked.type(), JsonText.write(asked.options()), now()));
    }

    /**
     * Every question of the profile's answer bank, answered or not, in the order first met, each as the last form
     * that reported it asked it.
     */
    public List<BankQuestion> answerBank(String profileId) {
        get(profileId);
        return jdbi.withExtension(AnswerBankDao.class, dao -> dao.forProfile(profileId)).stream()
                .map(a -> new BankQuestion(new PendingQuestion(a.question(), a.questionType(), a.options(), true),
                        a.answer()))
                .toList();
    }

    /** The questions forms asked that the candidate has not answered yet, in the order met. */
    public List<String> unansweredQuestions(String profileId) {
        return answerBank(profileId).stream().filter(q -> q.answer() == null).map(q -> q.asked().label()).toList();
    }

    // ---- Profile files --------------------------------------------------------------------------

    /**
     * Imports a profile file in the hosted API's shape (see {@link ProfileJson}) or a JSON Resume
     * document (see {@link JsonResume}): stores the profile, its resume (a local path or an http(s)
     * download) and its answers. A local resume file that does not exist does not stop it: the profile is
     * imported without it, and the result says so. When profiles with the same email exist the oldest is
     * updated, as {@link #importProfile(Path, String)} updates one; repeated imports of one file therefore
     * keep one profile.
     *
     * @throws ApplyDeskException VALIDATION_ERROR (file), PROFILE_INCOMPLETE, RESUME_DOWNLOAD_FAILED (a
     *                            download), INVALID_RESUME_FORMAT, RESUME_TOO_LARGE; nothing is stored then
     */
    public ImportResult importProfile(Path file) {
        ProfileImport imported = ProfileJson.read(file);
        return store(imported, withEmailOf(imported).stream().findFirst().orElse(null));
    }

    /**
     * As {@link #importProfile(Path)}, into the profile the candidate chose: {@code profileId}, or a new
     * profile when null (even if one has the file's email). An update keeps what the file leaves out (see
     * {@link ProfileMerge}): same id, the file's answers upserted, its resume added as the new default,
     * replacing the previous default, only if its content differs.
     *
     * @throws ApplyDeskException NOT_FOUND, and as {@link #importProfile(Path)}
     */
    public ImportResult importProfile(Path file, String profileId) {
        ProfileImport imported = ProfileJson.read(file);
        return store(imported, profileId == null ? null : get(profileId));
    }

    /**
     * The stored profiles with the email of the profile in {@code file}, oldest first: those an import of it
     * could update (by default the first).
     *
     * @throws ApplyDeskException VALIDATION_ERROR when the file cannot be read
     */
    public List<Profile> profilesMatching(Path file) {
        return withEmailOf(ProfileJson.read(file));
    }

    private List<Profile> withEmailOf(ProfileImport imported) {
        PersonalInformation info = imported.draft().personalInformation();
        return withEmail(info == null ? null : info.email());
    }

    /** Stores {@code imported} as a new profile, or over {@code existing} when given. */
    private ImportResult store(ProfileImport imported, Profile existing) {
        Path downloads = createTempDir();
        try {
            URI location = imported.resumeLocation();
            Optional<Path> resume = location == null ? Optional.empty() : ResumeFetcher.fetch(location, downloads);
            resume.ifPresent(ResumeFiles::check); // before anything is stored
            Path notFound = location != null && resume.isEmpty() ? Path.of(location) : null;
            Profile stored = existing == null ? create(imported.draft())
                    : update(ProfileMerge.over(imported.draft(), existing));
            resume.ifPresent(file -> replaceDefaultResumeIfChanged(stored, file));
            for (AnswerBankEntry answer : imported.answers()) {
                saveAnswer(stored.profileId(), answer.question(), answer.answer());
            }
            Profile result = get(stored.profileId());
            List<String> warnings = new ArrayList<>(imported.warnings());
            resumeNote(location, notFound, result).ifPresent(warnings::add);
            return new ImportResult(result, existing == null, warnings, notFound);
        } finally {
            deleteTree(downloads);
        }
    }

    /**
     * What to say of the resume once the profile is stored (only then is it known: an update keeps the
     * resumes the profile had): that the file named none or a resume that was not found, and whether one
     * must still be added.
     */
    private static Optional<String> resumeNote(URI location, Path notFound, Profile result) {
        String addOne = ", so the profile has none yet: add one before applying.";
        if (notFound != null) {
            return Optional.of("The resume file " + notFound + " was not found"
                    + (result.resumes().isEmpty() ? addOne : "; the profile keeps the resumes it had."));
        }
        return location == null && result.resumes().isEmpty()
                ? Optional.of("The file names no resume" + addOne) : Optional.empty();
    }

    /**
     * Writes the profile to {@code file} in the hosted API's shape, and its default resume beside it (see
     * {@link ProfileExporter}); NOT_FOUND if there is none.
     */
    public ProfileExport exportProfile(String profileId, Path file) {
        return ProfileExporter.export(get(profileId), file, ProfileFileJson::of);
    }

    /**
     * Writes the profile to {@code file} as a JSON Resume document (see {@link JsonResume}), and its default resume
     * beside it; NOT_FOUND if there is none. {@link #importProfile} reads such files back.
     */
    public ProfileExport exportJsonResume(String profileId, Path file) {
        return ProfileExporter.export(get(profileId), file, JsonResume::toTree);
    }

    private void replaceDefaultResumeIfChanged(Profile profile, Path resume) {
        String sha256 = ResumeFiles.sha256(resume);
        Optional<Resume> same = profile.resumes().stream().filter(r -> r.sha256().equals(sha256)).findFirst();
        if (same.isPresent()) {
            setDefaultResume(profile.profileId(), same.get().resumeId());
            return;
        }
        Resume previous = profile.defaultResume();
        addResume(profile.profileId(), resume, true);
        if (previous != null) {
            removeResume(profile.profileId(), previous.resumeId());
        }
    }

    private Path createTempDir() {
        try {
            return Files.createTempDirectory("applydesk-import");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder", e);
        }
    }

    // ---- Internals ------------------------------------------------------------------------------

    private MandatoryFields currentMandatoryFields() {
        return jdbi.withExtension(AppSettingDao.class, dao -> dao.get(MandatoryFields.SETTING_KEY))
                .map(MandatoryFields::parseSetting).orElseGet(MandatoryFields::all);
    }

    private ProfileValidator validator() {
        return new ProfileValidator(currentMandatoryFields());
    }

    /** Database timestamps keep microseconds; truncating keeps what we return equal to what we read. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ProfileRow toRow(String id, Profile p, Instant createdAt, Instant updatedAt) {
        String name = p.name() == null || p.name().isBlank()
                ? (p.personalInformation().firstName().trim() + " " + p.personalInformation().lastName().trim())
                : p.name().trim();
        String email = p.personalInformation().email().trim().toLowerCase(Locale.ROOT);
        try {
            String document = Json.mapper().writeValueAsString(ProfileFileJson.document(p));
            return new ProfileRow(id, name, email, document, createdAt, updatedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A profile always serialises", e);
        }
    }

    private static Profile assemble(ProfileRow row, List<ResumeRow> resumes, List<AnswerRow> answers) {
        ProfileFileJson doc;
        try {
            doc = Json.mapper().readValue(row.document(), ProfileFileJson.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored profile " + row.id() + " is not readable", e);
        }
        List<AnswerBankEntry> answered = answers.stream().filter(a -> a.answer() != null)
                .map(a -> new AnswerBankEntry(a.question(), a.answer())).collect(Collectors.toList());
        List<Resume> stored = resumes.stream().map(ProfileService::toResume).collect(Collectors.toList());
        return doc.toProfile(row.id(), row.name(), stored, answered, row.createdAt(), row.updatedAt());
    }

    private static Resume toResume(ResumeRow r) {
        return new Resume(r.id(), r.profileId(), r.fileName(), Path.of(r.storedPath()),
                ResumeFormat.valueOf(r.format()), r.sizeBytes(), r.sha256(), r.isDefault(), r.createdAt());
    }

    private static void requireQuestion(String question) {
        if (question == null || QuestionText.normalise(question).isEmpty()) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "The question is empty.", "question");
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path path) {
        try {
            FileTrees.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }

    private static ApplyDeskException notFound(String profileId) {
        return new ApplyDeskException(ErrorCode.NOT_FOUND, "No profile with id " + profileId + " exists.", profileId);
    }

    private static ApplyDeskException resumeNotFound(String profileId, String resumeId) {
        return new ApplyDeskException(ErrorCode.NOT_FOUND,
                "The profile " + profileId + " has no resume with id " + resumeId + ".", resumeId);
    }
}
