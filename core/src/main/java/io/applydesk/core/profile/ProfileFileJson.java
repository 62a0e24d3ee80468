package io.applydesk.core.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A profile in the hosted API's JSON shape (reference/profile-example.json). As a file it carries
 * the {@code answers} and where the resume is ({@code resumePath} or {@code resumeUrl}); as the
 * document stored in H2 it carries neither (resumes and answers have their own tables).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProfileFileJson(
        String name,
        PersonalInformation personalInformation,
        List<WorkExperience> workExperience,
        List<Education> education,
        List<String> skills,
        List<Language> languages,
        List<Certification> certifications,
        List<Achievement> achievements,
        Miscellaneous miscellaneous,
        List<AnswerBankEntry> answers,
        String resumePath,
        String resumeUrl) {

    /**
     * The file of {@code p}. {@code resumePath} names its default resume, written beside the file (see
     * {@link ProfileExporter}); null without one.
     */
    static ProfileFileJson of(Profile p, String resumePath) {
        return new ProfileFileJson(p.name(), p.personalInformation(), p.workExperience(), p.education(), p.skills(),
                p.languages(), p.certifications(), p.achievements(), p.miscellaneous(), p.answers(), resumePath, null);
    }

    /** The document stored in the profile table: no answers, no resume location. */
    static ProfileFileJson document(Profile p) {
        return new ProfileFileJson(p.name(), p.personalInformation(), p.workExperience(), p.education(), p.skills(),
                p.languages(), p.certifications(), p.achievements(), p.miscellaneous(), null, null, null);
    }

    /** The profile part, without id, resumes, answers or timestamps. */
    Profile toDraft() {
        return toProfile(null, name, null, null, null, null);
    }

    Profile toProfile(String id, String profileName, List<Resume> resumes, List<AnswerBankEntry> answerBank,
                      Instant createdAt, Instant updatedAt) {
        return new Profile(id, profileName, personalInformation, workExperience, education, skills, languages,
                certifications, achievements, miscellaneous, resumes, answerBank, createdAt, updatedAt);
    }
}
