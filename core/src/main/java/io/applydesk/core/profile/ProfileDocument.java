package io.applydesk.core.profile;

import java.time.Instant;
import java.util.List;

/**
 * The part of a profile stored as one JSON document: everything in the hosted API's shape except
 * resumes and answers, which have their own tables.
 */
record ProfileDocument(
        String name,
        PersonalInformation personalInformation,
        List<WorkExperience> workExperience,
        List<Education> education,
        List<String> skills,
        List<Language> languages,
        List<Certification> certifications,
        List<Achievement> achievements,
        Miscellaneous miscellaneous) {

    static ProfileDocument of(Profile p) {
        return new ProfileDocument(p.name(), p.personalInformation(), p.workExperience(), p.education(),
                p.skills(), p.languages(), p.certifications(), p.achievements(), p.miscellaneous());
    }

    /** The stored profile; {@code storedName} is the name column, which wins over the document's. */
    Profile toProfile(String id, String storedName, List<Resume> resumes, List<AnswerBankEntry> answers,
                      Instant createdAt, Instant updatedAt) {
        return new Profile(id, storedName, personalInformation, workExperience, education, skills, languages,
                certifications, achievements, miscellaneous, resumes, answers, createdAt, updatedAt);
    }
}
