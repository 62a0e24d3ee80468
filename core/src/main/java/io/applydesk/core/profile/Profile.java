package io.applydesk.core.profile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A candidate profile in the hosted API's shape. Resumes and the answer bank are stored beside
 * it and loaded with it.
 */
public record Profile(
        String profileId,
        String name,
        PersonalInformation personalInformation,
        List<WorkExperience> workExperience,
        List<Education> education,
        List<String> skills,
        List<Language> languages,
        List<Certification> certifications,
        List<Achievement> achievements,
        Miscellaneous miscellaneous,
        List<Resume> resumes,
        List<AnswerBankEntry> answers,
        Instant createdAt,
        Instant updatedAt) {

    public Profile {
        workExperience = workExperience == null ? List.of() : List.copyOf(workExperience);
        education = education == null ? List.of() : List.copyOf(education);
        skills = skills == null ? List.of() : List.copyOf(skills);
        languages = languages == null ? List.of() : List.copyOf(languages);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
        achievements = achievements == null ? List.of() : List.copyOf(achievements);
        resumes = resumes == null ? List.of() : List.copyOf(resumes);
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** The default resume, or the first one, or null when the profile has none. */
    public Resume defaultResume() {
        return resumes.stream().filter(Resume::isDefault).findFirst()
                .orElse(resumes.isEmpty() ? null : resumes.get(0));
    }

    /** The resume with this id, when it is one of this profile's (empty for null). */
    public Optional<Resume> resume(String resumeId) {
        return resumes.stream().filter(r -> r.resumeId().equals(resumeId)).findFirst();
    }

    /** This profile as sent for one session: {@code overrideEmail} replaces the email when given. */
    public Profile withEmailOverride(String overrideEmail) {
        if (overrideEmail == null || overrideEmail.isBlank() || personalInformation == null) {
            return this;
        }
        return new Profile(profileId, name, personalInformation.withEmail(overrideEmail.trim()), workExperience,
                education, skills, languages, certifications, achievements, miscellaneous, resumes, answers,
                createdAt, updatedAt);
    }
}
