package io.applydesk.core.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A profile file in the hosted API's shape (reference/profile-example.json): the profile, its
 * {@code answers} and where its resume is ({@code resumePath} or {@code resumeUrl}).
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

    static ProfileFileJson of(Profile p, String resumePath) {
        return new ProfileFileJson(p.name(), p.personalInformation(), p.workExperience(), p.education(), p.skills(),
                p.languages(), p.certifications(), p.achievements(), p.miscellaneous(), p.answers(), resumePath, null);
    }

    /** The profile part, without id, resumes, answers or timestamps. */
    Profile toDraft() {
        return new Profile(null, name, personalInformation, workExperience, education, skills, languages,
                certifications, achievements, miscellaneous, null, null, null, null);
    }
}
